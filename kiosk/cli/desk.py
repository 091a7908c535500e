"""`kiosk desk`: the reception's console on the secretariat's PC."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from platformdirs import user_state_dir

DESK_LANGUAGES = ("fr", "en")
SERVICE = "kiosk-desk"
TOKEN_FILE = "desk-login"  # noqa: S105 - a file name


def register(commands: Any) -> None:  # noqa: ANN401 - argparse's subparsers action is private
    parser = commands.add_parser(
        "desk", help="the reception's console: codes and slips, the live board of the PCs",
        description="Log in with a staff account of the store, then issue codes (and print "
        "their slips), watch which computers are free, extend or end a session, send a "
        "message to a guest, and count the people who could not be received.")
    parser.add_argument("--store", default="http://127.0.0.1:8080", metavar="URL",
                        help="the store's address (default: http://127.0.0.1:8080)")
    parser.add_argument("--language", choices=DESK_LANGUAGES, default="fr")
    parser.add_argument("--printer", metavar="QUEUE",
                        help="CUPS queue for the slips (default: none, codes on screen only)")
    parser.add_argument("--cups-server", metavar="HOST[:PORT]",
                        help="the site's CUPS server, whose printers the desk looks after "
                        "and where the slips' queue is (default: this computer's)")
    parser.add_argument("--slip", choices=("a4", "receipt"), default="a4",
                        help="an A4 sheet of eight slips, or one slip per 80-mm receipt")
    parser.add_argument("--durations", metavar="MINUTES",
                        help="the durations offered, in minutes (default: the site's, set "
                        "with kiosk store site desk; else 30,60,90)")
    parser.add_argument("--print-pages", type=int, metavar="N",
                        help="pages a new code may print (default: the site's; else 5)")
    parser.add_argument("--scan-pages", type=int, metavar="N",
                        help="pages a new code may scan (default: the site's; else 5)")
    parser.add_argument("--state-dir", type=Path, default=None, metavar="DIR",
                        help="where the log-in of the day is kept when the system has no "
                        "keyring (default: the user's state folder)")
    parser.add_argument("--hold-minutes", type=int, metavar="N",
                        help="how long a computer called for a ticket waits for its holder "
                        "before the next ticket (default: the site's; else 5)")
    parser.add_argument("--waiting-room", action="store_true",
                        help="also show the waiting room's screen (full screen on a second "
                        "monitor when there is one): the ticket called, the computers free")
    parser.add_argument("--offscreen", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run_desk)


def durations(text: str) -> tuple[int, ...]:
    values = tuple(int(part) for part in text.split(",") if part.strip())
    if not values or any(not 5 <= value <= 600 for value in values):
        raise ValueError("durations are minutes between 5 and 600, separated by commas")
    return values


def run_desk(args: argparse.Namespace) -> int:
    try:
        offered = durations(args.durations) if args.durations else None
    except ValueError as error:
        print(f"kiosk desk: --durations: {error}", file=sys.stderr)
        return 2
    if not args.store.startswith(("http://", "https://")):
        print("kiosk desk: --store must be an http:// or https:// address", file=sys.stderr)
        return 2
    import os  # noqa: PLC0415

    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt only for the desk

    from kiosk.agent import credentials  # noqa: PLC0415
    from kiosk.desk import DESK_TRANSLATIONS  # noqa: PLC0415
    from kiosk.desk.client import DeskClient, Login  # noqa: PLC0415
    from kiosk.desk.window import DeskSettings, DeskWindow  # noqa: PLC0415
    from kiosk.gui.background import finish_background_work  # noqa: PLC0415
    from kiosk.printing import Printer  # noqa: PLC0415
    from kiosk.shell import i18n, theme  # noqa: PLC0415

    state_dir = args.state_dir or Path(user_state_dir("kiosk-desk"))
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    i18n.install(app, args.language, sources=DESK_TRANSLATIONS, name="desk")
    theme.apply(app)
    kept = credentials.load_token(state_dir, args.store, service=SERVICE, file_name=TOKEN_FILE)
    remembered: dict[str, Any] = {}
    if kept:
        try:
            remembered = json.loads(kept)
        except ValueError:
            remembered = {}
    client = DeskClient(args.store, token=remembered.get("token"), site=remembered.get("site"))
    site_desk = remembered.get("desk")

    def keep(login: Login) -> None:
        credentials.save_token(state_dir, args.store, json.dumps(
            {"token": login.token, "site": login.site, "site_name": login.site_name,
             "desk": login.desk, "expires_at": login.expires_at.isoformat()}),
            service=SERVICE,
            file_name=TOKEN_FILE)

    def forget() -> None:
        credentials.forget_token(state_dir, args.store, service=SERVICE, file_name=TOKEN_FILE)

    printer = Printer(args.printer, args.cups_server) if args.printer else None
    given = {"durations": offered, "print_quota": args.print_pages,
             "scan_quota": args.scan_pages,
             "hold_minutes": max(1, args.hold_minutes) if args.hold_minutes else None}
    fixed = {key: value for key, value in given.items() if value is not None}
    settings = DeskSettings(slip_format=args.slip, printer=printer,
                            cups_server=args.cups_server, fixed=frozenset(fixed), **fixed)
    window = DeskWindow(client, settings, on_login=keep, on_logout=forget)
    window.use_site_settings(site_desk if isinstance(site_desk, dict) else None)
    window.start(logged_in=bool(remembered.get("token")),
                 place_name=str(remembered.get("site_name") or ""))
    window.resize(1366, 768)
    window.show()
    if args.waiting_room:
        window.open_waiting_room()
    status = int(app.exec())
    finish_background_work()
    client.close()
    return status
