"""`kiosk station`: the station service (the store's relay and the network gate) that a
packaged guest PC runs under an account of its own, and its enrolment."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from kiosk.cli.environment import setting
from kiosk.cli.gate import DEFAULT_LISTEN, gate_endpoints

EXIT_REFUSED = 2
DEFAULT_SOCKET = "/run/kiosk-station/agent.sock"


def register(commands: Any) -> None:  # noqa: ANN401 - argparse's subparsers action is private
    parser = commands.add_parser("station", help="the station service of a guest PC")
    actions = parser.add_subparsers(dest="station_action", metavar="ACTION", required=True)
    serve = actions.add_parser(
        "serve", help="relay the shell to the store and run the network gate",
        description="Run under an account of its own (never the guest's): it keeps the "
        "station's token, relays the shell's requests to the store on a Unix socket, and "
        "runs the network gate the firewall lets the guest account reach. Start the shell "
        "with kiosk shell --station-socket PATH.")
    serve.add_argument("--state-dir", type=Path, default=None, metavar="DIR",
                       help="the station's folder, with its token (default: "
                       "KIOSK_STATION_DIR, or the platform's state folder for kiosk-station)")
    serve.add_argument("--socket", metavar="PATH", type=Path,
                       default=Path(os.environ.get("KIOSK_STATION_SOCKET", DEFAULT_SOCKET)),
                       help=f"the relay's socket (default: KIOSK_STATION_SOCKET, or "
                       f"{DEFAULT_SOCKET})")
    serve.add_argument("--socket-group", metavar="GROUP", default=None,
                       help="the group that may open the socket: the guest account's")
    serve.add_argument("--listen", metavar="HOST:PORT", default=DEFAULT_LISTEN,
                       help=f"where the gate listens, on 127.0.0.1 only (default: "
                       f"{DEFAULT_LISTEN})")
    serve.add_argument("--policy", metavar="FILE", default=None,
                       help="the gate's policy until the store delivers one (default: "
                       "policies/default.toml)")
    serve.add_argument("--upstream-proxy", metavar="URL",
                       default=setting("KIOSK_UPSTREAM_PROXY"),
                       help="a proxy the station must use to reach the internet, "
                       "http://HOST:PORT (default: KIOSK_UPSTREAM_PROXY, or none)")
    serve.set_defaults(handler=run_serve)
    power = actions.add_parser(
        "power", help="power off outside opening hours, set to wake before the next opening",
        description="Run as root from a timer (kiosk-power.timer): when the place has been "
        "closed for 20 minutes and opens again no sooner than 3 hours from now, set the "
        "firmware's wake alarm 10 minutes before the next opening (rtcwake) and power off. "
        "A PC switched on out of hours is left on for 30 minutes; without a wake alarm the "
        "firmware accepts, the PC stays on.")
    power.add_argument("--state-dir", type=Path, default=None, metavar="DIR",
                       help="the station service's folder (the place's hours it keeps)")
    power.add_argument("--policy", metavar="FILE", default=None,
                       help="the installed policy, whose hours serve until the store's")
    power.add_argument("--dry-run", action="store_true", help="say what it would do, only")
    power.set_defaults(handler=run_power)
    # Enrolment is the shell's, with the service's folder as the default.
    from kiosk.cli.shell import add_enrol_arguments, run_enrol  # noqa: PLC0415

    enrol = actions.add_parser(
        "enrol", help="enrol this station with the store, once, with a one-time token",
        description="Trade a one-time enrolment token for this station's own token, kept "
        "in the station service's folder. Run it as the service's account.")
    add_enrol_arguments(enrol)
    enrol.set_defaults(handler=run_enrol)


def run_serve(args: argparse.Namespace) -> int:
    from kiosk.agent.credentials import load_token  # noqa: PLC0415
    from kiosk.cli.policy import load_or_report  # noqa: PLC0415
    from kiosk.cli.shell import default_state_dir  # noqa: PLC0415
    from kiosk.station.relay import Relay, kept_gate_policy  # noqa: PLC0415
    from kiosk.station.service import bind_gate, bind_socket, serve  # noqa: PLC0415

    logging.basicConfig(level=logging.WARNING, format="kiosk station: %(message)s",
                        stream=sys.stderr)
    where = gate_endpoints(args, "kiosk station")
    if where is None:
        return EXIT_REFUSED
    listen, upstream = where
    state_dir: Path = args.state_dir or default_state_dir()
    station: dict[str, Any] = {}
    token = None
    try:
        station = json.loads((state_dir / "station.json").read_text(encoding="utf-8"))
        token = load_token(state_dir, station["store_url"])
    except (OSError, ValueError, KeyError):
        pass
    if token is None:
        # The gate still runs (nothing gets out without it); the shell says the station is
        # not enrolled until an administrator enrols it and restarts the service.
        print(f"kiosk station: this station is not enrolled (no token in {state_dir}): run "
              "kiosk station enrol --store URL --token TOKEN", file=sys.stderr)
        station = {}
    kept = kept_gate_policy(state_dir)
    policy = kept or load_or_report(args.policy)
    if policy is None:
        return EXIT_REFUSED
    relay = Relay(store_url=station.get("store_url", "http://not-enrolled.invalid"),
                  token=token or "", station=station, state_dir=state_dir,
                  upstream_proxy=args.upstream_proxy)
    if kept is not None:
        relay.gate_digest = kept.digest  # the store need not be asked for it again
    try:
        sock = bind_socket(args.socket, args.socket_group)
    except KeyError:
        print(f"kiosk station: --socket-group {args.socket_group}: no such group",
              file=sys.stderr)
        return EXIT_REFUSED
    except PermissionError as error:
        hint = (f" (this account must belong to the group {args.socket_group}: the unit "
                "gives it SupplementaryGroups=)" if args.socket_group else "")
        print(f"kiosk station: cannot open the socket {args.socket}: {error.strerror}{hint}",
              file=sys.stderr)
        return 1
    except OSError as error:
        print(f"kiosk station: cannot open the socket {args.socket}: {error}", file=sys.stderr)
        return 1
    try:
        gate = bind_gate(*listen)
    except OSError as error:
        sock.close()
        print(f"kiosk station: the network gate cannot listen on {args.listen}: "
              f"{error.strerror or error}", file=sys.stderr)
        return 1
    return serve(policy=policy, relay=relay, gate=gate, upstream=upstream, sock=sock)


def run_power(args: argparse.Namespace) -> int:
    from kiosk.cli.policy import load_or_report  # noqa: PLC0415
    from kiosk.cli.shell import default_state_dir  # noqa: PLC0415
    from kiosk.station.power import carry_out, plan_now  # noqa: PLC0415

    if os.environ.get("KIOSK_POWER_SCHEDULE", "yes").lower() in ("no", "off", "0", "false"):
        print("kiosk station: the power schedule is off (KIOSK_POWER_SCHEDULE)")
        return 0
    state_dir: Path = args.state_dir or default_state_dir()
    plan = plan_now(state_dir, load_or_report(args.policy))
    if args.dry_run:
        wake = plan.wake_at.astimezone().isoformat(timespec="minutes") if plan.wake_at else "-"
        print(f"power off: {'yes' if plan.power_off else 'no'} ({plan.reason}); wake at: {wake}")
        return 0
    print(f"kiosk station: {carry_out(plan)}")
    return 0
