"""Every action of the main window, and where each one appears, declared in this one module.

After Picard's ``picard/ui/mainwindow/actions.py``: each action has a key in :class:`MainAction`
(whose value is the action's objectName, which tests and the menus use) and a factory
registered with :func:`add_action` that makes the ``QAction``. :data:`FILE_MENU`,
:data:`CAPTURE_MENU`, :data:`HELP_MENU` and :data:`TOOLBAR` say where the actions go, in order.

Most actions are handled by the window itself. A few are served by features that live longer
than one unlocked window (capture, backups, auto-lock): their actions start disabled, and the
feature supplies the behaviour with :meth:`MainWindow.bind` once the window exists.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from vidne.app.i18n import translate

if TYPE_CHECKING:
    from vidne.ui.window.main_window import MainWindow


class MainAction(StrEnum):
    """The window's actions; the value is the QAction's objectName."""

    NEW_EPISODE = "newAction"
    DELETE_EPISODE = "deleteAction"
    LOCK = "lockAction"
    SENDERS = "sendersAction"
    IMPORT_CSV = "importCsvAction"
    REPORT = "reportAction"
    BACKUP = "backupAction"
    RESTORE = "restoreAction"
    CHANGE_PASSPHRASE = "changePassphraseAction"
    AUTO_BACKUP = "autoBackupAction"
    AUTOLOCK = "autolockAction"
    SETTINGS = "settingsAction"
    QUIT = "quitAction"
    CAPTURE_SCREEN = "windowCaptureScreen"
    CAPTURE_REGION = "windowCaptureRegion"
    IMPORT_EVIDENCE = "importEvidenceAction"
    GUIDE = "guideAction"
    ABOUT = "aboutAction"


SEPARATOR = None
MenuItems = tuple[MainAction | None, ...]

TOOLBAR: MenuItems = (MainAction.NEW_EPISODE, MainAction.DELETE_EPISODE, MainAction.LOCK)
FILE_MENU: MenuItems = (
    MainAction.NEW_EPISODE,
    MainAction.DELETE_EPISODE,
    MainAction.LOCK,
    SEPARATOR,
    MainAction.SENDERS,
    MainAction.IMPORT_CSV,
    MainAction.REPORT,
    SEPARATOR,
    MainAction.BACKUP,
    MainAction.RESTORE,
    MainAction.CHANGE_PASSPHRASE,
    MainAction.AUTO_BACKUP,
    MainAction.AUTOLOCK,
    SEPARATOR,
    MainAction.SETTINGS,
    MainAction.QUIT,  # last, as on every desktop
)
CAPTURE_MENU: MenuItems = (
    MainAction.CAPTURE_SCREEN,
    MainAction.CAPTURE_REGION,
    MainAction.IMPORT_EVIDENCE,
)
HELP_MENU: MenuItems = (MainAction.GUIDE, MainAction.ABOUT)

ActionFactory = Callable[["MainWindow"], QAction]
_FACTORIES: dict[MainAction, ActionFactory] = {}


def add_action(key: MainAction) -> Callable[[ActionFactory], ActionFactory]:
    """Register the decorated function as the factory of *key* (only used in this module)."""

    def decorator(fn: ActionFactory) -> ActionFactory:
        _FACTORIES[key] = fn
        return fn

    return decorator


def create_actions(window: MainWindow) -> dict[MainAction, QAction]:
    """One QAction per key, parented to and added to *window* (so shortcuts work anywhere)."""
    missing = set(MainAction) - set(_FACTORIES)
    assert not missing, f"actions without a factory: {missing}"
    actions: dict[MainAction, QAction] = {}
    for key in MainAction:
        action = _FACTORIES[key](window)
        action.setObjectName(key.value)
        window.addAction(action)
        actions[key] = action
    return actions


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object] | None = None,
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    """An action; without *slot* it is disabled until a feature binds it."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    if slot is None:
        action.setEnabled(False)
    else:
        action.triggered.connect(slot)
    return action


# --- handled by the window -------------------------------------------------------------------
@add_action(MainAction.NEW_EPISODE)
def _new_episode(window: MainWindow) -> QAction:
    return _action(
        window,
        translate("MainWindow", "New episode"),
        window.new_episode,
        QKeySequence.StandardKey.New,
    )


