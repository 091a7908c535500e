"""Printing through CUPS with pycups: the station's queue, its status, jobs followed to the end.

A job is followed through CUPS's own event notifications (an IPP subscription read with
Get-Notifications), because a station keeps no job history: a finished job vanishes from the
queue at once, and only its events say whether it completed, was cancelled or aborted.
Every call blocks: the shell runs them off the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import cups

from kiosk.agent.station import MeteringUnavailable, OpenedSession, QuotaExceeded, StationAgent
from kiosk.core.metering import page_ranges
from kiosk.core.printer_status import PrinterStatus, describe

log = logging.getLogger("kiosk.print")

JOB_TITLE = "Poste d'accès libre"  # never the document's name: it can be personal
_EVENTS = ["job-state-changed", "job-completed", "job-stopped"]
_STATE_ATTRIBUTES = ["printer-state", "printer-state-reasons", "printer-is-accepting-jobs"]


class JobOutcome(Enum):
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    FAILED = "failed"  # aborted by CUPS, or stopped on the printer


_ENDED = {cups.IPP_JOB_COMPLETED: JobOutcome.COMPLETED,
          cups.IPP_JOB_CANCELED: JobOutcome.CANCELLED,
          cups.IPP_JOB_ABORTED: JobOutcome.FAILED,
          cups.IPP_JOB_STOPPED: JobOutcome.FAILED}


class PrintingUnavailable(Exception):  # noqa: N818 - a condition the guest is told about
    """CUPS cannot be reached, or the queue does not exist."""


@dataclass(frozen=True)
class PrintRequest:
    document: Path
    pages: tuple[int, ...]  # chosen pages, 1-based
    copies: int
    two_sided: bool = False


def default_queue() -> str | None:
    """The CUPS server's default printer, if it has one (and answers)."""
    try:
        queue = cups.Connection().getDefault()
    except (RuntimeError, cups.IPPError):
        return None
    return str(queue) if queue else None


def connect(server: str | None = None) -> Any:  # noqa: ANN401 - a cups.Connection
    """A connection to the CUPS server at `server` (host, host:port or socket path; None:
    the system's); raises PrintingUnavailable when it cannot be reached."""
    try:
        if not server:
            return cups.Connection()
        host, port = server, cups.getPort()
        if not server.startswith("/") and ":" in server:
            host, _, text = server.rpartition(":")
            port = int(text)
        return cups.Connection(host=host, port=port)
    except (RuntimeError, ValueError) as error:
        raise PrintingUnavailable(str(error)) from error


