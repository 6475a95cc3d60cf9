"""Wires capturing into the running app: hotkey, tray, single instance, sealed import.

Created once in ``ui/window/controller.py`` beside the ``VidneApp`` controller. It follows the app's
``unlocked``/``locked`` signals: while unlocked captures go straight into the vault and show in
the main window's Inbox page; while locked they are sealed to the inbox folder and imported
(one transaction) right after the next unlock. The window declares its Capture menu and its
Capture settings tab; this controller serves them (``MainWindow.bind``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from vidne.app.errors import HotkeyUnavailable
from vidne.app.evidence import grab as capture
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.capturer import CaptureService
from vidne.app.platform import HotkeyBackend, instance, pick_hotkey_backend
from vidne.ui.evidence.episode_strip import EpisodeCaptures
from vidne.ui.evidence.inbox_page import InboxPage
from vidne.ui.evidence.region_overlay import CaptureOverlay
from vidne.ui.tasks import run_db
from vidne.ui.window import hotkey_settings
from vidne.ui.window.actions import MainAction
from vidne.ui.window.tray import Tray

HIDE_MS = 300  # time for the window manager to take the hidden window off the screen

if TYPE_CHECKING:
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
        self._show_again = False  # a capture from the window hid it; show it once saved
        self._connect()

    def _connect(self) -> None:
        self.server.raiseRequested.connect(self.open_window)
        self.server.captureRequested.connect(self.on_request)
        self.tray.captureScreen.connect(lambda: self.capture_screen("tray", delayed=True))
        self.tray.captureRegion.connect(lambda: self.capture_region("tray"))
        self.tray.openWindow.connect(self.open_window)
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
        run_db(lambda: sealed_inbox.import_pending(vault), self._imported, self._import_failed)

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

    def _imported(self, result: sealed_inbox.ImportResult) -> None:
        if self.inbox is not None:
            self.inbox.reload()
        self.rejected_messages = [f"{r.name}: {r.message}" for r in result.rejected]
        if self.rejected_messages and self.app.window is not None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Vidne",
                "\n\n".join(self.rejected_messages),
                parent=self.app.window,
            )
            box.setObjectName("sealedRejected")
            box.open()

    def _import_failed(self, exc: BaseException) -> None:
        from vidne.ui.errors import user_message

        self.tray.notify_failed(user_message(exc))

    def on_locked(self) -> None:
        self.service.set_vault(None)
        self.tray.set_locked(True)
        self.inbox = None
        self.episode_captures = None

    def on_saved(self, _capture_id: int, sealed: bool, _sha: str) -> None:
        self.tray.notify_saved(sealed)
        self._restore_window()
        if self.inbox is not None and not sealed:
            self.inbox.reload()

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
