"""A usage history written through the store's API as stations and the desk write it, with
the figures it must give computed here by plain arithmetic from what was written."""

from __future__ import annotations

import statistics
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tests.store.conftest import World

PARIS = ZoneInfo("Europe/Paris")


@dataclass(frozen=True)
class Played:
    site: str
    station: str
    code: str
    start: datetime
    end: datetime
    reason: str

    @property
    def seconds(self) -> int:
        return int((self.end - self.start).total_seconds())


@dataclass
class History:
    world: World
    sessions: list[Played] = field(default_factory=list)
    events: list[tuple[str, str, datetime, dict[str, Any]]] = field(default_factory=list)
    turned_away: list[tuple[str, datetime]] = field(default_factory=list)
    help_requests: list[tuple[str, datetime]] = field(default_factory=list)

    def session(self, station: str, code: str, start: datetime, minutes: int,
                reason: str = "user") -> None:
        world = self.world
        world.clock.now = start
        opened = world.post("/sessions", station, code=code)
        assert opened.status_code == 201, opened.text
        session_id = opened.json()["session_id"]
        world.clock.now = start + timedelta(minutes=minutes)
        closed = world.post(f"/sessions/{session_id}/close", station,
                            used_seconds=minutes * 60, reason=reason)
        assert closed.status_code == 200, closed.text
        site = "centre-sud" if station == "poste-sud" else "centre-nord"
        self.sessions.append(Played(site, station, code, start, world.clock.now, reason))

    def event(self, station: str, type_: str, at: datetime, **data: Any) -> None:
        sent = self.world.post("/events", station, events=[{
            "id": str(uuid.uuid4()), "type": type_, "occurred_at": at.isoformat(),
            "data": data}])
        assert sent.json()["accepted"] == 1, sent.text
        self.events.append((station, type_, at, data))

    def turn_away(self, at: datetime) -> None:
        self.world.clock.now = at
        self.world.relogin("accueil")
        assert self.world.post("/turned-away", "accueil").status_code == 201
        self.turned_away.append(("centre-nord", at))

    def ask_help(self, station: str, at: datetime) -> None:
        self.world.clock.now = at
        assert self.world.post("/stations/help", station, need="help").status_code == 201
        self.help_requests.append(("centre-nord", at))

    # -- what the figures must be -------------------------------------------------------------

    def played(self, site: str, first: date, last: date) -> list[Played]:
        return [s for s in self.sessions
                if s.site == site and first <= s.start.astimezone(PARIS).date() <= last]

    def expected(self, site: str, first: date, last: date) -> dict[str, Any]:
        played = self.played(site, first, last)
        stations = {"centre-nord": ("poste-1", "poste-2"), "centre-sud": ("poste-sud",)}
        in_period = [e for e in self.events
                     if e[0] in stations[site]
                     and first <= e[2].astimezone(PARIS).date() <= last]
        printed = sum(d["pages"] * d["copies"] for _s, t, _a, d in in_period
                      if t == "print_job" and d["outcome"] == "completed")
        scanned = sum(d["pages"] for _s, t, _a, d in in_period if t == "scan")
        services = Counter(d["site_id"] for _s, t, _a, d in in_period if t == "service_used")
        refused = Counter(d["host"] for _s, t, _a, d in in_period
                          if t == "blocked_navigation")
        answers = Counter(d["answer"] for _s, t, _a, d in in_period if t == "satisfaction")
        return {
            "sessions": len(played),
            "codes": len({s.code for s in played}),
            "seconds": sum(s.seconds for s in played),
            "median": round(statistics.median(s.seconds for s in played)) if played else None,
            "reasons": Counter(s.reason for s in played),
            "printed": printed,
            "scanned": scanned,
            "services": services,
            "refused": refused,
            "satisfaction": answers,
            "turned_away": sum(1 for s, at in self.turned_away
                               if s == site and first <= at.astimezone(PARIS).date() <= last),
            "help": sum(1 for s, at in self.help_requests
                        if s == site and first <= at.astimezone(PARIS).date() <= last),
        }


def paris(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of November 2026 in Paris (UTC+1), as UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=PARIS).astimezone(UTC)


def write_history(world: World) -> History:
    """Two days of a week at the two sites, Tuesday 24 and Wednesday 25 November 2026,
    and Monday 30 November, in the week after."""
    history = History(world)
    until = paris(30, 20, 0).isoformat()
    first = world.issue(minutes=120, print_quota=10, valid_until=until)["code"]
    second = world.issue(minutes=60, valid_until=until)["code"]
    third = world.issue(minutes=60, valid_until=until)["code"]
    sud = world.issue("accueil-sud", minutes=60, valid_until=until)["code"]
    # Tuesday 24: two sessions at once, one of them running over the hour.
    history.session("poste-1", first, paris(24, 10, 0), 20, "user")
    history.session("poste-2", second, paris(24, 10, 30), 45, "time_up")
    history.event("poste-1", "service_used", paris(24, 10, 1), site_id="caf")
    history.event("poste-1", "service_used", paris(24, 10, 2), site_id="caf")
    history.event("poste-2", "service_used", paris(24, 10, 31), site_id="ameli")
    history.event("poste-1", "print_job", paris(24, 10, 15), pages=3, copies=2,
                  outcome="completed")
    history.event("poste-2", "print_job", paris(24, 10, 40), pages=4, copies=1,
                  outcome="failed")
    history.event("poste-2", "scan", paris(24, 10, 50), pages=2)
    history.event("poste-1", "blocked_navigation", paris(24, 10, 5), host="www.facebook.com")
    history.event("poste-2", "blocked_navigation", paris(24, 10, 35), host="www.facebook.com")
    history.event("poste-2", "blocked_navigation", paris(24, 10, 36), host="www.leboncoin.fr")
    history.event("poste-1", "satisfaction", paris(24, 10, 20), answer="yes")
    history.event("poste-2", "satisfaction", paris(24, 11, 15), answer="partly")
    history.turn_away(paris(24, 10, 40))
    history.ask_help("poste-2", paris(24, 10, 45))
    # Wednesday 25: the first code again, late in the day across two hours.
    history.session("poste-1", first, paris(25, 17, 40), 40, "closing")
    history.event("poste-1", "service_used", paris(25, 17, 41), site_id="france-travail")
    history.event("poste-1", "scan", paris(25, 18, 0), pages=1)
    # Another site on the same day: never in the first site's figures.
    history.session("poste-sud", sud, paris(25, 14, 0), 30, "user")
    history.event("poste-sud", "service_used", paris(25, 14, 1), site_id="caf")
    # Monday 30, the week after.
    history.session("poste-2", third, paris(30, 9, 0), 50, "idle")
    history.event("poste-2", "print_job", paris(30, 9, 30), pages=1, copies=1,
                  outcome="completed")
    world.clock.now = paris(30, 12, 0)
    return history
