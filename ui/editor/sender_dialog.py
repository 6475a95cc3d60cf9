"""The sender registry: who they are, how they reach you, how often; merge duplicates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.vocabulary import RELATIONS, label
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.tasks import run_db


class SenderDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("senderDialog")
        self.setWindowTitle(self.tr("Senders"))
        self.resize(860, 480)
        self.store = SenderStore(vault)
        self.senders: list[Sender] = []
        self._make_list()
        self._make_form()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.form_box)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Senders are recognised by their name and identifiers (handles, profile names, e-mail addresses, phone numbers). Colleagues and leaders count as internal."
                ),
                self,
            )
        )
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    def _make_list(self) -> None:
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("senderTable")
        self.table.setAccessibleName(self.tr("Senders"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Episodes"), self.tr("Internal")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))

    def _make_form(self) -> None:
        self.form_box = QWidget(self)
        self.name = QLineEdit(self.form_box)
        self.name.setObjectName("senderName")
        self.relation = QComboBox(self.form_box)
        self.relation.setObjectName("senderRelation")
        for key in RELATIONS:
            self.relation.addItem(label("relation", key), key)
        self.identifiers = QPlainTextEdit(self.form_box)
        self.identifiers.setObjectName("senderIdentifiers")
        self.identifiers.setTabChangesFocus(True)  # Tab moves on, never a tab character
        self.identifiers.setPlaceholderText(
            self.tr("One per line: @handle, profile name, e-mail address, phone number")
        )
        self.notes = QPlainTextEdit(self.form_box)
        self.notes.setObjectName("senderNotes")
        self.notes.setTabChangesFocus(True)
        self.new_button = QPushButton(self.tr("New"), self.form_box)
        self.new_button.setObjectName("senderNew")
        self.save_button = QPushButton(self.tr("Save"), self.form_box)
        self.save_button.setObjectName("senderSave")
        self.merge_target = QComboBox(self.form_box)
        self.merge_target.setObjectName("mergeTarget")
        self.merge_target.setAccessibleName(self.tr("Sender to merge into"))
        self.merge_button = QPushButton(self.tr("Merge into"), self.form_box)
        self.merge_button.setObjectName("senderMerge")
        self.message = QLabel(self)
        self.message.setObjectName("senderMessage")
        self.message.setWordWrap(True)
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Relation to you:"), self.relation)
        form.addRow(self.tr("Identifiers:"), self.identifiers)
        form.addRow(self.tr("Notes:"), self.notes)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        merge = QHBoxLayout()
        merge.addWidget(self.merge_button)
        merge.addWidget(self.merge_target, 1)
        form.addRow(merge)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.merge_button.clicked.connect(self.merge)
        self.current: Sender = Sender()

    # --- data --------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        run_db(self.store.list, lambda senders: self._loaded(senders, select), self._failed)

    def _loaded(self, senders: list[Sender], select: int | None) -> None:
        self.senders = senders
        self.table.setRowCount(len(senders))
        for row, s in enumerate(senders):
            name = s.name or (s.identifiers[0] if s.identifiers else "?")
            where = self.tr("internal") if s.internal else self.tr("external")
            for col, text in enumerate(
                (name, label("relation", s.relation), str(s.episode_count), where)
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        rows = [i for i, s in enumerate(senders) if s.id == select]
        if rows:
            self.table.selectRow(rows[0])
            self._show(rows[0])
        elif not senders:
            self.new()
        else:
            self.table.selectRow(0)
            self._show(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.senders):
            return
        self.current = self.senders[row]
        self.name.setText(self.current.name)
        self.relation.setCurrentIndex(max(0, self.relation.findData(self.current.relation)))
        self.identifiers.setPlainText("\n".join(self.current.identifiers))
        self.notes.setPlainText(self.current.notes)
        self.merge_target.clear()
        for s in self.senders:
            if s.id != self.current.id:
                self.merge_target.addItem(s.name or (s.identifiers or ["?"])[0], s.id)
        self.merge_button.setEnabled(self.merge_target.count() > 0)

    def new(self) -> None:
        self.table.clearSelection()
        self.current = Sender()
        for edit in (self.name, self.identifiers, self.notes):
            edit.clear()
        self.relation.setCurrentIndex(self.relation.findData("unknown"))
        self.merge_button.setEnabled(False)
        self.name.setFocus()

    def edited(self) -> Sender:
        return Sender(
            name=self.name.text(),
            relation=self.relation.currentData(),
            identifiers=[x for x in self.identifiers.toPlainText().splitlines() if x.strip()],
            notes=self.notes.toPlainText(),
            id=self.current.id,
        )

    def save(self) -> None:
        sender = self.edited()
        write = self.store.update if sender.id is not None else self.store.add
        run_db(lambda: write(sender), self._saved, self._failed)

    def _saved(self, sender: Sender) -> None:
        self.message.setText(self.tr("Saved."))
        self.reload(sender.id)

    def merge(self) -> None:
        source, target = self.current.id, self.merge_target.currentData()
        if source is None or target is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Merge senders"),
            self.tr(
                "Move every episode of “%1” to “%2” and merge their identifiers? Each moved episode gets a revision in its history."
            )
            .replace("%1", self.current.name)
            .replace("%2", self.merge_target.currentText()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_db(
            lambda: self.store.merge(int(source), int(target)),
            lambda merged: self.reload(merged.id),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(user_message(exc))
