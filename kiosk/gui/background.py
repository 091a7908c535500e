"""One small helper for blocking work (store requests, CUPS, SANE): done off the GUI thread,
with the result or the error handed back on it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - handed to the caller's failure handler
            self._hand_back(self.relay.failed, error)
        else:
            self._hand_back(self.relay.succeeded, result)

    @staticmethod
    def _hand_back(signal: Any, value: object) -> None:  # noqa: ANN401 - a bound Qt signal
        # When the application stops while the work runs, nobody waits for its answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


_running: set[_Relay] = set()


def finish_background_work(timeout_ms: int = 10_000) -> None:
    """Let work in progress end (a session's close on its way to the store) before exiting."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_in_background(work: Callable[[], Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None], *,
                      owner: QObject | None = None) -> None:
    """Run `work` in the thread pool; call `on_success(result)` or `on_failure(error)` on
    the thread that called this (the GUI thread). With an `owner`, the answer is dropped
    when the owner has gone meanwhile (a window closed while the store was answering)."""
    relay = _Relay(owner)
    _running.add(relay)
    # Gone with its owner: nothing is left to answer.
    relay.destroyed.connect(lambda: _running.discard(relay))

    def done(handler: Callable[[Any], None], value: object) -> None:
        _running.discard(relay)
        handler(value)

    relay.succeeded.connect(lambda value: done(on_success, value))
    relay.failed.connect(lambda error: done(on_failure, error))
    QThreadPool.globalInstance().start(_Job(work, relay))
