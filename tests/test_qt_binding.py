"""The Qt binding must not corrupt Python's reference counts (a long session would abort)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_keeps_the_refcount_of_true(qapp: QCoreApplication) -> None:
    """PySide6 6.12.0 returned True from emit() without a new reference: each emit lowered
    True's refcount by one until Python 3.11 aborted with "bool_dealloc" (pinned < 6.12)."""
    emitter = _Emitter()
    emitter.changed.connect(lambda _value: None)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.changed.emit([1])
    gc.collect()
    assert sys.getrefcount(True) - before > -10
