"""`kiosk station serve`: the station service, under an account of its own.

It runs the network gate (a proxy on loopback that the firewall lets the guest account
reach, and nothing else) and the relay to the store on a Unix socket that only the guest
account's group may open. Both live in one event loop: the gate takes the policy the relay
fetched for it without another process in between.
"""

from __future__ import annotations

import contextlib
import grp
import logging
import os
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette

from kiosk.core.policy import Policy
from kiosk.gate.proxy import FilteringProxy, Upstream
from kiosk.station.relay import Relay

log = logging.getLogger("kiosk.station")


def bind_socket(path: Path, group: str | None) -> socket.socket:
    """The relay's socket: read and written by this account and `group` only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_umask = os.umask(0o117)  # never a moment where others could connect
    try:
        sock.bind(str(path))
    finally:
        os.umask(old_umask)
    if group:
        os.chown(path, -1, grp.getgrnam(group).gr_gid)
    path.chmod(0o660)
    sock.listen(64)
    return sock


def bind_gate(host: str, port: int) -> socket.socket:
    """The gate's listening socket, bound now so that a port in use is said plainly."""
    gate = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    gate.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        gate.bind((host, port))
        gate.listen(512)
    except OSError:
        gate.close()
        raise
    return gate


def serve(*, policy: Policy, relay: Relay, gate: socket.socket,
          upstream: Upstream | None, sock: socket.socket) -> int:
    proxy = FilteringProxy(policy, upstream=upstream,
                           on_refused=lambda host, reason: log.warning(
                               "refused %s (%s)", host or "-", reason))

    def apply_policy(new: Policy) -> None:
        proxy.policy = new

    relay.apply_policy = apply_policy

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[dict[str, Any]]:
        bound = await proxy.start(sock=gate)
        log.warning("the network gate listens on 127.0.0.1:%s (policy %s); the relay on %s",
                    bound, proxy.policy.source, sock.getsockname())
        try:
            yield {}
        finally:
            await proxy.close()
            await relay.close()

    config = uvicorn.Config(relay.app(lifespan), lifespan="on", log_level="warning",
                            access_log=False, server_header=False, date_header=False)
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    return 0 if server.started else 1
