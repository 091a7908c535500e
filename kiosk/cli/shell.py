"""`kiosk shell`: the guest station's shell, and `kiosk shell enrol` to enrol it once."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli.environment import setting
from kiosk.shell.languages import LANGUAGES

if TYPE_CHECKING:
    from kiosk.agent.store_client import StoreClient
    from kiosk.core.policy import Policy
    from kiosk.gate.runner import ExternalGate, GateProcess

EXIT_REFUSED = 2
DEFAULT_GATE = "127.0.0.1:8128"
EXIT_UNREACHABLE = 1


def default_state_dir() -> Path:
    from platformdirs import user_state_dir  # noqa: PLC0415

    return Path(os.environ.get("KIOSK_STATION_DIR") or user_state_dir("kiosk-station"))


def register(commands: Any) -> None:  # noqa: ANN401 - argparse's subparsers action is private
    parser = commands.add_parser("shell", help="the guest station's shell (full screen)")
    parser.add_argument("--policy", metavar="FILE", default=None,
                        help="policy file (default: policies/default.toml)")
    parser.add_argument("--state-dir", type=Path, default=None, metavar="DIR",
                        help="the station's state folder (default: KIOSK_STATION_DIR, or the "
                        "platform's state folder for kiosk-station)")
    parser.add_argument("--store", metavar="URL", default=None,
                        help="the store's address (default: the one the station was enrolled "
                        "with)")
    parser.add_argument("--windowed", action="store_true",
                        help="in a window instead of full screen (to try it out)")
    parser.add_argument("--printer", metavar="QUEUE", default=setting("KIOSK_PRINTER"),
                        help="the CUPS queue guests print to (default: KIOSK_PRINTER, or the "
                        "system's default printer); CUPS_SERVER chooses another CUPS server")
    parser.add_argument("--scanner", metavar="DEVICE", default=setting("KIOSK_SCANNER"),
                        help="the SANE device guests scan with, as `scanimage -L` names it "
                        "(default: KIOSK_SCANNER, or the first scanner found)")
    parser.add_argument("--upstream-proxy", metavar="URL",
                        default=setting("KIOSK_UPSTREAM_PROXY"),
                        help="a proxy the station must use to reach the internet, "
                        "http://HOST:PORT (default: KIOSK_UPSTREAM_PROXY, or none)")
    parser.add_argument("--gate", metavar="HOST:PORT", default=setting("KIOSK_GATE"),
                        help="use the network gate already running there (`kiosk gate serve`, "
                        "as the station's packages run it under an account of its own) "
                        "instead of starting one inside the shell (default: KIOSK_GATE)")
    parser.add_argument("--gate-token-file", metavar="FILE",
                        default=setting("KIOSK_GATE_TOKEN_FILE"),
                        help="with --gate: the agent token file the gate was given "
                        "(--agent-token-file), so that the station agent reaches the store "
                        "through the gate (default: KIOSK_GATE_TOKEN_FILE)")
    parser.add_argument("--station-socket", metavar="PATH",
                        default=setting("KIOSK_STATION_SOCKET"),
                        help="the station service's socket (`kiosk station serve`, as the "
                        "station's packages run it): the shell reaches the store through it "
                        "and uses its gate, and never reads the station's token; --state-dir "
                        "is then the shell's own folder (default: KIOSK_STATION_SOCKET)")
    parser.add_argument("--touch", action="store_true",
                        help="a touch screen: Qt's on-screen keyboard opens in web forms")
    parser.add_argument("--language", choices=tuple(LANGUAGES), default="fr",
                        help="language of the shell (default: fr)")
    parser.set_defaults(handler=run_shell)
    actions = parser.add_subparsers(dest="shell_action", metavar="ACTION")
    enrol = actions.add_parser(
        "enrol", help="enrol this station with the store, once, with a one-time token",
        description="Trade a one-time enrolment token (kiosk store station enrol-token) for "
        "this station's own token, kept in the system's secret store or, without one, in a "
        "private file of the station's state folder.")
    add_enrol_arguments(enrol)
    enrol.set_defaults(handler=run_enrol)


def add_enrol_arguments(enrol: argparse.ArgumentParser) -> None:
    enrol.add_argument("--store", required=True, metavar="URL",
                       help="the store's address, e.g. https://store.example.org")
    enrol.add_argument("--token", required=True, help="the one-time enrolment token")
    enrol.add_argument("--state-dir", type=Path, default=None, metavar="DIR",
                       help="the station's state folder (default: KIOSK_STATION_DIR, or the "
                       "platform's state folder for kiosk-station)")


def run_enrol(args: argparse.Namespace) -> int:
    from kiosk.agent.credentials import save_token  # noqa: PLC0415
    from kiosk.agent.store_client import StoreClient, StoreRefusal, StoreUnavailable  # noqa: PLC0415

    state_dir: Path = args.state_dir or default_state_dir()
    store_url = args.store.rstrip("/")
    if not store_url.startswith(("https://", "http://")):
        print("kiosk shell: --store must be an http:// or https:// address", file=sys.stderr)
        return EXIT_REFUSED
    try:
        with StoreClient(store_url) as client:
            enrolment = client.enrol(args.token.strip())
    except StoreRefusal as refusal:
        reason = ("the enrolment token is not valid, has expired or was already used: ask "
                  "for a new one (kiosk store station enrol-token)"
                  if refusal.code in ("enrol-token-invalid", "invalid-request")
                  else f"the store refused: {refusal.code}")
        print(f"kiosk shell: {reason}", file=sys.stderr)
        return EXIT_REFUSED
    except StoreUnavailable as error:
        print(f"kiosk shell: cannot reach the store at {store_url}: {error}", file=sys.stderr)
        return EXIT_UNREACHABLE
    where = save_token(state_dir, store_url, enrolment.station_token)
    station_file = state_dir / "station.json"
    descriptor = os.open(station_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump({"store_url": store_url, "station_id": enrolment.station_id,
                   "station_name": enrolment.station_name, "site": enrolment.site},
                  handle, ensure_ascii=False, indent=2)
    print(f"enrolled as {enrolment.station_name} at {enrolment.site['name']}")
    print(f"station token kept in: {where}")
    return 0


def run_shell(args: argparse.Namespace) -> int:
    from kiosk.agent.outbox import Outbox  # noqa: PLC0415
    from kiosk.agent.policy_delivery import PolicyDelivery  # noqa: PLC0415
    from kiosk.agent.station import StationAgent  # noqa: PLC0415
    from kiosk.cli.policy import load_or_report  # noqa: PLC0415
    from kiosk.core.session import EndReason  # noqa: PLC0415
    from kiosk.gui.background import finish_background_work  # noqa: PLC0415
    from kiosk.shell import app as shell_app  # noqa: PLC0415

    policy = load_or_report(args.policy)
    if policy is None:
        return EXIT_REFUSED
    state_dir: Path = args.state_dir or default_state_dir()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        print("kiosk shell: no display to show the shell on", file=sys.stderr)
        return EXIT_REFUSED
    # The policy the store delivered last, kept in the shell's folder, wins over the one
    # installed with the shell: the administrator published it for this site.
    policy = PolicyDelivery.kept(state_dir) or policy
    connection = (_through_station_service(args) if args.station_socket
                  else _on_its_own(args, state_dir, policy))
    if isinstance(connection, int):
        return connection
    station, client, gate = connection
    session_root = state_dir / "session"
    if not gate.ensure_running():
        print(f"kiosk shell: no network gate answers on 127.0.0.1:{gate.port}: start it "
              "first (kiosk gate serve, or the station service)", file=sys.stderr)
        return EXIT_UNREACHABLE
    shell_app.prepare_environment(session_root, gate_port=gate.port, touch=args.touch)
    app = shell_app.make_application(args.language)
    agent = StationAgent(client=client, outbox=Outbox(state_dir / "outbox.sqlite3"),
                         state_dir=state_dir)
    window = shell_app.make_window(policy=policy, agent=agent, gate=gate,
                                   session_root=session_root,
                                   place_name=station["site"]["name"],
                                   printer_queue=args.printer, scanner=args.scanner)
    keep = [shell_app.start_heartbeat(window, shell_app.station_health),
            shell_app.quit_on_interrupt(app)]
    if args.windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.showFullScreen()
    status = int(app.exec())
    del keep
    if window.running is not None:
        window.wipe_and_wait(EndReason.STAFF)
    finish_background_work()
    gate.stop()
    client.close()
    agent.outbox.close()
    return status


Connection = tuple[dict[str, Any], "StoreClient", "ExternalGate | GateProcess"]


def _through_station_service(args: argparse.Namespace) -> Connection | int:
    """The packaged station: the service holds the token and runs the gate."""
    from kiosk.agent.store_client import StoreClient, StoreUnavailable  # noqa: PLC0415
    from kiosk.gate.runner import RelayedGate  # noqa: PLC0415

    client = StoreClient.through_relay(args.station_socket)
    station = None
    for _attempt in range(30):  # at boot, the service may still be starting
        try:
            station = client.station()
            break
        except StoreUnavailable:
            time.sleep(1)
    if station is None:
        client.close()
        print(f"kiosk shell: the station service does not answer on {args.station_socket}",
              file=sys.stderr)
        return EXIT_UNREACHABLE
    if not station.get("site"):
        client.close()
        print("kiosk shell: this station is not enrolled: run kiosk station enrol "
              "--store URL --token TOKEN first", file=sys.stderr)
        return EXIT_REFUSED
    try:
        gate = RelayedGate.relayed(args.gate or DEFAULT_GATE, client.gate_takes_policy)
    except ValueError as error:
        client.close()
        print(f"kiosk shell: {error}", file=sys.stderr)
        return EXIT_REFUSED
    return station, client, gate


def _on_its_own(args: argparse.Namespace, state_dir: Path, policy: Policy) -> Connection | int:
    """A station from a checkout: the shell reads the token and starts its own gate (or
    uses a gate service with an agent token)."""
    from kiosk.agent.credentials import load_token  # noqa: PLC0415
    from kiosk.agent.store_client import StoreClient  # noqa: PLC0415
    from kiosk.shell import app as shell_app  # noqa: PLC0415

    try:
        station = json.loads((state_dir / "station.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        print(f"kiosk shell: this station is not enrolled (no {state_dir / 'station.json'}): "
              "run kiosk shell enrol --store URL --token TOKEN first", file=sys.stderr)
        return EXIT_REFUSED
    token = load_token(state_dir, station["store_url"])
    if token is None:
        print("kiosk shell: the station token is missing: enrol the station again",
              file=sys.stderr)
        return EXIT_REFUSED
    store_url = (args.store or station["store_url"]).rstrip("/")
    if not store_url.startswith(("https://", "http://")):
        print("kiosk shell: --store must be an http:// or https:// address", file=sys.stderr)
        return EXIT_REFUSED
    gate_token = None
    if args.gate and args.gate_token_file:
        try:
            gate_token = Path(args.gate_token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as error:
            print(f"kiosk shell: cannot read {args.gate_token_file}: {error}", file=sys.stderr)
            return EXIT_REFUSED
    try:
        gate = (shell_app.external_gate(args.gate) if args.gate
                else shell_app.start_gate(policy, args.upstream_proxy))
    except ValueError as error:
        print(f"kiosk shell: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as error:
        print(f"kiosk shell: the network gate cannot listen on loopback: {error}",
              file=sys.stderr)
        return EXIT_UNREACHABLE
    client = StoreClient(store_url, token=token,
                         gate=f"http://{args.gate}" if gate_token else None,
                         gate_token=gate_token)
    return station, client, gate