@add_action(MainAction.DELETE_EPISODE)
def _delete_episode(window: MainWindow) -> QAction:
    return _action(
        window,
        translate("MainWindow", "Delete episode…"),
        window.delete_episode,
        QKeySequence.StandardKey.Delete,
    )


@add_action(MainAction.LOCK)
def _lock(window: MainWindow) -> QAction:
    return _action(
        window,
        translate("MainWindow", "Lock now"),
        window.lock_requested.emit,
        QKeySequence("Ctrl+L"),
    )


@add_action(MainAction.SENDERS)
def _senders(window: MainWindow) -> QAction:
    return _action(window, translate("MainWindow", "Senders…"), window.open_senders)


@add_action(MainAction.IMPORT_CSV)
def _import_csv(window: MainWindow) -> QAction:
    return _action(
        window, translate("MainWindow", "Import from a spreadsheet (CSV)…"), window.open_csv_import
    )


@add_action(MainAction.REPORT)
def _report(window: MainWindow) -> QAction:
    return _action(
        window,
        translate("MainWindow", "Report and evidence bundle…"),
        window.open_export,
        QKeySequence("Ctrl+P"),
    )


@add_action(MainAction.SETTINGS)
def _settings(window: MainWindow) -> QAction:
    action = _action(
        window,
        translate("MainWindow", "Settings…"),
        window.open_settings,
        QKeySequence.StandardKey.Preferences,
    )
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    return action


@add_action(MainAction.QUIT)
def _quit(window: MainWindow) -> QAction:
    action = _action(
        window,
        translate("MainWindow", "Quit"),
        window.quit_requested.emit,
        QKeySequence.StandardKey.Quit,
    )
    action.setMenuRole(QAction.MenuRole.QuitRole)
    return action


@add_action(MainAction.IMPORT_EVIDENCE)
def _import_evidence(window: MainWindow) -> QAction:
    return _action(
        window, translate("MainWindow", "Import evidence files…"), window.inbox.import_files
    )


@add_action(MainAction.GUIDE)
def _guide(window: MainWindow) -> QAction:
    return _action(
        window,
        translate("MainWindow", "Guide"),
        window.show_guide,
        QKeySequence.StandardKey.HelpContents,
    )


@add_action(MainAction.ABOUT)
def _about(window: MainWindow) -> QAction:
    action = _action(window, translate("MainWindow", "About Vidne"), window.show_about)
    action.setMenuRole(QAction.MenuRole.AboutRole)
    return action


# --- served by features that outlive the window (bound with MainWindow.bind) ------------------
@add_action(MainAction.BACKUP)
def _backup(window: MainWindow) -> QAction:
    return _action(window, translate("MainWindow", "Back up now…"))


@add_action(MainAction.RESTORE)
def _restore(window: MainWindow) -> QAction:
    return _action(window, translate("MainWindow", "Restore from backup…"))


@add_action(MainAction.CHANGE_PASSPHRASE)
def _change_passphrase(window: MainWindow) -> QAction:
    return _action(window, translate("MainWindow", "Change passphrase…"))


@add_action(MainAction.AUTO_BACKUP)
def _auto_backup(window: MainWindow) -> QAction:
    action = _action(window, translate("MainWindow", "Automatic daily backups"))
    action.setCheckable(True)
    return action


@add_action(MainAction.AUTOLOCK)
def _autolock(window: MainWindow) -> QAction:
    return _action(window, translate("MainWindow", "Auto-lock after…"))


@add_action(MainAction.CAPTURE_SCREEN)
def _capture_screen(window: MainWindow) -> QAction:
    return _action(window, translate("MainWindow", "Capture screen"))


def show_hotkey(action: QAction, shortcut: str) -> None:
    """Show the global capture hotkey beside *action* ('' when there is none).

    Written after a tab, where menus show shortcuts, but not set as the action's shortcut:
    the desktop delivers the combination to the global hotkey, which captures from anywhere.
    """
    text = action.text().split("\t")[0]
    action.setText(f"{text}\t{shortcut}" if shortcut else text)


@add_action(MainAction.CAPTURE_REGION)
def _capture_region(window: MainWindow) -> QAction:
    return _action(window, translate("MainWindow", "Capture region"))
