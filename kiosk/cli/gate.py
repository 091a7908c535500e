"""`kiosk gate serve`: the station's network gate, the filtering proxy of design §5."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli.environment import setting

if TYPE_CHECKING:
    from kiosk.gate import Upstream

DEFAULT_LISTEN = "127.0.0.1:8128"
EXIT_REFUSED = 2


def register(commands: Any) -> None:  # noqa: ANN401 - argparse's subparsers action is private
    parser = commands.add_parser("gate", help="the station's network gate (filtering proxy)")
    actions = parser.add_subparsers(dest="gate_action", metavar="ACTION", required=True)
    serve = actions.add_parser(
        "serve", help="decide every connection of the guest's browser by the policy",
        description="A proxy on loopback through which the guest shell's browser engine "
        "makes every connection: each CONNECT tunnel and plain-HTTP request is decided by "
        "the policy (a host is allowed when a site lists it in allow or resources); a "
        "refused one gets 403 and nothing is looked up or connected. Run it under an "
        "account of its own and point the shell at it (kiosk shell --gate HOST:PORT).")
    add_serve_arguments(serve)
    serve.set_defaults(handler=run_serve)


def add_serve_arguments(serve: argparse.ArgumentParser) -> None:
    serve.add_argument("--policy", metavar="FILE", default=None,
                       help="policy file (default: policies/default.toml)")
    serve.add_argument("--listen", metavar="HOST:PORT", default=DEFAULT_LISTEN,
                       help=f"where to listen, on 127.0.0.1 only, where the shell points its "
                       f"browser engine (default: {DEFAULT_LISTEN}; port 0 takes a free port)")
    serve.add_argument("--upstream-proxy", metavar="URL",
                       default=setting("KIOSK_UPSTREAM_PROXY"),
                       help="a proxy the station must use to reach the internet, "
                       "http://HOST:PORT (default: KIOSK_UPSTREAM_PROXY, or none)")
    serve.add_argument("--agent-endpoint", metavar="HOST:PORT", action="append", default=[],
                       help="the store's address, which the station agent reaches through the "
                       "gate with the agent token (repeat for several)")
    serve.add_argument("--agent-token-file", metavar="FILE", type=Path, default=None,
                       help="file holding the agent token (readable by the gate and the shell's "
                       "accounts only); without it, the agent has no way through")
    serve.add_argument("--control", action="store_true",
                       help="run as the shell's own gate: JSON lines on standard input "
                       "and output (used by kiosk shell)")


def listen_address(text: str) -> tuple[str, int] | None:
    host, colon, port = text.rpartition(":")
    if not colon or not port.isdigit() or int(port) > 65535 or host != "127.0.0.1":
        return None
    return host, int(port)


def gate_endpoints(args: argparse.Namespace, prog: str
                   ) -> tuple[tuple[str, int], Upstream | None] | None:
    """Where the gate listens (`--listen`) and the proxy it goes through
    (`--upstream-proxy`); None after saying what is wrong."""
    from kiosk.gate import Upstream, UpstreamError  # noqa: PLC0415

    listen = listen_address(args.listen)
    if listen is None:
        print(f"{prog}: --listen {args.listen!r}: give 127.0.0.1:PORT; the gate listens on "
              "loopback only (on another address it would be an open proxy)", file=sys.stderr)
        return None
    try:
        upstream = Upstream.parse(args.upstream_proxy) if args.upstream_proxy else None
    except UpstreamError as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return None
    return listen, upstream


def run_serve(args: argparse.Namespace) -> int:
    from kiosk.cli.policy import load_or_report  # noqa: PLC0415
    from kiosk.core.policy import Policy  # noqa: PLC0415
    from kiosk.gate.service import run  # noqa: PLC0415

    logging.basicConfig(level=logging.WARNING if args.control else logging.INFO,
                        format="kiosk gate: %(message)s", stream=sys.stderr)
    where = gate_endpoints(args, "kiosk gate")
    if where is None:
        return EXIT_REFUSED
    listen, upstream = where
    agent_token = None
    if args.agent_token_file is not None:
        try:
            agent_token = args.agent_token_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as error:
            print(f"kiosk gate: cannot read {args.agent_token_file}: {error}", file=sys.stderr)
            return EXIT_REFUSED
        if len(agent_token) < 32:
            print(f"kiosk gate: {args.agent_token_file} must hold a token of at least 32 "
                  "characters (python3 -c 'import secrets; print(secrets.token_urlsafe(32))')",
                  file=sys.stderr)
            return EXIT_REFUSED
    if args.agent_endpoint and agent_token is None:
        print("kiosk gate: --agent-endpoint needs --agent-token-file", file=sys.stderr)
        return EXIT_REFUSED
    if args.control and args.policy is None:
        policy: Policy | None = Policy(name="nothing yet", sites=())  # until the shell's
    else:
        policy = load_or_report(args.policy)
    if policy is None:
        return EXIT_REFUSED
    try:
        return run(policy, host=listen[0], port=listen[1], upstream=upstream,
                   control=args.control, agent_endpoints=frozenset(args.agent_endpoint),
                   agent_token=agent_token)
    except OSError as error:
        print(f"kiosk gate: cannot listen on {args.listen}: {error.strerror or error}",
              file=sys.stderr)
        return 1
