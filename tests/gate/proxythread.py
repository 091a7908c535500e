"""A `FilteringProxy` on a thread of the test process, for tests that look inside it
(its counters, its resolver); the shell runs it as a process of its own."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Future

from kiosk.gate import FilteringProxy, answers_as_gate


class ProxyThread:
    def __init__(self, proxy: FilteringProxy) -> None:
        self.proxy = proxy
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> int:
        ready: Future[int] = Future()
        loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                ready.set_result(loop.run_until_complete(self.proxy.start("127.0.0.1",
                                                                          self.port)))
            except OSError as error:
                ready.set_exception(error)
                loop.close()
                return
            loop.run_forever()
            loop.run_until_complete(self.proxy.close())
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        self.port = ready.result(10)
        return self.port

    @property
    def running(self) -> bool:
        return (self._thread is not None and self._thread.is_alive()
                and answers_as_gate("127.0.0.1", self.port))

    def stop(self) -> None:
        if self._loop is None or self._thread is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop = self._thread = None
