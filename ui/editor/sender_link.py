"""The open episode's link to the sender registry, so repeats are recognised and counted.

A name, handle or number typed as the sender that the registry already knows links the episode
to it by itself; "Add to registry" puts the sender as typed into the registry (relation
unknown) and links it; "Senders…" opens the registry, and the list is read again afterwards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from vidne.app.episodes.senders import Sender, SenderStore, normalise_identifier
from vidne.ui.errors import user_message
from vidne.ui.tasks import run_db

if TYPE_CHECKING:
    from vidne.ui.editor.episode_editor import EpisodeEditor


class EditorSenders(QObject):
    def __init__(self, editor: EpisodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def recognise(self) -> None:
        """A name, handle or number already in the registry links the episode to it."""
        section = self.editor.sender_section
        if section.sender_id() is not None:
            return
        wanted = normalise_identifier(self.editor.sender_edit.text())
        for s in self.editor.senders:
            if wanted and wanted in {normalise_identifier(x) for x in [s.name, *s.identifiers]}:
                section.select(s.id)
                section.set_expanded(True)
                return

    def add(self) -> None:
        """Put the sender as typed into the registry (relation unknown) and link it."""
        vault = self.editor.vault
        if vault is None:
            return
        store, name = SenderStore(vault), self.editor.sender_edit.text().strip()
        run_db(
            lambda: (store.add(Sender(name=name, relation="unknown")), store.list()),
            self._added,
            lambda exc: self.editor.show_problem(user_message(exc)),
        )

    def _added(self, result: tuple[Sender, list[Sender]]) -> None:
        added, senders = result
        self.editor.set_senders(senders)
        self.editor.sender_section.select(added.id)

    def manage(self) -> None:
        """The sender registry's dialog; the list is read again when it closes."""
        if self.editor.vault is None:
            return
        from vidne.ui.editor.sender_dialog import SenderDialog

        dialog = SenderDialog(self.editor.vault, self.editor)
        dialog.finished.connect(lambda _r: self.editor.reload_senders())
        dialog.open()
