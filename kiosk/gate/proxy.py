"""The filtering proxy: asyncio streams, one task per client connection.

A CONNECT tunnel is decided by host and port (what a tunnel shows); a plain-HTTP request by
its whole address, as a page's sub-request. Refused: `403` and the connection closed, nothing
looked up, nothing connected. Allowed: the destination is reached directly, or through the
upstream proxy a municipal network may require. A host name that resolves to this computer
or its link (DNS rebinding onto the station's own services) is refused all the same, unless
the policy names that address or `localhost` itself.

Each plain-HTTP request gets a connection of its own to its destination (`Connection:
close`), so a second request on the same client connection is decided again, never piped.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import ipaddress
import logging
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from kiosk.core.policy import Policy, RequestKind
from kiosk.core.urls import HostKind, UrlRefused, normalise_host, parse_web_url, split_host_port

log = logging.getLogger("kiosk.gate")

HEAD_LIMIT = 64 * 1024  # request and response heads; Chromium's are a few hundred bytes
HEAD_TIMEOUT = 30.0  # seconds a client may take to send a request head
CONNECT_TIMEOUT = 20.0  # seconds to reach a destination (or the upstream proxy)
BUFFER = 64 * 1024
MAX_CLIENTS = 2048  # connections at once; beyond it, 503 (file descriptors are finite)

# Headers that belong to one hop and are never passed on (RFC 9110 §7.6.1).
_HOP_BY_HOP = frozenset({
    b"connection", b"keep-alive", b"proxy-connection", b"proxy-authorization",
    b"proxy-authenticate", b"te", b"trailer", b"transfer-encoding", b"upgrade",
})

RefusalHook = Callable[[str, str], None]  # host (may be ""), reason
# host, port -> addresses (the system's resolver by default; a test names its own)
Resolver = Callable[[str, int], Awaitable[list[str]]]
# What the shell asks to check that a gate answers: a reserved name no policy can list,
# refused without being counted or reported.
PROBE_AUTHORITY = "gate-check.invalid:443"


class UpstreamError(ValueError):
    """An upstream proxy address that cannot be used; the message says why."""


@dataclass(frozen=True)
class Upstream:
    """A proxy the station must go through to reach the internet (`http://host:port`)."""

    host: str
    port: int

    @classmethod
    def parse(cls, text: str) -> Upstream:
        parts = urlsplit(text.strip())
        if parts.scheme != "http" or not parts.hostname:
            raise UpstreamError(f"{text!r}: an upstream proxy is written http://HOST:PORT")
        if parts.username or parts.password:
            raise UpstreamError(f"{text!r}: proxy credentials are not supported")
        try:
            port = parts.port or 3128
        except ValueError:
            raise UpstreamError(f"{text!r}: the port is not a number") from None
        return cls(parts.hostname, port)


@dataclass
class GateCounters:
    """What the gate did since it started."""

    tunnels: int = 0
    requests: int = 0
    refused: int = 0


class _Refused(Exception):  # noqa: N818 - a decision, not a programming error
    def __init__(self, host: str, reason: str, status: int = 403) -> None:
        super().__init__(reason)
        self.host, self.reason, self.status = host, reason, status


@dataclass(frozen=True)
class _Head:
    method: bytes
    target: bytes
    version: bytes
    headers: list[tuple[bytes, bytes]]

    def header(self, name: bytes) -> bytes | None:
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None


def _parse_request_head(raw: bytes) -> _Head | None:
    lines = raw[:-4].split(b"\r\n")
    parts = lines[0].split(b" ")
    if len(parts) != 3 or not parts[2].startswith(b"HTTP/1."):
        return None
    headers: list[tuple[bytes, bytes]] = []
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not name or name != name.strip() or b" " in name:
            return None  # obsolete line folding and malformed fields are refused
        headers.append((name, value.strip()))
    return _Head(parts[0], parts[1], parts[2], headers)


def _answer(status: int, reason: str, body: str = "") -> bytes:
    data = body.encode()
    return (f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(data)}\r\nConnection: close\r\n"
            f"Proxy-Connection: close\r\n\r\n").encode() + data


_ANSWERS = {
    400: ("Bad Request", "The request could not be read.\n"),
    403: ("Forbidden", "Refused by the station's whitelist.\n"),
    502: ("Bad Gateway", "The site could not be reached.\n"),
    503: ("Service Unavailable", "Too many connections.\n"),
    504: ("Gateway Timeout", "The site did not answer in time.\n"),
}


def _local_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast


class FilteringProxy:
    """The gate. `policy` may be replaced at any time: the next decision uses the new one."""

    def __init__(self, policy: Policy, *, upstream: Upstream | None = None,
                 on_refused: RefusalHook | None = None, resolve: Resolver | None = None,
                 agent_endpoints: frozenset[str] = frozenset(),
                 agent_token: str | None = None) -> None:
        self.policy = policy
        self.upstream = upstream
        # The station agent's own way out (to the store), for a request that carries the
        # agent's token, which the browser engine never has: pages cannot use it.
        self.agent_endpoints = frozenset(_endpoint(text)[::2] for text in agent_endpoints)
        self.agent_token = agent_token
        self.on_refused = on_refused
        self.resolve = resolve or _system_resolver
        self.counters = GateCounters()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    # -- serving ----------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0,
                    sock: socket.socket | None = None) -> int:
        """Listen on `host`:`port`, or on `sock` already bound (a service that says a busy
        port plainly before its event loop starts)."""
        if sock is not None:
            self._server = await asyncio.start_server(self._client, sock=sock,
                                                      limit=HEAD_LIMIT)
        else:
            self._server = await asyncio.start_server(self._client, host, port,
                                                      limit=HEAD_LIMIT, reuse_address=True)
        bound: int = self._server.sockets[0].getsockname()[1]
        return bound

    @property
    def open_connections(self) -> int:
        return len(self._writers)

    async def close(self) -> None:
        """Stop listening and cut every connection still open (tunnels included)."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        if server is not None:
            await server.wait_closed()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        opened: list[asyncio.StreamWriter] = []
        try:
            if len(self._writers) > MAX_CLIENTS:
                await self._send_answer(writer, 503)
                return
            await self._serve(reader, writer, opened)
        except _Refused as refusal:
            self._refused(refusal)
            with contextlib.suppress(ConnectionError):
                await self._send_answer(writer, refusal.status)
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            pass
        except Exception:
            log.exception("the gate failed on a connection")
        finally:
            self._writers.discard(writer)
            for other in (writer, *opened):
                other.close()

    def _refused(self, refusal: _Refused) -> None:
        if refusal.status != 403:
            return  # a failure, not a decision: the client is told, nothing is reported
        self.counters.refused += 1
        if self.on_refused is not None:
            try:
                self.on_refused(refusal.host, refusal.reason)
            except Exception:
                log.exception("the gate's refusal hook failed")

    @staticmethod
    async def _send_answer(writer: asyncio.StreamWriter, status: int) -> None:
        writer.write(_answer(status, *_ANSWERS[status]))
        await writer.drain()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                     opened: list[asyncio.StreamWriter]) -> None:
        try:
            raw = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), HEAD_TIMEOUT)
        except asyncio.LimitOverrunError:
            raise _Refused("", "head-too-large", 400) from None
        head = _parse_request_head(raw)
        if head is None:
            raise _Refused("", "malformed-request", 400)
        if head.method == b"CONNECT":
            await self._tunnel(head, reader, writer, opened)
        else:
            await self._forward(head, reader, writer, opened)

    # -- CONNECT ----------------------------------------------------------------------------

    async def _tunnel(self, head: _Head, reader: asyncio.StreamReader,
                      writer: asyncio.StreamWriter, opened: list[asyncio.StreamWriter]) -> None:
        authority = head.target.decode("ascii", "replace")
        if authority == PROBE_AUTHORITY:
            await self._send_answer(writer, 403)
            return
        host, host_kind, port = _endpoint(authority)
        if not self._from_agent(head, host, port):
            decision = self.policy.decide_endpoint(authority)
            if not decision.allowed:
                raise _Refused(host, decision.reason or "not-whitelisted")
        self.counters.tunnels += 1
        if self.upstream is None:
            far_reader, far_writer = await self._connect(host, host_kind, port, opened)
        else:
            far_reader, far_writer = await self._connect_upstream(opened)
            far_writer.write(f"CONNECT {_authority(host, port)} HTTP/1.1\r\n"
                             f"Host: {_authority(host, port)}\r\n\r\n".encode())
            await far_writer.drain()
            reply = await self._read_response_head(far_reader)
            if reply.split(b" ", 2)[1:2] != [b"200"]:
                raise _Refused(host, "upstream-refused", 502)
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        await _relay(reader, writer, far_reader, far_writer)

    def _from_agent(self, head: _Head, host: str, port: int) -> bool:
        if self.agent_token is None or (host, port) not in self.agent_endpoints:
            return False
        offered = head.header(b"proxy-authorization") or b""
        return hmac.compare_digest(offered, b"Bearer " + self.agent_token.encode())

    # -- plain HTTP -------------------------------------------------------------------------

    async def _forward(self, head: _Head, reader: asyncio.StreamReader,
                       writer: asyncio.StreamWriter, opened: list[asyncio.StreamWriter]) -> None:
        target = head.target.decode("ascii", "replace")
        try:
            url = parse_web_url(target)
        except UrlRefused as refusal:
            if target.startswith("/"):  # not a proxy request: someone talking to the gate
                raise _Refused("", "not-a-proxy-request", 400) from None
            raise _Refused(_host_for_report(target), refusal.reason) from None
        if not self._from_agent(head, url.host, url.port):
            decision = self.policy.decide(target, RequestKind.SUBRESOURCE)
            if not decision.allowed:
                raise _Refused(url.host, decision.reason or "not-whitelisted")
        if url.scheme != "http":
            raise _Refused(url.host, "https-without-connect", 400)
        length, chunked = _body_framing(head)
        self.counters.requests += 1
        if self.upstream is None:
            far_reader, far_writer = await self._connect(url.host, url.host_kind, url.port,
                                                         opened)
            request_target = _origin_form(target)
        else:
            far_reader, far_writer = await self._connect_upstream(opened)
            request_target = target
        upgrade = (head.header(b"upgrade") or b"").lower() == b"websocket"
        lines = [b"%s %s %s" % (head.method, request_target.encode(), head.version),
                 b"Host: " + _authority(url.host, url.port, default=80).encode()]
        lines += [b"%s: %s" % (name, value) for name, value in head.headers
                  if name.lower() not in _HOP_BY_HOP and name.lower() != b"host"]
        if chunked:
            lines.append(b"Transfer-Encoding: chunked")
        if upgrade:
            lines += [b"Connection: Upgrade", b"Upgrade: websocket"]
        else:
            lines.append(b"Connection: close")
        far_writer.write(b"\r\n".join(lines) + b"\r\n\r\n")
        if chunked:
            await _copy_chunked(reader, far_writer)
        elif length:
            await _copy_exactly(reader, far_writer, length)
        await far_writer.drain()
        response = await self._read_response_head(far_reader)
        status = response.split(b" ", 2)[1:2]
        writer.write(_close_delimited(response) if status != [b"101"] else response)
        await writer.drain()
        if status == [b"101"] and upgrade:
            await _relay(reader, writer, far_reader, far_writer)
        else:
            await _copy_until_end(far_reader, writer)

    # -- reaching the other side ------------------------------------------------------------

    async def _connect(self, host: str, host_kind: HostKind, port: int,
                       opened: list[asyncio.StreamWriter],
                       ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if host_kind is not HostKind.DOMAIN:
            addresses = [host.strip("[]")]
        else:
            try:
                addresses = await asyncio.wait_for(self.resolve(host, port), CONNECT_TIMEOUT)
            except (OSError, TimeoutError):
                raise _Refused(host, "name-not-found", 502) from None
        named_explicitly = (host_kind is not HostKind.DOMAIN or host == "localhost"
                            or host.endswith(".localhost"))
        if not named_explicitly:
            addresses = [address for address in addresses if not _local_address(address)]
            if not addresses:
                raise _Refused(host, "local-address")
        last: BaseException | None = None
        for address in addresses:
            try:
                far_reader, far_writer = await asyncio.wait_for(
                    asyncio.open_connection(address, port, limit=HEAD_LIMIT), CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as error:
                last = error
                continue
            opened.append(far_writer)
            return far_reader, far_writer
        raise _Refused(host, "unreachable", 504 if isinstance(last, TimeoutError) else 502)

    async def _connect_upstream(self, opened: list[asyncio.StreamWriter],
                                ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        upstream = self.upstream
        assert upstream is not None
        try:
            far_reader, far_writer = await asyncio.wait_for(
                asyncio.open_connection(upstream.host, upstream.port, limit=HEAD_LIMIT),
                CONNECT_TIMEOUT)
        except (OSError, TimeoutError):
            log.warning("the upstream proxy %s:%s cannot be reached", upstream.host,
                        upstream.port)
            raise _Refused("", "upstream-unreachable", 502) from None
        opened.append(far_writer)
        return far_reader, far_writer

    @staticmethod
    async def _read_response_head(reader: asyncio.StreamReader) -> bytes:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), CONNECT_TIMEOUT)
        except (asyncio.LimitOverrunError, asyncio.IncompleteReadError, TimeoutError):
            raise _Refused("", "bad-response", 502) from None
        if not head.startswith(b"HTTP/1."):
            raise _Refused("", "bad-response", 502)
        return head


async def _system_resolver(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def _endpoint(authority: str) -> tuple[str, HostKind, int]:
    """Host (normalised, for the report and the connection), its kind and the port."""
    try:
        host_text, port = split_host_port(authority, "https")
        host, kind = normalise_host(host_text)
    except UrlRefused:
        return "", HostKind.DOMAIN, 0
    return host, kind, port


def _host_for_report(target: str) -> str:
    try:
        return parse_web_url(target).host
    except UrlRefused:
        return ""


def _authority(host: str, port: int, default: int | None = None) -> str:
    return host if port == default else f"{host}:{port}"


def _origin_form(target: str) -> str:
    # After "http://authority": the path and query exactly as the client wrote them.
    rest = target.split("://", 1)[1]
    cut = min((i for i in (rest.find("/"), rest.find("?")) if i >= 0), default=len(rest))
    path = rest[cut:].split("#", 1)[0]
    return path if path.startswith("/") else "/" + path


def _body_framing(head: _Head) -> tuple[int, bool]:
    framing = [name.lower() for name, _ in head.headers
               if name.lower() in (b"transfer-encoding", b"content-length")]
    if len(framing) > 1:
        raise _Refused("", "ambiguous-body", 400)  # request smuggling
    encoding = head.header(b"transfer-encoding")
    length = head.header(b"content-length")
    if encoding is not None:
        if encoding.strip().lower() != b"chunked":
            raise _Refused("", "ambiguous-body", 400)
        return 0, True
    if length is None:
        return 0, False
    if not length.isdigit():
        raise _Refused("", "bad-content-length", 400)
    return int(length), False


def _close_delimited(response: bytes) -> bytes:
    lines = response[:-4].split(b"\r\n")
    kept = [lines[0]] + [line for line in lines[1:]
                         if line.split(b":", 1)[0].strip().lower()
                         not in (b"connection", b"keep-alive", b"proxy-connection")]
    return b"\r\n".join([*kept, b"Connection: close", b"Proxy-Connection: close"]) + b"\r\n\r\n"


async def _copy_exactly(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                        length: int) -> None:
    while length > 0:
        data = await reader.read(min(length, BUFFER))
        if not data:
            raise asyncio.IncompleteReadError(b"", length)
        writer.write(data)
        await writer.drain()
        length -= len(data)


async def _copy_chunked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while True:
        line = await reader.readuntil(b"\r\n")
        try:
            size = int(line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise _Refused("", "bad-chunk", 400) from None
        writer.write(line)
        if size == 0:
            while (trailer := await reader.readuntil(b"\r\n")) != b"\r\n":
                writer.write(trailer)
            writer.write(b"\r\n")
            await writer.drain()
            return
        await _copy_exactly(reader, writer, size)
        if await reader.readexactly(2) != b"\r\n":
            raise _Refused("", "bad-chunk", 400)
        writer.write(b"\r\n")


async def _copy_until_end(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while data := await reader.read(BUFFER):
        writer.write(data)
        await writer.drain()


async def _relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 far_reader: asyncio.StreamReader, far_writer: asyncio.StreamWriter) -> None:
    """Both ways until both sides have finished; an end on one side is passed on as such."""

    async def one_way(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        try:
            await _copy_until_end(source, sink)
            if sink.can_write_eof():
                sink.write_eof()
        except (ConnectionError, OSError):
            sink.transport.abort()
            raise

    results = await asyncio.gather(one_way(reader, far_writer), one_way(far_reader, writer),
                                   return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, (ConnectionError,
                                                                           OSError)):
            raise result
