"""A plausible usage history written straight into a store: sessions within opening hours,
the events stations send about them, people turned away, help requests, and the daily and
hourly figures exactly as recording them one by one would have added them.

The dashboard benchmark fills a store with a million events this way in a minute; the demo
gives its site a year of figures to look at. Nothing here is personal: codes are random
hashes, the services and hosts are those of the shipped policy and a few refused ones.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kiosk.core.hours import OpeningHours
from kiosk.store.models import Code, Event, GuestSession, HelpRequest, Site, Station, TurnedAway
from kiosk.store.services import sites as site_service
from kiosk.store.services import usage

# Services of the shipped policy, and how often guests need them.
SERVICES = (("caf", 30), ("france-travail", 22), ("ameli", 14), ("impots", 10), ("ants", 8),
            ("anef", 6), ("service-public", 5), ("assurance-retraite", 3), ("msa", 2),
            ("logement-social", 3), ("cheque-energie", 1), ("justice", 1))
REFUSED_HOSTS = ("www.facebook.com", "www.leboncoin.fr", "www.youtube.com",
                 "www.doctolib.fr", "www.sncf-connect.com", "mail.google.com",
                 "www.laposte.net", "www.pole-emploi.fr")
END_REASONS = (("time_up", 30), ("user", 50), ("idle", 10), ("closing", 6), ("staff", 3),
               ("crash_recovered", 1))
SATISFACTION = (("yes", 60), ("partly", 20), ("no", 8), ("skipped", 12))
# Opening hours of the sites made here: Monday to Saturday, closed on Sunday.
HOURS = {"monday": ["09:00-12:30", "13:30-18:00"], "tuesday": ["09:00-12:30", "13:30-18:00"],
         "wednesday": ["09:00-12:30", "13:30-18:00"], "thursday": ["13:30-18:00"],
         "friday": ["09:00-12:30", "13:30-18:00"], "saturday": ["09:00-12:00"],
         "sunday": [], "closed_dates": []}
DEFAULT_HOURS = OpeningHours.from_mapping("Europe/Paris", HOURS)
CHUNK = 5000


@dataclass
class Written:
    sessions: int = 0
    events: int = 0
    turned_away: int = 0
    help_requests: int = 0


SITE_NAMES = ("Centre social des Tilleuls", "Maison des habitants du Parc",
              "Espace social Jean-Moulin", "France Services de la Gare",
              "Centre social Les Capucins", "Maison de quartier Saint-Roch")


def make_sites(db: Session, *, count: int, stations_per_site: int, enrolled_at: datetime
               ) -> tuple[list[Site], dict[int, list[Station]]]:
    """Sites open Monday to Saturday, each with its computers, enrolled at `enrolled_at`."""
    made: list[Site] = []
    computers: dict[int, list[Station]] = {}
    for index in range(count):
        name = SITE_NAMES[index % len(SITE_NAMES)] + (f" {index + 1}" if index >= 6 else "")
        site = site_service.add_site(db, slug=f"site-{index + 1}", name=name, hours=HOURS,
                                     now=enrolled_at)
        db.flush()
        computers[site.id] = add_stations(db, site, stations_per_site, enrolled_at)
        made.append(site)
    db.commit()
    return made, computers


def add_stations(db: Session, site: Site, count: int, enrolled_at: datetime) -> list[Station]:
    """Computers that did the history's sessions (their tokens are random and unknown)."""
    rng = random.Random(site.id)
    added = []
    for number in range(count):
        station = Station(site_id=site.id, name=f"Poste {number + 1}",
                          token_hash=f"{rng.getrandbits(256):064x}", enrolled_at=enrolled_at,
                          health={}, outbox_backlog=0)
        db.add(station)
        added.append(station)
    db.flush()
    return added


