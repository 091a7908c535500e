"""The store's own daily purge: raw usage events older than each site's retention are
deleted once a day, with no cron to set up (their figures stay).

Every store process looks once an hour at when the purge last ran (the audit log says) and
runs it when that was a day ago or more. Two processes that look at the same moment both
run it: the second finds nothing left to delete.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from kiosk.store.config import StoreSettings
from kiosk.store.dbwork import DatabaseWork
from kiosk.store.errors import StoreError
from kiosk.store.services import events

log = logging.getLogger("kiosk.store")

EVERY = timedelta(days=1)


class DailyPurge:
    def __init__(self, work: DatabaseWork, settings: StoreSettings,
                 clock: Callable[[], datetime]) -> None:
        self._work = work
        self._settings = settings
        self._clock = clock
        self._task: asyncio.Task[None] | None = None

    async def run_if_due(self) -> tuple[int, int] | None:
        """Purge when the last purge is a day old or more; what it deleted, or None."""
        now = self._clock()

        def purge(db: Session) -> tuple[int, int] | None:
            last = events.last_purge(db)
            if last is not None and now - last < EVERY:
                return None
            deleted = events.purge(db, retention_days=self._settings.retention_days, now=now)
            db.commit()
            return deleted

        done = await self._work.write(purge)
        if done is not None:
            log.info("daily purge: %s events and %s turned-away records deleted", *done)
        return done

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._keep())

    async def stop(self) -> None:
        task, self._task = self._task, None
        while task is not None and not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=0.5)

    async def _keep(self) -> None:
        await asyncio.sleep(self._settings.purge_first_seconds)
        while True:
            try:
                await self.run_if_due()
            except StoreError as error:  # the database is busy or away: next hour
                log.warning("the daily purge waits: %s", error.code)
            except Exception:
                log.exception("the daily purge failed")
            await asyncio.sleep(self._settings.purge_check_seconds)
