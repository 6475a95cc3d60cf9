"""Every file dialog of the app, so that choosing a file leaves no trace of its name.

The desktop's own dialogs remember what they were used for: GTK's file chooser (and the
xdg-desktop-portal one, which is GTK's or KDE's) adds each chosen file to
``~/.local/share/recently-used.xbel``, which the file manager and the desktop search show —
"…report-for-police.pdf" in the Recent list of a shared family laptop. The Windows dialog adds
to Recent Items the same way. So Vidne uses Qt's own dialog (``DontUseNativeDialog``), which
records no recent file anywhere, and after it closes removes what that dialog keeps in Qt's
settings file (``QtProject.conf``: the folders visited, ``history`` and ``lastVisited``).
The price is a dialog that looks like Qt's rather than the desktop's (and no portal, so Vidne
is not meant to run in a Flatpak sandbox).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

# What QFileDialog writes to QtProject.conf when it is destroyed (QFileDialogPrivate::
# saveSettings) that says where the user has been.
REMEMBERED = ("history", "lastVisited")


def forget_places() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in REMEMBERED:
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def _run(dialog: QFileDialog) -> list[str]:
    dialog.setObjectName("vidneFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    shiboken6.delete(dialog)  # its destructor writes the places visited: now, then forget them
    forget_places()
    return chosen


def _dialog(parent: QWidget | None, caption: str, start: Path | str, filters: str) -> QFileDialog:
    """*start* is a folder, or a file to preselect (a bare name: in the home folder)."""
    start = Path(start).expanduser()
    folder = start if start.is_dir() else start.parent if start.parent != Path() else Path.home()
    dialog = QFileDialog(parent, caption, str(folder), filters)
    if folder != start:
        dialog.selectFile(start.name)
    return dialog


def open_file(parent: QWidget | None, caption: str, start: Path | str, filters: str) -> Path | None:
    """One existing file, or None when cancelled."""
    dialog = _dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None


def open_files(parent: QWidget | None, caption: str, start: Path | str, filters: str) -> list[Path]:
    """Existing files (none when cancelled)."""
    dialog = _dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return [Path(name) for name in _run(dialog)]


def save_file(parent: QWidget | None, caption: str, start: Path | str, filters: str) -> Path | None:
    """Where to write (*start* may name the suggested file), or None when cancelled; asks before
    replacing an existing file, as the static QFileDialog function does."""
    dialog = _dialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None
