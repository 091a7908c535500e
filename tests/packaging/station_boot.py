"""A packaged station starting as systemd would start it, inside a root where the packages
are installed: run as root inside `unshare --net` (its own loopback, so the firewall it
loads touches nothing else).

Every service runs from its installed unit file: its `ExecStart`, `User`, `Environment`,
`EnvironmentFile`, `SupplementaryGroups` and `WorkingDirectory`, as the account the unit
names. The store is the packaged one; the station is enrolled with `kiosk-station-enrol`;
the firewall, the station service and the guest session (cage, headless, running the kiosk
shell as `kiosk-guest`) follow. Then the shell is killed with a session's files left behind,
and the session is started again as `Restart=always` would.

Prints one JSON object: what happened, where the screenshots are. Standard library only.

Usage: python -m tests.packaging.station_boot ROOT OUTPUT_DIR
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/")
OUTPUT = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp")
STORE = "http://127.0.0.1:8420"
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
ADMIN_PASSWORD = "station-boot-admin-password"
# The headless back end of wlroots: no GPU, no screen, no input device.
HEADLESS = {"WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman",
            "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_HEADLESS_OUTPUTS": "1"}
# User namespaces, which Chromium's sandbox needs, are refused inside a chroot (clone(2):
# EPERM): the browser engine runs without its sandbox here, never on a real station.
CHROOT_ONLY = {"QTWEBENGINE_DISABLE_SANDBOX": "1"}
record: dict[str, Any] = {"steps": []}
started: list[subprocess.Popen[bytes]] = []


def step(text: str) -> None:
    record["steps"].append(text)
    sys.stderr.write(f"station-boot: {text}\n")
    sys.stderr.flush()


class Unit:
    """What systemd reads of a unit file to start its service."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.values: dict[str, list[str]] = {}
        for line in (ROOT / "lib/systemd/system" / name).read_text().splitlines():
            if "=" in line and not line.startswith(("#", ";", "[")):
                key, _, value = line.partition("=")
                self.values.setdefault(key.strip(), []).append(value.strip())

    def last(self, key: str, default: str = "") -> str:
        found = [v for v in self.values.get(key, []) if v]
        return found[-1] if found else default

    def environment(self) -> dict[str, str]:
        env = {"PATH": PATH, "LANG": "C.UTF-8"}
        for assignment in self.values.get("Environment", []):
            for item in shlex.split(assignment):
                key, _, value = item.partition("=")
                env[key] = value
        for name in self.values.get("EnvironmentFile", []):
            path = ROOT / name.lstrip("-").lstrip("/")
            if path.is_file():
                for raw in path.read_text().splitlines():
                    line = raw.strip()
                    if line and not line.startswith("#") and "=" in line:
                        key, _, value = line.partition("=")
                        env[key.strip()] = value.strip().strip('"')
        return env

    def command(self, key: str = "ExecStart") -> list[str]:
        return shlex.split(self.last(key))

    def user(self) -> str:
        return self.last("User", "root")


def in_root(user: str, command: list[str], env: dict[str, str], workdir: str = "/",
            groups: list[str] | None = None) -> list[str]:
    settings = [f"{k}={v}" for k, v in env.items()]
    # SupplementaryGroups= adds to the account's own group, as systemd does.
    membership = f"--groups={','.join([user, *groups])}" if groups else "--init-groups"
    return ["chroot", str(ROOT), "setpriv", f"--reuid={user}", f"--regid={user}",
            membership, "env", "-i", *settings, "sh", "-c",
            f"cd {shlex.quote(workdir)} && exec " + shlex.join(command)]


