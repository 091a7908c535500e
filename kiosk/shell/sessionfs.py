"""The session folder: everything a guest session may write to disk, and its wipe.

Downloads and scans go to `Documents/`; the browser engine's home and XDG folders point
into the same folder, so nothing of the session lands in the station account's real home.
The wipe removes the whole folder and reports counts only (never a file name); at start-up
a folder left by a crash or a power cut is wiped before the lock screen shows.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

_SUBFOLDERS = ("Documents", "home", "cache", "config", "data", "runtime", "tmp")


@dataclass(frozen=True)
class WipeReport:
    files: int
    folders: int
    bytes: int
    verified: bool
    # What else the wipe found and removed: dialogs, programs, print jobs…
    other: Mapping[str, int] = field(default_factory=dict)

    def as_event(self) -> dict[str, object]:
        return {"verified": self.verified,
                "counts": {"files": self.files, "folders": self.folders, "bytes": self.bytes,
                           **self.other}}


class SessionFolder:
    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def documents(self) -> Path:
        return self.root / "Documents"

    def exists(self) -> bool:
        return self.root.exists()

    def create(self) -> None:
        """A fresh, private folder for a new session (any leftover is wiped first)."""
        if self.exists():
            self.wipe()
        self.root.mkdir(parents=True, mode=0o700)
        for name in _SUBFOLDERS:
            (self.root / name).mkdir(mode=0o700)

    def environment(self) -> dict[str, str]:
        """Variables that send the browser engine's files into the session folder."""
        return {
            "HOME": str(self.root / "home"),
            "XDG_CACHE_HOME": str(self.root / "cache"),
            "XDG_CONFIG_HOME": str(self.root / "config"),
            "XDG_DATA_HOME": str(self.root / "data"),
            "XDG_RUNTIME_DIR": str(self.root / "runtime"),
            "TMPDIR": str(self.root / "tmp"),
        }

    def document_files(self) -> list[Path]:
        """The guest's downloads and scans, newest first."""
        if not self.documents.is_dir():
            return []
        files = [p for p in self.documents.iterdir() if p.is_file() and not p.is_symlink()]
        return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)

    def used_bytes(self, excluding: set[Path] | frozenset[Path] = frozenset()) -> int:
        """The size of the guest's documents (downloads and scans), for the disk quota."""
        if not self.documents.is_dir():
            return 0
        total = 0
        for entry in os.scandir(self.documents):
            if Path(entry.path) not in excluding:
                with contextlib.suppress(OSError):
                    total += entry.stat(follow_symlinks=False).st_size
        return total

    def wipe(self) -> WipeReport:
        """Delete the folder and everything in it; verify that nothing is left."""
        files = folders = size = 0
        if self.root.exists():
            self.root.chmod(stat.S_IRWXU)
            for current, dirnames, filenames in os.walk(self.root, followlinks=False):
                for name in dirnames:
                    folder = Path(current) / name
                    if folder.is_symlink():  # a link is removed, never followed
                        files += 1
                        continue
                    folders += 1
                    # A guest may have made a folder read-only: it goes all the same.
                    folder.chmod(stat.S_IRWXU)
                for name in filenames:
                    files += 1
                    with contextlib.suppress(OSError):
                        size += (Path(current) / name).lstat().st_size
            shutil.rmtree(self.root)
        return WipeReport(files, folders, size, verified=not self.root.exists())


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


def safe_file_name(suggested: str, *, limit: int = 120) -> str:
    """A plain file name for a download: no folders, no control or special characters, no
    leading dot, not too long, the extension kept."""
    name = _UNSAFE_NAME.sub("_", suggested.replace("\\", "/").rsplit("/", 1)[-1]).strip(" ._")
    if not name:
        return "document"
    stem, dot, extension = name.rpartition(".")
    if dot and stem and len(extension) <= 10:
        return stem[: limit - len(extension) - 1] + "." + extension
    return name[:limit]


def unique_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `name (2)`, `name (3)`… when a file of that name is already there."""
    candidate = folder / name
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    number = 2
    while candidate.exists():
        candidate = folder / (f"{stem} ({number}).{extension}" if dot else f"{stem} ({number})")
        number += 1
    return candidate
