"""The Inbox: captures and imported files not yet part of an episode.

Thumbnails with the capture time and the window title. From here the user makes a new episode
from one or several captures (the window opens the full editor with them attached, see
``newEpisodeRequested``), attaches them to an existing episode, opens one full size, or
imports evidence files. All vault I/O runs on the database thread (``run_db``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes.channel_guess import guess_from_many
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence import file_import as evidence_import
from vidne.app.evidence import kinds, origin, redaction
from vidne.app.evidence.store import CaptureInfo, CaptureStore, earliest_local
from vidne.app.vault.store import Vault
from vidne.ui import file_dialogs, plain_text
from vidne.ui.errors import user_message
from vidne.ui.evidence.blurred_image import thumbnail_pixmap
from vidne.ui.tasks import run_db

ID_ROLE = Qt.ItemDataRole.UserRole


def local_label(info: CaptureInfo) -> str:
    """'2026-03-14 18:05:07' in the local time the capture was taken in."""
    return earliest_local([info]).replace("T", " ")[:19]


class InboxPage(QWidget):
    episodesChanged = Signal()
    countChanged = Signal(int)
    newEpisodeRequested = Signal(list)  # [CaptureInfo]: open the editor with these attached

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxPage")
        self.store = CaptureStore(vault)
        self.episodes = EpisodeStore(vault)
        self.infos: dict[int, CaptureInfo] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("inboxList")
        self.list.setAccessibleName(self.tr("Inbox"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(200, 130))
        self.list.setGridSize(QSize(230, 190))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda item: self.open_capture(item.data(ID_ROLE)))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(
            self.tr(
                "No new captures. Press the capture hotkey or use the tray icon to capture the screen."
            ),
            self,
        )
        self.empty.setObjectName("inboxEmpty")
        self.empty.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("inboxStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self._update_buttons()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = self._button(
            "newEpisodeFromCaptures", self.tr("New episode from selected"), self.make_episode
        )
        self.attach_button = self._button(
            "attachToEpisode", self.tr("Attach to episode…"), self.attach_to
        )
        self.open_button = self._button(
            "openCapture", self.tr("Open"), lambda: self.open_capture(None)
        )
        self.import_button = self._button(
            "importEvidence", self.tr("Import files…"), self.import_files
        )
        for button in (self.new_button, self.attach_button, self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        return row

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())  # type: ignore[operator]
        return button

    def show_hotkey(self, shortcut: str, otherwise: str = "") -> None:
        """The empty Inbox names the capture hotkey (*shortcut*, as the keyboard writes it),
        or says *otherwise* how to capture where there is none."""
        if shortcut:
            text = self.tr(
                "No new captures. Press %1 anywhere to capture the screen, even when Vidne is "
                "in the tray; or use the Capture menu or the tray icon."
            ).replace("%1", shortcut)
        else:
            text = self.tr("No new captures. Use the Capture menu or the tray icon.")
            text = f"{text} {otherwise}".strip()
        self.empty.setText(text)

    def _update_buttons(self) -> None:
        selected = bool(self.selected_ids())
        for button in (self.new_button, self.attach_button, self.open_button):
            button.setEnabled(selected)

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        store = self.store

        def load() -> tuple[list[CaptureInfo], dict[int, bytes]]:
            infos = store.inbox()
            return infos, store.thumbs(i.id for i in infos)

        run_db(load, self._loaded, self._error)

    def _loaded(self, result: tuple[list[CaptureInfo], dict[int, bytes]]) -> None:
        infos, thumbs = result
        self.infos = {i.id: i for i in infos}
        self.list.clear()
        for info in infos:
            self.list.addItem(self._item(info, thumbs.get(info.id)))
        self.empty.setVisible(not infos)
        self.countChanged.emit(len(infos))
        self._update_buttons()

    def _item(self, info: CaptureInfo, thumb: bytes | None) -> QListWidgetItem:
        title = info.window_title or info.original_name or info.mime
        text = f"{local_label(info)}\n{title[:60]}"
        tip = f"{title}\nSHA-256 {info.sha256}"
        if origin.unverifiable(info):  # came through the sealed inbox: its word only
            text += "\n" + origin.short()
            tip += "\n" + origin.note()
        if info.redacted_from is not None:  # a blacked-out copy is never mistaken for one
            text += "\n" + redaction.mark(info.redacted_from)
            tip += "\n" + redaction.mark(info.redacted_from)
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, info.id)
        item.setToolTip(plain_text.tooltip(tip))
        if thumb:
            item.setIcon(QIcon(thumbnail_pixmap(thumb)))  # blurred unless switched off
        return item

    def selected_ids(self) -> list[int]:
        return [int(item.data(ID_ROLE)) for item in self.list.selectedItems()]

    # --- actions -----------------------------------------------------------------------------
    def make_episode(self, description: str | None = None) -> None:
        """New episode from the selected captures: without *description*, the window's full
        editor opens with them attached (``newEpisodeRequested``); with one (scripts, tests),
        a draft is stored at once, to be completed in the editor. Either way its time is the
        earliest capture's and its channel a guess from the captured windows."""
        infos = [self.infos[i] for i in self.selected_ids() if i in self.infos]
        if not infos:
            return
        if description is None:
            self.newEpisodeRequested.emit(infos)
            return
        guess = guess_from_many([(i.window_title, i.window_program) for i in infos])
        episode = Episode(
            occurred_at=earliest_local(infos),
            description=description,
            channel=guess.channel if guess is not None else "other",
            severity=0,
            draft=True,
        )
        store, ids = self.store, [i.id for i in infos]
        run_db(lambda: store.new_episode(ids, episode), self._changed, self._error)

    def select(self, capture_ids: list[int]) -> None:
        """Select these captures (the ones a notification was about)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(int(item.data(ID_ROLE)) in capture_ids)

    def attach_to(self, episode_id: int | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if episode_id is None:
            episode_id = self._choose_episode()
            if episode_id is None:
                return
        store, target = self.store, episode_id
        run_db(lambda: store.attach(ids, target), self._changed, self._error)

    def _choose_episode(self) -> int | None:
        episodes = self.episodes.list(drafts=True)
        if not episodes:
            self.status.setText(self.tr("There are no episodes yet; make a new one instead."))
            return None
        labels = [
            f"{e.occurred_at[:16].replace('T', ' ')} — {e.description[:60]}" for e in episodes
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Attach to episode"), self.tr("Episode:"), labels, 0, False
        )
        return episodes[labels.index(choice)].id if ok else None

    def _changed(self, _result: object) -> None:
        self.status.setText(self.tr("Done."))
        self.reload()
        self.episodesChanged.emit()

    def open_capture(self, capture_id: int | None) -> None:
        if capture_id is None:
            ids = self.selected_ids()
            if not ids:
                return
            capture_id = ids[0]
        info = self.infos.get(capture_id)
        store = self.store
        run_db(lambda: store.shown(capture_id), lambda data: self._show(info, data), self._error)

    def _show(self, info: CaptureInfo | None, data: bytes) -> None:
        from vidne.ui.evidence.viewer import CaptureViewer

        shown = kinds.kind_of(info.mime).shown if info is not None else kinds.IMAGE
        if info is not None and shown == kinds.EMAIL:
            view = evidence_import.parse_email(data)
            text = "\n".join(f"{k}: {v}" for k, v in view.headers) + "\n\n" + view.text
            QMessageBox.information(self, info.original_name, text[:20000])
            return
        if shown != kinds.IMAGE:
            self.status.setText(
                self.tr("This file is stored in the vault; it is included in the evidence bundle.")
            )
            return
        viewer = CaptureViewer(data, info, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show_trusted_time(self.store.vault)
        viewer.show()

    def import_files(self, paths: list[Path] | None = None) -> None:
        if paths is None:
            paths = file_dialogs.open_files(
                self,
                self.tr("Import evidence files"),
                Path.home(),
                self.tr("Evidence (%1)").replace("%1", kinds.file_patterns())
                + ";;"
                + self.tr("All files (*)"),
            )
        if not paths:
            return
        vault = self.store.vault
        run_db(lambda: evidence_import.import_files(vault, paths), self._imported, self._error)

    def _imported(self, report: evidence_import.ImportReport) -> None:
        lines = [report.summary()]  # "N imported, M refused", then the reasons
        lines += [d.warning for d in report.imported if d.warning]
        lines += [f"{name}: {message}" for name, message in report.rejected]
        self.status.setText("\n".join(lines))
        self.reload()

    def _error(self, exc: BaseException) -> None:
        self.status.setText(user_message(exc))

    def wipe(self) -> None:
        self.list.clear()
        self.infos = {}
        self.status.clear()