def run(user: str, command: list[str], env: dict[str, str] | None = None) -> str:
    done = subprocess.run(in_root(user, command, env or {"PATH": PATH}), capture_output=True,
                          text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{shlex.join(command)} failed: {done.stdout}{done.stderr}")
    return done.stdout


def start(unit: Unit, extra: dict[str, str] | None = None, log: str = "") -> \
        subprocess.Popen[bytes]:
    env = unit.environment() | (extra or {})
    command = in_root(unit.user(), unit.command(), env, unit.last("WorkingDirectory", "/"),
                      unit.last("SupplementaryGroups").split())
    handle = (OUTPUT / (log or f"{unit.name}.log")).open("ab")
    process = subprocess.Popen(command, stdout=handle, stderr=handle, start_new_session=True)
    started.append(process)
    return process


def uid_of(account: str) -> int:
    for line in (ROOT / "etc/passwd").read_text().splitlines():
        fields = line.split(":")
        if fields[0] == account:
            return int(fields[2])
    raise SystemExit(f"no account {account}")


def api(method: str, path: str, body: dict[str, Any] | None = None,
        token: str | None = None) -> Any:
    request = urllib.request.Request(STORE + "/api/v1" + path, method=method,
                                     data=json.dumps(body).encode() if body else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read() or b"null")


def wait_for(what: str, check: Any, timeout: float = 120) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            result = check()
        except OSError:
            result = None
        if result:
            return result
        time.sleep(0.5)
    raise SystemExit(f"timed out waiting for {what}")


class Screen:
    """The guest's screen, seen and typed on as the guest account, as cage shows it."""

    def __init__(self, guest_uid: int) -> None:
        self.env = {"PATH": PATH, "XDG_RUNTIME_DIR": f"/run/user/{guest_uid}",
                    "WAYLAND_DISPLAY": "wayland-0"}

    def shot(self, name: str) -> Path:
        inside = f"/run/user/{self.env['XDG_RUNTIME_DIR'].rsplit('/', 1)[1]}/{name}"
        run("kiosk-guest", ["grim", inside], self.env)
        target = OUTPUT / name
        target.write_bytes((ROOT / inside.lstrip("/")).read_bytes())
        return target

    def settled(self, name: str) -> Path:
        """A screenshot once the picture has stopped changing (the shell has drawn)."""
        previous = b""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                picture = self.shot(name).read_bytes()
            except SystemExit:
                picture = b""  # the compositor is not up yet
            if picture and picture == previous and len(picture) > 20_000:
                return OUTPUT / name
            previous = picture
            time.sleep(1.5)
        raise SystemExit(f"the screen never settled for {name}")


def shell_pids(guest_uid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != guest_uid:
                continue
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if any(part.endswith(b"/kiosk") for part in command[:2]) and b"shell" in command:
            pids.append(int(entry.name))
    return pids


def main() -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    for mount in ("proc", "sys", "dev", "dev/pts", "dev/shm", "run", "tmp"):
        if not os.path.ismount(ROOT / mount):
            raise SystemExit(f"{ROOT / mount} is not mounted")

    step("the store, from its unit")
    store = Unit("kiosk-store.service")
    run("kiosk-store", ["kiosk", "store", "init", "--admin", "admin"],
        store.environment() | {"KIOSK_ADMIN_PASSWORD": ADMIN_PASSWORD})
    run("kiosk-store", ["kiosk", "store", "site", "add", "centre-nord", "--name",
                        "Centre social Nord"], store.environment())
    run("kiosk-store", store.command("ExecStartPre"), store.environment())
    start(store)
    wait_for("the store", lambda: api("GET", "/health")["status"] == "ok")
    token = run("kiosk-store", ["kiosk", "store", "station", "enrol-token", "centre-nord",
                                "poste-1"], store.environment()).split()[0]

    step("enrolment, as the guide says")
    enrolled = subprocess.run(["chroot", str(ROOT), "env", "-i", f"PATH={PATH}",
                               "kiosk-station-enrol", "--store", STORE, "--token", token],
                              capture_output=True, text=True, timeout=120, check=False)
    record["enrol"] = enrolled.stdout + enrolled.stderr
    if enrolled.returncode != 0:
        raise SystemExit(f"enrolment failed: {record['enrol']}")

    guest_uid = uid_of("kiosk-guest")
    station_uid = uid_of("kiosk-station")
    # What systemd makes before the units start: RuntimeDirectory=, the user's runtime dir.
    runtime = ROOT / "run/kiosk-station"
    runtime.mkdir(mode=0o755, exist_ok=True)
    os.chown(runtime, station_uid, station_uid)
    user_runtime = ROOT / f"run/user/{guest_uid}"
    user_runtime.mkdir(parents=True, mode=0o700, exist_ok=True)
    os.chown(user_runtime, guest_uid, guest_uid)

    step("the firewall, from its unit")
    firewall = Unit("kiosk-firewall.service")
    run(firewall.user(), firewall.command(), firewall.environment())
    record["firewall"] = subprocess.run(["nft", "list", "table", "inet", "kiosk_station"],
                                        capture_output=True, text=True, check=False).stdout

    step("the station service, from its unit")
    start(Unit("kiosk-station.service"))
    wait_for("the relay's socket", (runtime / "agent.sock").exists)
    # The guest account reads nothing of the station's folder.
    probe = subprocess.run(in_root("kiosk-guest", ["cat", "/var/lib/kiosk-station/"
                                                   "station-token"], {"PATH": PATH}),
                           capture_output=True, text=True, check=False)
    record["guest_reads_token"] = probe.returncode == 0
    record["guest_token_error"] = probe.stderr.strip()

    step("the guest session, from its unit: cage, headless")
    session = Unit("kiosk-session.service")
    extra = HEADLESS | CHROOT_ONLY | {"XDG_RUNTIME_DIR": f"/run/user/{guest_uid}"}
    cage = start(session, extra, log="kiosk-session.log")
    screen = Screen(guest_uid)
    record["lock_screen"] = str(screen.settled("lock-screen.png"))
    record["shell_user"] = [Path(f"/proc/{pid}").stat().st_uid for pid in shell_pids(guest_uid)]

    # The shell reached the store through the relay, past the firewall: its heartbeats.
    record["station_seen"] = wait_for("a heartbeat", lambda: run("kiosk-store", [
        "/opt/kiosk/venv/bin/python", "-c",
        "import sqlite3; c = sqlite3.connect('/var/lib/kiosk-store/store.sqlite3');"
        "print(c.execute('select last_seen_at, health from stations').fetchone()[0] or '')"],
        store.environment()).strip())
    # The offline list (the codes' hashes) came with the heartbeats and stayed with the
    # station service: private to its account, never in the guest's folder.
    kept = ROOT / "var/lib/kiosk-station/offline-codes.json"
    wait_for("the offline list", kept.exists)
    record["offline_list"] = [kept.stat().st_uid == station_uid,
                              oct(kept.stat().st_mode & 0o777),
                              (ROOT / "var/lib/kiosk-shell/offline-codes.json").exists()]
    # What a killed session leaves: the guest's downloads in the session folder (cage
    # 0.1.4 has no virtual keyboard, so a code cannot be typed into it from outside).
    folder = ROOT / "var/lib/kiosk-shell/session"
    leftover = folder / "downloads" / "attestation-caf.pdf"
    run("kiosk-guest", ["sh", "-c", f"mkdir -p /{leftover.parent.relative_to(ROOT)} && "
                        f"printf '%%PDF-1.4 private' > /{leftover.relative_to(ROOT)}"])

    step("the shell is killed in the middle of the session")
    for pid in shell_pids(guest_uid):
        os.kill(pid, signal.SIGKILL)
    record["cage_exit"] = cage.wait(timeout=60)
    record["leftover_before_restart"] = leftover.exists()

    step("Restart=always: the session starts again")
    time.sleep(float(session.last("RestartSec", "1")))
    start(session, extra, log="kiosk-session.log")
    record["after_restart"] = str(screen.settled("lock-screen-after-restart.png"))
    record["leftover_after_restart"] = leftover.exists()
    record["session_folder_after"] = sorted(p.name for p in folder.rglob("*")) \
        if folder.exists() else []


if __name__ == "__main__":
    try:
        main()
    finally:
        for process in reversed(started):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
        sys.stdout.write(json.dumps(record) + "\n")
