"""Evidence in every natural way: Ctrl+V of a screenshot or of copied files, and drag-and-drop.

Windows' Win+Shift+S (which the Guide recommends), macOS and most Linux screenshot tools put
the picture on the clipboard; file managers put copied files there as URLs. Anywhere in the
main window, Ctrl+V with a picture or files on the clipboard (and not text being pasted into a
text field) brings them in; so does dropping files or a picture on the window. A picture is
stored as an imported capture (trigger "clipboard", see :mod:`vidne.app.evidence.pasted`),
files through the ordinary file import. Where it goes depends on what is in front:

- the Episodes tab: into the episode being edited (attached when it is saved, if it is new);
- any other tab: into the Inbox, with a line in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from vidne.app.evidence import file_import, pasted
from vidne.ui.errors import user_message
from vidne.ui.tasks import run_db

if TYPE_CHECKING:
    from vidne.ui.window.main_window import MainWindow

STATUS_MS = 8000
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)


def files_in(mime: QMimeData) -> list[Path]:
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def picture_in(mime: QMimeData) -> QImage | None:
    if not mime.hasImage():
        return None
    image = mime.imageData()
    return image if isinstance(image, QImage) and not image.isNull() else None


def is_evidence(mime: QMimeData) -> bool:
    return bool(files_in(mime)) or picture_in(mime) is not None


def pixels(image: QImage) -> tuple[bytes, int, int]:
    """RGBA bytes without row padding (RGBA8888 rows are 4-byte aligned already)."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height = rgba.width(), rgba.height()
    data = bytes(rgba.constBits())[: width * height * 4]
    return data, width, height


class EvidenceIntake(QObject):
    """Ctrl+V anywhere in the window (an action with the standard Paste key, and a filter on
    the text fields, which take Ctrl+V for themselves) and drops on the window or its fields."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Paste evidence"), window)
        self.action.setObjectName("pasteEvidence")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda: self.paste())
        window.addAction(self.action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        for field in window.findChildren(QWidget):
            if isinstance(field, TEXT_FIELDS):
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Paste) and watched is not self.window:
                return self.paste(watched if isinstance(watched, QWidget) else None)
            return False
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
        mime = event.mimeData()
        if not is_evidence(mime):
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            self.take(mime)
        return True

    def paste(self, focus: QWidget | None = None) -> bool:
        """Ctrl+V: True if the clipboard held evidence (taken), False to let Qt paste text."""
        mime = QApplication.clipboard().mimeData()
        if mime is None or not is_evidence(mime):
            return False
        if isinstance(focus, TEXT_FIELDS) and mime.hasText() and not files_in(mime):
            return False  # text with a picture (a browser's copy): the field pastes the text
        self.take(mime)
        return True

    # --- storing -----------------------------------------------------------------------------
    def take(self, mime: QMimeData) -> None:
        """Store what *mime* holds and hand it to the episode or the Inbox."""
        vault, paths, image = self.window.vault, files_in(mime), picture_in(mime)
        if paths:
            run_db(lambda: file_import.import_files(vault, paths), self._files_in, self._failed)
        elif image is not None:
            rgba, width, height = pixels(image)
            run_db(
                lambda: pasted.store_pixels(vault, rgba, width, height),
                self._picture_in,
                self._failed,
            )

    def _files_in(self, report: file_import.ImportReport) -> None:
        ids = [item.capture_id for item in report.imported]
        problems = [f"{name}: {message}" for name, message in report.rejected]
        self._arrived(ids, problems)

    def _picture_in(self, capture_id: int) -> None:
        self._arrived([capture_id], [])

    def _arrived(self, ids: list[int], problems: list[str]) -> None:
        window = self.window
        to_episode = window.pages.currentIndex() == 0 and bool(ids)
        if to_episode:
            window.editor.take_evidence(ids)
            text = self.tr("%n item(s) added to the episode.", "", len(ids))
        else:
            text = self.tr("%n item(s) added to the Inbox.", "", len(ids))
        window.inbox.reload()
        window.statusBar().showMessage(" ".join([text, *problems]), STATUS_MS)

    def _failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(user_message(exc), STATUS_MS)
