"""The editor for one episode: a short entry stays quick, validation messages stay visible."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.episodes import Episode
from app.timeutil import local_now, to_text
from app.vocabulary import CHANNELS, SEVERITY, channel_label, severity_anchor, severity_label


class EpisodeEditor(QWidget):
    """Edits a copy of an Episode; ``save_requested`` carries the edited copy."""

    save_requested = Signal(object)  # Episode
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episodeEditor")
        self._episode = Episode()
        self._loading = False
        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("whenEdit")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channelCombo")
        for key in CHANNELS:
            self.channel.addItem(channel_label(key), key)
        self.sender = QLineEdit(self)
        self.sender.setObjectName("senderEdit")
        self.sender.setPlaceholderText(self.tr("Name, profile or number – as it appeared"))
        self.severity = QComboBox(self)
        self.severity.setObjectName("severityCombo")
        for level in SEVERITY:
            self.severity.addItem(severity_label(level), level)
        self.severity_hint = QLabel(self)
        self.severity_hint.setObjectName("severityHint")
        self.severity_hint.setWordWrap(True)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("descriptionEdit")
        self.description.setPlaceholderText(self.tr(
            "What happened, in factual words: where, what was written or shown, who saw it."))
        self.message = QLabel(self)
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setShortcut("Ctrl+S")
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("revertButton")
        self._layout()
        self._connect()
        self.load(Episode())

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("When:"), self.when)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Sender:"), self.sender)
        form.addRow(self.tr("Severity:"), self.severity)
        form.addRow("", self.severity_hint)
        form.addRow(self.tr("What happened:"), self.description)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.severity.currentIndexChanged.connect(self._severity_changed)
        for signal in (self.when.dateTimeChanged, self.channel.currentIndexChanged,
                       self.sender.textChanged, self.severity.currentIndexChanged,
                       self.description.textChanged):
            signal.connect(self._changed)
        self.save_button.clicked.connect(self._save)
        self.revert_button.clicked.connect(lambda: self.load(self._episode))

    # --- public API --------------------------------------------------------------------------
    def load(self, episode: Episode) -> None:
        self._loading = True
        self._episode = episode
        self.title.setText(self.tr("New episode") if episode.id is None
                           else self.tr("Episode %1").replace("%1", str(episode.id)))
        self.when.setDateTime(QDateTime(episode.occurred().astimezone().replace(tzinfo=None)))
        self.channel.setCurrentIndex(max(0, self.channel.findData(episode.channel)))
        self.sender.setText(episode.sender)
        self.severity.setCurrentIndex(max(0, self.severity.findData(episode.severity)))
        self.description.setPlainText(episode.description)
        self.message.clear()
        self._loading = False
        self._severity_changed()
        self._set_dirty(False)

    def current(self) -> Episode:
        """The edited copy (not yet validated or saved)."""
        ep = Episode(**self._episode.to_dict())
        when: datetime = self.when.dateTime().toPython()
        ep.occurred_at = to_text(when.astimezone())
        ep.channel = self.channel.currentData()
        ep.sender = self.sender.text()
        ep.severity = int(self.severity.currentData())
        ep.description = self.description.toPlainText()
        return ep

    def new(self) -> None:
        self.load(Episode(occurred_at=to_text(local_now())))
        self.description.setFocus()

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet("color: #b03a2e;")
        self.message.setText(text)

    def show_saved(self) -> None:
        self.message.setStyleSheet("color: #1e8449;")
        self.message.setText(self.tr("Saved."))

    @property
    def dirty(self) -> bool:
        return self.save_button.isEnabled()

    # --- internals ---------------------------------------------------------------------------
    def _severity_changed(self) -> None:
        self.severity_hint.setText(severity_anchor(int(self.severity.currentData())))

    def _changed(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty or self._episode.id is None)
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def _save(self) -> None:
        self.message.clear()
        self.save_requested.emit(self.current())
