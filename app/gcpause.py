"""Postpone the cyclic garbage collector's full passes during a big background job.

A full (generation 2) pass holds the GIL for as long as it takes to walk every object: with
10,000 episodes or a 400-annex report that is 20-150 ms, during which the GUI thread cannot
run and the window stutters. The job's garbage is freed by reference counting anyway.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def fewer_full_collections() -> Iterator[None]:
    old = gc.get_threshold()
    gc.set_threshold(old[0], old[1], max(old[2], 1000))
    try:
        yield
    finally:
        gc.set_threshold(*old)
