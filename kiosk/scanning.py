"""Scanning with SANE through python-sane: pages scanned one by one, then one PDF.

Presets keep the choice simple for the guest: "Document" (grey, 150 dpi: light files that
web forms accept) and "Photo" (colour, 300 dpi). Every call blocks: the shell runs them off
the GUI thread, and `cancel` may be called from the GUI thread while a page is read.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import signal
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import sane
from PIL import Image

log = logging.getLogger("kiosk.scan")
SaneError = sane._sane.error  # python-sane's one error type
_init_lock = threading.Lock()
_initialised = False


class Preset(Enum):
    DOCUMENT = ("Gray", 150)
    PHOTO = ("Color", 300)

    @property
    def mode(self) -> str:
        return self.value[0]

    @property
    def resolution(self) -> int:
        return self.value[1]


class ScanFailed(Exception):  # noqa: N818 - a condition the guest is told about
    """The scanner could not scan; `reason` is SANE's status ("Document feeder jammed"…)."""


class ScanCancelled(Exception):  # noqa: N818
    pass


@dataclass(frozen=True)
class Scanner:
    device: str
    label: str


def _keep_broken_pipes_harmless() -> None:
    """SANE's reader thread leaves SIGPIPE at its default when a page has been read: the
    next write to a closed pipe or socket (a store connection that dropped, the gate gone)
    would then kill the shell instead of raising an error. Ignore it again, process-wide
    (through libc: this runs off the main thread, where Python may not set handlers)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.signal.restype = ctypes.c_void_p
    libc.signal(int(signal.SIGPIPE), ctypes.c_void_p(1))  # SIG_IGN


def _init() -> None:
    global _initialised  # noqa: PLW0603 - SANE is initialised once per process
    with _init_lock:
        if not _initialised:
            sane.init()
            _initialised = True


def list_scanners() -> list[Scanner]:
    _init()
    try:
        devices = sane.get_devices(localOnly=False)
    except SaneError as error:
        raise ScanFailed(str(error)) from error
    return [Scanner(name, f"{vendor} {model}".strip()) for name, vendor, model, _ in devices]


class ScanSession:
    """An open scanner, for one or several pages."""

    def __init__(self, device: str, preset: Preset) -> None:
        _init()
        try:
            self._device: Any = sane.open(device)
        except SaneError as error:
            raise ScanFailed(str(error)) from error
        self._cancelled = threading.Event()
        for option, value in (("mode", preset.mode), ("resolution", preset.resolution)):
            with contextlib.suppress(AttributeError, SaneError):
                setattr(self._device, option, value)
        self.resolution = preset.resolution

    def scan_page(self) -> Image.Image:
        """Read one page. A `cancel` that came before or during the read stops it."""
        try:
            if self._cancelled.is_set():
                raise ScanCancelled
            try:
                image: Image.Image = self._device.scan()
            # python-sane says "Scanner returned no data" with a RuntimeError when a read
            # ends with nothing (a cancel that came as the page started).
            except (SaneError, RuntimeError) as error:
                if self._cancelled.is_set():
                    raise ScanCancelled from error
                raise ScanFailed(str(error)) from error
            finally:
                _keep_broken_pipes_harmless()
            if self._cancelled.is_set():
                raise ScanCancelled
            return image
        finally:
            self._cancelled.clear()

    def cancel(self) -> None:
        self._cancelled.set()
        with contextlib.suppress(SaneError):
            self._device.cancel()

    def close(self) -> None:
        with contextlib.suppress(SaneError):
            self._device.close()


def save_pdf(pages: list[Image.Image], target: Path, resolution: int) -> Path:
    """The scanned pages as one PDF, at the resolution they were scanned."""
    if not pages:
        raise ValueError("no page to save")
    images = [page.convert("RGB") if page.mode not in ("RGB", "L") else page for page in pages]
    images[0].save(target, "PDF", save_all=True, append_images=images[1:],
                   resolution=float(resolution))
    return target
