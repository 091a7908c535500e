"""`kiosk bench shell`: how fast the guest shell starts, opens and wipes, and its memory.

The parent process runs a store on loopback (SQLite in a temporary folder) and a local web
server that also answers as an HTTP proxy, so the benchmark page has a real host name. Each
run starts the shell afresh in a child process (offscreen), which drives a whole session and
reports its timings; the parent measures the cold start from the moment it starts the child.
Memory is PSS summed over the shell and its QtWebEngine processes, so shared pages count once.
Debian's Chromium, started with kiosk-like flags on the same page, gives the comparison.

Page loads are measured twice in the same run: through the network gate, as a station loads
every page, and with QtWebEngine pointed straight at the local server, so the gate's own cost
shows as the difference.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psutil

BENCH_HOST = "www.bench-caf.example"
SETTLE_SECONDS = 2.0
TARGETS = {"cold_start_s": 2.5, "code_to_tiles_ms": 300.0, "end_to_locked_s": 1.0,
           "idle_pss_mb": 400.0, "page_pss_mb": 400.0}
RELOADS = 10  # page loads after the first, in each session
READY_LINE = "kiosk-bench: ready"

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Mes démarches</title><style>body{font:18px sans-serif;margin:2em}</style></head>
<body><h1>Mes démarches en ligne</h1>
<p>Une page d'essai comparable à l'accueil d'un service public : texte, formulaire, image.</p>
<form><label>Numéro d'allocataire <input name="n"></label> <button>Valider</button></form>
<ul>""" + "".join(f"<li>Démarche {i} : consulter, déclarer, télécharger</li>"
                  for i in range(200)) + """</ul>
<img src="/logo.svg" alt="logo">
<script>window.addEventListener('load', () => fetch('/loaded'));</script>
</body></html>"""
LOGO = (b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60">'
        b'<rect width="120" height="60" fill="#000091"/></svg>')

BENCH_POLICY = f"""
[policy]
name = "Benchmark"

[[site]]
id = "bench"
title = "Mes démarches"
description = "Page d'essai du banc de mesure"
home = "http://{BENCH_HOST}/"
allow = ["http://{BENCH_HOST}", "{BENCH_HOST}"]
"""


# -- the local web server and proxy -----------------------------------------------------------


def _tls_context(folder: Path) -> ssl.SSLContext | None:
    """A self-signed certificate for the benchmark's host (the child ignores certificate
    errors), or None when the `cryptography` package is missing (then no https load)."""
    try:
        from cryptography import x509  # noqa: PLC0415
        from cryptography.hazmat.primitives import hashes, serialization  # noqa: PLC0415
        from cryptography.hazmat.primitives.asymmetric import ec  # noqa: PLC0415
        from cryptography.x509.oid import NameOID  # noqa: PLC0415
    except ImportError:
        return None
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, BENCH_HOST)])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now).not_valid_after(now + timedelta(days=1))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName(BENCH_HOST)]),
                                  critical=False)
                   .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "bench-cert.pem", folder / "bench-key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


