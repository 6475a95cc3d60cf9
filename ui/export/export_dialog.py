"""The export dialog: choose what goes into a report or an evidence bundle, see it, write it.

A report may reach the person it names, so the user picks the recipient, the period or the
individual episodes and every capture, and sees a summary of exactly what will be included
before anything is written. Its parts: the choices (:mod:`.choices`), the scope
(:mod:`.scope`), the two lists (:mod:`.item_lists`), the preview (:mod:`.preview_pane`); writing
runs on a worker thread (:mod:`.export_run`) with a progress bar and Cancel, into a file whose
suggested name is in the report's language (:mod:`.file_name`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from vidne.app.output.report import data
from vidne.app.output.report.data import Item
from vidne.app.output.report.selection import Selection
from vidne.app.vault import profile
from vidne.app.vault.store import Vault
from vidne.ui import file_dialogs
from vidne.ui.errors import user_message
from vidne.ui.export import item_lists
from vidne.ui.export.choices import ExportChoices
from vidne.ui.export.export_run import ExportRun
from vidne.ui.export.file_name import suggested_name
from vidne.ui.export.handoff import HandOff
from vidne.ui.export.preview_pane import PreviewPane
from vidne.ui.export.scope import ScopeChoice
from vidne.ui.tasks import run_db

Loaded = tuple[list[dict[str, Any]], dict[Any, list[Item]], str, str]


class ExportDialog(QDialog):
    loaded = Signal()
    finished_export = Signal(str)  # 'done', 'cancelled' or 'failed'

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, episode_ids: set[int] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Report and evidence bundle"))
        self.vault = vault
        self.episodes: list[dict[str, Any]] = []
        self.items: dict[Any, list[Item]] = {}
        self.excluded: set[int] = set()
        self.run = ExportRun(self)
        self.written = Path()  # the file being (or last) written
        self._preselected = episode_ids
        self._build()
        self._wire()
        self._set_running(False)
        self.summary.setText(self.tr("Loading…"))
        run_db(self._load, self._loaded, self._load_failed)

    # --- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.choices = ExportChoices(self)
        self.scope = ScopeChoice(self)
        self._name_parts()
        layout = QVBoxLayout(self)
        layout.addWidget(self.choices)
        layout.addWidget(self.scope)
        self.episode_list = self._list("episodeList", self.tr("Episodes to include"))
        self.capture_list = self._list("captureList", self.tr("Evidence to include"))
        layout.addWidget(QLabel(self.tr("Episodes (tick the ones to include):"), self))
        layout.addWidget(self.episode_list, 2)
        layout.addWidget(QLabel(self.tr("Evidence (untick a capture to leave it out):"), self))
        layout.addWidget(self.capture_list, 2)
        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = PreviewPane(self)
        layout.addWidget(self.preview, 3)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        layout.addWidget(self.progress)
        layout.addLayout(self._build_buttons())

    def _name_parts(self) -> None:
        """The parts' widgets under the names the dialog has always had (and tests use)."""
        c, s = self.choices, self.scope
        self.recipient, self.language, self.output = c.recipient, c.language, c.output
        self.images, self.originals = c.images, c.originals
        self.name_edit, self.workplace_edit, self.request_edit = (
            c.name_edit,
            c.workplace_edit,
            c.request_edit,
        )
        self.all_radio, self.period_radio, self.pick_radio = (
            s.all_radio,
            s.period_radio,
            s.pick_radio,
        )
        self.start, self.end = s.start, s.end

    def _list(self, name: str, accessible: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _build_buttons(self) -> QHBoxLayout:
        self.export_button = QPushButton(self.tr("Choose file and write…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.preview_button = QPushButton(self.tr("Preview first pages"), self)
        self.preview_button.setObjectName("previewButton")
        self.hand_off = HandOff(self)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.hand_off)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        return row

    def _wire(self) -> None:
        self.choices.changed.connect(self.refresh)
        self.choices.typed.connect(self.preview.clear)
        self.scope.changed.connect(self.refresh)
        self.episode_list.itemChanged.connect(self.refresh)
        self.capture_list.itemChanged.connect(self._capture_toggled)
        self.export_button.clicked.connect(self.choose_file)
        self.preview_button.clicked.connect(self.show_preview)
        self.cancel_button.clicked.connect(self.cancel)
        self.run.progressed.connect(self._progressed)
        self.run.ended.connect(self._finish)

    # --- loading -----------------------------------------------------------------------------
    def _load(self) -> Loaded:
        episodes = data.episodes(self.vault)
        return (
            episodes,
            data.items_for(self.vault, [e["id"] for e in episodes]),
            profile.name(self.vault),
            profile.workplace(self.vault),
        )

    def _loaded(self, result: Loaded) -> None:
        self.episodes, self.items, name, workplace = result
        self.name_edit.setText(name)
        self.workplace_edit.setText(workplace)
        item_lists.fill_episodes(self.episode_list, self.episodes, self._preselected)
        if self._preselected is not None:
            self.pick_radio.setChecked(True)
        self.refresh()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.summary.setText(user_message(exc))

    # --- the selection -----------------------------------------------------------------------
    def selection(self) -> Selection:
        start, end = self.scope.period()
        return Selection(
            start=start,
            end=end,
            episode_ids=item_lists.checked_ids(self.episode_list) if self.scope.picking() else None,
            excluded_captures=set(self.excluded),
            recipient=self.recipient.currentData(),
            lang=self.language.currentData(),
            images=self.images.isChecked(),
            request=self.request_edit.toPlainText(),
            include_originals=self.originals.chosen(),
        )

    def refresh(self) -> None:
        """Rebuild the capture list for the chosen episodes and say what will be written."""
        self.originals.set_recipient(self.recipient.currentData())
        self.episode_list.setEnabled(self.scope.picking())
        self.scope.follow()
        if not self.scope.valid():
            self.summary.setText(self.tr("The period ends before it starts."))
            self.export_button.setEnabled(False)
            return
        self.preview.clear()  # it showed other choices
        chosen = self.selection().episodes(self.episodes)
        item_lists.fill_captures(
            self.capture_list, chosen, self.items, self.excluded, self.tr("redacted copy")
        )
        self.summary.setText(self._summary_text(chosen))
        self.export_button.setEnabled(bool(chosen) and not self.run.running)

    def _capture_toggled(self, row: QListWidgetItem) -> None:
        capture_id = row.data(item_lists.ID_ROLE)
        if row.checkState() == Qt.CheckState.Checked:
            self.excluded.discard(capture_id)
        else:
            self.excluded.add(capture_id)
        self.refresh()

    def _summary_text(self, chosen: list[Any]) -> str:
        items = [
            i for ep in chosen for i in self.items.get(ep["id"], []) if i.id not in self.excluded
        ]
        images = sum(1 for i in items if i.is_image) if self.images.isChecked() else 0
        text = self.tr(
            "Will include %1 episodes, %2 evidence items (%3 images printed), for: %4, in %5."
        )
        return (
            text.replace("%1", str(len(chosen)))
            .replace("%2", str(len(items)))
            .replace("%3", str(images))
            .replace("%4", self.recipient.currentText())
            .replace("%5", self.language.currentText())
        )

    def show_preview(self) -> None:
        """The first pages as they would be written now (made in memory, nothing on disk)."""
        self.preview.make(self.vault, self.selection(), *self.choices.cover())

    # --- writing -----------------------------------------------------------------------------
    def suggested_file(self) -> str:
        """The name the save dialog offers: in the report's language, dated today."""
        return suggested_name(self.choices.as_bundle(), self.language.currentData(), date.today())

    def choose_file(self) -> None:
        as_bundle = self.choices.as_bundle()
        pattern = self.tr("ZIP files (*.zip)") if as_bundle else self.tr("PDF files (*.pdf)")
        title = self.tr("Save evidence bundle as") if as_bundle else self.tr("Save report as")
        path = file_dialogs.save_file(self, title, self.suggested_file(), pattern)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Start writing to *path* on the worker thread."""
        selection = self.selection()
        self._set_running(True)
        self.written = path
        self.summary.setText(self.tr("Writing %1 …").replace("%1", path.name))
        self.run.start(self.vault, selection, path, self.choices.as_bundle(), self.choices.cover())

    def _set_running(self, running: bool) -> None:
        for widget in (
            *self.choices.controls(),
            *self.scope.controls(),
            self.preview_button,
            self.episode_list,
            self.capture_list,
            self.export_button,
        ):
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress.setValue(0)
        if running:
            self.hand_off.withdraw()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finish(self, outcome: str, message: str) -> None:
        if outcome == "done":
            self.hand_off.offer(self.written)
        self._set_running(False)
        self.refresh()
        self.summary.setText(message)
        self.finished_export.emit(outcome)

    def cancel(self) -> None:
        """Stop a running export (nothing is written), or close the dialog."""
        if self.run.running:
            self.run.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        self.run.cancel(wait=True)
        super().reject()
