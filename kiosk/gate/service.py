"""The gate as a process: `kiosk gate serve`.

Two ways to run it. As the station's service, under an account of its own (so that the
firewall can let the guest account reach it and nothing else): it reads the policy file and
logs each refusal. As the shell's own gate (`--control`): the shell starts it as a child
process and they speak JSON lines — the gate says where it listens and each refusal on its
standard output, and takes policies on its standard input; when the shell goes, its
standard input ends, and so does the gate.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import sys
from typing import Any

from kiosk.core.policy import Policy, PolicyError, parse_policy
from kiosk.gate.proxy import FilteringProxy, Upstream

log = logging.getLogger("kiosk.gate")


def _say(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


async def serve(policy: Policy, *, host: str, port: int, upstream: Upstream | None,
                control: bool, agent_endpoints: frozenset[str] = frozenset(),
                agent_token: str | None = None) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)

    def refused(host: str, reason: str) -> None:
        if control:
            _say({"refused": host, "reason": reason})
        else:
            log.warning("refused %s (%s)", host or "-", reason)

    proxy = FilteringProxy(policy, upstream=upstream, on_refused=refused,
                           agent_endpoints=agent_endpoints, agent_token=agent_token)
    bound = await proxy.start(host, port)
    if control:
        _say({"listening": bound})
        commands = asyncio.create_task(_take_commands(proxy, stop))
    else:
        log.warning("the network gate listens on %s:%s (policy %s)", host, bound,
                    policy.source)
    await stop.wait()
    if control:
        commands.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await commands
    await proxy.close()
    return 0


async def _take_commands(proxy: FilteringProxy, stop: asyncio.Event) -> None:
    """Policies from the shell, one JSON line each; the end of the input stops the gate."""
    reader = asyncio.StreamReader(limit=16 * 1024 * 1024)
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    try:
        while line := await reader.readline():
            try:
                command = json.loads(line)
                policy = parse_policy(command["policy"], source=command.get("source",
                                                                            "<policy>"))
            except (ValueError, KeyError, TypeError, PolicyError) as error:
                _say({"error": f"{type(error).__name__}: {error}"})
                continue
            proxy.policy = policy
            _say({"policy": policy.digest})
    finally:
        stop.set()


def run(policy: Policy, *, host: str, port: int, upstream: Upstream | None, control: bool,
        agent_endpoints: frozenset[str] = frozenset(), agent_token: str | None = None) -> int:
    main = serve(policy, host=host, port=port, upstream=upstream, control=control,
                 agent_endpoints=agent_endpoints, agent_token=agent_token)
    try:
        import uvloop  # noqa: PLC0415 - optional: a faster event loop when installed
    except ImportError:
        return asyncio.run(main)
    return uvloop.run(main)
