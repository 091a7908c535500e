"""A real CUPS server with three queues, for the printing tests and the shell's."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtPdf import QPdfDocument

from tests.agent.conftest import live_store
from tests.printing.cupsd import Cupsd

__all__ = ["Printers", "cups_server", "live_store", "pdf_pages", "printers", "write_pdf"]


@dataclass
class Printers:
    cupsd: Cupsd
    output: Path  # what the "bureau" queue printed

    @property
    def server(self) -> str:
        return self.cupsd.server

    def spool_files(self) -> list[Path]:
        return [path for path in (self.cupsd.root / "spool").iterdir() if path.is_file()]


@pytest.fixture(scope="session")
def cups_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Printers]:
    cupsd = Cupsd(tmp_path_factory.mktemp("cups"))
    cupsd.start()
    try:
        output = cupsd.output_file("bureau.pdf")
        cupsd.add_queue("bureau", f"file://{output}")  # prints into a file we can read
        cupsd.add_queue("null", "file:///dev/null")
        # Every job of this queue waits to be released: a job that stays in CUPS.
        cupsd.add_queue("attente", "file:///dev/null")
        cupsd.run("lpadmin", "-p", "attente", "-o", "job-hold-until-default=indefinite")
        yield Printers(cupsd, output)
    finally:
        cupsd.stop()


@pytest.fixture
def printers(cups_server: Printers) -> Printers:
    """The shared server, its queues enabled and empty, the printed file emptied."""
    for queue in ("bureau", "null", "attente"):
        cups_server.cupsd.run("cupsenable", queue)
        cups_server.cupsd.run("cupsaccept", queue)
    cups_server.cupsd.run("cancel", "-a", "-x")
    cups_server.output.write_bytes(b"")
    return cups_server


def pdf_pages(path: Path) -> int:
    document = QPdfDocument()
    document.load(str(path))
    return document.pageCount()


def write_pdf(path: Path, pages: int) -> Path:
    images = [Image.new("RGB", (200, 280), "white") for _ in range(pages)]
    images[0].save(path, "PDF", save_all=True, append_images=images[1:])
    return path
