"""A store served from a thread of this process, on loopback: for `kiosk demo` and tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine

from kiosk.store.app import create_app
from kiosk.store.config import StoreSettings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def store_in_thread(settings: StoreSettings, engine: Engine) -> Iterator[str]:
    """Serve the store until the block ends; yields its base URL."""
    with app_in_thread(create_app(settings, engine=engine), name="kiosk-store") as url:
        yield url


@contextmanager
def app_in_thread(app: FastAPI, *, name: str = "kiosk-app") -> Iterator[str]:
    """Serve an application on loopback until the block ends; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the embedded {name} did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
