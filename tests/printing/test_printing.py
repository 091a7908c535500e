"""Metered printing against a real cupsd and a real store: pages counted by the station,
charged only for a job the printer finished, refunded otherwise, purged by the wipe."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.agent.outbox import Outbox
from kiosk.agent.station import OpenedSession, StationAgent
from kiosk.agent.store_client import StoreClient
from kiosk.printing import JobOutcome, Printer, PrintRequest, print_document
from kiosk.store.models import Code
from tests.agent.conftest import LiveStore
from tests.printing.conftest import Printers, pdf_pages, write_pdf
from tests.waiting import wait_until


@pytest.fixture
def station(live_store: LiveStore, tmp_path: Path) -> Iterator[tuple[StationAgent, OpenedSession]]:
    client = StoreClient(live_store.url)
    client.enrol(live_store.enrol_token("poste-2"))
    agent = StationAgent(client=client, outbox=Outbox(tmp_path / "outbox.sqlite3"),
                         state_dir=tmp_path)
    session = agent.open_session(live_store.code(minutes=30), datetime.now(UTC))
    assert session.print_left == 5
    yield agent, session
    client.close()
    agent.outbox.close()


def print_used(live_store: LiveStore) -> tuple[int, int]:
    live_store.db.expire_all()
    code = live_store.db.scalars(select(Code)).one()
    used = code.print_used, code.print_reserved
    live_store.db.rollback()  # no read transaction left open: SQLite writers would wait
    return used


def events(agent: StationAgent, kind: str) -> list[dict[str, object]]:
    return [event["data"] for event in agent.outbox.pending() if event["type"] == kind]


def test_pages_times_copies_are_printed_and_charged(
        printers: Printers, station: tuple[StationAgent, OpenedSession],
        live_store: LiveStore, tmp_path: Path) -> None:
    agent, session = station
    document = write_pdf(tmp_path / "attestation-caf.pdf", pages=3)
    printer = Printer("bureau", printers.server)
    submitted: list[int] = []
    result = print_document(agent, session, printer,
                            PrintRequest(document, pages=(1, 3), copies=2),
                            on_submitted=submitted.append)
    assert result.outcome == "completed"
    assert result.pages == 4
    assert print_used(live_store) == (4, 0)
    assert wait_until(lambda: pdf_pages(printers.output) == 4)  # 2 pages, 2 copies each
    assert len(submitted) == 1
    assert events(agent, "print_job") == [{"pages": 2, "copies": 2, "outcome": "completed"}]
    assert "attestation" not in str(agent.outbox.pending())
    # Nothing of the job stays in CUPS: no history, no spool file.
    assert printer.active_jobs(set(submitted)) == set()


def test_a_job_bigger_than_the_quota_never_reaches_cups(
        printers: Printers, station: tuple[StationAgent, OpenedSession],
        live_store: LiveStore, tmp_path: Path) -> None:
    agent, session = station
    document = write_pdf(tmp_path / "releve.pdf", pages=3)
    submitted: list[int] = []
    result = print_document(agent, session, Printer("bureau", printers.server),
                            PrintRequest(document, pages=(1, 2, 3), copies=2),
                            on_submitted=submitted.append)
    assert result.outcome == "quota"
    assert result.pages_left == 5
    assert submitted == []
    assert printers.output.read_bytes() == b""
    assert print_used(live_store) == (0, 0)
    assert events(agent, "print_job") == [{"pages": 3, "copies": 2, "outcome": "refused"}]


def test_a_job_cancelled_in_cups_is_refunded(
        printers: Printers, station: tuple[StationAgent, OpenedSession],
        live_store: LiveStore, tmp_path: Path) -> None:
    agent, session = station
    document = write_pdf(tmp_path / "avis.pdf", pages=2)
    printer = Printer("attente", printers.server)
    submitted: list[int] = []
    outcome: list[object] = []
    printing = threading.Thread(target=lambda: outcome.append(print_document(
        agent, session, printer, PrintRequest(document, pages=(1, 2), copies=1),
        on_submitted=submitted.append)))
    printing.start()
    assert wait_until(lambda: bool(submitted))
    assert print_used(live_store) == (0, 2)  # reserved while the job waits
    # The reception cancels the job from the printer's queue.
    printers.cupsd.run("cancel", str(submitted[0]))
    printing.join(timeout=60)
    assert outcome[0].outcome == JobOutcome.CANCELLED.value  # type: ignore[attr-defined]
    assert print_used(live_store) == (0, 0)
    assert events(agent, "print_job")[-1]["outcome"] == "cancelled"


def test_a_disabled_printer_is_shown_and_nothing_is_charged(
        printers: Printers, station: tuple[StationAgent, OpenedSession],
        live_store: LiveStore, tmp_path: Path) -> None:
    agent, session = station
    printers.cupsd.run("cupsdisable", "-r", "Plus de papier", "bureau")
    printer = Printer("bureau", printers.server)
    status = printer.status()
    assert not status.can_print
    assert "Prévenez l'accueil" in status.headline
    assert any("suspendue" in advice for advice in status.advice)
    result = print_document(agent, session, printer,
                            PrintRequest(write_pdf(tmp_path / "a.pdf", 1), (1,), 1))
    assert result.outcome == "printer-blocked"
    assert print_used(live_store) == (0, 0)


def test_a_printer_that_refuses_jobs_or_does_not_exist_is_explained(
        printers: Printers) -> None:
    printers.cupsd.run("cupsreject", "null")
    refusing = Printer("null", printers.server).status()
    assert not refusing.can_print
    assert "not-accepting" in refusing.reasons
    missing = Printer("nulle-part", printers.server).status()
    assert not missing.can_print
    assert "unknown-printer" in missing.reasons
    away = Printer("bureau", str(printers.cupsd.root / "absent.sock")).status()
    assert not away.can_print
    assert away.reasons == ("unreachable",)


def test_the_wipe_purges_the_session_jobs_from_cups(printers: Printers,
                                                    tmp_path: Path) -> None:
    printer = Printer("attente", printers.server)
    job = printer.submit(PrintRequest(write_pdf(tmp_path / "b.pdf", 1), (1,), 1))
    assert printer.active_jobs({job}) == {job}
    assert printers.spool_files()  # the document waits in the spool
    assert printer.purge({job}) == 1
    assert wait_until(lambda: printer.active_jobs({job}) == set())
    assert wait_until(lambda: not [p for p in printers.spool_files()
                                   if p.name.startswith(("d", "c"))])

