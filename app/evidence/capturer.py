"""Take a capture from any trigger and get it into the vault — or sealed, when locked.

The grab runs on the calling thread at once (the hotkey thread on X11, so the pixels are in
memory within milliseconds of the key press); PNG encoding and the database write
(:func:`vidne.app.evidence.intake.store`) run on one worker thread, so the GUI thread only
ever receives the ``saved``/``failed`` signals.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from vidne.app.errors import VidneError
from vidne.app.evidence import grab as capture
from vidne.app.evidence.grab import Grab
from vidne.app.evidence.intake import store
from vidne.app.vault.store import Vault

__all__ = ["CaptureService", "store"]


class CaptureService(QObject):
    """Signals arrive on the thread the service lives on (the GUI thread)."""

    saved = Signal(int, bool, str)  # capture id (0 if sealed), sealed, sha256 of the PNG
    failed = Signal(str)  # translated message
    frozenReady = Signal(object)  # a capture.Grab of the whole desktop for region selection

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._vault: Vault | None = None
        self._lock = threading.Lock()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vidne-capture")

    def set_vault(self, vault: Vault | None) -> None:
        """The unlocked vault, or None when locked: captures are then sealed."""
        with self._lock:
            self._vault = vault

    def capture(self, which: int | str | None = None, trigger: str = "window") -> Future[Any]:
        """Grab now on this thread (any thread), then encode and store on the worker."""
        try:
            grab = capture.grab(which, trigger)
        except VidneError as exc:
            self.failed.emit(exc.message())
            done: Future[Any] = Future()
            done.set_result(None)
            return done
        return self.store_grab(grab)

    def capture_frozen(self, trigger: str = "window") -> None:
        """Freeze the whole desktop and hand it to the region overlay (``frozenReady``)."""
        try:
            self.frozenReady.emit(capture.grab_frozen(trigger))
        except VidneError as exc:
            self.failed.emit(exc.message())

    def store_region(self, frozen: Grab, x: int, y: int, w: int, h: int) -> Future[Any]:
        """Crop on the worker (a 4K crop takes a while), then encode and store."""
        return self._worker.submit(
            lambda: self._store(capture.region_from_frozen(frozen, x, y, w, h))
        )

    def store_grab(self, grab: Grab) -> Future[Any]:
        return self._worker.submit(self._store, grab)

    def _store(self, grab: Grab) -> tuple[int, bool, str] | None:
        with self._lock:
            vault = self._vault
        try:
            result = store(grab, vault, self.data_dir)
        except VidneError as exc:
            self.failed.emit(exc.message())
            return None
        except OSError as exc:
            self.failed.emit(str(exc.strerror or exc))
            return None
        self.saved.emit(*result)
        return result

    def shutdown(self) -> None:
        """Finish pending captures (never drop one), then stop the worker."""
        self._worker.shutdown(wait=True)
