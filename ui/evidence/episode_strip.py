"""The captures of the selected episode, as a strip of thumbnails docked in the main window.

Double-click opens one full size (zoom, pan); "Back to Inbox" unlinks it from the episode
(the capture itself, being evidence, stays in the vault). Added by the capture controller,
so the episode editor does not need to know about captures.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from vidne.app.evidence import origin, redaction
from vidne.app.evidence.store import CaptureInfo, CaptureStore
from vidne.app.vault.store import Vault
from vidne.ui import plain_text
from vidne.ui.errors import user_message
from vidne.ui.evidence.blurred_image import thumbnail_pixmap
from vidne.ui.evidence.inbox_page import ID_ROLE, local_label
from vidne.ui.tasks import run_db

# What the vault thread hands back for one episode: its id, its captures and their thumbnails.
Loaded = tuple[int, list[CaptureInfo], dict[int, bytes]]


class EpisodeCaptures(QWidget):
    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episodeCaptures")
        self.vault = vault
        self.store = CaptureStore(vault)
        self.episode_id: int | None = None
        self.infos: dict[int, CaptureInfo] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("episodeCaptureList")
        self.list.setAccessibleName(self.tr("Captures of this episode"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(QSize(120, 80))
        self.list.setFixedHeight(130)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(self._open)
        self.label = QLabel(self)
        self.label.setObjectName("episodeCapturesLabel")
        self.detach_button = QPushButton(self.tr("Back to Inbox"), self)
        self.detach_button.setObjectName("detachCapture")
        self.detach_button.clicked.connect(self.detach_selected)
        self.redact_button = QPushButton(self.tr("Black out for the report…"), self)
        self.redact_button.setObjectName("redactCapture")
        self.redact_button.setToolTip(
            self.tr(
                "Cover names or details with black boxes in a copy for the report; the original "
                "stays untouched."
            )
        )
        self.redact_button.clicked.connect(self.redact_selected)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.redact_button)
        row.addWidget(self.detach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.show_episode(None)

    def _show_list(self, shown: bool) -> None:
        """The thumbnails only where there are some: on a laptop screen an empty strip of
        130 pixels is room the list and the editor need (one line says what to do instead)."""
        for widget in (self.list, self.redact_button, self.detach_button):
            widget.setVisible(shown)
        self.setMaximumHeight(self.sizeHint().height())  # a strip, not a page

    def show_episode(self, episode_id: int | None) -> None:
        self.episode_id = episode_id
        self.list.clear()
        self.detach_button.setEnabled(False)
        self.redact_button.setEnabled(False)
        if episode_id is None:
            self.label.setText(self.tr("Select an episode to see its captures."))
            self._show_list(False)
            return
        store = self.store

        def load() -> Loaded:
            infos = store.for_episode(episode_id)
            return episode_id, infos, store.thumbs(i.id for i in infos)

        # Bound methods as callbacks: run_db drops the result if this widget is gone by then.
        run_db(load, self._loaded, self._error)

    def _loaded(self, result: Loaded) -> None:
        episode_id, infos, thumbs = result
        if episode_id != self.episode_id:
            return  # the user moved on meanwhile
        self.infos = {i.id: i for i in infos}
        self.list.clear()  # two loads of the same episode may both arrive
        self.label.setText(
            self.tr("Captures of this episode: %n", "", len(infos))
            if infos
            else self.tr("No captures yet – paste one (Ctrl+V) or drop a file on the window.")
        )
        self._show_list(bool(infos))
        for info in infos:
            text = local_label(info)
            tip = f"{info.window_title or info.original_name}\nSHA-256 {info.sha256}"
            if origin.unverifiable(info):  # came through the sealed inbox: its word only
                text += "\n" + self.tr("taken while locked")
                tip += "\n" + origin.note()
            if info.redacted_from is not None:  # a blacked-out copy is never mistaken for one
                text += "\n" + self.tr("redacted")
                tip += "\n" + redaction.mark(info.redacted_from)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, info.id)
            item.setToolTip(plain_text.tooltip(tip))
            if info.id in thumbs:
                item.setIcon(QIcon(thumbnail_pixmap(thumbs[info.id])))
            self.list.addItem(item)
        self.detach_button.setEnabled(bool(infos))

    def _open(self, item: QListWidgetItem) -> None:
        capture_id = int(item.data(ID_ROLE))
        info = self.infos.get(capture_id)
        store = self.store
        run_db(lambda: (info, store.shown(capture_id)), self._show_viewer, self._error)

    def _show_viewer(self, result: tuple[CaptureInfo | None, bytes]) -> None:
        from vidne.ui.evidence.viewer import CaptureViewer

        info, data = result
        viewer = CaptureViewer(data, info, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show_trusted_time(self.vault)
        viewer.show()

    def _selection_changed(self) -> None:
        items = self.list.selectedItems()
        info = self.infos.get(int(items[0].data(ID_ROLE))) if len(items) == 1 else None
        self.redact_button.setEnabled(info is not None and info.mime.startswith("image/"))

    def redact_selected(self) -> None:
        from vidne.ui.evidence.redact_dialog import RedactDialog

        items = self.list.selectedItems()
        if len(items) != 1:
            return
        dialog = RedactDialog(self.vault, int(items[0].data(ID_ROLE)), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._reload_and_announce)
        dialog.open()

    def detach_selected(self) -> None:
        items = self.list.selectedItems()
        if not items or self.episode_id is None:
            return
        store, episode_id = self.store, self.episode_id
        ids = [int(i.data(ID_ROLE)) for i in items]

        def detach() -> None:
            for cid in ids:
                store.detach(cid, episode_id)

        run_db(detach, self._reload_and_announce, self._error)

    def _reload_and_announce(self, _result: object = None) -> None:
        """After a change to the captures: show them again and tell the editor."""
        self.show_episode(self.episode_id)
        self.changed.emit()

    def _error(self, exc: BaseException) -> None:
        self.label.setText(user_message(exc))
