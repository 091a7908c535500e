"""The stations and sites a heartbeat needs, kept in memory.

A heartbeat, every station's request every few seconds, is answered from here without
touching the database in the usual case: the station is found by its token's digest, its
report is kept until the next write (one statement a second for every station), and its site's
name, hours and offline code list come from memory. The database is read when something is
missing (a station not seen yet, a site whose codes changed), and is the reference: once a
second every store process reads the sites' revisions and reloads the stations of a site
that changed (a new token, a command waiting, out of order, revoked), so that what another
process or a command-line tool changed reaches the stations within one heartbeat.

Everything here runs on the event loop; database work goes through DatabaseWork.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from kiosk.store.config import StoreSettings
from kiosk.store.dbwork import DatabaseWork
from kiosk.store.errors import StoreError
from kiosk.store.models import Site
from kiosk.store.services import codes, stations
from kiosk.store.services.stations import KnownSite, KnownStation, Report

log = logging.getLogger("kiosk.store")

SYNC_SECONDS = 1.0
# An offline code list is computed once per revision of the site's codes, and again after this
# long, so that expired codes leave it.
OFFLINE_CODES_MAX_AGE = timedelta(minutes=1)


class StationDirectory:
    def __init__(self, work: DatabaseWork, settings: StoreSettings) -> None:
        self._work = work
        self._settings = settings
        self._stations: dict[str, KnownStation] = {}  # by token digest
        self._sites: dict[int, KnownSite] = {}
        self._stale_sites: set[int] = set()
        self._reports: dict[int, Report] = {}
        self._offline_codes: dict[int, tuple[int, datetime, dict[str, Any]]] = {}
        self._sync_task: asyncio.Task[None] | None = None
        self._stopping = False
        # Bumped by every station change: a read begun before one may hold what the change
        # replaced (a station still out of order), and is not kept.
        self._generation = 0

    # -- what a request needs ------------------------------------------------------------

    async def station(self, digest: str) -> KnownStation | None:
        known = self._stations.get(digest)
        if known is None:
            generation = self._generation
            known = await self._work.read(
                lambda db: stations.known_station(db, digest=digest))
            if known is not None and generation == self._generation:
                self._stations[digest] = known
        return known

    async def site(self, site_id: int) -> KnownSite:
        known = self._sites.get(site_id)
        if known is None or site_id in self._stale_sites:
            self._stale_sites.discard(site_id)
            for loaded in await self._work.read(stations.known_sites):
                # Whether its stations changed is for the sync to see: it compares with the
                # revision it last reloaded them at (none yet: -1).
                previous = self._sites.get(loaded.id)
                self._sites[loaded.id] = replace(
                    loaded, stations_revision=previous.stations_revision if previous else -1)
            known = self._sites[site_id]
        return known

    def report(self, station_id: int, report: Report) -> None:
        self._reports[station_id] = report

    async def commands(self, known: KnownStation, now: datetime) -> list[dict[str, Any]]:
        """The commands waiting for the station (read only when some were sent)."""
        if not known.has_commands:
            return []
        known.has_commands = False  # a command sent while collecting marks it again
        try:
            return await self._work.write(
                lambda db: stations.collect_commands(db, station_id=known.id, now=now))
        except BaseException:
            known.has_commands = True
            raise

    async def offline_codes(self, site: KnownSite, now: datetime) -> dict[str, Any]:
        cached = self._offline_codes.get(site.id)
        if cached is not None and cached[0] == site.codes_revision \
                and now - cached[1] < OFFLINE_CODES_MAX_AGE:
            return cached[2]

        def compute(db: Session) -> dict[str, Any]:
            return codes.offline_codes(db, settings=self._settings,
                                       site=db.get_one(Site, site.id), now=now)

        listing = await self._work.read(compute)
        # The list names the revision it was read at, which may be newer than the cached one.
        self._offline_codes[site.id] = (int(listing["revision"]), now, listing)
        return listing

    # -- changes made by this process: seen at once --------------------------------------

    def commands_sent(self, station_id: int) -> None:
        for known in self._stations.values():
            if known.id == station_id:
                known.has_commands = True

    def station_changed(self, station_id: int) -> None:
        """The station has a new token (or lost its old one): look it up again."""
        self._generation += 1
        self._stations = {digest: known for digest, known in self._stations.items()
                          if known.id != station_id}

    def site_changed(self, site_id: int) -> None:
        """The site's codes or details changed: read it again at its next heartbeat."""
        self._stale_sites.add(site_id)

    # -- once a second -------------------------------------------------------------------

    async def flush(self) -> None:
        """Write the reports received since the last flush; on failure they wait for the next."""
        reports, self._reports = self._reports, {}
        if not reports:
            return
        try:
            await self._work.write(lambda db: stations.record_reports(db, reports))
        except BaseException:
            for station_id, report in reports.items():
                self._reports.setdefault(station_id, report)  # a newer one wins
            raise

    async def sync(self) -> None:
        """Reload the sites, and the stations of every site whose stations changed."""
        def read(db: Session) -> tuple[list[KnownSite], list[int], list[KnownStation]]:
            sites = stations.known_sites(db)
            changed = [site.id for site in sites
                       if (known := self._sites.get(site.id)) is None
                       or known.stations_revision != site.stations_revision]
            return sites, changed, (stations.known_stations(db, site_ids=changed)
                                    if changed else [])

        generation = self._generation
        sites, changed, reloaded = await self._work.read(read)
        if generation != self._generation:
            return  # a station changed while this was read: the next sync reads it again
        if changed:
            self._stations = {digest: known for digest, known in self._stations.items()
                              if known.site_id not in changed}
            self._stations.update({known.token_digest: known for known in reloaded})
        self._sites = {site.id: site for site in sites}
        self._stale_sites.clear()

    def start(self) -> None:
        self._stopping = False
        self._sync_task = asyncio.get_running_loop().create_task(self._keep_in_sync())

    async def stop(self) -> None:
        task, self._sync_task = self._sync_task, None
        self._stopping = True
        # Cancelled until it is done: a cancellation that lands as a database read finishes
        # could otherwise be lost, and the store would never finish stopping.
        while task is not None and not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=0.5)
        with contextlib.suppress(StoreError):
            await self.flush()

    async def _keep_in_sync(self) -> None:
        while not self._stopping:
            await asyncio.sleep(SYNC_SECONDS)
            try:
                await self.flush()
                await self.sync()
            except StoreError as error:  # the database is busy or away: next second
                log.warning("station reports wait: %s", error.code)
            except Exception:
                log.exception("the station directory could not sync")