class PageServer:
    """Serves the benchmark page for any host, as a proxy would (plain http requests, and
    https through CONNECT tunnels when a certificate could be made); counts the load
    beacons. Keeps connections alive, as a web server does."""

    def __init__(self, folder: Path) -> None:
        self.loaded = threading.Event()
        self.tls = _tls_context(folder)
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # The head and the body go in two writes: without this, a kept-alive connection
            # waits for the client's delayed acknowledgement between them.
            disable_nagle_algorithm = True

            def do_CONNECT(self) -> None:
                if server.tls is None:
                    self.send_error(501)
                    return
                self.send_response(200, "Connection established")
                self.end_headers()
                self.wfile.flush()
                self.connection = server.tls.wrap_socket(self.connection, server_side=True)
                self.rfile = self.connection.makefile("rb")
                self.wfile = self.connection.makefile("wb")
                self.close_connection = False

            def do_GET(self) -> None:
                path = urlsplit(self.path).path or "/"  # a proxy gets absolute URLs
                body, kind = {"/": (PAGE.encode(), "text/html; charset=utf-8"),
                              "/logo.svg": (LOGO, "image/svg+xml"),
                              "/loaded": (b"", "text/plain")}.get(path, (b"", ""))
                if path == "/loaded":
                    server.loaded.set()
                self.send_response(200 if kind else 404)
                self.send_header("Content-Type", kind or "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()

            def finish(self) -> None:
                super().finish()
                if self.connection is not self.request:  # the tunnel's TLS layer
                    with contextlib.suppress(OSError):
                        self.connection.close()

            def log_message(self, *_args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:  # noqa: ANN401
                # A browser may open a tunnel and drop it at the test certificate (a
                # speculative connection): expected here, not worth a traceback.
                if isinstance(sys.exc_info()[1], ssl.SSLError | ConnectionError):
                    return
                super().handle_error(request, client_address)

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> PageServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def proxy(self) -> str:
        return f"http://127.0.0.1:{self.port}"


# -- memory ---------------------------------------------------------------------------------


def pss_mb(pid: int) -> float:
    """PSS of a process and all its descendants, in MB (shared pages counted once)."""
    total = 0
    with contextlib.suppress(psutil.NoSuchProcess):
        root = psutil.Process(pid)
        for process in [root, *root.children(recursive=True)]:
            with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                total += process.memory_full_info().pss
    return round(total / 1_000_000, 1)


# -- the shell, in a child process ------------------------------------------------------------


@dataclass(frozen=True)
class ShellRun:
    cold_start_s: float
    code_to_tiles_ms: float
    end_to_locked_s: float
    idle_pss_mb: float
    page_pss_mb: float
    wipe_verified: bool
    page_load_ms: float  # the first load of the session (the page's process starts)
    reload_ms: float  # median of the loads after it
    https_load_ms: float | None  # the same page over https, through a tunnel (None: no TLS)
    https_reload_ms: float | None


def _child_environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    # The page server's certificate is its own.
    flags = environment.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    environment["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --ignore-certificate-errors".strip()
    return environment


def run_shell_once(*, store_url: str, station_token: str, code: str, folder: Path,
                   page: PageServer, through_gate: bool = True) -> ShellRun:
    page.loaded.clear()
    request = {"store_url": store_url, "token": station_token, "code": code,
               "folder": str(folder), "page_port": page.port, "through_gate": through_gate,
               "https": page.tls is not None}
    started = time.perf_counter()
    child = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "kiosk.bench.shell", json.dumps(request)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env=_child_environment())
    try:
        assert child.stdout is not None
        cold_start = None
        result: dict[str, Any] | None = None
        for line in child.stdout:
            if line.strip() == READY_LINE and cold_start is None:
                cold_start = time.perf_counter() - started
            elif line.startswith("{"):
                result = json.loads(line)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
    if cold_start is None or result is None or "error" in result:
        detail = result.get("error") if result else f"exit status {child.returncode}"
        raise RuntimeError(f"the shell run failed: {detail}")
    return ShellRun(cold_start_s=round(cold_start, 3),
                    code_to_tiles_ms=result["code_to_tiles_ms"],
                    end_to_locked_s=result["end_to_locked_s"],
                    idle_pss_mb=result["idle_pss_mb"], page_pss_mb=result["page_pss_mb"],
                    wipe_verified=result["wipe_verified"], page_load_ms=result["page_load_ms"],
                    reload_ms=result["reload_ms"], https_load_ms=result["https_load_ms"],
                    https_reload_ms=result["https_reload_ms"])


def _child(request: dict[str, Any]) -> dict[str, Any]:
    """In the child: start the shell, tell the parent it is ready, then drive a session."""
    from PySide6.QtCore import QUrl  # noqa: PLC0415

    from kiosk.agent.outbox import Outbox  # noqa: PLC0415
    from kiosk.agent.station import StationAgent  # noqa: PLC0415
    from kiosk.agent.store_client import StoreClient  # noqa: PLC0415
    from kiosk.core.policy import parse_policy  # noqa: PLC0415
    from kiosk.shell import app as shell_app  # noqa: PLC0415

    folder = Path(request["folder"])
    session_root = folder / "session"
    policy = parse_policy(BENCH_POLICY)
    # The page server answers as a proxy: the gate's upstream, as a municipal proxy would be.
    gate = shell_app.start_gate(policy, f"http://127.0.0.1:{request['page_port']}")
    # For the comparison, QtWebEngine goes straight to the page server instead.
    shell_app.prepare_environment(
        session_root, offscreen=True,
        gate_port=gate.port if request["through_gate"] else request["page_port"])
    app = shell_app.make_application("fr")
    client = StoreClient(request["store_url"], token=request["token"])
    agent = StationAgent(client=client, outbox=Outbox(folder / "outbox.sqlite3"),
                         state_dir=folder)
    window = shell_app.make_window(policy=policy, agent=agent, gate=gate,
                                   session_root=session_root, place_name="Banc de mesure")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.repaint()
    print(READY_LINE, flush=True)

    wait = shell_app.wait_for

    wait(lambda: False, SETTLE_SECONDS)
    idle = pss_mb(os.getpid())
    started = time.perf_counter()
    window.open_with_code(request["code"])
    if not wait(lambda: not window.showing_lock, 30):
        return {"error": "the session did not open"}
    window.repaint()
    code_to_tiles = (time.perf_counter() - started) * 1000
    running = window.running
    finished: list[bool] = []

    def load_finished(ok: bool) -> None:  # noqa: FBT001 - Qt's signal
        finished.append(ok)

    started = time.perf_counter()
    window.tiles.site_chosen.emit("bench")
    tab = running.browser.current() if running else None
    if tab is None:
        return {"error": "no tab opened"}
    page_view = tab.page
    page_view.loadFinished.connect(load_finished)
    # The first page, as a guest's first page: the time it took, then the memory it holds.
    if not wait(lambda: bool(finished), 30) or not finished[0]:
        return {"error": "the page did not load"}
    first_load = (time.perf_counter() - started) * 1000
    wait(lambda: False, SETTLE_SECONDS)
    page = pss_mb(os.getpid())

    def timed_loads(first: Callable[[], object] | None) -> list[float] | None:
        """`first` (when given), then RELOADS reloads, in milliseconds; None if one failed."""
        loads = []
        for step in ([first] if first is not None else []) + [None] * RELOADS:
            finished.clear()
            started = time.perf_counter()
            if step is None:
                page_view.triggerAction(page_view.WebAction.ReloadAndBypassCache)
            else:
                step()
            if not wait(lambda: bool(finished), 30) or not finished[0]:
                return None
            loads.append((time.perf_counter() - started) * 1000)
        return loads

    http = timed_loads(None)
    https = (timed_loads(lambda: page_view.setUrl(QUrl(f"https://{BENCH_HOST}/")))
             if request["https"] else [])
    if http is None or https is None:
        return {"error": "the page did not load"}
    started = time.perf_counter()
    window.session_view.confirm_yes.click()
    wait(lambda: not window.wiping, 30)
    window.repaint()
    end_to_locked = time.perf_counter() - started
    verified = bool(window.showing_lock and window.last_wipe and window.last_wipe.verified)
    client.close()
    agent.outbox.close()
    gate.stop()
    return {"code_to_tiles_ms": round(code_to_tiles, 1),
            "end_to_locked_s": round(end_to_locked, 3), "idle_pss_mb": idle,
            "page_pss_mb": page, "wipe_verified": verified,
            "page_load_ms": round(first_load, 1),
            "reload_ms": round(statistics.median(http), 1),
            "https_load_ms": round(https[0], 1) if https else None,
            "https_reload_ms": round(statistics.median(https[1:]), 1) if https else None}


# -- Chromium, for comparison -----------------------------------------------------------------


@dataclass(frozen=True)
class ChromiumRun:
    cold_start_s: float
    idle_pss_mb: float
    page_pss_mb: float


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        if found := shutil.which(name):
            return found
    return None


def _chromium(executable: str, url: str, profile: Path, proxy: str) -> subprocess.Popen[str]:
    flags = [executable, "--headless=new", "--kiosk", "--incognito", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-sync",
             f"--user-data-dir={profile}", f"--proxy-server={proxy}",
             "--remote-debugging-port=0", "--window-size=1280,800"]
    if os.geteuid() == 0:
        flags.append("--no-sandbox")
    return subprocess.Popen([*flags, url], stdout=subprocess.DEVNULL,  # noqa: S603
                            stderr=subprocess.PIPE, text=True)


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stderr is not None:
        process.stderr.close()


def run_chromium_once(executable: str, folder: Path, page: PageServer) -> ChromiumRun:
    started = time.perf_counter()
    browser = _chromium(executable, "about:blank", folder / "idle", page.proxy)
    try:
        assert browser.stderr is not None
        cold_start = None
        for line in browser.stderr:
            if "DevTools listening" in line:
                cold_start = time.perf_counter() - started
                break
        if cold_start is None:
            raise RuntimeError("Chromium did not start")
        time.sleep(SETTLE_SECONDS)
        idle = pss_mb(browser.pid)
    finally:
        _stop(browser)
    page.loaded.clear()
    browser = _chromium(executable, f"http://{BENCH_HOST}/", folder / "page", page.proxy)
    try:
        if not page.loaded.wait(30):
            raise RuntimeError("Chromium did not load the page")
        time.sleep(SETTLE_SECONDS)
        loaded = pss_mb(browser.pid)
    finally:
        _stop(browser)
    return ChromiumRun(round(cold_start, 3), idle, loaded)


# -- the whole benchmark ----------------------------------------------------------------------


@contextlib.contextmanager
def bench_store(folder: Path, codes_needed: int) -> Iterator[tuple[str, str, list[str]]]:
    """A store on loopback with one enrolled station: (URL, station token, codes)."""
    from kiosk.agent.store_client import StoreClient  # noqa: PLC0415
    from kiosk.store.config import StoreSettings  # noqa: PLC0415
    from kiosk.store.db import make_engine, make_sessionmaker, migrate  # noqa: PLC0415
    from kiosk.store.embedded import store_in_thread  # noqa: PLC0415
    from kiosk.store.services import codes, sites, stations  # noqa: PLC0415

    url = f"sqlite:///{folder / 'store.sqlite3'}"
    migrate(url)
    settings = StoreSettings(secret_key=secrets.token_urlsafe(48), database_url=url,
                             offline_hash_iterations=1000)
    engine = make_engine(url)
    now = datetime.now(UTC)
    with make_sessionmaker(engine)() as db:
        site = sites.add_site(db, slug="bench", name="Banc de mesure", now=now)
        enrol_token, _ = stations.create_enrol_token(db, settings=settings, site=site,
                                                     station_name="poste-bench", now=now)
        made = codes.make_codes(settings=settings, site=site, count=codes_needed)
        issued = codes.issue_codes(db, site=site, new_codes=made, minutes=30, print_quota=5,
                                   scan_quota=5, valid_until=None, now=now, by=None)
        db.commit()
        plain_codes = [item.code for item in issued]
    try:
        with store_in_thread(settings, engine) as store_url:
            with StoreClient(store_url) as client:
                token = client.enrol(enrol_token).station_token
            yield store_url, token, plain_codes
    finally:
        engine.dispose()


def median_of(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def run_bench(runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-shell-") as name:
        folder = Path(name)
        with PageServer(folder) as page, bench_store(folder, 2 * runs) as (store_url, token,
                                                                            codes):
            shell_runs: list[ShellRun] = []
            direct_runs: list[ShellRun] = []
            for index in range(runs):  # alternated, so that drift hits both alike
                for through_gate, kept in ((True, shell_runs), (False, direct_runs)):
                    kept.append(run_shell_once(
                        store_url=store_url, station_token=token, code=codes.pop(),
                        folder=folder / f"station-{index}-{through_gate}", page=page,
                        through_gate=through_gate))
            executable = chromium_path()
            chromium_runs = ([run_chromium_once(executable, folder / f"chromium-{index}", page)
                              for index in range(runs)] if executable else [])
    result: dict[str, Any] = {
        key: median_of([getattr(run, key) for run in shell_runs])
        for key in ("cold_start_s", "code_to_tiles_ms", "end_to_locked_s", "idle_pss_mb",
                    "page_pss_mb", "page_load_ms", "reload_ms")}
    for key in ("https_load_ms", "https_reload_ms"):
        values = [getattr(run, key) for run in shell_runs if getattr(run, key) is not None]
        result[key] = median_of(values) if values else None
    result["wipe_verified"] = all(run.wipe_verified for run in shell_runs)
    result["without_gate"] = {key: median_of([getattr(run, key) for run in direct_runs])
                              for key in ("page_load_ms", "reload_ms")}
    for key in ("https_load_ms", "https_reload_ms"):
        values = [getattr(run, key) for run in direct_runs if getattr(run, key) is not None]
        result["without_gate"][key] = median_of(values) if values else None
    result["chromium"] = ({key: median_of([getattr(run, key) for run in chromium_runs])
                           for key in ("cold_start_s", "idle_pss_mb", "page_pss_mb")}
                          if chromium_runs else None)
    return result


def targets_met(result: dict[str, Any]) -> bool:
    return bool(result["wipe_verified"]) and all(
        result[key] <= target for key, target in TARGETS.items())


if __name__ == "__main__":
    try:
        outcome = _child(json.loads(sys.argv[1]))
    except Exception as error:  # noqa: BLE001 - reported to the parent as a failed run
        outcome = {"error": f"{type(error).__name__}: {error}"}
    print(json.dumps(outcome), flush=True)
    os._exit(0)  # Qt's teardown adds nothing to the measure
