"""Postpone the cyclic garbage collector's full passes during a big background job.

A full (generation 2) pass holds the GIL for as long as it takes to walk every object: with
10,000 episodes or a 400-annex report that is 20-150 ms, during which the GUI thread cannot
run and the window stutters. The job's garbage is freed by reference counting anyway.

The collector's threshold is one setting for the whole process, and jobs on different threads
(the Overview's figures on the vault thread, a report on the export thread) overlap. So one
owner, :data:`_PAUSE`, counts the jobs under a lock: the first one raises the threshold, the
last one to finish puts back what was there before. (Each job saving and restoring the
threshold itself could leave it raised for good when two jobs end in the other order.)
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

FULL_PASS_THRESHOLD = 1000  # generation-1 collections between two full passes (default 10)


class _GcPause:
    """Counts the jobs that want fewer full passes; the threshold follows the count."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs = 0
        self._saved: tuple[int, int, int] = gc.get_threshold()

    def enter(self) -> None:
        with self._lock:
            if self._jobs == 0:
                self._saved = gc.get_threshold()
                first, second, third = self._saved
                gc.set_threshold(first, second, max(third, FULL_PASS_THRESHOLD))
            self._jobs += 1

    def leave(self) -> None:
        with self._lock:
            self._jobs -= 1
            if self._jobs == 0:
                gc.set_threshold(*self._saved)


_PAUSE = _GcPause()


@contextlib.contextmanager
def fewer_full_collections() -> Iterator[None]:
    """Fewer full GC passes while the block runs (safe from several threads at once)."""
    _PAUSE.enter()
    try:
        yield
    finally:
        _PAUSE.leave()
