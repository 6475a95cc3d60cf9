"""Wires capturing into the running app: hotkey, tray, single instance, sealed import.

Created once in ``ui/window/controller.py`` beside the ``VidneApp`` controller. It follows the app's
``unlocked``/``locked`` signals: while unlocked captures go straight into the vault and show in
the main window's Inbox page; while locked they are sealed to the inbox folder and imported
right after the next unlock, a few files per turn of the vault thread (each file its own
transaction, see :mod:`vidne.app.evidence.sealed_inbox`), with one line saying what came in.
The window declares its Capture menu and its Capture settings tab; this controller serves
them (``MainWindow.bind``). Clicking the "capture saved" notification opens the window with a
new episode made from that capture (the full editor, the capture attached when it is saved).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from vidne.app import platform
from vidne.app.errors import HotkeyUnavailable, VaultLocked
from vidne.app.evidence import grab as capture
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.capturer import CaptureService
from vidne.app.evidence.store import CaptureStore
from vidne.app.platform import HotkeyBackend, instance, pick_hotkey_backend
from vidne.ui.evidence.episode_strip import EpisodeCaptures
from vidne.ui.evidence.inbox_page import InboxPage
from vidne.ui.evidence.region_overlay import CaptureOverlay
from vidne.ui.tasks import run_db
from vidne.ui.window import hotkey_settings
from vidne.ui.window.actions import MainAction
from vidne.ui.window.tray import Tray

HIDE_MS = 300  # time for the window manager to take the hidden window off the screen
OFFER_S = 30  # how long after a capture a click on its notification makes an episode of it
STATUS_MS = 15000  # how long "N imported" stays in the status bar
LISTED = 12  # files set aside named in the message; the rest are counted

if TYPE_CHECKING:
    from vidne.app.vault.store import Vault
    from vidne.ui.window.controller import VidneApp


class CaptureController(QObject):
    def __init__(self, app: VidneApp, backend: HotkeyBackend | None | bool = True) -> None:
        super().__init__(app)
        self.app = app
        self.service = CaptureService(app.data_dir, self)
        self.server = instance.InstanceServer(app.data_dir, self)
        self.tray = Tray(parent=self)
        self.backend: HotkeyBackend | None = (
            pick_hotkey_backend() if backend is True else (backend or None)
        )
        self.hotkey_problem = ""
        self.inbox: InboxPage | None = None
        self.episode_captures: EpisodeCaptures | None = None
        self.overlay: CaptureOverlay | None = None
        self.rejected_messages: list[str] = []
        self.import_summary = ""  # the last unlock's import, in one line
        self._import_job: sealed_inbox.InboxImport | None = None
        self._import_shown = 0
        self._show_again = False  # a capture from the window hid it; show it once saved
        self._offer: tuple[int, float] | None = None  # (capture id, when) the notification names
        self._connect()

    def _connect(self) -> None:
        self.server.raiseRequested.connect(self.open_window)
        self.server.captureRequested.connect(self.on_request)
        self.tray.captureScreen.connect(lambda: self.capture_screen("tray", delayed=True))
        self.tray.captureRegion.connect(lambda: self.capture_region("tray"))
        self.tray.openWindow.connect(self.open_window)
        self.tray.icon.messageClicked.connect(self.notification_clicked)
        self.tray.lockRequested.connect(self.app.lock)
        self.tray.quitRequested.connect(self.app.quit)
        self.app.unlocked.connect(self.on_unlocked)
        self.app.locked.connect(self.on_locked)
        self.service.saved.connect(self.on_saved)
        self.service.failed.connect(self.tray.notify_failed)
        self.service.failed.connect(self._restore_window)
        self.service.frozenReady.connect(self.show_overlay)

    # --- start and stop ----------------------------------------------------------------------
    def start(self) -> bool:
        """False when another Vidne already serves this vault (it was asked to raise)."""
        if not self.server.listen():
            instance.ask(self.app.data_dir, {"cmd": "raise"})
            return False
        self.register_hotkey(hotkey_settings.hotkey())
        if Tray.available():
            self.tray.show()
            QApplication.setQuitOnLastWindowClosed(False)  # the tray keeps Vidne running
            self.app.keep_in_tray(Tray.available)
        self.tray.set_locked(True)
        capture.warm_up()
        return True

    def shutdown(self) -> None:
        if self.backend is not None:
            self.backend.close()
        self.server.close()
        self.service.shutdown()
        self.tray.hide()

    def register_hotkey(self, sequence: str) -> str | None:
        """Register *sequence*; None on success, else the translated reason (also kept)."""
        if self.backend is None:
            from vidne.app.platform.wayland_portal import fallback_text

            self.hotkey_problem = fallback_text()
            return self.hotkey_problem
        try:
            self.backend.register(sequence, self._hotkey_pressed)
        except HotkeyUnavailable as exc:
            self.hotkey_problem = exc.message()
            hint = self.backend.fallback_hint()
            return f"{self.hotkey_problem} {hint}".strip()
        self.hotkey_problem = ""
        self.tray.show_hotkey(hotkey_settings.native_text(sequence))  # the menu teaches it
        return None

    def _hotkey_pressed(self) -> None:
        """May run on the backend's thread (X11): grab at once; the rest is on the worker."""
        if self.app.trying_hotkey:  # the welcome's "try it": shown, never stored
            self.app.hotkey_tried.emit()
            return
        self.service.capture(None, "hotkey")

    # --- triggers ----------------------------------------------------------------------------
    def capture_screen(self, trigger: str, target: Any = None, delayed: bool = False) -> None:
        wait = hotkey_settings.delay() if delayed else 0
        QTimer.singleShot(wait * 1000, lambda: self.service.capture(target, trigger))

    def capture_region(self, trigger: str, wait: int | None = None) -> None:
        seconds = hotkey_settings.delay() if wait is None else wait
        QTimer.singleShot(seconds * 1000, lambda: self.service.capture_frozen(trigger))

    def on_request(self, request: dict[str, Any]) -> None:
        if request.get("region"):
            self.capture_region(request["trigger"], request.get("delay", 0))
            return
        target = instance.target_of(request)
        delay = int(request.get("delay", 0))
        QTimer.singleShot(delay * 1000, lambda: self.service.capture(target, request["trigger"]))

    def show_overlay(self, frozen: capture.Grab) -> None:
        self.overlay = CaptureOverlay(frozen)
        self.overlay.selected.connect(lambda rect, f=frozen: self.store_selection(f, rect))
        self.overlay.cancelled.connect(self._restore_window)
        self.overlay.show()
        self.overlay.activateWindow()
        self.overlay.setFocus()

    def store_selection(self, frozen: capture.Grab, rect: QRect) -> None:
        """Store the marked region, named after the window under its centre (not the window
        that had the focus when Vidne hid, which may be another one)."""
        centre = (
            frozen.monitor.left + rect.x() + rect.width() // 2,
            frozen.monitor.top + rect.y() + rect.height() // 2,
        )
        under = platform.active_window().window_at(*centre)
        if under is not None:
            frozen.window_title, frozen.window_program = under
        self.service.store_region(frozen, rect.x(), rect.y(), rect.width(), rect.height())

    # --- window, lock state ------------------------------------------------------------------
    def open_window(self) -> None:
        window = self.app.window
        if window is None:
            self.app.show_unlock()
            return
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def on_unlocked(self) -> None:
        vault, window = self.app.vault, self.app.window
        self.service.set_vault(vault)
        self.tray.set_locked(False)
        if vault is None or window is None:
            return
        self.inbox = window.inbox
        self.episode_captures = window.episode_captures
        window.bind(MainAction.CAPTURE_SCREEN, lambda: self.capture_from_window(False))
        window.bind(MainAction.CAPTURE_REGION, lambda: self.capture_from_window(True))
        window.bind_hotkey_settings(self)
        window.installEventFilter(self)
        self._start_import(vault)

    def backend_name(self) -> str:
        return self.backend.name if self.backend is not None else ""

    def capture_from_window(self, region: bool) -> None:
        """Capture from the window: hide Vidne first so it is not in the picture."""
        window = self.app.window
        if window is not None:
            window.hide()
        wait_ms = HIDE_MS + 1000 * hotkey_settings.delay()
        if region:
            QTimer.singleShot(wait_ms, lambda: self.service.capture_frozen("window"))
        else:
            QTimer.singleShot(wait_ms, lambda: self.service.capture(None, "window"))
        self._show_again = True

    # --- captures sealed while locked -----------------------------------------------------
    def _start_import(self, vault: Vault) -> None:
        """Import the sealed inbox a few files per turn of the vault thread, so the window's
        own loading runs in between; one message at the end."""
        job = sealed_inbox.InboxImport(vault)
        self._import_job = job
        self._import_shown = 0
        run_db(lambda: (job, job.step()), self._import_stepped, self._import_failed)

    def _import_stepped(self, result: tuple[sealed_inbox.InboxImport, bool]) -> None:
        job, more = result
        if job is not self._import_job:
            return  # locked (and perhaps unlocked again) meanwhile
        if len(job.result.imported) > self._import_shown and self.inbox is not None:
            self._import_shown = len(job.result.imported)
            self.inbox.reload()
        if more:
            run_db(lambda: (job, job.step()), self._import_stepped, self._import_failed)
            return
        self._import_job = None
        self._imported(job.result)

    def _imported(self, result: sealed_inbox.ImportResult) -> None:
        """'N imported, M set aside (why), K wait': in the status bar when all went well,
        else in a message that names the files set aside. Those names were chosen by
        whoever put the files there, so the message is plain text, never rich text."""
        self.rejected_messages = [
            f"{sealed_inbox.printable(r.name)}: {r.message}" for r in result.rejected
        ]
        self.import_summary = result.summary()
        window = self.app.window
        if not self.import_summary or window is None:
            return
        if not result.rejected and not result.waiting:
            window.statusBar().showMessage(self.import_summary, STATUS_MS)
            return
        shown = self.rejected_messages[:LISTED]
        if len(self.rejected_messages) > LISTED:
            more = len(self.rejected_messages) - LISTED
            shown.append(self.tr("… and %1 more").replace("%1", str(more)))
        box = QMessageBox(QMessageBox.Icon.Warning, "Vidne", "", parent=window)
        box.setObjectName("sealedRejected")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n\n".join([self.import_summary, "\n".join(shown)]).strip())
        box.open()

    def _import_failed(self, exc: BaseException) -> None:
        from vidne.ui.errors import user_message

        self._import_job = None
        if isinstance(exc, VaultLocked):
            return  # locked while importing: the rest waits for the next unlock
        if self.inbox is not None:
            self.inbox.reload()  # what came in before the failure
        self.tray.notify_failed(user_message(exc))

    def on_locked(self) -> None:
        self._import_job = None
        self.service.set_vault(None)
        self.tray.set_locked(True)
        self.inbox = None
        self.episode_captures = None
        if self.overlay is not None and not self.overlay.isVisible():  # not while selecting
            self.overlay.deleteLater()  # with it the frozen desktop of the last region capture
            self.overlay = None

    def on_saved(self, capture_id: int, sealed: bool, _sha: str) -> None:
        self._offer = None if sealed else (capture_id, time.monotonic())
        self.tray.notify_saved(sealed)
        self._restore_window()
        if self.inbox is not None and not sealed:
            self.inbox.reload()

    def notification_clicked(self) -> None:
        """The "capture saved" notification was clicked: a new episode from that capture."""
        offer, self._offer = self._offer, None
        window = self.app.window
        if offer is None or time.monotonic() - offer[1] > OFFER_S or window is None:
            self.open_window()
            return
        self.open_window()
        store = CaptureStore(window.vault)
        run_db(lambda: store.many([offer[0]]), window.episode_from_captures, self._offer_failed)

    def _offer_failed(self, exc: BaseException) -> None:
        from vidne.ui.errors import user_message

        self.tray.notify_failed(user_message(exc))

    def _restore_window(self, *_args: object) -> None:
        if self._show_again and self.app.window is not None:
            self._show_again = False
            self.app.window.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Close-to-tray: a user's close (spontaneous) hides the window; quitting still closes."""
        if (
            event.type() == QEvent.Type.Close
            and event.spontaneous()
            and watched is self.app.window
            and hotkey_settings.close_to_tray()
            and Tray.available()
        ):
            assert isinstance(watched, QWidget)
            watched.hide()
            self.tray.notify_still_running_once()
            event.ignore()
            return True
        return super().eventFilter(watched, event)
