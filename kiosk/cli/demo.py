"""`kiosk demo`: a store, a station and the guest shell on this machine, for a first look."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.cli.policy import EXIT_BAD_POLICY, load_or_report
from kiosk.shell.languages import LANGUAGES


def register(commands: Any) -> None:  # noqa: ANN401 - argparse's subparsers action is private
    parser = commands.add_parser(
        "demo", help="everything on this machine: a store, a station, the guest shell",
        description="Start a store on SQLite in a temporary folder with an administrator, a "
        "site, an enrolled station and three demo codes (printed), then the guest shell in a "
        "window. Ctrl+C stops everything; the temporary folder goes with it.")
    parser.add_argument("--policy", metavar="FILE", default=None,
                        help="policy file (default: policies/default.toml)")
    parser.add_argument("--language", choices=tuple(LANGUAGES), default="fr")
    parser.add_argument("--desk", action="store_true",
                        help="also the reception's desk (logged in) and the waiting room's "
                        "screen; with --screenshot, desk.png and waiting-room.png too")
    parser.add_argument("--offscreen", action="store_true",
                        help="no window: run Qt offscreen (with --screenshot)")
    parser.add_argument("--screenshot", type=Path, metavar="DIR",
                        help="drive a whole session by itself, save lock.png and session.png "
                        "into DIR, then stop")
    parser.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from kiosk import demo  # noqa: PLC0415 - Qt and the store load only for the demo

    if args.offscreen and args.screenshot is None:
        print("kiosk demo: --offscreen needs --screenshot DIR (there is nothing to look at)",
              file=sys.stderr)
        return 2
    if not args.offscreen and not demo.has_display():
        print("kiosk demo: there is no display here. Try:\n"
              "  kiosk demo --offscreen --screenshot DIR\n"
              "which drives a whole session by itself and saves pictures of it in DIR.",
              file=sys.stderr)
        return 2
    policy = load_or_report(args.policy)
    if policy is None:
        return EXIT_BAD_POLICY
    return demo.run(policy=policy, language=args.language, offscreen=args.offscreen,
                    screenshot_dir=args.screenshot, desk=args.desk)
