"""Rules of a guest session: the countdown, warnings, idle check and how a session ends.

The shell feeds this state machine with the current time (`tick`), the guest's activity and
staff commands, and carries out the effects it returns. Time is always passed in, so the
rules run and are tested without a clock or a timer.

    locked → active → warning → ending → wiping → locked
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from kiosk.core.hours import OpeningHours

__all__ = [
    "Effect",
    "EndReason",
    "EndingStarted",
    "IdlePrompt",
    "IdlePromptCleared",
    "SessionRefused",
    "SessionRules",
    "SessionSettings",
    "SessionState",
    "WarningDue",
    "WipeDue",
]

# A session that would last less than this before closing time is not worth opening.
MINIMUM_BEFORE_CLOSING = timedelta(minutes=1)
_NEVER = datetime.min.replace(tzinfo=UTC)


class SessionState(Enum):
    LOCKED = "locked"
    ACTIVE = "active"
    WARNING = "warning"
    ENDING = "ending"
    WIPING = "wiping"


class EndReason(Enum):
    USER = "user"
    TIME_UP = "time_up"
    IDLE = "idle"
    CLOSING = "closing"
    STAFF = "staff"
    CRASH_RECOVERED = "crash_recovered"


@dataclass(frozen=True, slots=True)
class SessionSettings:
    """Session defaults of a policy's `[session]` table."""

    warning_minutes: tuple[int, ...] = (5, 1)
    idle_timeout: timedelta = timedelta(minutes=10)
    idle_grace: timedelta = timedelta(seconds=60)
    end_countdown: timedelta = timedelta(seconds=10)
    # Downloads and scans of one session together; a download that would pass it is stopped.
    disk_quota_bytes: int = 500 * 1000 * 1000
    max_tabs: int = 10  # pages open at once; a page's pop-up beyond it is refused


