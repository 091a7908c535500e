"""`kiosk demo`: everything on one machine for a first look.

A store on SQLite in a temporary folder, an administrator, a site with a year of usage
history for the dashboard, an enrolled station and a few codes printed in the terminal, then
the guest shell in a window (and, with `--desk`, the reception's desk and the waiting room's
screen beside it). Everything goes with the temporary folder when the demo stops.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.agent.outbox import Outbox
from kiosk.agent.station import StationAgent
from kiosk.agent.store_client import StoreClient
from kiosk.bench import history
from kiosk.core.policy import Policy
from kiosk.core.session import EndReason
from kiosk.shell import app as shell_app
from kiosk.store.config import StoreSettings
from kiosk.store.db import make_engine, make_sessionmaker, migrate
from kiosk.store.embedded import store_in_thread
from kiosk.store.services import codes, sites, staff, stations

PLACE = "Centre social de démonstration"


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _set_up_store(db: Any, settings: StoreSettings, admin_password: str,  # noqa: ANN401
                  desk_password: str, coordinator_password: str) -> tuple[str, list[str]]:
    now = datetime.now(UTC)
    site = sites.add_site(db, slug="demo", name=PLACE, now=now)
    staff.add_user(db, login="admin", password=admin_password, role="admin", site_id=None,
                   now=now)
    staff.add_user(db, login="accueil", password=desk_password, role="secretariat",
                   site_id=site.id, now=now)
    staff.add_user(db, login="coordination", password=coordinator_password,
                   role="coordinator", site_id=site.id, now=now)
    # Two years of the place's use, for the dashboard (a year and the one before, to
    # compare): the four computers it had then.
    computers = history.add_stations(db, site, 4, now - timedelta(days=740))
    history.fill(db, sites=[site], stations={site.id: computers}, events=80_000,
                 end=now - timedelta(hours=1), days=730)
    token, _ = stations.create_enrol_token(db, settings=settings, site=site,
                                           station_name="poste-1", now=now)
    made = codes.make_codes(settings=settings, site=site, count=3)
    issued = codes.issue_codes(db, site=site, new_codes=made, minutes=30, print_quota=10,
                               scan_quota=10, valid_until=None, now=now, by=None)
    db.commit()
    return token, [item.code for item in issued]


def run(*, policy: Policy, language: str, offscreen: bool, screenshot_dir: Path | None,
        desk: bool = False) -> int:
    with tempfile.TemporaryDirectory(prefix="kiosk-demo-") as folder:
        root = Path(folder)
        url = f"sqlite:///{root / 'store.sqlite3'}"
        migrate(url)
        settings = StoreSettings(secret_key=secrets.token_urlsafe(48), database_url=url,
                                 offline_hash_iterations=20_000)
        engine = make_engine(url)
        admin_password = secrets.token_urlsafe(9)
        desk_password = secrets.token_urlsafe(12)
        coordinator_password = secrets.token_urlsafe(12)
        with make_sessionmaker(engine)() as db:
            enrol_token, demo_codes = _set_up_store(db, settings, admin_password,
                                                    desk_password, coordinator_password)
        try:
            with store_in_thread(settings, engine) as store_url:
                print(f"Store: {store_url}/api/v1/docs (admin / {admin_password})")
                print("Demo codes (30 minutes each): " + "   ".join(demo_codes))
                print(f"Dashboard: {store_url}/dashboard/ (coordination / "
                      f"{coordinator_password}; admin as above)")
                if desk:
                    print(f"Desk: accueil / {desk_password}")
                sys.stdout.flush()
                return _run_shell(policy=policy, language=language, offscreen=offscreen,
                                  screenshot_dir=screenshot_dir, store_url=store_url,
                                  enrol_token=enrol_token, root=root, demo_codes=demo_codes,
                                  desk_password=desk_password if desk else None)
        finally:
            engine.dispose()


def _open_desk(store_url: str, password: str) -> tuple[Any, Any]:
    """The reception's desk, logged in, and the waiting room's screen (Qt is running)."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt after the environment

    from kiosk.desk import DESK_TRANSLATIONS  # noqa: PLC0415
    from kiosk.desk.client import DeskClient  # noqa: PLC0415
    from kiosk.desk.window import DeskSettings, DeskWindow  # noqa: PLC0415
    from kiosk.shell import i18n  # noqa: PLC0415

    app = QApplication.instance()
    if app is not None:
        i18n.install(app, "fr", sources=DESK_TRANSLATIONS, name="desk")
    client = DeskClient(store_url)
    login = client.login("accueil", password)
    window = DeskWindow(client, DeskSettings())
    window.start(logged_in=True, place_name=login.site_name or PLACE)
    window.resize(1366, 768)
    window.show()
    window.open_waiting_room()
    return window, client


