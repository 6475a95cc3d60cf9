"""The open episode's evidence: captures it starts from, and files or pictures added to it.

An episode made from captures in the Inbox (or from the capture's notification) starts with
them waiting (``editor.pending``): they are attached when it is first saved, in the same
step as the episode itself. Pasted pictures, dropped files and "Attach file…" go the same way:
into the vault first (as imported captures), then attached to the episode, at once if it is
already saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from vidne.app.episodes.channel_guess import guess_from_many
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence import file_import, kinds
from vidne.app.evidence.store import CaptureInfo, CaptureStore, earliest_local
from vidne.ui import file_dialogs
from vidne.ui.editor.quick_fields import UNSET
from vidne.ui.tasks import run_db

if TYPE_CHECKING:
    from vidne.ui.editor.episode_editor import EpisodeEditor


class EditorEvidence(QObject):
    def __init__(self, editor: EpisodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def writer(self, episode: Episode) -> Callable[[], Episode]:
        """The store call that saves *episode* (run it on the vault thread): a new one made
        from captures is added with them attached."""
        vault = self.editor.vault
        assert vault is not None
        pending = list(self.editor.pending)
        if episode.id is not None:
            return lambda: EpisodeStore(vault).update(episode)
        if pending:
            return lambda: CaptureStore(vault).new_episode(pending, episode)
        return lambda: EpisodeStore(vault).add(episode)

    def new_from_captures(self, infos: list[CaptureInfo]) -> None:
        """Their earliest time, the channel they suggest (marked as a guess), severity for
        the user to choose; typing starts in the description."""
        editor = self.editor
        episode = Episode(occurred_at=earliest_local(infos), severity=UNSET)
        guess = guess_from_many([(i.window_title, i.window_program) for i in infos])
        if guess is not None:
            episode.channel = guess.channel
        editor.load(episode, [i.id for i in infos])
        if guess is not None:
            editor.guess_note.show_guess(guess.reason)
        editor.mark_dirty()  # captures chosen: locking now keeps them, as a draft
        editor.description.setFocus()

    def take(self, capture_ids: list[int]) -> None:
        editor = self.editor
        if not capture_ids:
            return
        episode_id = editor.episode_id
        if episode_id is None or editor.vault is None:
            editor.pending += [c for c in capture_ids if c not in editor.pending]
            editor.mark_dirty()
            editor.refresh_evidence()
            return
        store = CaptureStore(editor.vault)
        run_db(lambda: store.attach(capture_ids, episode_id), self._attached, self._failed)

    def _attached(self, _result: object) -> None:
        self.editor.refresh_evidence()
        self.editor.evidence_changed.emit()

    def attach_files(self, paths: list[Path] | None) -> None:
        if paths is None:
            paths = file_dialogs.open_files(  # leaves no trace of the file's name
                self.editor,
                self.tr("Attach files to the episode"),
                Path.home(),
                self.tr("Evidence (%1)").replace("%1", kinds.file_patterns())
                + ";;"
                + self.tr("All files (*)"),
            )
        vault = self.editor.vault
        if not paths or vault is None:
            return
        run_db(lambda: file_import.import_files(vault, paths), self._imported, self._failed)

    def _imported(self, report: file_import.ImportReport) -> None:
        self.take([item.capture_id for item in report.imported])
        problems = [f"{name}: {message}" for name, message in report.rejected]
        problems += [item.warning for item in report.imported if item.warning]
        if problems:
            self.editor.show_problem("\n".join(problems))

    def _failed(self, exc: BaseException) -> None:
        from vidne.ui.errors import user_message

        self.editor.show_problem(user_message(exc))
