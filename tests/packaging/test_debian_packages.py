"""The Debian packages, built by `bash packaging/build-deb.sh` as the guide says: their
contents, lintian, their units, and both installed into a throw-away Debian 12 root where
the store runs, a station is enrolled, and the guest's screen starts under cage as the
guest account, comes back when the shell is killed, and wipes what was left."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.packaging.debian_root import debian_root, in_root

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "test-output" / "screens"
TOOLS = ("dpkg-deb", "lintian", "debootstrap", "unshare", "chroot", "systemd-analyze")
BLUE_FRANCE = (0, 0, 145)  # the theme's buttons

pytestmark = [
    pytest.mark.skipif(os.geteuid() != 0, reason="installing packages into a root needs root"),
    pytest.mark.skipif(not all(shutil.which(tool) for tool in TOOLS),
                       reason=f"the package tests need {', '.join(TOOLS)}"),
]


@pytest.fixture(scope="module")
def packages() -> dict[str, Path]:
    if os.environ.get("KIOSK_TEST_REUSE_DEBS"):  # while working on the tests themselves
        return {path.name.split("_")[0]: path for path in (ROOT / "dist").glob("kiosk-*.deb")}
    build = subprocess.run(["bash", "packaging/build-deb.sh"], cwd=ROOT, capture_output=True,
                           text=True, timeout=1800, check=False,
                           env={**os.environ, "KIOSK_DEB_COMPRESSION": "gzip"})
    assert build.returncode == 0, build.stderr[-4000:]
    # Gigabytes were just written: flushed here, not in the middle of later tests' fsyncs.
    os.sync()
    built = {path.name.split("_")[0]: path for path in (ROOT / "dist").glob("kiosk-*.deb")}
    assert set(built) == {"kiosk-common", "kiosk-store", "kiosk-station"}
    return built


@pytest.fixture(scope="module")
def installed(packages: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[Path]:
    # grim takes the screen's picture for the test; it is not part of a station.
    with debian_root(tmp_path_factory.mktemp("debian"), list(packages.values()),
                     extra=("grim",)) as root:
        yield root
    os.sync()


def contents(deb: Path) -> dict[str, str]:
    """Path → the mode column of `dpkg-deb --contents` (and " -> target" for links)."""
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True,
                             text=True, check=True).stdout
    files = {}
    for line in listing.splitlines():
        fields = line.split(maxsplit=5)
        name = fields[5].removeprefix(".")
        target = ""
        if " -> " in name:
            name, target = name.split(" -> ")
        files[name.rstrip("/") or "/"] = fields[0] + (f" -> {target}" if target else "")
    return files


def field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "--field", str(deb), name], capture_output=True,
                          text=True, check=True).stdout.strip()


def test_the_packages_hold_what_the_guide_says(packages: dict[str, Path]) -> None:
    common = contents(packages["kiosk-common"])
    assert common["/usr/bin/kiosk"] == "lrwxrwxrwx -> /opt/kiosk/venv/bin/kiosk"
    assert common["/opt/kiosk/venv/bin/kiosk"].startswith("-rwxr-xr-x")
    assert common["/opt/kiosk/venv/bin/python3"].startswith("l")
    # Only the product's command in the environment's bin/; nothing executable elsewhere.
    system_python = subprocess.run(["/usr/bin/python3", "-c", "import sys; print("
                                    "'python%d.%d' % sys.version_info[:2])"],
                                   capture_output=True, text=True, check=True).stdout.strip()
    assert {Path(p).name for p in common if p.startswith("/opt/kiosk/venv/bin/")} == {
        "kiosk", "python", "python3", system_python}
    assert not [p for p, mode in common.items()
                if "/site-packages/" in p and mode.startswith("-") and "x" in mode]
    assert any(p.endswith("/site-packages/kiosk/cli/station.py") for p in common)
    # Every catalogue compiled: a station cannot compile one (French is the default).
    for catalogue in ("shell/translations/kiosk_fr", "shell/translations/kiosk_ar",
                      "shell/translations/kiosk_uk", "desk/translations/desk_fr"):
        assert any(p.endswith(f"/site-packages/kiosk/{catalogue}.qm") for p in common), \
            catalogue
    assert "/usr/share/doc/kiosk-common/install.md" in common
    depends = field(packages["kiosk-common"], "Depends")
    assert "python3 (>= 3." in depends
    assert "python3 (<< 3." in depends
    store = contents(packages["kiosk-store"])
    for unit in ("kiosk-store.service", "kiosk-store-purge.service", "kiosk-store-purge.timer",
                 "kiosk-store-backup.service", "kiosk-store-backup.timer"):
        assert store[f"/lib/systemd/system/{unit}"].startswith("-rw-r--r--")
    for example in ("Caddyfile", "nginx.conf", "postgresql-setup.sh"):
        assert f"/usr/share/doc/kiosk-store/examples/{example}" in store
    station = contents(packages["kiosk-station"])
    for unit in ("kiosk-station.service", "kiosk-firewall.service", "kiosk-session.service",
                 "kiosk-power.service", "kiosk-power.timer"):
        assert f"/lib/systemd/system/{unit}" in station
    assert station["/usr/lib/kiosk/kiosk-session"].startswith("-rwxr-xr-x")
    assert station["/usr/sbin/kiosk-station-enrol"].startswith("-rwxr-xr-x")
    assert station["/usr/share/kiosk/nftables/kiosk-station.nft"].startswith("-rw-r--r--")
    for depended in ("kiosk-common (= ", "cage", "xwayland", "nftables", "cups",
                     "libpam-systemd"):
        assert depended in field(packages["kiosk-station"], "Depends")
    # Nothing of the store in a station's package, nor the reverse.
    assert not [p for p in station if "kiosk-store" in p]
    assert not [p for p in store if "kiosk-session" in p]


def test_lintian_finds_nothing_but_what_is_justified(packages: dict[str, Path]) -> None:
    run = subprocess.run(["lintian", "--tag-display-limit", "0", *map(str, packages.values())],
                         capture_output=True, text=True, timeout=1200, check=False)
    findings = [line for line in run.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert findings == []
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_unit_verifies(installed: Path) -> None:
    units = sorted(p.name for p in (installed / "lib/systemd/system").glob("kiosk-*"))
    assert len(units) == 10
    run = in_root(installed, "systemd-analyze", "verify",
                  *(f"/lib/systemd/system/{unit}" for unit in units))
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout + run.stderr == ""


def account(root: Path, name: str) -> list[str]:
    for line in (root / "etc/passwd").read_text().splitlines():
        if line.startswith(name + ":"):
            return line.split(":")
    raise AssertionError(f"no account {name}")


def owner(root: Path, path: str) -> tuple[str, str, int]:
    found = (root / path.lstrip("/")).stat()
    users = {int(line.split(":")[2]): line.split(":")[0]
             for line in (root / "etc/passwd").read_text().splitlines()}
    groups = {int(line.split(":")[2]): line.split(":")[0]
              for line in (root / "etc/group").read_text().splitlines()}
    return users[found.st_uid], groups[found.st_gid], stat.S_IMODE(found.st_mode)


def as_guest(root: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return in_root(root, "setpriv", "--reuid=kiosk-guest", "--regid=kiosk-guest",
                   "--init-groups", *command)


def test_accounts_folders_and_permissions(installed: Path) -> None:
    for name, home in (("kiosk-store", "/var/lib/kiosk-store"),
                       ("kiosk-station", "/var/lib/kiosk-station"),
                       ("kiosk-guest", "/var/lib/kiosk-shell")):
        entry = account(installed, name)
        assert entry[5] == home
        assert entry[6] == "/usr/sbin/nologin"
        assert int(entry[2]) < 1000  # system accounts
    assert owner(installed, "/var/lib/kiosk-station") == ("kiosk-station", "kiosk-station",
                                                          0o700)
    assert owner(installed, "/var/lib/kiosk-shell") == ("kiosk-guest", "kiosk-guest", 0o700)
    assert owner(installed, "/var/lib/kiosk-store") == ("kiosk-store", "kiosk-store", 0o750)
    assert owner(installed, "/var/backups/kiosk-store") == ("kiosk-store", "kiosk-store",
                                                            0o700)
    assert owner(installed, "/etc/kiosk/store.toml") == ("root", "kiosk-store", 0o640)
    # The schema was brought up to date by the installation, as the store's account.
    assert owner(installed, "/var/lib/kiosk-store/store.sqlite3")[:2] == ("kiosk-store",
                                                                        "kiosk-store")
    config = (installed / "etc/kiosk/store.toml").read_text()
    assert "secret_key = " in config
    assert len(config.split('secret_key = "')[1].split('"')[0]) >= 48
    # The guest account reads neither the station's folder nor the store's secret, and
    # writes nowhere it could keep something but its own folder.
    for private in ("/var/lib/kiosk-station", "/var/lib/kiosk-store"):
        assert as_guest(installed, "ls", private).returncode != 0, private
    assert as_guest(installed, "cat", "/etc/kiosk/store.toml").returncode != 0
    assert as_guest(installed, "touch", "/etc/kiosk/mine").returncode != 0
    assert as_guest(installed, "touch", "/opt/kiosk/venv/mine").returncode != 0
    assert as_guest(installed, "touch", "/var/lib/kiosk-shell/mine").returncode == 0
    # The station's lock-down.
    cups = (installed / "etc/cups/cupsd.conf").read_text()
    assert "\nPreserveJobFiles No\n" in cups
    assert "\nPreserveJobHistory No\n" in cups
    assert (installed / "etc/systemd/system/ctrl-alt-del.target").readlink() == Path("/dev/null")
    logind = (installed / "etc/systemd/logind.conf.d/kiosk.conf").read_text()
    for setting in ("NAutoVTs=0", "ReserveVT=0", "HandlePowerKey=ignore"):
        assert setting in logind
    assert "CtrlAltDelBurstAction=none" in (installed / "etc/systemd/system.conf.d/kiosk.conf"
                                            ).read_text()
    conffiles = in_root(installed, "dpkg-query", "-W", "-f=${Conffiles}", "kiosk-station")
    for conffile in ("/etc/kiosk/station.conf", "/etc/systemd/logind.conf.d/kiosk.conf",
                     "/etc/polkit-1/rules.d/50-kiosk-guest.rules"):
        assert conffile in conffiles.stdout
    enabled = installed / "etc/systemd/system"
    for wanted in ("multi-user.target.wants/kiosk-store.service",
                   "multi-user.target.wants/kiosk-station.service",
                   "multi-user.target.wants/kiosk-firewall.service",
                   "graphical.target.wants/kiosk-session.service",
                   "timers.target.wants/kiosk-store-purge.timer",
                   "timers.target.wants/kiosk-store-backup.timer",
                   "timers.target.wants/kiosk-power.timer"):
        assert (enabled / wanted).is_symlink(), wanted


def share_of(picture: Image.Image, colour: tuple[int, int, int]) -> float:
    rgb = picture.convert("RGB")
    counts = {c: n for n, c in rgb.getcolors(rgb.width * rgb.height) or []}
    return counts.get(colour, 0) / (rgb.width * rgb.height)


def test_the_station_starts_into_the_lock_screen_as_the_guest(
        installed: Path, tmp_path: Path) -> None:
    run = subprocess.run(["unshare", "--net", "--fork", sys.executable, "-m",
                          "tests.packaging.station_boot", str(installed), str(tmp_path)],
                         capture_output=True, text=True, timeout=900, cwd=ROOT, check=False)
    assert run.stdout.strip(), run.stderr[-4000:]
    outcome = json.loads(run.stdout.splitlines()[-1])
    logs = "".join(p.read_text(errors="replace")[-3000:] for p in tmp_path.glob("*.log"))
    assert run.returncode == 0, run.stderr[-3000:] + logs
    guest_uid = int(account(installed, "kiosk-guest")[2])
    assert outcome["enrol"].startswith("enrolled as poste-1 at Centre social Nord")
    assert not outcome["guest_reads_token"]
    assert "Permission denied" in outcome["guest_token_error"]
    assert f"meta skuid {guest_uid} jump guest" in outcome["firewall"]
    assert outcome["shell_user"] == [guest_uid]
    assert outcome["station_seen"]  # heartbeats through the relay, past the firewall
    assert outcome["offline_list"] == [True, "0o600", False]
    # In French, the station's language: the shell found its compiled catalogue.
    session_log = (tmp_path / "kiosk-session.log").read_text(errors="replace")
    assert "English texts" not in session_log
    assert "Traceback" not in session_log
    SCREENS.mkdir(parents=True, exist_ok=True)
    for name in ("lock-screen", "lock-screen-after-restart"):
        picture = Image.open(outcome["lock_screen" if name == "lock-screen"
                                     else "after_restart"])
        picture.save(SCREENS / f"packaged-station-{name}.png")
        # The lock screen's white page and its blue buttons, not a black or empty screen.
        assert share_of(picture, (255, 255, 255)) > 0.3, name
        assert share_of(picture, BLUE_FRANCE) > 0.02, name
    # Killed: cage ended with its shell, the session came back and wiped what was left.
    assert outcome["cage_exit"] is not None
    assert outcome["leftover_before_restart"]
    assert not outcome["leftover_after_restart"]
    assert outcome["session_folder_after"] == []


def test_upgrade_keeps_data_remove_keeps_it_purge_deletes_it(
        installed: Path, packages: dict[str, Path]) -> None:
    token = installed / "var/lib/kiosk-station/station-token"
    database = installed / "var/lib/kiosk-store/store.sqlite3"
    if not token.exists():  # the boot test did not run first
        pytest.skip("needs the enrolled station of the boot test")
    before = database.stat().st_size
    again = in_root(installed, "dpkg", "-i", *(f"/debs/{p.name}" for p in packages.values()))
    assert again.returncode == 0, again.stdout + again.stderr
    assert token.exists()
    assert database.stat().st_size >= before
    assert "database schema at" in again.stdout
    removed = in_root(installed, "dpkg", "--remove", "kiosk-station", "kiosk-store")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not (installed / "lib/systemd/system/kiosk-session.service").exists()
    assert token.exists()
    assert database.exists()
    assert (installed / "etc/kiosk/store.toml").exists()
    assert not (installed / "etc/systemd/system/ctrl-alt-del.target").exists()
    purged = in_root(installed, "dpkg", "--purge", "kiosk-station", "kiosk-store",
                     "kiosk-common")
    assert purged.returncode == 0, purged.stdout + purged.stderr
    for gone in ("var/lib/kiosk-station", "var/lib/kiosk-shell", "var/lib/kiosk-store",
                 "var/backups/kiosk-store", "etc/kiosk/store.toml", "opt/kiosk"):
        assert not (installed / gone).exists(), gone
    passwd = (installed / "etc/passwd").read_text()
    for name in ("kiosk-store", "kiosk-station", "kiosk-guest"):
        assert f"\n{name}:" not in passwd
