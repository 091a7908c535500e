"""Powering the station off outside opening hours, with the firmware's clock set to start
it again before the place opens (`rtcwake`). Run as root from a timer."""

from __future__ import annotations

import json
import logging
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil

from kiosk.core.hours import OpeningHours
from kiosk.core.policy import Policy
from kiosk.core.power import PowerPlan, power_plan
from kiosk.station.relay import SITE_HOURS_FILE, kept_gate_policy

log = logging.getLogger("kiosk.station")


def station_hours(state_dir: Path, installed: Policy | None) -> OpeningHours | None:
    """The place's hours as the store last gave them, else the policy's."""
    try:
        kept = json.loads((state_dir / SITE_HOURS_FILE).read_text(encoding="utf-8"))
        return OpeningHours.from_mapping(kept["timezone"], kept["opening_hours"])
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("the place's kept opening hours cannot be read: %s", error)
    policy = kept_gate_policy(state_dir) or installed
    return policy.hours if policy is not None else None


def plan_now(state_dir: Path, installed: Policy | None) -> PowerPlan:
    uptime = timedelta(seconds=max(0.0, datetime.now(UTC).timestamp() - psutil.boot_time()))
    return power_plan(station_hours(state_dir, installed), datetime.now(UTC), uptime=uptime)


def carry_out(plan: PowerPlan) -> str:
    """Set the wake alarm, then power off. Without a wake alarm the firmware accepts, the
    station stays on: one that does not start in the morning is worse than one left on."""
    if not plan.power_off:
        return f"stays on: {plan.reason}"
    if plan.wake_at is not None:
        epoch = str(int(plan.wake_at.timestamp()))
        setting = subprocess.run(["rtcwake", "--mode", "no", "--time", epoch],  # noqa: S603,S607
                                 capture_output=True, text=True, check=False)
        if setting.returncode != 0:
            return (f"stays on: the firmware's clock refused the wake alarm "
                    f"({setting.stderr.strip() or setting.returncode})")
    subprocess.run(["systemctl", "poweroff"], check=False)  # noqa: S607
    wake = plan.wake_at.astimezone().isoformat(timespec="minutes") if plan.wake_at else "never"
    return f"powering off ({plan.reason}); wakes at {wake}"