def _weighted(rng: random.Random, table: Sequence[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _session_events(rng: random.Random, session_id: str, start: datetime, ended: datetime,
                    reason: str) -> list[tuple[str, datetime, dict[str, Any]]]:
    length = int((ended - start).total_seconds())
    made: list[tuple[str, datetime, dict[str, Any]]] = [
        ("session_start", start, {"session_id": session_id}),
        ("session_end", ended, {"session_id": session_id, "reason": reason,
                                "seconds": length})]
    made.extend(("service_used", start + timedelta(seconds=30),
                 {"site_id": _weighted(rng, SERVICES)}) for _ in range(rng.randint(1, 3)))
    if rng.random() < 0.45:
        made.append(("print_job", ended - timedelta(minutes=2), {
            "pages": rng.randint(1, 6), "copies": 1,
            "outcome": rng.choices(("completed", "failed"), (95, 5))[0]}))
    if rng.random() < 0.25:
        made.append(("scan", ended - timedelta(minutes=4), {"pages": rng.randint(1, 3)}))
    if rng.random() < 0.3:
        made.append(("blocked_navigation", start + timedelta(minutes=3),
                     {"host": rng.choice(REFUSED_HOSTS)}))
    if rng.random() < 0.5:
        made.append(("satisfaction", ended, {"answer": _weighted(rng, SATISFACTION)}))
    made.extend(("station_health", start + timedelta(seconds=600 * tick),
                 {"cpu_percent": 12.0, "memory_percent": 40.0, "disk_percent": 30.0})
                for tick in range(max(1, length // 600)))
    return made


def fill(db: Session, *, sites: Sequence[Site], stations: dict[int, list[Station]],
         events: int, end: datetime, days: int = 365, seed: int = 1,
         progress: Callable[[int], None] | None = None) -> Written:
    """Write about `events` events over the `days` before `end`, spread over the sites'
    opening hours and stations; commit as it goes."""
    rng = random.Random(seed)
    written = Written()
    # About 9 events a session (start, end, services, a print, a scan, a refusal, health):
    # the number of sessions follows from the events asked for.
    # Arrivals a site-day to write `events` in all: about 9 events a session at first, then
    # what the days written so far gave (people turned away bring none), so the total
    # comes out close to what was asked.
    open_days_left = days * 6 / 7
    per_site_day = events / 9 / max(len(sites), 1) / open_days_left
    arrived = 0
    clocks = {site.id: usage.SiteClock.of(site) for site in sites}
    buffers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    counted: dict[usage.DayKey, int] = defaultdict(int)  # people turned away, help asked

    def flush(*, force: bool = False) -> None:
        # All tables at once, codes before the sessions that use them.
        if not force and max((len(rows) for rows in buffers.values()), default=0) < CHUNK:
            return
        for table, model in (("codes", Code), ("sessions", GuestSession), ("events", Event),
                             ("turned_away", TurnedAway), ("help", HelpRequest)):
            if buffers[table]:
                db.execute(insert(model), buffers[table])
                buffers[table].clear()
        db.commit()

    next_code = [1 + int(db.scalar(select(func.coalesce(func.max(Code.id), 0))) or 0)]
    closed: list[usage.ClosedSession] = []
    happenings: dict[int, list[usage.Happening]] = defaultdict(list)
    first_day = (end - timedelta(days=days)).date()
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        for site in sites:
            clock = clocks[site.id]
            # A place always open (no hours) gets the usual hours' arrivals.
            spans = (clock.hours or DEFAULT_HOURS).intervals_on(day)
            if not spans:
                continue
            free_at = {s.id: datetime.combine(day, time(0), tzinfo=clock.zone)
                       for s in stations[site.id]}
            today_codes: list[int] = []
            arrivals = []
            # As many arrivals as asked on average, more on some days than on others.
            count = int(per_site_day * rng.uniform(0.5, 1.5) + rng.random())
            arrived += count
            for _ in range(count):
                interval = rng.choice(spans)
                arrivals.append((rng.uniform(interval.start, interval.end - 10), interval))
            for minute, interval in sorted(arrivals, key=lambda arrival: arrival[0]):
                start = datetime.combine(day, time(0), tzinfo=clock.zone) + timedelta(
                    minutes=minute)
                station = min(stations[site.id], key=lambda s: free_at[s.id])
                if free_at[station.id] > start:
                    written.turned_away += 1
                    buffers["turned_away"].append({"site_id": site.id, "at": start,
                                                   "reason": "no_free_station"})
                    counted[(site.id, clock.day(start), usage.TURNED_AWAY,
                             "no_free_station")] += 1
                    continue
                length = min(rng.choice((15, 20, 30, 30, 45, 60, 60, 90)) * 60
                             + rng.randint(-120, 120),
                             int((datetime.combine(day, time(0), tzinfo=clock.zone)
                                  + timedelta(minutes=interval.end) - start).total_seconds()))
                length = max(length, 60)
                ended = start + timedelta(seconds=length)
                free_at[station.id] = ended + timedelta(minutes=2)
                reason = _weighted(rng, END_REASONS)
                if today_codes and rng.random() < 0.15:
                    # A guest back with the time left on the morning's slip.
                    code_id = rng.choice(today_codes)
                else:
                    code_id = next_code[0]
                    next_code[0] += 1
                    today_codes.append(code_id)
                    buffers["codes"].append({
                        "id": code_id, "site_id": site.id, "code_hash": _uuid(rng).replace("-", ""),
                        "offline_hash": "0" * 64, "budget_seconds": length + 600,
                        "used_seconds": length, "valid_from": start - timedelta(minutes=5),
                        "valid_until": start + timedelta(hours=12), "print_quota": 10,
                        "print_used": 0, "print_reserved": 0, "scan_quota": 10, "scan_used": 0,
                        "scan_reserved": 0, "revoked": False, "activated_at": start,
                        "issued_at": start - timedelta(minutes=5)})
                session_id = _uuid(rng)
                buffers["sessions"].append({
                    "id": session_id, "code_id": code_id, "station_id": station.id,
                    "site_id": site.id, "started_at": start, "last_tick_at": ended,
                    "used_seconds": length, "ended_at": ended, "end_reason": reason,
                    "open_code_id": None})
                closed.append(usage.ClosedSession(site.id, station.id, start, ended, length,
                                                  reason))
                written.sessions += 1
                session_events = _session_events(rng, session_id, start, ended, reason)
                for type_, at, data in session_events:
                    buffers["events"].append({
                        "id": _uuid(rng), "site_id": site.id, "station_id": station.id,
                        "type": type_, "occurred_at": at, "received_at": at, "data": data})
                    happenings[site.id].append(usage.Happening(type_, at, data))
                written.events += len(session_events)
                if rng.random() < 0.04:
                    written.help_requests += 1
                    need = rng.choice(("help", "help", "more_time"))
                    buffers["help"].append({
                        "site_id": site.id, "station_id": station.id, "need": need,
                        "asked_at": start + timedelta(minutes=5),
                        "answered_at": start + timedelta(minutes=7), "answer": "coming",
                        "minutes": None, "answered_by": None})
                    counted[(site.id, clock.day(start), usage.HELP_REQUEST, need)] += 1
            flush()
            if len(closed) >= CHUNK:
                _fold(db, closed, happenings, clocks)
        if progress is not None:
            progress(written.events)
        if day.weekday() != 6 and arrived:
            open_days_left = max(open_days_left - 1, 1)
            per_arrival = written.events / arrived
            per_site_day = max(events - written.events, 0) / per_arrival / max(
                len(sites), 1) / open_days_left
    flush(force=True)
    _fold(db, closed, happenings, clocks)
    usage.add_daily(db, {key: (n, 0) for key, n in counted.items()})
    db.commit()
    return written


def _fold(db: Session, closed: list[usage.ClosedSession],
          happenings: dict[int, list[usage.Happening]],
          clocks: dict[int, usage.SiteClock]) -> None:
    daily, hourly = usage.fold_sessions(closed, clocks)
    usage.add_daily(db, daily)
    usage.add_hourly(db, hourly)
    for site_id, items in happenings.items():
        usage.add_daily(db, usage.fold_events(
            site_id, clocks[site_id], [h for h in items if h.type in usage.FOLDED_EVENTS]))
    closed.clear()
    happenings.clear()
    db.commit()

