"""The benchmarks' load client reconnects when a server closed an idle kept-alive connection,
and reports a real failure as one."""

from __future__ import annotations

import asyncio

import pytest

from kiosk.bench.loadclient import Connection, HttpError


async def serve_one_request_per_connection(reader: asyncio.StreamReader,
                                           writer: asyncio.StreamWriter) -> None:
    # Answers as keep-alive, then closes as an idle server does.
    await reader.readuntil(b"\r\n\r\n")
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    await writer.drain()
    writer.close()


def test_a_connection_closed_while_idle_is_opened_again() -> None:
    async def scenario() -> list[int]:
        server = await asyncio.start_server(serve_one_request_per_connection, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        connection = Connection("127.0.0.1", port)
        statuses = []
        for _ in range(3):
            status, body = await connection.request("GET", "/")
            assert body == b"ok"
            statuses.append(status)
            await asyncio.sleep(0.05)  # the server has closed it by now
        await connection.close()
        server.close()
        await server.wait_closed()
        return statuses

    assert asyncio.run(scenario()) == [200, 200, 200]


def test_a_server_that_never_answers_is_an_error() -> None:
    async def close_at_once(_reader: asyncio.StreamReader,
                            writer: asyncio.StreamWriter) -> None:
        writer.close()

    async def scenario() -> None:
        server = await asyncio.start_server(close_at_once, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        connection = Connection("127.0.0.1", port)
        try:
            with pytest.raises(HttpError):
                await connection.request("GET", "/")
        finally:
            await connection.close()
            server.close()
            await server.wait_closed()

    asyncio.run(scenario())
