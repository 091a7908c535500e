"""A loopback web server that also answers as an HTTP proxy, and records everything.

QtWebEngine goes through the station's gate, which goes through this as its upstream proxy,
so pages of real host names (www.caf.fr, evil.example) come from here and the whitelist sees
exactly what it would see in production. Every request line that arrives is recorded —
CONNECT included, and each request inside a tunnel — so a refused host must never appear.

Tunnels to port 443 are answered with TLS under a test certificate (QtWebEngine takes it
with --ignore-certificate-errors): https pages are secure contexts, where service workers,
shared workers and wss: exist. Tunnels to other ports carry plain HTTP. A WebSocket
endpoint completes the handshake and echoes text messages.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import socket
import socketserver
import ssl
import struct
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

_WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


@dataclass(frozen=True)
class Seen:
    """One request line as it arrived: `CONNECT host:port`, or a request (inside a tunnel
    or not) with the host it was for."""

    method: str
    host: str
    target: str  # host:port for CONNECT, else the path


@dataclass
class _Page:
    status: int
    content_type: str
    body: bytes | Callable[[], bytes] | None
    headers: dict[str, str]
    stream_bytes: int = 0  # > 0: a body of that many bytes, sent in pieces
    announce: bool = True  # with its Content-Length (else the end of the connection ends it)


def test_certificate(folder: Path) -> ssl.SSLContext:
    """A self-signed certificate for every test host, made once by openssl."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    if not cert.exists():
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
             "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj", "/CN=kiosk-test",
             "-addext", "subjectAltName=DNS:www.caf.fr,DNS:*.caf.fr,DNS:*.example",
             "-keyout", str(key), "-out", str(cert)],
            check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.set_alpn_protocols(["http/1.1"])
    return context


