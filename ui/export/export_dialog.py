"""The export dialog: choose what goes into a report or an evidence bundle, see it, write it.

A report may reach the person it names, so the user picks the recipient, the period or the
individual episodes and every capture, and sees a summary of exactly what will be included
before anything is written. Writing runs on :class:`vidne.ui.export.export_worker.ExportWorker` with a
progress bar and Cancel.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from vidne.app.output.report import data
from vidne.app.output.report.data import Item
from vidne.app.output.report.fields import fmt_time
from vidne.app.output.report.selection import Selection
from vidne.app.vault import profile
from vidne.app.vault.store import Vault
from vidne.ui import file_dialogs
from vidne.ui.errors import user_message
from vidne.ui.export.export_worker import ExportWorker
from vidne.ui.export.handoff import HandOff
from vidne.ui.export.originals_option import OriginalsOption
from vidne.ui.export.preview_pane import PreviewPane
from vidne.ui.tasks import run_db

ID_ROLE = Qt.ItemDataRole.UserRole


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
        self.worker: ExportWorker | None = None
        self.written = Path()  # the file being (or last) written
        self._preselected = episode_ids
        self._build()
        self._wire()
        self._set_running(False)
        self.summary.setText(self.tr("Loading…"))
        run_db(self._load, self._loaded, self._load_failed)

    # --- construction ------------------------------------------------------------------------
    def _combo(self, name: str, entries: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for key, text in entries:
            combo.addItem(text, key)
        return combo

    def _build(self) -> None:
        self.recipient = self._combo(
            "recipientCombo",
            [
                ("leader", self.tr("My leader")),
                ("amr", self.tr("Health and safety rep. (AMR)")),
                ("tr", self.tr("Union representative (TR)")),
                ("police", self.tr("The police")),
                ("self", self.tr("My own copy")),
            ],
        )
        self.language = self._combo(
            "languageCombo", [("da", self.tr("Danish")), ("en", self.tr("English"))]
        )
        self.output = self._combo(
            "formatCombo",
            [("pdf", self.tr("PDF report")), ("zip", self.tr("Evidence bundle (ZIP)"))],
        )
        self.images = QCheckBox(self.tr("Print the images in the report"), self)
        self.images.setObjectName("imagesCheck")
        self.images.setChecked(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.workplace_edit = QLineEdit(self)
        self.workplace_edit.setObjectName("workplaceEdit")
        self.request_edit = QPlainTextEdit(self)
        self.request_edit.setObjectName("requestEdit")
        self.request_edit.setTabChangesFocus(True)  # Tab moves on, never a tab character
        self.request_edit.setPlaceholderText(
            self.tr("E.g. a meeting with my leader and the AMR within two weeks")
        )
        self.request_edit.setMaximumHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Your name (on the cover):"), self.name_edit)
        form.addRow(self.tr("Workplace (on the cover):"), self.workplace_edit)
        form.addRow(self.tr("Recipient:"), self.recipient)
        form.addRow(self.tr("Language of the report:"), self.language)
        form.addRow(self.tr("What to write:"), self.output)
        form.addRow(self.tr("What I ask for (on the first page):"), self.request_edit)
        form.addRow("", self.images)
        self.originals = OriginalsOption(self)  # redaction that withholds: sharing is a choice
        form.addRow("", self.originals)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self._build_scope())
        self.episode_list = self._list("episodeList")
        self.capture_list = self._list("captureList")
        self.episode_list.setAccessibleName(self.tr("Episodes to include"))
        self.capture_list.setAccessibleName(self.tr("Evidence to include"))
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

    def _build_scope(self) -> QHBoxLayout:
        self.all_radio = QRadioButton(self.tr("All episodes"), self)
        self.period_radio = QRadioButton(self.tr("Period:"), self)
        self.pick_radio = QRadioButton(self.tr("Chosen episodes"), self)
        for radio, name in (
            (self.all_radio, "allRadio"),
            (self.period_radio, "periodRadio"),
            (self.pick_radio, "pickRadio"),
        ):
            radio.setObjectName(name)
        self.scope = QButtonGroup(self)
        for radio in (self.all_radio, self.period_radio, self.pick_radio):
            self.scope.addButton(radio)
        self.all_radio.setChecked(True)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start.setObjectName("fromDate")
        self.end.setObjectName("toDate")
        self.start.setAccessibleName(self.tr("First day"))
        self.end.setAccessibleName(self.tr("Last day"))
        today = QDate.currentDate()
        self.start.setDate(today.addMonths(-3))
        self.end.setDate(today)
        row = QHBoxLayout()
        for widget in (
            self.all_radio,
            self.period_radio,
            self.start,
            QLabel("–", self),
            self.end,
            self.pick_radio,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
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
        for signal in (
            self.recipient.currentIndexChanged,
            self.language.currentIndexChanged,
            self.output.currentIndexChanged,
            self.images.toggled,
            self.originals.check.toggled,
            self.scope.buttonToggled,
            self.start.dateChanged,
            self.end.dateChanged,
        ):
            signal.connect(self.refresh)
        self.episode_list.itemChanged.connect(self.refresh)
        self.capture_list.itemChanged.connect(self._capture_toggled)
        self.export_button.clicked.connect(self.choose_file)
        self.preview_button.clicked.connect(self.show_preview)
        self.request_edit.textChanged.connect(self.preview.clear)
        for edit in (self.name_edit, self.workplace_edit):
            edit.textChanged.connect(self.preview.clear)
        self.cancel_button.clicked.connect(self.cancel)

    # --- loading -----------------------------------------------------------------------------
    def _load(self) -> tuple[list[dict[str, Any]], dict[Any, list[Item]], str, str]:
        episodes = data.episodes(self.vault)
        return (
            episodes,
            data.items_for(self.vault, [e["id"] for e in episodes]),
            profile.name(self.vault),
            profile.workplace(self.vault),
        )

    def _loaded(self, result: tuple[list[dict[str, Any]], dict[Any, list[Item]], str, str]) -> None:
        self.episodes, self.items, name, workplace = result
        self.name_edit.setText(name)
        self.workplace_edit.setText(workplace)
        self.episode_list.blockSignals(True)
        for ep in sorted(self.episodes, key=lambda e: (e["occurred_at"], e["id"])):
            first_line = (ep.get("description") or "").strip().split("\n")[0][:80]
            text = f"{fmt_time(ep['occurred_at'])} · {ep.get('sender') or '?'} · {first_line}"
            item = QListWidgetItem(text, self.episode_list)
            item.setData(ID_ROLE, ep["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = self._preselected is None or ep["id"] in self._preselected
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.episode_list.blockSignals(False)
        if self._preselected is not None:
            self.pick_radio.setChecked(True)
        self.refresh()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.summary.setText(user_message(exc))

    # --- the selection -----------------------------------------------------------------------
    def _checked_episodes(self) -> set[int]:
        return {
            self.episode_list.item(i).data(ID_ROLE)
            for i in range(self.episode_list.count())
            if self.episode_list.item(i).checkState() == Qt.CheckState.Checked
        }

    def selection(self) -> Selection:
        period = self.period_radio.isChecked()
        return Selection(
            start=_to_date(self.start.date()) if period else None,
            end=_to_date(self.end.date()) if period else None,
            episode_ids=self._checked_episodes() if self.pick_radio.isChecked() else None,
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
        self.episode_list.setEnabled(self.pick_radio.isChecked())
        self.start.setEnabled(self.period_radio.isChecked())
        self.end.setEnabled(self.period_radio.isChecked())
        if self.start.date() > self.end.date():
            self.summary.setText(self.tr("The period ends before it starts."))
            self.export_button.setEnabled(False)
            return
        self.preview.clear()  # it showed other choices
        chosen = self.selection().episodes(self.episodes)
        self._fill_captures(chosen)
        self.summary.setText(self._summary_text(chosen))
        self.export_button.setEnabled(bool(chosen) and self.worker is None)

    def _fill_captures(self, chosen: list[Any]) -> None:
        self.capture_list.blockSignals(True)
        self.capture_list.clear()
        for ep in chosen:
            for item in self.items.get(ep["id"], []):
                label = f"{fmt_time(item.captured_at)} · {item.window_title or item.original_name}"
                if item.source == "redaction":
                    label += " · " + self.tr("redacted copy")
                row = QListWidgetItem(label, self.capture_list)
                row.setData(ID_ROLE, item.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(
                    Qt.CheckState.Unchecked if item.id in self.excluded else Qt.CheckState.Checked
                )
        self.capture_list.blockSignals(False)

    def _capture_toggled(self, row: QListWidgetItem) -> None:
        capture_id = row.data(ID_ROLE)
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
        name, workplace = self.name_edit.text(), self.workplace_edit.text()
        self.preview.make(self.vault, self.selection(), name, workplace)

    # --- writing -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        as_bundle = self.output.currentData() == "zip"
        suggested = "vidne-bevismateriale.zip" if as_bundle else "vidne-rapport.pdf"
        pattern = self.tr("ZIP files (*.zip)") if as_bundle else self.tr("PDF files (*.pdf)")
        title = self.tr("Save evidence bundle as") if as_bundle else self.tr("Save report as")
        path = file_dialogs.save_file(self, title, suggested, pattern)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Start writing to *path* on the worker thread."""
        self.worker = ExportWorker(
            self.vault,
            self.selection(),
            path,
            self.output.currentData() == "zip",
            self,
            (self.name_edit.text(), self.workplace_edit.text()),
        )
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self._set_running(True)
        self.written = path
        self.summary.setText(self.tr("Writing %1 …").replace("%1", path.name))
        self.worker.start()

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.name_edit,
            self.workplace_edit,
            self.request_edit,
            self.preview_button,
            self.recipient,
            self.language,
            self.output,
            self.images,
            self.originals,
            self.all_radio,
            self.period_radio,
            self.pick_radio,
            self.start,
            self.end,
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
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None
        self._set_running(False)
        self.refresh()
        self.summary.setText(message)
        self.finished_export.emit(outcome)

    def _succeeded(self, plan: Any) -> None:
        self.hand_off.offer(self.written)
        self._finish(
            "done",
            self.tr("Done: %1 episodes and %2 evidence items were written.")
            .replace("%1", str(len(plan.ctx.episodes)))
            .replace("%2", str(len(plan.items))),
        )

    def _failed(self, exc: BaseException) -> None:
        self._finish("failed", user_message(exc))

    def _cancelled(self) -> None:
        self._finish("cancelled", self.tr("Cancelled. Nothing was written."))

    def cancel(self) -> None:
        """Stop a running export (nothing is written), or close the dialog."""
        if self.worker is not None:
            self.worker.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().reject()


def _to_date(qdate: QDate) -> date:
    # QDate.toPython() is typed as returning object; build the date from its parts instead.
    return date(qdate.year(), qdate.month(), qdate.day())
