"""A minimal keep-alive HTTP/1.1 client for load generation on loopback.

General-purpose clients spend more time in their own machinery than a small server spends
answering; measured on this kind of machine, a pooled async client tops out near a few
hundred requests a second with fifty connections. This one writes a request and reads the
answer on a plain asyncio stream, one connection per simulated station, so the figures
describe the server, not the client.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any


class HttpError(Exception):
    """The connection failed or the answer could not be read."""


class _ClosedBeforeAnswer(Exception):  # noqa: N818 - a state of the connection
    """The connection was closed before any byte of the answer came."""


class Connection:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def _open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self._reader is None or self._writer is None or self._writer.is_closing():
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        return self._reader, self._writer

    async def request(self, method: str, path: str, body: Any = None,  # noqa: ANN401 - JSON
                      token: str | None = None) -> tuple[int, bytes]:
        payload = b"" if body is None else json.dumps(body).encode()
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}",
                f"Content-Length: {len(payload)}"]
        if body is not None:
            head.append("Content-Type: application/json")
        if token:
            head.append(f"Authorization: Bearer {token}")
        request = ("\r\n".join(head) + "\r\n\r\n").encode() + payload
        # A kept-alive connection the server closed while idle fails before any answer: the
        # request is sent again once on a new connection, as HTTP clients do.
        reused = self._writer is not None and not self._writer.is_closing()
        try:
            return await self._exchange(request)
        except _ClosedBeforeAnswer as error:
            await self.close()
            if not reused:
                raise HttpError(str(error)) from error
        except HttpError:
            await self.close()
            raise
        try:
            return await self._exchange(request)
        except (_ClosedBeforeAnswer, HttpError) as error:
            await self.close()
            raise HttpError(str(error)) from error

    async def _exchange(self, request: bytes) -> tuple[int, bytes]:
        try:
            reader, writer = await self._open()
            writer.write(request)
            status_and_headers = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError as error:
            if not error.partial:
                raise _ClosedBeforeAnswer(str(error)) from error
            raise HttpError(str(error)) from error
        except (ConnectionResetError, BrokenPipeError) as error:
            raise _ClosedBeforeAnswer(str(error)) from error
        except (OSError, asyncio.LimitOverrunError) as error:
            raise HttpError(str(error)) from error
        try:
            lines = status_and_headers.decode("latin-1").split("\r\n")
            status = int(lines[0].split(" ", 2)[1])
            length = 0
            keep_alive = True
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.lower() == "content-length":
                    length = int(value)
                elif name.lower() == "connection" and value.strip().lower() == "close":
                    keep_alive = False
            content = await reader.readexactly(length)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as error:
            raise HttpError(str(error)) from error
        if not keep_alive:
            await self.close()
        return status, content

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError):
                await self._writer.wait_closed()
        self._reader = self._writer = None