class SessionRefused(Exception):  # noqa: N818 - an expected outcome, not a fault
    """A session cannot start; `reason` is `closed`, `closing-soon`, `no-time-left` or `busy`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class WarningDue:
    """Tell the guest that `minutes` (or less) remain."""

    minutes: int
    remaining: timedelta


@dataclass(frozen=True, slots=True)
class IdlePrompt:
    """Ask "are you still there?"; the session ends at `deadline` without an answer."""

    deadline: datetime


@dataclass(frozen=True, slots=True)
class IdlePromptCleared:
    """The guest answered: take the idle prompt away."""


@dataclass(frozen=True, slots=True)
class EndingStarted:
    """Show the final countdown; the wipe is due at `deadline`."""

    reason: EndReason
    deadline: datetime


@dataclass(frozen=True, slots=True)
class WipeDue:
    """The session is over: wipe it now."""

    reason: EndReason


Effect = WarningDue | IdlePrompt | IdlePromptCleared | EndingStarted | WipeDue


class SessionRules:
    def __init__(self, settings: SessionSettings, hours: OpeningHours | None = None) -> None:
        self.settings = settings
        self.hours = hours
        self.state = SessionState.LOCKED
        self._thresholds = sorted(set(settings.warning_minutes), reverse=True)
        self._reset()

    def _reset(self) -> None:
        self.started_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.end_reason: EndReason | None = None
        self._budget_end = _NEVER
        self._closing: datetime | None = None
        self._last_activity = _NEVER
        self._idle_deadline: datetime | None = None
        self._ending_deadline: datetime | None = None
        self._ending_reason = EndReason.TIME_UP
        self._fired: set[int] = set()

    # -- queries -------------------------------------------------------------------------

    @property
    def end_at(self) -> datetime:
        """When the session ends if nothing else ends it first."""
        if self._closing is not None and self._closing < self._budget_end:
            return self._closing
        return self._budget_end

    @property
    def capped_by_closing(self) -> bool:
        return self._closing is not None and self._closing < self._budget_end

    def remaining(self, now: datetime) -> timedelta:
        if self.state is SessionState.LOCKED:
            return timedelta(0)
        end = self.ended_at if self.ended_at is not None else self.end_at
        return max(end - now, timedelta(0))

    def used(self, now: datetime) -> timedelta:
        """Time taken from the code's budget so far."""
        if self.started_at is None:
            return timedelta(0)
        end = self.ended_at if self.ended_at is not None else min(now, self.end_at)
        return max(end - self.started_at, timedelta(0))

    # -- commands ------------------------------------------------------------------------

    def start(self, now: datetime, budget: timedelta) -> None:
        """Open a session with `budget` left on the code; raise `SessionRefused` if it can't."""
        if self.state is not SessionState.LOCKED:
            raise SessionRefused("busy")
        if budget <= timedelta(0):
            raise SessionRefused("no-time-left")
        closing: datetime | None = None
        if self.hours is not None:
            closing = self.hours.closing_time(now)
            if closing is None:
                raise SessionRefused("closed")
            if closing - now < MINIMUM_BEFORE_CLOSING:
                raise SessionRefused("closing-soon")
        self._reset()
        self.started_at = now
        self._budget_end = now + budget
        self._closing = closing
        self._last_activity = now
        self.state = SessionState.ACTIVE
        # Thresholds already passed at the start are not announced: the guest sees the time.
        remaining = self.end_at - now
        self._fired = {m for m in self._thresholds if remaining <= timedelta(minutes=m)}
        if self._fired:
            self.state = SessionState.WARNING

    def tick(self, now: datetime) -> list[Effect]:
        if self.state in (SessionState.LOCKED, SessionState.WIPING):
            return []
        effects: list[Effect] = []
        if self.state is not SessionState.ENDING:
            effects.extend(self._check_idle(now))
            if self.ended_at is not None:
                return effects
            effects.extend(self._check_warnings(now))
            if self.end_at - now <= self.settings.end_countdown:
                effects.extend(self._begin_ending(self._time_reason(), self.end_at))
        if self._ending_deadline is not None and now >= self._ending_deadline:
            effects.append(self._wipe(self._ending_reason, self._ending_deadline))
        return effects

    def activity(self, now: datetime) -> list[Effect]:
        """The guest touched the screen, the mouse or the keyboard."""
        if self.state not in (SessionState.ACTIVE, SessionState.WARNING):
            return []
        self._last_activity = now
        if self._idle_deadline is not None:
            self._idle_deadline = None
            return [IdlePromptCleared()]
        return []

    def end(self, now: datetime, reason: EndReason) -> list[Effect]:
        """End on request: the guest's confirmed button wipes at once; staff get a countdown."""
        if self.state in (SessionState.LOCKED, SessionState.WIPING):
            return []
        if reason is EndReason.STAFF:
            deadline = min(now + self.settings.end_countdown, self.end_at)
            effects = self._begin_ending(reason, deadline)
            return effects + self.tick(now)
        return [self._wipe(reason, now)]

    def extend(self, now: datetime, extra: timedelta) -> list[Effect]:
        """Add time to the session (a staff command); warnings are armed again."""
        if self.state in (SessionState.LOCKED, SessionState.WIPING) or extra <= timedelta(0):
            return []
        if self.state is SessionState.ENDING and self._ending_reason is EndReason.STAFF:
            return []
        self._budget_end += extra
        remaining = self.end_at - now
        self._fired = {m for m in self._fired if remaining <= timedelta(minutes=m)}
        if remaining > self.settings.end_countdown:
            self._ending_deadline = None
            self.state = SessionState.WARNING if self._fired else SessionState.ACTIVE
        return self.tick(now)

    def wipe_finished(self) -> None:
        """The wipe is verified: the station is ready for the next guest."""
        if self.state is SessionState.WIPING:
            self.state = SessionState.LOCKED
            self._reset()

    # -- internals -----------------------------------------------------------------------

    def _time_reason(self) -> EndReason:
        return EndReason.CLOSING if self.capped_by_closing else EndReason.TIME_UP

    def _check_idle(self, now: datetime) -> list[Effect]:
        effects: list[Effect] = []
        if self._idle_deadline is None:
            if now - self._last_activity < self.settings.idle_timeout:
                return effects
            self._idle_deadline = (
                self._last_activity + self.settings.idle_timeout + self.settings.idle_grace
            )
            effects.append(IdlePrompt(self._idle_deadline))
        # An idle deadline after the end of the session leaves the ending to the countdown.
        if now >= self._idle_deadline and self._idle_deadline < self.end_at:
            effects.append(self._wipe(EndReason.IDLE, self._idle_deadline))
        return effects

    def _check_warnings(self, now: datetime) -> list[Effect]:
        remaining = self.end_at - now
        crossed = [m for m in self._thresholds
                   if m not in self._fired and remaining <= timedelta(minutes=m)]
        if not crossed:
            return []
        self._fired.update(crossed)
        self.state = SessionState.WARNING
        # When several thresholds pass at once, only the most urgent one is worth saying.
        return [WarningDue(min(crossed), max(remaining, timedelta(0)))]

    def _begin_ending(self, reason: EndReason, deadline: datetime) -> list[Effect]:
        self.state = SessionState.ENDING
        self._idle_deadline = None
        self._ending_reason = reason
        self._ending_deadline = deadline
        return [EndingStarted(reason, deadline)]

    def _wipe(self, reason: EndReason, at: datetime) -> WipeDue:
        self.state = SessionState.WIPING
        self.ended_at = min(at, self.end_at)
        self.end_reason = reason
        return WipeDue(reason)
