"""The editor for one episode: a short entry stays quick, a full one stays readable.

The quick entry (when, channel, sender, severity, what happened) is always shown; the rest of
the record sits in foldable sections that open by themselves when they hold something. Beside
it: the checklist of what is still missing, and the revision history.

An episode made from captures starts with them waiting to be attached (``pending``), its time
the earliest capture's and its channel guessed from the captured window (marked as a guess);
its severity is left for the user to choose. Saving requires that choice; what is saved on
lock or close without it (or any new entry saved that way) is kept as a draft.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes import checklist
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode
from vidne.app.episodes.vocabulary import CHANNELS, channel_label
from vidne.app.evidence.store import CaptureInfo
from vidne.app.timeutil import local_now, to_text
from vidne.app.vault.store import Vault
from vidne.ui.editor.checklist_view import ChecklistView
from vidne.ui.editor.evidence_link import EditorEvidence
from vidne.ui.editor.quick_fields import (
    UNSET,
    DescriptionEdit,
    GuessNote,
    SafetyNote,
    SeverityCombo,
)
from vidne.ui.editor.quick_grid import QuickGrid
from vidne.ui.editor.record_sections import (
    EffectSection,
    EvidenceSection,
    FollowUpSection,
    WhoKnowsSection,
)
from vidne.ui.editor.section_index import SectionIndex
from vidne.ui.editor.sections import (
    DetailsSection,
    Section,
    SenderSection,
    edited_when,
    keep_offset,
    to_qdatetime,
)
from vidne.ui.editor.sender_link import EditorSenders
from vidne.ui.editor.when_edit import WhenEdit
from vidne.ui.errors import user_message
from vidne.ui.tasks import run_db


class EpisodeEditor(QWidget):
    """Edits a copy of an Episode; ``save_requested`` carries the edited copy."""

    save_requested = Signal(object)  # Episode
    dirty_changed = Signal(bool)
    evidence_changed = Signal()  # captures were attached to the episode (they left the Inbox)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episodeEditor")
        self.setMinimumWidth(460)  # the sections' forms stay readable beside the list
        self._episode = Episode()
        self._loading = False
        self._dirty = False  # typed since the last load
        self._evidence = 0
        self.pending: list[int] = []  # captures to attach when this new episode is saved
        self.vault: Vault | None = None
        self.senders: list[Sender] = []  # the registry, as last read
        self._make_quick()
        self.details = DetailsSection(self)
        self.sender_section = SenderSection(self)
        self.evidence = EvidenceSection(self)
        self.effect = EffectSection(self)
        self.who_knows = WhoKnowsSection(self)
        self.follow_up = FollowUpSection(self)
        self.sections: list[Section] = [
            self.details,
            self.sender_section,
            self.evidence,
            self.effect,
            self.who_knows,
            self.follow_up,
        ]
        self.evidence_link = EditorEvidence(self)
        self.sender_link = EditorSenders(self)
        self._make_footer()
        self._layout()
        self._connect()
        self.load(Episode())

    # --- construction ------------------------------------------------------------------------
    def _make_quick(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        self.when = WhenEdit(self)
        self.when.setObjectName("whenEdit")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channelCombo")
        for key in CHANNELS:
            self.channel.addItem(channel_label(key), key)
        self.guess_note = GuessNote(self)
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setObjectName("senderEdit")
        self.sender_edit.setPlaceholderText(self.tr("Name, profile or number – as it appeared"))
        self.severity_hint = QLabel(self)
        self.severity_hint.setObjectName("severityHint")
        self.severity_hint.setWordWrap(True)
        self.severity = SeverityCombo(self.severity_hint, self)
        self.safety = SafetyNote(self)
        self.description = DescriptionEdit(5, self)
        self.description.setObjectName("descriptionEdit")
        self.description.setPlaceholderText(
            self.tr(
                "What happened, in factual words: where, what was written or shown, who saw it."
            )
        )

    def _make_footer(self) -> None:
        self.checklist = ChecklistView(self)
        self.message = QLabel(self)
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setObjectName("historyButton")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setShortcut("Ctrl+S")
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("revertButton")

    def _layout(self) -> None:
        content = QWidget(self)
        content.setObjectName("editorContent")
        inner = QVBoxLayout(content)
        inner.addWidget(self._quick_grid(content), 1)  # what happened takes the room left
        for section in self.sections:
            inner.addWidget(section)
        scroll = QScrollArea(self)
        scroll.setObjectName("editorScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.index = SectionIndex(self.sections, scroll, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.index)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.checklist)
        layout.addLayout(buttons)
        self._tab_order()

    def _quick_grid(self, parent: QWidget) -> QuickGrid:
        """When and channel, sender and severity two to a line where they fit (see QuickGrid)."""
        grid = QuickGrid(parent)
        grid.add_pairs((self.tr("When:"), self.when), (self.tr("Channel:"), self.channel))
        grid.add_note(self.guess_note, beside=True)
        grid.add_pairs(
            (self.tr("Sender:"), self.sender_edit), (self.tr("Severity:"), self.severity)
        )
        grid.add_note(self.severity_hint, beside=True)
        grid.add_note(self.safety)
        grid.add_pairs((self.tr("What happened:"), self.description), grows=True)
        return grid

    def _tab_order(self) -> None:
        """Tab: the quick entry, then the index of sections, then the sections, then Save."""
        order: list[QWidget] = [
            self.when,
            self.channel,
            self.sender_edit,
            self.severity,
            self.safety.police,
            self.description,
            *self.index.buttons,
            self.sections[0].toggle,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.channel.activated.connect(lambda _i: self.guess_note.clear_guess())  # chosen
        for signal in (
            self.when.dateTimeChanged,
            self.channel.currentIndexChanged,
            self.sender_edit.textChanged,
            self.severity.currentIndexChanged,
            self.description.textChanged,
            self.safety.changed,
            *(s.changed for s in self.sections),
        ):
            signal.connect(self._changed)
        self.evidence.attach_requested.connect(self.attach_files)
        self.sender_edit.editingFinished.connect(self.sender_link.recognise)
        self.sender_section.manage_requested.connect(self.sender_link.manage)
        self.sender_section.add_requested.connect(self.sender_link.add)
        self.history_button.clicked.connect(self._show_history)
        self.save_button.clicked.connect(self._save)
        self.revert_button.clicked.connect(lambda: self.load(self._episode))

    # --- public API --------------------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        """Give the editor the vault for the sender registry, checklist and history."""
        self.vault = vault
        self.reload_senders()

    def reload_senders(self) -> None:
        if self.vault is not None:
            store = SenderStore(self.vault)
            run_db(store.list, self.set_senders, self._background_failed)

    def set_senders(self, senders: list[Sender]) -> None:
        self.senders = senders
        loading, self._loading = self._loading, True
        self.sender_section.set_senders(senders)
        self._loading = loading

    def load(self, episode: Episode, pending: list[int] | None = None) -> None:
        self._loading = True
        self._episode = episode
        self.pending = list(pending or [])
        self.title.setText(self._title(episode))
        self.when.setDateTime(to_qdatetime(episode.occurred()))
        self.channel.setCurrentIndex(max(0, self.channel.findData(episode.channel)))
        self.guess_note.clear_guess()
        self.sender_edit.setText(episode.sender)
        self.severity.set_level(episode.severity)
        self.description.setPlainText(episode.description)
        self.safety.load(episode)
        for section in self.sections:
            section.load(episode)
            section.set_expanded(section.has_content(episode))
        self.message.clear()
        self.history_button.setEnabled(episode.id is not None and self.vault is not None)
        self._loading = False
        self._follow_safety()
        self._set_dirty(False)
        self._load_evidence_count(episode.id)

    def _title(self, episode: Episode) -> str:
        if episode.id is None:
            return self.tr("New episode")
        title = self.tr("Episode %1").replace("%1", str(episode.id))
        return (
            self.tr("%1 – draft, not counted yet").replace("%1", title) if episode.draft else title
        )

    def current(self) -> Episode:
        """The edited copy (not yet validated or saved)."""
        ep = Episode(**self._episode.to_dict())
        ep.occurred_at = keep_offset(self._episode.occurred_at, edited_when(self.when))
        ep.channel = self.channel.currentData()
        ep.sender = self.sender_edit.text()
        ep.severity = self.severity.level()
        ep.description = self.description.toPlainText()
        for section in self.sections:
            section.store(ep)
        self.safety.store(ep)
        return ep

    def for_flush(self) -> Episode:
        """What locking or closing saves: a new entry or a draft stays a draft (the user has
        not said it is complete); an episode already complete stays complete."""
        ep = self.current()
        ep.draft = self._episode.id is None or self._episode.draft
        return ep

    def new(self) -> None:
        self.load(Episode(occurred_at=to_text(local_now()), severity=UNSET))
        self.description.setFocus()

    def new_from_captures(self, infos: list[CaptureInfo]) -> None:
        """A new episode from these captures (see :class:`EditorEvidence`)."""
        self.evidence_link.new_from_captures(infos)

    def take_evidence(self, capture_ids: list[int]) -> None:
        """Add captures (pasted, dropped, attached) to the episode: at once if it is saved,
        else when it is."""
        self.evidence_link.take(capture_ids)

    def attach_files(self, paths: list[Path] | None = None) -> None:
        """ "Attach file…": import files into the vault and attach them to this episode."""
        self.evidence_link.attach_files(paths)

    def writer(self, episode: Episode) -> Callable[[], Episode]:
        """The store call that saves *episode*, to run on the vault thread."""
        return self.evidence_link.writer(episode)

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet("color: #b03a2e;")
        self.message.setText(text)

    def show_saved(self) -> None:
        self.message.setStyleSheet("color: #1e8449;")
        self.message.setText(self.tr("Saved."))
        self.reload_senders()  # the registry's episode counts changed

    def refresh_evidence(self) -> None:
        """Recount the attached captures (call after attaching or unlinking one)."""
        self._load_evidence_count(self._episode.id)

    @property
    def episode_id(self) -> int | None:
        """The id of the episode shown; None while it is new."""
        return self._episode.id

    def mark_dirty(self) -> None:
        self._set_dirty(True)

    @property
    def dirty(self) -> bool:
        """Something was typed or changed since the episode was loaded (saved or not)."""
        return self._dirty

    # --- internals ---------------------------------------------------------------------------
    def _follow_safety(self) -> None:
        self.safety.follow(self.severity.level(), self.details.kinds.keys())

    def _changed(self) -> None:
        if not self._loading:
            self._follow_safety()
            self._set_dirty(True)
            self._show_checklist()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty or self._episode.id is None)
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def _background_failed(self, exc: BaseException) -> None:
        """The sender list or the evidence count could not be read: say so under the form."""
        self.show_problem(
            self.tr("Could not read from the vault: %1").replace("%1", user_message(exc))
        )

    def _save(self) -> None:
        """Save as a complete episode: only once a severity is chosen."""
        self.message.clear()
        episode = self.current()
        if episode.severity == UNSET:
            self.show_problem(self.tr("Choose how serious it was before saving."))
            self.severity.setFocus()
            return
        episode.draft = False
        self.save_requested.emit(episode)

    def _load_evidence_count(self, episode_id: int | None) -> None:
        self._evidence = len(self.pending)
        self.evidence.set_count(self._evidence)
        self._show_checklist()
        if self.vault is None or episode_id is None:
            return
        vault = self.vault
        run_db(
            lambda: checklist.evidence_count(vault, episode_id),
            lambda n: self._evidence_loaded(episode_id, n),
            self._background_failed,
        )

    def _evidence_loaded(self, episode_id: int | None, count: int) -> None:
        if episode_id == self._episode.id:
            self._evidence = count
            self.evidence.set_count(count)
            self._show_checklist()

    def _show_checklist(self) -> None:
        self.checklist.show_items(checklist.missing(self.current(), self._evidence))

    def _show_history(self) -> None:
        if self.vault is None or self._episode.id is None:
            return
        from vidne.ui.editor.history_view import HistoryView

        HistoryView(self.vault, self._episode.id, self).open()
