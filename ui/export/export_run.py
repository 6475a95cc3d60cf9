"""One report or bundle being written from the dialog: the worker and its outcome in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from vidne.app.output.report.selection import Selection
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.export.export_worker import ExportWorker


class ExportRun(QObject):
    """Starts :class:`ExportWorker` and says how it ended: ``ended(outcome, sentence)`` with
    outcome 'done', 'cancelled' or 'failed'."""

    progressed = Signal(int, int)
    ended = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: ExportWorker | None = None

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(
        self,
        vault: Vault,
        selection: Selection,
        path: Path,
        as_bundle: bool,
        cover: tuple[str, str],
    ) -> None:
        self.worker = ExportWorker(vault, selection, path, as_bundle, self, cover)
        self.worker.progressed.connect(self.progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.start()

    def cancel(self, wait: bool = False) -> None:
        """Stop writing (nothing is written); with *wait*, until the thread has ended."""
        if self.worker is not None:
            self.worker.cancel()
            if wait:
                self.worker.wait()

    def _end(self, outcome: str, message: str) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None
        self.ended.emit(outcome, message)

    def _succeeded(self, plan: Any) -> None:
        self._end(
            "done",
            self.tr("Done: %1 episodes and %2 evidence items were written.")
            .replace("%1", str(len(plan.ctx.episodes)))
            .replace("%2", str(len(plan.items))),
        )

    def _failed(self, exc: BaseException) -> None:
        self._end("failed", user_message(exc))

    def _cancelled(self) -> None:
        self._end("cancelled", self.tr("Cancelled. Nothing was written."))