class Printer:
    """One CUPS queue. `server` is a host, host:port or socket path; None: the system's."""

    def __init__(self, queue: str, server: str | None = None) -> None:
        self.queue = queue
        self.server = server

    def _connect(self) -> Any:  # noqa: ANN401 - a cups.Connection
        return connect(self.server)

    def status(self, language: str = "fr") -> PrinterStatus:
        try:
            connection = self._connect()
            attributes = connection.getPrinterAttributes(
                self.queue, requested_attributes=_STATE_ATTRIBUTES)
        except PrintingUnavailable:
            return describe(None, (), language=language)
        except cups.IPPError:
            return describe(None, ("unknown-printer",), language=language)
        reasons = attributes.get("printer-state-reasons", [])
        if isinstance(reasons, str):
            reasons = [reasons]
        return describe(int(attributes.get("printer-state", 3)), list(reasons),
                        accepting=bool(attributes.get("printer-is-accepting-jobs", True)),
                        language=language)

    def submit(self, request: PrintRequest) -> int:
        """Queue the document; returns the job id, to follow with `follow`."""
        options = {"copies": str(request.copies), "page-ranges": page_ranges(request.pages),
                   "sides": "two-sided-long-edge" if request.two_sided else "one-sided"}
        try:
            connection = self._connect()
            return int(connection.printFile(self.queue, str(request.document), JOB_TITLE,
                                            options))
        except cups.IPPError as error:
            raise PrintingUnavailable(str(error)) from error

    def subscribe(self) -> int:
        """Start listening to the queue's job events (before submitting)."""
        try:
            return int(self._connect().createSubscription(
                f"ipp://localhost/printers/{self.queue}", events=_EVENTS,
                lease_duration=3600))
        except cups.IPPError as error:
            raise PrintingUnavailable(str(error)) from error

    def unsubscribe(self, subscription: int) -> None:
        with contextlib.suppress(cups.IPPError, PrintingUnavailable):
            self._connect().cancelSubscription(subscription)

    def follow(self, job_id: int, subscription: int, *, timeout: float = 600.0,
               poll: float = 0.2, cancelled: Callable[[], bool] | None = None) -> JobOutcome:
        """Wait until the job ends; `cancelled()` true stops waiting and cancels the job."""
        deadline = time.monotonic() + timeout
        connection = self._connect()
        while time.monotonic() < deadline:
            if cancelled is not None and cancelled():
                self.cancel(job_id)
                return JobOutcome.CANCELLED
            ended = self._ended_by_events(connection, job_id, subscription)
            if ended is not None:
                return ended
            try:
                state = int(connection.getJobAttributes(
                    job_id, requested_attributes=["job-state"]).get("job-state", 0))
            except cups.IPPError:
                # Gone from CUPS: its events say how it ended, if it completed; a job
                # cancelled while waiting leaves no event at all.
                ended = self._ended_by_events(connection, job_id, subscription)
                return ended if ended is not None else JobOutcome.CANCELLED
            if state in _ENDED:
                return _ENDED[state]
            time.sleep(poll)
        # A job that never ends (a printer that waits for paper forever) is not charged.
        self.cancel(job_id)
        return JobOutcome.FAILED

    @staticmethod
    def _ended_by_events(connection: Any, job_id: int,  # noqa: ANN401 - a cups.Connection
                         subscription: int) -> JobOutcome | None:
        try:
            events = connection.getNotifications([subscription]).get("events", [])
        except cups.IPPError as error:
            raise PrintingUnavailable(str(error)) from error
        for event in events:
            if event.get("notify-job-id") == job_id and \
                    int(event.get("job-state", 0)) in _ENDED:
                return _ENDED[int(event["job-state"])]
        return None

    def cancel(self, job_id: int, *, purge: bool = False) -> bool:
        try:
            self._connect().cancelJob(job_id, purge_job=purge)
        except (cups.IPPError, PrintingUnavailable):
            return False
        return True

    def active_jobs(self, job_ids: set[int]) -> set[int]:
        """Which of these jobs CUPS still holds (queued, printing or kept in history)."""
        try:
            jobs = self._connect().getJobs(which_jobs="all")
        except (cups.IPPError, PrintingUnavailable):
            return set(job_ids)  # cannot tell: assume the worst
        return job_ids & set(jobs)

    def purge(self, job_ids: set[int]) -> int:
        """Cancel and purge these jobs (the wipe): no spool or history file keeps them."""
        for job_id in job_ids:
            self.cancel(job_id, purge=True)
        return len(job_ids)


@dataclass(frozen=True)
class PrintResult:
    """What happened to a print request, for the guest and the usage event."""

    outcome: str  # completed | cancelled | failed | quota | printer-blocked | unavailable
    pages: int = 0  # pages charged (chosen pages times copies) when completed
    pages_left: int | None = None  # when the quota was short
    status: PrinterStatus | None = None  # when the printer could not print


def print_document(agent: StationAgent, session: OpenedSession, printer: Printer,
                   request: PrintRequest, *, on_submitted: Callable[[int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> PrintResult:
    """Check the printer, reserve the pages, print, follow the job, then commit or refund."""
    status = printer.status()
    if not status.can_print:
        return PrintResult("printer-blocked", status=status)
    pages = len(request.pages) * request.copies
    try:
        reservation = agent.reserve_pages(session, "print", pages)
    except QuotaExceeded as short:
        _report(agent, request, "refused")
        return PrintResult("quota", pages_left=short.pages_left)
    except MeteringUnavailable:
        return PrintResult("unavailable")
    outcome = JobOutcome.FAILED
    try:
        subscription = printer.subscribe()
        try:
            job_id = printer.submit(request)
            if on_submitted is not None:
                on_submitted(job_id)
            outcome = printer.follow(job_id, subscription, cancelled=cancelled)
        finally:
            printer.unsubscribe(subscription)
    except PrintingUnavailable as error:
        log.warning("printing failed: %s", error)
    finally:
        # Pages are charged only for a job the printer finished.
        agent.settle_pages(session, reservation, printed=outcome is JobOutcome.COMPLETED)
    _report(agent, request, outcome.value)
    if outcome is JobOutcome.COMPLETED:
        return PrintResult("completed", pages=pages)
    return PrintResult(outcome.value)


def _report(agent: StationAgent, request: PrintRequest, outcome: str) -> None:
    agent.outbox.add("print_job", {"pages": len(request.pages), "copies": request.copies,
                                   "outcome": outcome})
