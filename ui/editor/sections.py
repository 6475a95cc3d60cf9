"""The foldable sections of the episode editor beyond the quick entry: the base class, the
details of what happened and the sender (the others are in :mod:`.record_sections`).

Each section loads its fields from an Episode (``load``), writes them back (``store``), says
whether the episode has anything in it (``has_content``, so filled sections open by themselves)
and emits ``changed`` on any edit.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from vidne.app.episodes.senders import Sender
from vidne.app.episodes.store import Episode
from vidne.app.episodes.vocabulary import ACCOUNTS, KINDS, label
from vidne.app.timeutil import parse_when, to_text
from vidne.ui.editor.collapsible import Collapsible
from vidne.ui.editor.key_checks import KeyChecks
from vidne.ui.editor.record_table import RecordTable


def text_box(parent: QWidget, name: str, placeholder: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)  # Tab moves on instead of typing a tab character
    box.setPlaceholderText(placeholder)
    box.setMaximumHeight(height * 2)
    box.setMinimumHeight(height)
    return box


def keep_offset(original: str, edited: datetime) -> str:
    """The original text if the minute shown is unchanged, so an episode logged in another
    time zone (or before a DST change) is not rewritten just by opening and saving it."""
    try:
        unchanged = bool(original) and (
            parse_when(original).replace(second=0) == edited.replace(second=0)
        )
    except ValueError:  # an unreadable original time: the one shown is written instead
        unchanged = False
    return original if unchanged else to_text(edited)


def to_qdatetime(value: datetime) -> QDateTime:
    """*value* as the local wall-clock time that a QDateTimeEdit shows."""
    local = value.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def edited_when(edit: QDateTimeEdit) -> datetime:
    """What *edit* shows, as an aware local datetime."""
    shown = edit.dateTime().toPython()
    assert isinstance(shown, datetime)
    return shown.astimezone()


class Section(Collapsible):
    """A foldable part of the editor; each subclass defines the three methods below."""

    changed = Signal()

    def load(self, ep: Episode) -> None:
        """Show *ep*'s fields of this section."""
        raise NotImplementedError

    def store(self, ep: Episode) -> None:
        """Write this section's fields into *ep*."""
        raise NotImplementedError

    @staticmethod
    def has_content(ep: Episode) -> bool:
        """Whether *ep* has anything in this section (it then opens by itself)."""
        raise NotImplementedError

    def _watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            if isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self.changed)
            elif isinstance(w, QLineEdit):
                w.textChanged.connect(self.changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.changed)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self.changed)
            elif isinstance(w, QCheckBox):
                w.toggled.connect(self.changed)
            elif isinstance(w, QDateTimeEdit):
                w.dateTimeChanged.connect(self.changed)
            elif isinstance(w, KeyChecks | RecordTable):
                w.changed.connect(self.changed)


