"""Scanning with SANE's real `test` backend (devices test:0 and test:1)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kiosk.scanning import (
    Preset,
    ScanCancelled,
    ScanFailed,
    ScanSession,
    list_scanners,
    save_pdf,
)
from tests.printing.conftest import pdf_pages


def test_the_test_scanners_are_listed() -> None:
    devices = {scanner.device for scanner in list_scanners()}
    assert {"test:0", "test:1"} <= devices


def test_two_pages_make_one_pdf(tmp_path: Path) -> None:
    scanning = ScanSession("test:0", Preset.DOCUMENT)
    try:
        pages = [scanning.scan_page(), scanning.scan_page()]
    finally:
        scanning.close()
    assert all(page.mode == "L" for page in pages)  # "Document" is grey
    target = save_pdf(pages, tmp_path / "scan.pdf", Preset.DOCUMENT.resolution)
    assert pdf_pages(target) == 2


def test_photo_is_in_colour(tmp_path: Path) -> None:
    scanning = ScanSession("test:1", Preset.PHOTO)
    try:
        page = scanning.scan_page()
    finally:
        scanning.close()
    assert page.mode == "RGB"
    assert pdf_pages(save_pdf([page], tmp_path / "photo.pdf", 300)) == 1


JAMMED = """
import sys
from kiosk.scanning import Preset, ScanFailed, ScanSession
scanning = ScanSession("test:0", Preset.DOCUMENT)
scanning._device.read_return_value = "SANE_STATUS_JAMMED"  # the backend's fault knob
try:
    scanning.scan_page()
except ScanFailed:
    print("scan failed")
scanning.close()
"""


def test_a_jammed_scanner_is_a_scan_failure() -> None:
    # In a process of its own: now and then the test backend's reader process and its
    # cancel wait for each other after the fault, inside SANE, and a hung C call cannot be
    # stopped. The fault is what is tested; that race, if it comes, gets one more try.
    for attempt in range(2):
        try:
            result = subprocess.run([sys.executable, "-c", JAMMED], capture_output=True,
                                    text=True, timeout=30, check=False)
        except subprocess.TimeoutExpired:
            if attempt == 0:
                continue
            raise
        assert result.returncode == 0, result.stderr[-2000:]
        assert result.stdout.strip() == "scan failed"
        return


def test_a_slow_page_can_be_stopped() -> None:
    scanning = ScanSession("test:0", Preset.PHOTO)
    scanning._device.read_delay = True  # the backend waits between reads: a slow scanner
    scanning._device.read_delay_duration = 200_000
    outcome: list[BaseException | None] = []

    def scan() -> None:
        try:
            scanning.scan_page()
        except (ScanCancelled, ScanFailed) as error:
            outcome.append(error)
        else:
            outcome.append(None)

    reading = threading.Thread(target=scan)
    reading.start()
    scanning.cancel()
    reading.join(timeout=60)
    scanning._device.read_delay = False
    scanning.close()
    assert len(outcome) == 1
    assert isinstance(outcome[0], ScanCancelled)


def test_an_unknown_scanner_is_a_scan_failure() -> None:
    with pytest.raises(ScanFailed):
        ScanSession("test:9", Preset.DOCUMENT)


def test_nothing_to_save_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no page"):
        save_pdf([], tmp_path / "vide.pdf", 150)


def sigpipe_ignored() -> bool:
    status = Path("/proc/self/status").read_text(encoding="ascii")
    ignored = next(line for line in status.splitlines() if line.startswith("SigIgn:"))
    return bool(int(ignored.split()[1], 16) & (1 << (13 - 1)))


def test_after_a_scan_a_broken_pipe_is_an_error_not_the_end_of_the_shell() -> None:
    """SANE's reader thread leaves SIGPIPE at its default (which kills the process)."""
    scanning = ScanSession("test:0", Preset.DOCUMENT)
    try:
        scanning.scan_page()
    finally:
        scanning.close()
    assert sigpipe_ignored()
    reading, writing = os.pipe()
    os.close(reading)
    with pytest.raises(BrokenPipeError):
        os.write(writing, b"to nobody")
    os.close(writing)
