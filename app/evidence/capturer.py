"""Take a capture from any trigger and get it into the vault — or sealed, when locked.

The grab runs on the calling thread at once (the hotkey thread on X11, so the pixels are in
memory within milliseconds of the key press); PNG encoding and the database write run on one
worker thread, so the GUI thread only ever receives the ``saved``/``failed`` signals.
"""

from __future__ import annotations

import contextlib
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from vidne.app.errors import VaultLocked, VidneError
from vidne.app.evidence import grab as capture
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.grab import Grab
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault.chain import sha256_hex
from vidne.app.vault.store import Vault


def to_new_capture(grab: capture.Grab, enc: capture.Encoded) -> NewCapture:
    return NewCapture(
        original=enc.original,
        view=enc.view,
        thumb=enc.thumb,
        mime="image/png",
        captured_at=grab.captured_at,
        utc_offset=grab.utc_offset,
        trigger=grab.trigger,
        source=grab.source,
        width=grab.width,
        height=grab.height,
        monitor=grab.monitor.as_dict(),
        crop=grab.crop,
        window_title=grab.window_title,
        window_program=grab.window_program,
    )


def store(
    grab: capture.Grab, vault: Vault | None, data_dir: Path, timing: dict[str, float] | None = None
) -> tuple[int, bool, str]:
    """Encode and store; seal instead when *vault* is None or locked. (id or 0, sealed, sha).

    The evidence (original, view) is committed first; the thumbnail, which is not evidence
    and not in the chain, follows in a second small transaction, so the capture is safe
    as early as possible."""
    item = to_new_capture(grab, capture.encode(grab, with_thumb=False))
    item.thumb = None
    sha = sha256_hex(item.original)
    if timing is not None:
        timing["encoded"] = time.perf_counter()
    if vault is not None and vault.is_open:
        try:
            capture_id = CaptureStore(vault).add(item)
        except VaultLocked:
            pass  # locked between the check and the write: seal it instead
        else:
            if timing is not None:
                timing["committed"] = time.perf_counter()
            with contextlib.suppress(VaultLocked):
                CaptureStore(vault).set_thumb(capture_id, capture.thumb_of(grab))
            return capture_id, False, sha
    item.thumb = capture.thumb_of(grab)
    sealed_inbox.seal(data_dir, item)
    if timing is not None:
        timing["committed"] = time.perf_counter()
    return 0, True, sha


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
        self.timings: list[dict[str, float]] = []
        self.last_pixels_monotonic = 0.0

    def set_vault(self, vault: Vault | None) -> None:
        """The unlocked vault, or None when locked: captures are then sealed."""
        with self._lock:
            self._vault = vault

    def capture(self, which: int | str | None = None, trigger: str = "window") -> Future[Any]:
        """Grab now on this thread (any thread), then encode and store on the worker."""
        t0 = time.perf_counter()
        try:
            grab = capture.grab(which, trigger)
        except VidneError as exc:
            self.failed.emit(exc.message())
            done: Future[Any] = Future()
            done.set_result(None)
            return done
        pixels = time.perf_counter()
        self.last_pixels_monotonic = time.monotonic()  # comparable with X server key times
        return self.store_grab(grab, {"start": t0, "pixels": pixels})

    def capture_frozen(self, trigger: str = "window") -> None:
        """Freeze the whole desktop and hand it to the region overlay (``frozenReady``)."""
        try:
            self.frozenReady.emit(capture.grab_frozen(trigger))
        except VidneError as exc:
            self.failed.emit(exc.message())

    def store_region(self, frozen: Grab, x: int, y: int, w: int, h: int) -> Future[Any]:
        """Crop on the worker (a 4K crop takes a while), then encode and store."""
        timing = {"start": time.perf_counter(), "pixels": time.perf_counter()}
        return self._worker.submit(
            lambda: self._store(capture.region_from_frozen(frozen, x, y, w, h), timing)
        )

    def store_grab(self, grab: Grab, timing: dict[str, float] | None = None) -> Future[Any]:
        timing = timing or {"start": time.perf_counter(), "pixels": time.perf_counter()}
        return self._worker.submit(self._store, grab, timing)

    def _store(self, grab: Grab, timing: dict[str, float]) -> tuple[int, bool, str] | None:
        with self._lock:
            vault = self._vault
        try:
            result = store(grab, vault, self.data_dir, timing)
        except VidneError as exc:
            self.failed.emit(exc.message())
            return None
        except OSError as exc:
            self.failed.emit(str(exc.strerror or exc))
            return None
        self.timings.append(timing)
        self.saved.emit(*result)
        return result

    def shutdown(self) -> None:
        """Finish pending captures (never drop one), then stop the worker."""
        self._worker.shutdown(wait=True)
