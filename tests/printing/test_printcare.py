"""The reception's care of the printers, against a real cupsd: states in plain French, the
waiting jobs by station, and each fix seen in CUPS afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import printcare as care
from kiosk.printcare import PrinterInfo, job_action, printer_action
from kiosk.printing import Printer, PrintingUnavailable, PrintRequest
from tests.printing.conftest import Printers, write_pdf
from tests.waiting import wait_until


def queue(server: str, name: str) -> PrinterInfo:
    return next(info for info in care.printers(server) if info.queue == name)


def test_every_queue_is_listed_with_its_state(printers: Printers) -> None:
    listed = {info.queue: info for info in care.printers(printers.server)}
    assert set(listed) >= {"bureau", "null", "attente"}
    assert listed["bureau"].status.can_print
    assert listed["bureau"].status.headline == "L'imprimante est prête."


def test_a_held_job_is_shown_by_station_and_released_or_cancelled(
        printers: Printers, tmp_path: Path) -> None:
    document = write_pdf(tmp_path / "attestation.pdf", 1)
    job = Printer("attente", printers.server).submit(PrintRequest(document, (1,), 1))
    waiting = queue(printers.server, "attente").jobs
    assert [(j.id, j.held) for j in waiting] == [(job, True)]
    # The station it came from shows only where CUPS lets the desk see it (its
    # JobPrivateValues hide a job's origin by default, as here).
    assert waiting[0].station in ("", "localhost", "127.0.0.1")
    assert waiting[0].created_at is not None
    job_action(printers.server, job, "release")
    wait_until(lambda: all(not j.held for j in queue(printers.server, "attente").jobs))
    job_action(printers.server, job, "cancel")
    wait_until(lambda: not queue(printers.server, "attente").jobs)


def test_a_paused_printer_is_explained_then_resumed(printers: Printers) -> None:
    printers.cupsd.run("cupsdisable", "-r", "Bourrage papier", "bureau")
    paused = queue(printers.server, "bureau").status
    assert not paused.can_print
    assert paused.headline.startswith("L'imprimante ne peut pas imprimer")
    printer_action(printers.server, "bureau", "resume")
    assert queue(printers.server, "bureau").status.can_print
    assert "enabled" in printers.cupsd.run("lpstat", "-p", "bureau")


def test_a_queue_refusing_jobs_accepts_them_again(printers: Printers) -> None:
    printers.cupsd.run("cupsreject", "bureau")
    refusing = queue(printers.server, "bureau").status
    assert "not-accepting" in refusing.reasons
    printer_action(printers.server, "bureau", "accept")
    assert "accepting requests" in printers.cupsd.run("lpstat", "-a", "bureau")


def test_a_test_page_and_cancel_all(printers: Printers, tmp_path: Path) -> None:
    document = write_pdf(tmp_path / "a.pdf", 1)
    printer = Printer("attente", printers.server)
    for _ in range(2):
        printer.submit(PrintRequest(document, (1,), 1))
    assert len(queue(printers.server, "attente").jobs) == 2
    printer_action(printers.server, "attente", "cancel_all")
    wait_until(lambda: not queue(printers.server, "attente").jobs)
    printer_action(printers.server, "attente", "test_page")
    wait_until(lambda: len(queue(printers.server, "attente").jobs) == 1)
    printer_action(printers.server, "attente", "cancel_all")


def test_a_server_that_is_away_is_unavailable() -> None:
    with pytest.raises(PrintingUnavailable):
        care.printers("127.0.0.1:9")
