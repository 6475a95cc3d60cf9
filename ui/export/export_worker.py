"""The thread that writes a report or a bundle, with progress and a Cancel that writes nothing.

A QThread of its own (not the shared pool) because it reports progress many times and must be
cancellable; it runs at a lower CPU priority so the window stays responsive on two cores.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from vidne.app.gcpause import fewer_full_collections
from vidne.app.output import bundle
from vidne.app.output.report import pdf
from vidne.app.output.report.images import background_priority
from vidne.app.output.report.selection import Selection
from vidne.app.vault import profile
from vidne.app.vault.store import Vault

PROGRESS_INTERVAL_S = 0.05


class ExportWorker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)  # the Plan that was written
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(
        self,
        vault: Vault,
        selection: Selection,
        out: Path,
        as_bundle: bool,
        parent: object = None,
        cover: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.vault, self.selection, self.out, self.as_bundle = vault, selection, out, as_bundle
        self.cover = cover  # (name, workplace) to remember for the cover, if given
        self._stop = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        """At most one progress signal per 50 ms: a burst of hundreds of queued updates made
        the GUI thread repaint the bar for each one in a row (a 200+ ms stall)."""
        now = time.monotonic()
        if done < total and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self.progressed.emit(done, total)

    def run(self) -> None:
        background_priority()
        writer = bundle.write if self.as_bundle else pdf.write
        try:
            if self.cover is not None:
                profile.set_profile(self.vault, *self.cover)
            with fewer_full_collections():  # a full GC pass would hold the GIL for 100+ ms
                plan = writer(
                    self.vault,
                    self.selection,
                    self.out,
                    progress=self._progress,
                    cancel=self._stop.is_set,
                )
        except pdf.Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - shown as one translated sentence
            self.failed.emit(exc)
        else:
            self.succeeded.emit(plan)
