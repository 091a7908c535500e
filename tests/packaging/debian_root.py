"""A throw-away Debian 12 root for the package tests: debootstrap's minimal system (kept as a
tarball between runs, like apt's downloads), the API file systems mounted, the built
packages installed with apt as an administrator would install them.

Unmounting comes before any deletion, and a root that still has a mount is never deleted:
its /dev and /sys are the machine's own.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tarfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

CACHE = Path(os.environ.get("KIOSK_TEST_CACHE", "/var/cache/kiosk-tests"))
SUITE = "bookworm"
MIRROR = "http://deb.debian.org/debian"
SOURCES = f"""Types: deb
URIs: {MIRROR}
Suites: {SUITE} {SUITE}-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: {SUITE}-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
"""
# Mounted in this order, unmounted in the reverse one.
MOUNTS = (("proc", ["-t", "proc", "proc"]), ("sys", ["--rbind", "/sys"]),
          ("dev", ["--rbind", "/dev"]), ("run", ["-t", "tmpfs", "-o", "mode=0755", "tmpfs"]),
          ("tmp", ["-t", "tmpfs", "-o", "mode=1777", "tmpfs"]))


def base_tarball() -> Path:
    """debootstrap's minimal Debian 12, made once and kept."""
    tarball = CACHE / f"{SUITE}-minbase.tar"
    if tarball.is_file():
        return tarball
    CACHE.mkdir(parents=True, exist_ok=True)
    work = CACHE / f"{SUITE}-minbase.partial"
    shutil.rmtree(work, ignore_errors=True)
    subprocess.run(["debootstrap", "--variant=minbase", "--include=ca-certificates", SUITE,
                    str(work), MIRROR], check=True, capture_output=True, timeout=1800)
    with tarfile.open(tarball.with_suffix(".tmp"), "w") as archive:
        archive.add(work, arcname=".")
    tarball.with_suffix(".tmp").replace(tarball)
    shutil.rmtree(work, ignore_errors=True)
    return tarball


def mounts_under(root: Path) -> list[str]:
    prefix = str(root.resolve())
    with Path("/proc/self/mounts").open(encoding="utf-8") as table:
        points = [line.split()[1] for line in table]
    return [point for point in points if point == prefix or point.startswith(prefix + "/")]


def processes_in(root: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "root").readlink() == root.resolve():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def in_root(root: Path, *command: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["chroot", str(root), "env", "-i",
                           "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8",
                           "DEBIAN_FRONTEND=noninteractive", *command],
                          capture_output=True, text=True, timeout=timeout, check=False)


@contextmanager
def debian_root(folder: Path, packages: list[Path], extra: tuple[str, ...] = ()
                ) -> Iterator[Path]:
    """A Debian 12 root in `folder` with `packages` (and `extra` from the archive)
    installed by apt."""
    root = folder / "root"
    root.mkdir(parents=True)
    with tarfile.open(base_tarball()) as archive:
        archive.extractall(root, filter="fully_trusted")
    (root / "etc/apt/sources.list").unlink(missing_ok=True)
    (root / "etc/apt/sources.list.d/debian.sources").write_text(SOURCES, encoding="utf-8")
    shutil.copyfile("/etc/resolv.conf", root / "etc/resolv.conf")
    try:
        for point, how in MOUNTS:
            subprocess.run(["mount", *how, str(root / point)], check=True)
            if "--rbind" in how:
                subprocess.run(["mount", "--make-rslave", str(root / point)], check=True)
        # apt's downloads are kept between runs, as the tarball is.
        archives = CACHE / "apt-archives"
        (archives / "partial").mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "--bind", str(archives),
                        str(root / "var/cache/apt/archives")], check=True)
        debs = root / "debs"
        debs.mkdir()
        for package in packages:
            shutil.copyfile(package, debs / package.name)
        update = in_root(root, "apt-get", "update", "-q")
        assert update.returncode == 0, update.stdout + update.stderr
        install = in_root(root, "apt-get", "install", "-y", "-q", "--no-install-recommends",
                          *(f"/debs/{p.name}" for p in packages), *extra)
        assert install.returncode == 0, install.stdout[-4000:] + install.stderr[-4000:]
        (folder / "install.log").write_text(install.stdout + install.stderr, encoding="utf-8")
        yield root
    finally:
        release(root)


def release(root: Path) -> None:
    for pid in processes_in(root):
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while processes_in(root) and time.monotonic() < deadline:
        time.sleep(0.2)
    for point in sorted(mounts_under(root), key=len, reverse=True):
        subprocess.run(["umount", "--lazy", point], check=False, capture_output=True)
    left = mounts_under(root)
    if left:
        raise AssertionError(f"still mounted, so not deleted: {left}")
    shutil.rmtree(root, ignore_errors=True)