class DetailsSection(Section):
    """More on what happened: a series' end, account, link, kinds, exact words, context."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("What happened – details"), "detailsSection", parent, self.tr("Details")
        )
        self.until_check = QCheckBox(self.tr("A series, until:"), self.body)
        self.until_check.setObjectName("untilCheck")
        self.until = QDateTimeEdit(self.body)
        self.until.setObjectName("untilEdit")
        self.until.setAccessibleName(self.tr("Until"))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.until_check.toggled.connect(self.until.setEnabled)
        self.account = QComboBox(self.body)
        self.account.setObjectName("accountCombo")
        for key in ACCOUNTS:
            self.account.addItem(label("account", key), key)
        self.url = QLineEdit(self.body)
        self.url.setObjectName("urlEdit")
        self.url.setPlaceholderText("https://…")
        self.kinds = KeyChecks("kind", list(KINDS), "kindChecks", parent=self.body)
        self.quote = text_box(
            self.body, "quoteEdit", self.tr("The exact words, copied as they were written.")
        )
        self.context = text_box(self.body, "contextEdit", self.tr("What came before."))
        self.own_reply = text_box(
            self.body, "ownReplyEdit", self.tr("What you replied, if anything.")
        )
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_check)
        until_row.addWidget(self.until, 1)
        form = QFormLayout(self.body)
        form.addRow(until_row)
        form.addRow(self.tr("Reached my:"), self.account)
        form.addRow(self.tr("Link:"), self.url)
        form.addRow(self.tr("Kind:"), self.kinds)
        form.addRow(self.tr("Exact words:"), self.quote)
        form.addRow(self.tr("Before it:"), self.context)
        form.addRow(self.tr("My reply:"), self.own_reply)
        self._watch(
            self.until_check,
            self.until,
            self.account,
            self.url,
            self.kinds,
            self.quote,
            self.context,
            self.own_reply,
        )

    def load(self, ep: Episode) -> None:
        self.until_check.setChecked(bool(ep.occurred_until))
        self.until.setEnabled(bool(ep.occurred_until))
        end = parse_when(ep.occurred_until) if ep.occurred_until else ep.occurred()
        self.until.setDateTime(to_qdatetime(end))
        self.account.setCurrentIndex(max(0, self.account.findData(ep.account)))
        self.url.setText(ep.url)
        self.kinds.set_keys(ep.kinds)
        self.quote.setPlainText(ep.quote)
        self.context.setPlainText(ep.context)
        self.own_reply.setPlainText(ep.own_reply)

    def store(self, ep: Episode) -> None:
        if self.until_check.isChecked():
            ep.occurred_until = keep_offset(ep.occurred_until, edited_when(self.until))
        else:
            ep.occurred_until = ""
        ep.account = self.account.currentData()
        ep.url = self.url.text()
        ep.kinds = self.kinds.keys()
        ep.quote = self.quote.toPlainText()
        ep.context = self.context.toPlainText()
        ep.own_reply = self.own_reply.toPlainText()

    @staticmethod
    def has_content(ep: Episode) -> bool:
        return bool(
            ep.occurred_until
            or ep.account
            or ep.url
            or ep.kinds
            or ep.quote
            or ep.context
            or ep.own_reply
        )


class SenderSection(Section):
    """The link to the sender registry, so repeats are recognised and counted."""

    manage_requested = Signal()
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sender"), "senderSection", parent)
        self.combo = QComboBox(self.body)
        self.combo.setObjectName("senderCombo")
        self.combo.setAccessibleName(self.tr("Sender in the registry"))
        # a long sender name must not widen the editor past its panel (the rest would be cut off)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        self.info = QLabel(self.body)
        self.info.setObjectName("senderInfo")
        self.info.setWordWrap(True)
        self.manage = QPushButton(self.tr("Senders…"), self.body)
        self.manage.setObjectName("manageSendersButton")
        self.manage.clicked.connect(self.manage_requested)
        self.add = QPushButton(self.tr("Add to registry"), self.body)
        self.add.setObjectName("addSenderButton")
        self.add.setToolTip(self.tr("Add the sender as written above, so repeats are counted"))
        self.add.clicked.connect(self.add_requested)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.add)
        row.addWidget(self.manage)
        form = QFormLayout(self.body)
        form.addRow(self.tr("In the registry:"), row)
        form.addRow("", self.info)
        self._senders: list[Sender] = []
        self.set_senders([])
        self.combo.currentIndexChanged.connect(self._show_info)
        self._watch(self.combo)

    def set_senders(self, senders: list[Sender]) -> None:
        current = self.sender_id()
        self._senders = senders
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Not in the registry"), None)
        for s in senders:
            name = s.name or (s.identifiers[0] if s.identifiers else f"#{s.id}")
            self.combo.addItem(f"{name} ({label('relation', s.relation)})", s.id)
        self.select(current)
        self.combo.blockSignals(False)
        self._show_info()

    def select(self, sender_id: int | None) -> None:
        index = self.combo.findData(sender_id) if sender_id is not None else 0
        if index < 0:
            self.combo.addItem(f"#{sender_id}", sender_id)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def sender_id(self) -> int | None:
        data = self.combo.currentData() if self.combo.count() else None
        return int(data) if data is not None else None

    def _show_info(self) -> None:
        sid = self.sender_id()
        found = next((s for s in self._senders if s.id == sid), None)
        if found is None:
            self.info.setText("")
            return
        where = self.tr("internal") if found.internal else self.tr("external")
        self.info.setText(
            self.tr("%n episode(s) so far; %1.", "", found.episode_count).replace("%1", where)
        )

    def load(self, ep: Episode) -> None:
        self.select(ep.sender_id)
        self._show_info()

    def store(self, ep: Episode) -> None:
        ep.sender_id = self.sender_id()

    @staticmethod
    def has_content(ep: Episode) -> bool:
        return ep.sender_id is not None
