"""`kiosk station power`: what the timer runs, said with --dry-run, from the place's hours
the station service kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.cli import main as kiosk_main
from kiosk.core.hours import WEEKDAYS

PARIS = ZoneInfo("Europe/Paris")


def keep_hours(state_dir: Path, mapping: dict[str, object]) -> None:
    (state_dir / "site-hours.json").write_text(json.dumps(
        {"timezone": "Europe/Paris", "opening_hours": mapping}), encoding="utf-8")


def test_closed_for_days_it_powers_off_and_wakes_before_opening(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opening_day = (datetime.now(UTC).astimezone(PARIS) + timedelta(days=3)).date()
    keep_hours(tmp_path, {WEEKDAYS[opening_day.weekday()]: ["10:00-11:00"]})
    assert kiosk_main(["station", "power", "--dry-run", "--state-dir", str(tmp_path)]) == 0
    said = capsys.readouterr().out
    assert said.startswith("power off: yes (closed)")
    wake = datetime.fromisoformat(said.rsplit("wake at: ", 1)[1].strip())
    assert wake == datetime(opening_day.year, opening_day.month, opening_day.day, 9, 50,
                            tzinfo=PARIS)


def test_always_open_or_switched_off_it_stays_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    keep_hours(tmp_path, {day: ["00:00-24:00"] for day in WEEKDAYS})
    assert kiosk_main(["station", "power", "--dry-run", "--state-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("power off: no (open")
    monkeypatch.setenv("KIOSK_POWER_SCHEDULE", "no")
    assert kiosk_main(["station", "power", "--state-dir", str(tmp_path)]) == 0
    assert "the power schedule is off" in capsys.readouterr().out


def test_damaged_hours_fall_back_to_the_policy(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "site-hours.json").write_text("{not json", encoding="utf-8")
    assert kiosk_main(["station", "power", "--dry-run", "--state-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("power off: no (no opening hours")
