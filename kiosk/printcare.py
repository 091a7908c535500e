"""The reception's care of the site's printers: every queue of a CUPS server with its state in
plain French and what to do, its waiting jobs, and the fixes (cancel, hold, release, resume,
accept jobs again, a test page).

Blocking pycups calls: the desk runs them off its GUI thread. A job is shown by number,
station and age, never by its document's name (guests print their own papers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import cups

from kiosk.core.printer_status import PrinterStatus, describe
from kiosk.printing import PrintingUnavailable, connect

_PRINTER_ATTRIBUTES = ["printer-name", "printer-state", "printer-state-reasons",
                       "printer-is-accepting-jobs", "printer-info"]
_JOB_ATTRIBUTES = ["job-id", "job-printer-uri", "job-originating-host-name", "job-state",
                   "time-at-creation", "job-k-octets", "job-hold-until"]
JOB_HELD = 4  # IPP job-state "pending-held"

PrinterAction = Literal["resume", "accept", "test_page", "cancel_all"]
JobAction = Literal["cancel", "hold", "release"]


@dataclass(frozen=True)
class Job:
    id: int
    queue: str
    station: str  # the host it came from; "" where CUPS keeps it private (JobPrivateValues)
    created_at: datetime | None
    kilobytes: int
    held: bool


@dataclass(frozen=True)
class PrinterInfo:
    queue: str
    description: str
    status: PrinterStatus
    jobs: tuple[Job, ...]


def _queue_of(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1]


def printers(server: str | None = None, *, language: str = "fr") -> list[PrinterInfo]:
    """Every queue of the server with its state and its jobs not yet done."""
    connection = connect(server)
    try:
        queues: dict[str, Any] = connection.getPrinters()
        jobs: dict[int, dict[str, Any]] = connection.getJobs(
            which_jobs="not-completed", requested_attributes=_JOB_ATTRIBUTES)
    except cups.IPPError as error:
        raise PrintingUnavailable(str(error)) from error
    by_queue: dict[str, list[Job]] = {}
    for job_id, job in jobs.items():
        queue = _queue_of(str(job.get("job-printer-uri", "")))
        created = job.get("time-at-creation")
        by_queue.setdefault(queue, []).append(Job(
            id=int(job_id), queue=queue, station=str(job.get("job-originating-host-name", "")),
            created_at=datetime.fromtimestamp(int(created), UTC) if created else None,
            kilobytes=int(job.get("job-k-octets", 0)),
            held=int(job.get("job-state", 0)) == JOB_HELD))
    result = []
    for queue in sorted(queues):
        try:
            attributes = connection.getPrinterAttributes(
                queue, requested_attributes=_PRINTER_ATTRIBUTES)
        except cups.IPPError:
            continue  # deleted meanwhile
        reasons = attributes.get("printer-state-reasons", [])
        if isinstance(reasons, str):
            reasons = [reasons]
        status = describe(int(attributes.get("printer-state", 3)), list(reasons),
                          accepting=bool(attributes.get("printer-is-accepting-jobs", True)),
                          language=language)
        result.append(PrinterInfo(queue, str(attributes.get("printer-info") or queue), status,
                                  tuple(sorted(by_queue.get(queue, []), key=lambda j: j.id))))
    return result


def printer_action(server: str | None, queue: str, action: PrinterAction) -> None:
    connection = connect(server)
    try:
        if action == "resume":
            connection.enablePrinter(queue)
        elif action == "accept":
            connection.acceptJobs(queue)
        elif action == "test_page":
            connection.printTestPage(queue)
        else:
            connection.cancelAllJobs(queue)
    except cups.IPPError as error:
        raise PrintingUnavailable(str(error)) from error


def job_action(server: str | None, job_id: int, action: JobAction) -> None:
    connection = connect(server)
    try:
        if action == "cancel":
            connection.cancelJob(job_id, purge_job=True)
        elif action == "hold":
            connection.setJobHoldUntil(job_id, "indefinite")
        else:
            connection.setJobHoldUntil(job_id, "no-hold")
    except cups.IPPError as error:
        raise PrintingUnavailable(str(error)) from error