def _run_shell(*, policy: Policy, language: str, offscreen: bool,
               screenshot_dir: Path | None, store_url: str, enrol_token: str, root: Path,
               demo_codes: list[str], desk_password: str | None = None) -> int:
    session_root = root / "station" / "session"
    gate = shell_app.start_gate(policy, os.environ.get("KIOSK_UPSTREAM_PROXY"))
    shell_app.prepare_environment(session_root, gate_port=gate.port, offscreen=offscreen)
    app = shell_app.make_application(language)
    client = StoreClient(store_url)
    client.enrol(enrol_token)
    agent = StationAgent(client=client, outbox=Outbox(root / "station" / "outbox.sqlite3"),
                         state_dir=root / "station")
    window = shell_app.make_window(policy=policy, agent=agent, gate=gate,
                                   session_root=session_root, place_name=PLACE)
    heartbeat = shell_app.start_heartbeat(window, shell_app.station_health)
    window.resize(1280, 800)
    window.show()
    desk, desk_client = (_open_desk(store_url, desk_password) if desk_password
                         else (None, None))
    try:
        if screenshot_dir is not None:
            return _screenshots(app, window, screenshot_dir, demo_codes[0], desk)
        interrupt = shell_app.quit_on_interrupt(app)
        status = int(app.exec())
        del interrupt
        return status
    finally:
        heartbeat.stop()
        if window.running is not None:
            window.wipe_and_wait(EndReason.STAFF)
        from kiosk.gui.background import finish_background_work  # noqa: PLC0415 - Qt

        finish_background_work()
        gate.stop()
        client.close()
        if desk is not None and desk_client is not None:
            desk.timer.stop()
            desk_client.close()
        agent.outbox.close()


def _wait(_app: Any, condition: Callable[[], bool], seconds: float) -> bool:  # noqa: ANN401
    return bool(shell_app.wait_for(condition, seconds))


def _screenshots(app: Any, window: Any, folder: Path, code: str,  # noqa: ANN401
                 desk: Any = None) -> int:  # noqa: ANN401
    """Drive a whole session by itself and keep pictures of the lock screen and the tiles
    (and of the desk and the waiting room's screen, every computer busy, a ticket given)."""
    folder.mkdir(parents=True, exist_ok=True)
    _wait(app, lambda: False, 0.5)
    window.grab().save(str(folder / "lock.png"))
    window.open_with_code(code)
    if not _wait(app, lambda: not window.showing_lock, 30):
        print("kiosk demo: the demo session did not open", file=sys.stderr)
        return 1
    _wait(app, lambda: False, 0.5)
    window.grab().save(str(folder / "session.png"))
    if desk is not None:
        if not _wait(app, lambda: any(t.station.state == "in_use"
                                      for t in desk.board.tiles.values()), 30):
            print("kiosk demo: the desk did not see the session", file=sys.stderr)
            return 1
        desk.board.line.take_button.click()
        _wait(app, lambda: bool(desk.board.line.rows), 15)
        _wait(app, lambda: False, 0.5)
        desk.grab().save(str(folder / "desk.png"))
        desk.waiting_room.grab().save(str(folder / "waiting-room.png"))
    window.apply_effects(window.rules.end(window.clock(), EndReason.USER))
    _wait(app, lambda: not window.wiping, 30)
    if not (window.showing_lock and window.last_wipe is not None and window.last_wipe.verified):
        print("kiosk demo: the wipe was not verified", file=sys.stderr)
        return 1
    names = ["lock.png", "session.png"] + (["desk.png", "waiting-room.png"] if desk else [])
    print("Screenshots: " + ", ".join(str(folder / name) for name in names))
    return 0