class _Connection:
    """A socket read line by line and by length, without reading ahead of what it is asked."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def read_until(self, marker: bytes, limit: int = 256 * 1024) -> bytes | None:
        while marker not in self.buffer:
            if len(self.buffer) > limit:
                return None
            data = self.sock.recv(65536)
            if not data:
                return None
            self.buffer += data
        head, _, self.buffer = self.buffer.partition(marker)
        return head + marker

    def read_exactly(self, length: int) -> bytes | None:
        while len(self.buffer) < length:
            data = self.sock.recv(65536)
            if not data:
                return None
            self.buffer += data
        data, self.buffer = self.buffer[:length], self.buffer[length:]
        return data


class WebProxy:
    def __init__(self) -> None:
        self.pages: dict[tuple[str, str], _Page] = {}
        self.seen: list[Seen] = []
        self.websocket_messages: list[tuple[str, str]] = []  # host, text received
        self.posted: list[tuple[str, str, bytes]] = []  # host, path, body of each POST
        self._lock = threading.Lock()
        self._folder = Path(tempfile.mkdtemp(prefix="kiosk-tests-proxy-"))
        self.tls = test_certificate(self._folder)
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with contextlib.suppress(OSError, ssl.SSLError):
                    proxy._handle(_Connection(self.request))

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 256

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    # -- what it serves ---------------------------------------------------------------------

    def serve(self, host: str, path: str, body: str | bytes, content_type: str = "text/html",
              headers: dict[str, str] | None = None, status: int = 200) -> None:
        data = body.encode() if isinstance(body, str) else body
        with self._lock:
            self.pages[(host, path)] = _Page(status, f"{content_type}; charset=utf-8", data,
                                             headers or {})

    def redirect(self, host: str, path: str, location: str, status: int = 302) -> None:
        with self._lock:
            self.pages[(host, path)] = _Page(status, "text/plain", b"",
                                             {"Location": location})

    def serve_stream(self, host: str, path: str, size: int,
                     content_type: str = "application/octet-stream",
                     headers: dict[str, str] | None = None, *, announce: bool = True) -> None:
        """`size` bytes sent in pieces (a large download), with or without a length."""
        with self._lock:
            self.pages[(host, path)] = _Page(200, content_type, None, headers or {}, size,
                                             announce)

    def serve_websocket(self, host: str, path: str) -> None:
        with self._lock:
            self.pages[(host, path)] = _Page(101, "", None, {})

    # -- what it saw ------------------------------------------------------------------------

    def hosts_requested(self) -> set[str]:
        with self._lock:
            return {seen.host for seen in self.seen}

    def request_lines(self) -> list[Seen]:
        with self._lock:
            return list(self.seen)

    def clear(self) -> None:
        with self._lock:
            self.seen.clear()
            self.websocket_messages.clear()
            self.posted.clear()

    def _record(self, method: str, host: str, target: str) -> None:
        with self._lock:
            self.seen.append(Seen(method, host.lower(), target))

    # -- serving ----------------------------------------------------------------------------

    def _handle(self, connection: _Connection, tunnel_host: str | None = None) -> None:
        while True:
            head = connection.read_until(b"\r\n\r\n")
            if head is None:
                return
            lines = head[:-4].decode("latin-1").split("\r\n")
            method, target, _version = ([*lines[0].split(" "), "", ""])[:3]
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            if method == "CONNECT":
                host, _, port = target.rpartition(":")
                self._record("CONNECT", host.strip("[]"), target)
                connection.sock.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                if port == "443":
                    with self.tls.wrap_socket(connection.sock, server_side=True) as inner:
                        self._handle(_Connection(inner), host)
                else:
                    self._handle(connection, host)
                return
            parts = urlsplit(target)
            host = (parts.hostname or tunnel_host or
                    headers.get("host", "").rsplit(":", 1)[0]).lower()
            path = parts.path or "/"
            self._record(method, host, path)
            length = int(headers.get("content-length", "0") or 0)
            if length:
                body = connection.read_exactly(length)
                if method == "POST" and body is not None:
                    with self._lock:
                        self.posted.append((host, path, body))
            with self._lock:
                page = self.pages.get((host, path))
            if page is not None and page.status == 101:
                self._websocket(connection, host, headers)
                return
            keep_alive = (tunnel_host is not None
                          and headers.get("connection", "").lower() != "close")
            self._respond(connection.sock, page, keep_alive=keep_alive)
            if not keep_alive:
                return

    @staticmethod
    def _respond(sock: socket.socket, page: _Page | None, *, keep_alive: bool) -> None:
        connection = b"keep-alive" if keep_alive else b"close"
        if page is None:
            sock.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: "
                         + connection + b"\r\n\r\n")
            return
        head = [f"HTTP/1.1 {page.status} X", f"Content-Type: {page.content_type}",
                "Cache-Control: no-store", f"Connection: {connection.decode()}"]
        head += [f"{name}: {value}" for name, value in page.headers.items()]
        if page.stream_bytes:
            if page.announce:
                head.append(f"Content-Length: {page.stream_bytes}")
            else:
                head[3] = "Connection: close"
            sock.sendall("\r\n".join(head).encode() + b"\r\n\r\n")
            piece = b"\0" * 65536
            left = page.stream_bytes
            while left > 0:
                sock.sendall(piece[:left])
                left -= len(piece)
            if not page.announce:
                sock.shutdown(socket.SHUT_WR)
            return
        body = page.body() if callable(page.body) else (page.body or b"")
        head.append(f"Content-Length: {len(body)}")
        sock.sendall("\r\n".join(head).encode() + b"\r\n\r\n" + body)

    def _websocket(self, connection: _Connection, host: str, headers: dict[str, str]) -> None:
        key = headers.get("sec-websocket-key", "").encode()
        accept = base64.b64encode(hashlib.sha1(key + _WS_GUID).digest()).decode()
        connection.sock.sendall(
            ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
             f"Connection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n").encode())
        while (frame := _read_frame(connection)) is not None:
            opcode, payload = frame
            if opcode == 8:  # close
                connection.sock.sendall(b"\x88\x00")
                return
            if opcode == 1:
                text = payload.decode("utf-8", "replace")
                with self._lock:
                    self.websocket_messages.append((host, text))
                connection.sock.sendall(_text_frame("echo:" + text))


def _read_frame(connection: _Connection) -> tuple[int, bytes] | None:
    start = connection.read_exactly(2)
    if start is None:
        return None
    opcode, length = start[0] & 0x0F, start[1] & 0x7F
    if length == 126:
        extended = connection.read_exactly(2)
        length = struct.unpack("!H", extended)[0] if extended else 0
    elif length == 127:
        extended = connection.read_exactly(8)
        length = struct.unpack("!Q", extended)[0] if extended else 0
    mask = connection.read_exactly(4) if start[1] & 0x80 else b"\0\0\0\0"
    payload = connection.read_exactly(length)
    if mask is None or payload is None:
        return None
    return opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def _text_frame(text: str) -> bytes:
    data = text.encode()
    if len(data) < 126:
        return bytes([0x81, len(data)]) + data
    return bytes([0x81, 126]) + struct.pack("!H", len(data)) + data


class LoopbackListeners:
    """A TCP and a UDP listener on loopback that record whatever reaches them: traffic that
    went around the gate (a WebSocket to a local port, STUN, TURN) would show here."""

    def __init__(self) -> None:
        self.tcp = socket.create_server(("127.0.0.1", 0))
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.tcp_port = self.tcp.getsockname()[1]
        self.udp_port = self.udp.getsockname()[1]
        for listener in (self.tcp, self.udp):
            listener.settimeout(0.1)  # so that the threads see `close` soon
        self.received: list[tuple[str, bytes]] = []
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._threads = [threading.Thread(target=self._accept, daemon=True),
                         threading.Thread(target=self._datagrams, daemon=True)]
        for thread in self._threads:
            thread.start()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self.tcp.accept()
            except TimeoutError:
                continue
            with client:
                client.settimeout(2)
                data = b""
                with contextlib.suppress(OSError):
                    data = client.recv(4096)
            with self._lock:
                self.received.append(("tcp", data))

    def _datagrams(self) -> None:
        while not self._stopped.is_set():
            try:
                data, _ = self.udp.recvfrom(65536)
            except TimeoutError:
                continue
            with self._lock:
                self.received.append(("udp", data))

    def anything(self) -> list[tuple[str, bytes]]:
        with self._lock:
            return list(self.received)

    def close(self) -> None:
        self._stopped.set()
        for thread in self._threads:
            thread.join(5)
        self.tcp.close()
        self.udp.close()
