"""The `kiosk` command line: one entry point, one subcommand per part of the product."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from kiosk import __version__


def build_parser() -> argparse.ArgumentParser:
    # Here rather than at the top, so that importing one command's module (the gate, started
    # by the shell in a process of its own) does not load every other's.
    from kiosk.cli import bench, demo, desk, gate, policy, shell, station, store  # noqa: PLC0415

    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Locked-down guest workstations for the free-access PCs of social centres.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    policy.register(commands)
    store.register(commands)
    shell.register(commands)
    desk.register(commands)
    gate.register(commands)
    station.register(commands)
    demo.register(commands)
    bench.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`kiosk policy check … | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as error:
        if os.environ.get("KIOSK_DEBUG"):
            raise
        print(f"kiosk: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        print("kiosk: set KIOSK_DEBUG=1 to see the details", file=sys.stderr)
        return 70
    return status
