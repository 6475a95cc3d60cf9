"""Background work with results delivered on the GUI thread (after Picard's ``run_task``).

``run_task`` uses Qt's global pool (key derivation, encoding, reports); ``run_db`` uses a pool
of exactly one thread so that all vault I/O is serialised and never runs on the GUI thread.

The vault thread's pool is one per process, made on first use by :func:`db_pool`, on purpose:
like ``QThreadPool.globalInstance()``, which it sits beside, it serialises *every* use of the
one open vault — the window, its pages and dialogs, the capture service, backups, locking —
which come and go with each unlock. Owning it elsewhere would mean passing it through every
one of those constructors only to reach the same single thread, and two pools would break the
serialisation that the vault's single connection relies on.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_pending: set[_Relay] = set()  # relays of running tasks, kept alive until they report


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn: Callable[[], Any] | None = fn
        self.relay: _Relay | None = relay

    @Slot()
    def run(self) -> None:
        # The pool's Python wrapper may keep this object after it ran: keep nothing in it (the
        # closure would hold a window, and what it shows, past Lock).
        fn, relay, self.fn, self.relay = self.fn, self.relay, None, None
        assert fn is not None and relay is not None
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to on_error on the GUI thread
            exc.__vidne_trace__ = traceback.format_exc()  # type: ignore[attr-defined]
            relay.failed.emit(exc)
        else:
            relay.done.emit(result)


def _alive(callback: Callable[..., Any]) -> bool:
    """False when *callback* is a method of a widget that was closed and deleted meanwhile
    (e.g. a dialog closed before its data arrived): the result is then simply dropped."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


@functools.cache
def db_pool() -> QThreadPool:
    """The one vault thread (see the module's docstring for why there is exactly one)."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)
    return pool


def _forget(relay: _Relay) -> None:
    """The relay has reported: let it go. Its connections hold the callbacks, which hold the
    relay, a cycle through C++ that Python's collector cannot see; deleting the QObject ends
    it, so the callbacks' widgets (and what they show) do not outlive them, e.g. after Lock."""
    _pending.discard(relay)
    relay.deleteLater()


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    relay = _Relay()
    _pending.add(relay)

    def finish_ok(result: Any) -> None:
        _forget(relay)
        if on_done and _alive(on_done):
            on_done(result)

    def finish_err(exc: BaseException) -> None:
        _forget(relay)
        if on_error:
            if _alive(on_error):
                on_error(exc)
        else:
            raise exc

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_err)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))


def run_db(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    run_task(fn, on_done, on_error, db_pool())


def wait_idle(timeout_ms: int = 10_000) -> bool:
    """Wait until every background task has finished (used at quit and in tests)."""
    ok = db_pool().waitForDone(timeout_ms)
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and ok
