"""Session rules, driven by injected time: no clock, no sleep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.hours import Interval, OpeningHours
from kiosk.core.session import (
    EndingStarted,
    EndReason,
    IdlePrompt,
    IdlePromptCleared,
    SessionRefused,
    SessionRules,
    SessionSettings,
    SessionState,
    WarningDue,
    WipeDue,
)

T0 = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
SETTINGS = SessionSettings(warning_minutes=(5, 1), idle_timeout=timedelta(minutes=10),
                           idle_grace=timedelta(seconds=60), end_countdown=timedelta(seconds=10))
# Open 09:00-12:00 and 13:30-18:00 UTC every day.
HOURS = OpeningHours("UTC", ((Interval(540, 720), Interval(810, 1080)),) * 7)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


HALF_HOUR = timedelta(minutes=30)


def started(budget: timedelta = HALF_HOUR, at: datetime = T0,
            hours: OpeningHours | None = HOURS, settings: SessionSettings = SETTINGS
            ) -> SessionRules:
    rules = SessionRules(settings, hours)
    rules.start(at, budget)
    return rules


def run_until(rules: SessionRules, end: datetime, *, start: datetime = T0,
              step: timedelta = timedelta(seconds=1), active: bool = True
              ) -> list[tuple[datetime, object]]:
    """Tick every `step`, with the guest active every minute when `active`."""
    seen: list[tuple[datetime, object]] = []
    now = start
    while now <= end and rules.state is not SessionState.WIPING:
        if active and (now - start).seconds % 60 == 0:
            seen.extend((now, e) for e in rules.activity(now))
        seen.extend((now, e) for e in rules.tick(now))
        now += step
    return seen


@pytest.mark.parametrize(
    ("at", "budget", "reason"),
    [
        (T0.replace(hour=8), minutes(30), "closed"),
        (T0.replace(hour=12, minute=30), minutes(30), "closed"),
        (T0.replace(hour=18), minutes(30), "closed"),
        (T0.replace(hour=11, minute=59, second=30), minutes(30), "closing-soon"),
        (T0, timedelta(0), "no-time-left"),
        (T0, minutes(-5), "no-time-left"),
    ],
)
def test_sessions_that_cannot_start_are_refused(at: datetime, budget: timedelta,
                                                reason: str) -> None:
    rules = SessionRules(SETTINGS, HOURS)
    with pytest.raises(SessionRefused) as caught:
        rules.start(at, budget)
    assert caught.value.reason == reason
    assert rules.state is SessionState.LOCKED


def test_a_second_start_is_refused_while_in_use() -> None:
    rules = started()
    with pytest.raises(SessionRefused, match="busy"):
        rules.start(T0, minutes(30))


def test_remaining_time_is_the_budget_when_closing_is_later() -> None:
    rules = started(minutes(30))
    assert rules.state is SessionState.ACTIVE
    assert rules.remaining(T0) == minutes(30)
    assert rules.remaining(T0 + minutes(10)) == minutes(20)
    assert rules.end_at == T0 + minutes(30)
    assert not rules.capped_by_closing


def test_closing_time_caps_the_session() -> None:
    rules = started(minutes(90), at=T0.replace(hour=11, minute=40))
    assert rules.capped_by_closing
    assert rules.end_at == T0.replace(hour=12)
    assert rules.remaining(T0.replace(hour=11, minute=40)) == minutes(20)
    seen = run_until(rules, T0.replace(hour=12, minute=5), start=T0.replace(hour=11, minute=40))
    assert seen[-1] == (T0.replace(hour=12), WipeDue(EndReason.CLOSING))
    assert rules.end_reason is EndReason.CLOSING
    assert rules.used(T0.replace(hour=13)) == minutes(20)


def test_without_opening_hours_there_is_no_cap() -> None:
    rules = started(minutes(30), at=T0.replace(hour=23, minute=50), hours=None)
    assert rules.end_at == T0.replace(hour=23, minute=50) + minutes(30)


def test_warnings_fire_once_each_then_countdown_then_wipe() -> None:
    rules = started(minutes(30))
    seen = run_until(rules, T0 + minutes(31))
    assert seen == [
        (T0 + minutes(25), WarningDue(5, minutes(5))),
        (T0 + minutes(29), WarningDue(1, minutes(1))),
        (T0 + minutes(30) - timedelta(seconds=10),
         EndingStarted(EndReason.TIME_UP, T0 + minutes(30))),
        (T0 + minutes(30), WipeDue(EndReason.TIME_UP)),
    ]
    assert rules.state is SessionState.WIPING
    assert rules.used(T0 + minutes(45)) == minutes(30)
    assert rules.remaining(T0 + minutes(45)) == timedelta(0)
    assert rules.tick(T0 + minutes(46)) == []


def test_states_follow_the_design() -> None:
    rules = started(minutes(30))
    states = [rules.state]
    now = T0
    while rules.state is not SessionState.WIPING:
        now += timedelta(seconds=1)
        rules.activity(now)
        rules.tick(now)
        if rules.state is not states[-1]:
            states.append(rules.state)
    rules.wipe_finished()
    states.append(rules.state)
    assert states == [SessionState.ACTIVE, SessionState.WARNING, SessionState.ENDING,
                      SessionState.WIPING, SessionState.LOCKED]
    assert rules.tick(now) == []
    assert rules.remaining(now) == timedelta(0)
    assert rules.used(now) == timedelta(0)


def test_a_late_tick_gives_only_the_most_urgent_warning() -> None:
    rules = started(minutes(30))
    rules.activity(T0 + minutes(28))
    assert rules.tick(T0 + minutes(29)) == [WarningDue(1, minutes(1))]
    assert rules.tick(T0 + minutes(29.5)) == []


def test_thresholds_passed_at_the_start_are_not_announced() -> None:
    rules = started(minutes(3))
    assert rules.state is SessionState.WARNING
    seen = run_until(rules, T0 + minutes(4))
    assert [e for _, e in seen if isinstance(e, WarningDue)] == [WarningDue(1, minutes(1))]


def test_idle_prompt_then_answer() -> None:
    rules = started(minutes(60))
    assert rules.tick(T0 + minutes(9)) == []
    deadline = T0 + minutes(11)
    assert rules.tick(T0 + minutes(10)) == [IdlePrompt(deadline)]
    assert rules.tick(T0 + minutes(10.5)) == []
    assert rules.activity(T0 + minutes(10.5)) == [IdlePromptCleared()]
    assert rules.activity(T0 + minutes(10.6)) == []
    assert rules.tick(T0 + minutes(11)) == []
    assert rules.state is SessionState.ACTIVE


def test_idle_without_answer_ends_the_session_at_the_deadline() -> None:
    rules = started(minutes(60))
    rules.tick(T0 + minutes(10))
    assert rules.tick(T0 + minutes(11)) == [WipeDue(EndReason.IDLE)]
    assert rules.end_reason is EndReason.IDLE
    assert rules.used(T0 + minutes(30)) == minutes(11)


def test_a_late_tick_after_a_long_idle_prompts_and_ends_together() -> None:
    rules = started(minutes(60))
    assert rules.tick(T0 + minutes(20)) == [IdlePrompt(T0 + minutes(11)),
                                            WipeDue(EndReason.IDLE)]
    assert rules.used(T0 + minutes(20)) == minutes(11)


def test_time_up_wins_over_an_idle_deadline_after_the_end() -> None:
    rules = started(minutes(10.5))
    seen = run_until(rules, T0 + minutes(12), active=False)
    assert (T0 + minutes(10), IdlePrompt(T0 + minutes(11))) in seen
    assert seen[-1] == (T0 + minutes(10.5), WipeDue(EndReason.TIME_UP))


def test_the_guest_ends_the_session_at_once() -> None:
    rules = started()
    assert rules.end(T0 + minutes(7), EndReason.USER) == [WipeDue(EndReason.USER)]
    assert rules.used(T0 + minutes(9)) == minutes(7)
    assert rules.end(T0 + minutes(8), EndReason.USER) == []
    assert rules.activity(T0 + minutes(8)) == []


def test_staff_end_gives_a_countdown() -> None:
    rules = started()
    now = T0 + minutes(7)
    assert rules.end(now, EndReason.STAFF) == [
        EndingStarted(EndReason.STAFF, now + timedelta(seconds=10))]
    assert rules.extend(now, minutes(10)) == []  # staff asked for the end: no way back
    assert rules.tick(now + timedelta(seconds=10)) == [WipeDue(EndReason.STAFF)]


def test_extension_rearms_warnings_and_cancels_the_countdown() -> None:
    rules = started(minutes(30))
    run_until(rules, T0 + minutes(29) + timedelta(seconds=55))
    assert rules.state is SessionState.ENDING
    now = T0 + minutes(29) + timedelta(seconds=55)
    assert rules.extend(now, minutes(3)) == []
    assert rules.state is SessionState.WARNING  # 5-minute warning stays given
    assert rules.end_at == T0 + minutes(33)
    seen = run_until(rules, T0 + minutes(34), start=now)
    assert [e for _, e in seen if isinstance(e, WarningDue)] == [WarningDue(1, minutes(1))]
    assert seen[-1] == (T0 + minutes(33), WipeDue(EndReason.TIME_UP))


def test_a_long_extension_returns_to_active() -> None:
    rules = started(minutes(30))
    rules.activity(T0 + minutes(25))
    rules.tick(T0 + minutes(26))
    assert rules.state is SessionState.WARNING
    rules.extend(T0 + minutes(26), minutes(30))
    assert rules.state is SessionState.ACTIVE
    assert rules.extend(T0 + minutes(26), timedelta(0)) == []


def test_extension_cannot_pass_closing_time() -> None:
    rules = started(minutes(20), at=T0.replace(hour=11, minute=45))
    rules.extend(T0.replace(hour=11, minute=50), minutes(60))
    assert rules.end_at == T0.replace(hour=12)
    assert rules.capped_by_closing


def test_nothing_happens_while_locked() -> None:
    rules = SessionRules(SETTINGS)
    assert rules.tick(T0) == []
    assert rules.activity(T0) == []
    assert rules.end(T0, EndReason.USER) == []
    assert rules.extend(T0, minutes(5)) == []
    rules.wipe_finished()
    assert rules.state is SessionState.LOCKED


def test_a_new_session_starts_clean_after_the_wipe() -> None:
    rules = started(minutes(10))
    rules.end(T0 + minutes(2), EndReason.USER)
    rules.wipe_finished()
    rules.start(T0 + minutes(3), minutes(10))
    assert rules.started_at == T0 + minutes(3)
    assert rules.ended_at is None
    assert rules.end_reason is None
    seen = run_until(rules, T0 + minutes(14), start=T0 + minutes(3))
    assert sum(isinstance(e, WarningDue) for _, e in seen) == 2


@given(
    budget_s=st.integers(min_value=1, max_value=7200),
    steps=st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=80),
    actions=st.lists(st.sampled_from(["tick", "activity", "extend", "staff"]),
                     min_size=1, max_size=80),
)
def test_warnings_never_fire_twice_and_the_wipe_comes_once(
        budget_s: int, steps: list[int], actions: list[str]) -> None:
    rules = SessionRules(SETTINGS)
    rules.start(T0, timedelta(seconds=budget_s))
    now = T0
    warnings: list[int] = []
    wipes = 0
    extended = False
    for step, action in zip(steps, actions, strict=False):
        now += timedelta(seconds=step)
        if action == "activity":
            effects = rules.activity(now)
        elif action == "extend":
            effects = rules.extend(now, minutes(10))
            extended = extended or bool(effects) or rules.state is not SessionState.WIPING
        elif action == "staff":
            effects = rules.end(now, EndReason.STAFF)
        else:
            effects = rules.tick(now)
        for effect in effects:
            if isinstance(effect, WarningDue):
                warnings.append(effect.minutes)
            if isinstance(effect, WipeDue):
                wipes += 1
        assert rules.remaining(now) >= timedelta(0)
        assert rules.used(now) <= timedelta(seconds=budget_s) + (
            minutes(10) * len(actions) if extended else timedelta(0))
    if not extended:
        assert len(warnings) == len(set(warnings))
    assert wipes <= 1


def test_extension_in_the_last_seconds_before_closing_keeps_the_countdown() -> None:
    rules = started(minutes(30), at=T0.replace(hour=11, minute=45))
    now = T0.replace(hour=11, minute=59, second=55)
    rules.activity(now)
    assert rules.tick(now)[-1] == EndingStarted(EndReason.CLOSING, T0.replace(hour=12))
    assert rules.extend(now, minutes(30)) == []
    assert rules.state is SessionState.ENDING
    assert rules.tick(T0.replace(hour=12)) == [WipeDue(EndReason.CLOSING)]
