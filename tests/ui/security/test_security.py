"""Auto-lock (idle, screen lock over real D-Bus), passphrase change, backup and restore in the GUI."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.errors import WrongPassphrase
from vidne.app.platform.screenlock import ScreenLockWatcher
from vidne.app.platform.screenlock_linux import LinuxScreenLock
from vidne.app.platform.screenlock_windows import meaning
from vidne.app.vault import backup
from vidne.app.vault.store import Vault
from vidne.ui.security.autolock import AutoLock, idle_minutes, set_idle_minutes
from vidne.ui.security.backup_actions import BackupActions, auto_backup_enabled
from vidne.ui.tasks import wait_idle
from vidne.ui.window.controller import VidneApp

from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui
NEW = "et nyt og meget langt kodeord 42"
COUNTER = itertools.count()


@pytest.fixture
def controller(qtbot: QtBot, vault_dir: Path) -> Iterator[VidneApp]:
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as vault:
        EpisodeStore(vault).add(
            Episode(
                occurred_at="2026-03-14T18:05:00+01:00",
                channel="sms",
                severity=3,
                description="first",
            )
        )
    ctl = VidneApp(vault_dir, kdf=FAST_KDF)
    yield ctl
    wait_idle()
    if ctl.vault is not None:
        ctl.vault.lock()
    for w in (ctl.window, ctl.unlock_dialog):
        if w is not None:
            w.hide()
    wait_idle()


def unlock(qtbot: QtBot, ctl: VidneApp, secret: str = PASSPHRASE) -> None:
    if ctl.unlock_dialog is None or not ctl.unlock_dialog.isVisible():
        ctl.start()
    dialog = ctl.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(secret)
    with qtbot.waitSignal(ctl.unlocked, timeout=10_000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    wait_idle()


def assert_locked(ctl: VidneApp) -> None:
    assert ctl.vault is None and ctl.window is None
    assert ctl.unlock_dialog is not None and ctl.unlock_dialog.isVisible()
    assert ctl.unlock_dialog.passphrase.text() == ""


# --- idle timer -------------------------------------------------------------------------------
def test_idle_setting_defaults_to_ten_minutes() -> None:
    assert idle_minutes() == 10
    set_idle_minutes(3)
    assert idle_minutes() == 3


def test_idle_timeout_locks_and_input_postpones_it(qtbot: QtBot, controller: VidneApp) -> None:
    autolock = AutoLock(controller, watcher=ScreenLockWatcher(), minutes=1)
    unlock(qtbot, controller)
    assert autolock.timer.isActive() and autolock.timer.interval() == 60_000
    autolock.timer.setInterval(600)  # the minute, shortened for the test
    autolock.timer.start()
    window = controller.window
    assert window is not None
    for _ in range(6):  # 1.2 s of typing: longer than the timeout, so input must reset it
        qtbot.wait(200)
        qtbot.keyClicks(window.editor, "x")
    assert controller.vault is not None
    with qtbot.waitSignal(controller.locked, timeout=3000):
        pass
    assert_locked(controller)
    assert autolock.last_reason == "idle"
    assert not autolock.timer.isActive()


def test_zero_minutes_means_no_idle_lock(qtbot: QtBot, controller: VidneApp) -> None:
    autolock = AutoLock(controller, watcher=ScreenLockWatcher(), minutes=0)
    unlock(qtbot, controller)
    assert not autolock.timer.isActive()
    autolock.watcher.trigger("sleep")  # the system still locks it
    assert_locked(controller)


# --- screen lock and sleep over a real D-Bus --------------------------------------------------
@pytest.fixture
def buses() -> Iterator[tuple[str, str]]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    procs, addresses = [], []
    for _ in range(2):  # one plays the session bus, the other the system bus
        proc = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        addresses.append(proc.stdout.readline().strip())
        procs.append(proc)
    yield addresses[0], addresses[1]
    for proc in procs:
        proc.kill()
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()


def emit(address: str, name: str, path: str, iface: str, member: str, args: list[object]) -> None:
    bus = QDBusConnection.connectToBus(address, name)
    message = QDBusMessage.createSignal(path, iface, member)
    message.setArguments(args)
    assert bus.send(message)


@pytest.mark.parametrize(
    "bus_index, path, iface, member, args, reason",
    [
        (
            0,
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            [True],
            "org.freedesktop.ScreenSaver",
        ),
        (
            0,
            "/org/gnome/ScreenSaver",
            "org.gnome.ScreenSaver",
            "ActiveChanged",
            [True],
            "org.gnome.ScreenSaver",
        ),
        (
            1,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            [True],
            "sleep",
        ),
        (
            1,
            "/org/freedesktop/login1/session/_32",
            "org.freedesktop.login1.Session",
            "Lock",
            [],
            "session-lock",
        ),
    ],
)
def test_system_lock_signals_lock_the_vault(
    qtbot: QtBot,
    controller: VidneApp,
    buses: tuple[str, str],
    bus_index: int,
    path: str,
    iface: str,
    member: str,
    args: list[object],
    reason: str,
) -> None:
    tag = f"{member}-{next(COUNTER)}"  # connection names must be unique per process
    watcher = LinuxScreenLock(
        QDBusConnection.connectToBus(buses[0], f"s-{tag}"),
        QDBusConnection.connectToBus(buses[1], f"y-{tag}"),
    )
    autolock = AutoLock(controller, watcher=watcher, minutes=10)
    assert "org.freedesktop.login1.Manager.PrepareForSleep" in autolock.sources
    unlock(qtbot, controller)
    with qtbot.waitSignal(controller.locked, timeout=5000):
        emit(buses[bus_index], f"e-{tag}", path, iface, member, args)
    assert_locked(controller)
    assert autolock.last_reason == reason
    watcher.stop()


def test_screen_unlock_and_wake_up_do_not_lock(
    qtbot: QtBot, controller: VidneApp, buses: tuple[str, str]
) -> None:
    watcher = LinuxScreenLock(
        QDBusConnection.connectToBus(buses[0], f"s-neg{next(COUNTER)}"),
        QDBusConnection.connectToBus(buses[1], f"y-neg{next(COUNTER)}"),
    )
    AutoLock(controller, watcher=watcher, minutes=10)
    unlock(qtbot, controller)
    with qtbot.waitSignal(watcher.screen_locked, timeout=1500, raising=False) as blocker:
        emit(
            buses[0],
            f"e-neg{next(COUNTER)}",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            [False],
        )
        emit(
            buses[1],
            f"e-neg{next(COUNTER)}",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            [False],
        )
    assert not blocker.signal_triggered
    assert controller.vault is not None
    watcher.stop()


def test_windows_session_messages_are_recognised() -> None:
    assert meaning(0x02B1, 0x7) == "session-lock"
    assert meaning(0x0218, 0x4) == "sleep"
    assert meaning(0x02B1, 0x8) is None  # WTS_SESSION_UNLOCK
    assert meaning(0x0312, 0x7) is None


# --- change passphrase ------------------------------------------------------------------------
def test_change_passphrase_dialog(qtbot: QtBot, controller: VidneApp, vault_dir: Path) -> None:
    actions = BackupActions(controller)
    unlock(qtbot, controller)
    window = controller.window
    assert window is not None
    names = [a.objectName() for a in window.file_menu.actions()]
    assert {"backupAction", "restoreAction", "changePassphraseAction"} <= set(names)
    dialog = actions.change_passphrase()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.old, "forkert gammelt kodeord")
    qtbot.keyClicks(dialog.first, "kort")
    assert not dialog.ok_button.isEnabled() and "at least 10" in dialog.error.text()
    assert dialog.meter.bar.value() == 0
    dialog.first.setText(NEW)
    assert dialog.meter.bar.value() >= 3
    dialog.second.setText(NEW)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wrong" in dialog.error.text(), timeout=10_000)
    assert dialog.old.text() == ""
    Vault.open(vault_dir, PASSPHRASE).lock()  # nothing changed
    dialog.old.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.first.text() == dialog.second.text() == dialog.old.text() == ""
    Vault.open(vault_dir, NEW).lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)


def test_locking_clears_an_open_passphrase_dialog(qtbot: QtBot, controller: VidneApp) -> None:
    actions = BackupActions(controller)
    unlock(qtbot, controller)
    dialog = actions.change_passphrase()
    assert dialog is not None
    dialog.old.setText(PASSPHRASE)
    dialog.first.setText(NEW)
    controller.lock()
    assert dialog.old.text() == "" and dialog.first.text() == ""
    assert not dialog.isVisible()


# --- backup and restore -----------------------------------------------------------------------
def test_unlock_makes_the_daily_backup(qtbot: QtBot, controller: VidneApp, vault_dir: Path) -> None:
    actions = BackupActions(controller)
    with qtbot.waitSignal(actions.auto_backup_done, timeout=10_000) as blocker:
        unlock(qtbot, controller)
    made = Path(blocker.args[0])
    assert made.parent == vault_dir / "backups"
    assert backup.verify(made, PASSPHRASE, vault_dir).records == 1
    toggle = controller.window.findChild(QAction, "autoBackupAction")  # type: ignore[union-attr]
    assert toggle.isChecked()
    toggle.trigger()
    assert not auto_backup_enabled()


def test_back_up_now_then_restore_through_the_gui(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path, tmp_path: Path
) -> None:
    actions = BackupActions(controller)
    unlock(qtbot, controller)
    with qtbot.waitSignal(actions.backup_done, timeout=10_000):
        actions.back_up_to(tmp_path / "mine.vidnebackup")
    assert controller.window is not None
    assert "mine.vidnebackup" in controller.window.statusBar().currentMessage()
    vault = controller.vault
    assert vault is not None
    EpisodeStore(vault).add(
        Episode(
            occurred_at="2026-03-15T09:00:00+01:00",
            channel="email",
            severity=2,
            description="after the backup",
        )
    )
    with qtbot.waitSignal(actions.restore_done, timeout=15_000) as blocker:
        actions.check_then_restore(tmp_path / "mine.vidnebackup", PASSPHRASE, confirm=False)
    assert_locked(controller)
    aside = blocker.args[0]
    assert aside is not None and Path(aside).parent == vault_dir
    unlock(qtbot, controller)
    assert controller.window is not None
    qtbot.waitUntil(lambda: controller.window.model.rowCount() == 1, timeout=5000)
    with Vault.open(Path(aside), PASSPHRASE) as old:  # the replaced vault, kept whole
        assert len(EpisodeStore(old).list()) == 2


def test_restore_of_a_bad_file_says_so_and_keeps_the_vault_open(
    qtbot: QtBot, controller: VidneApp, tmp_path: Path
) -> None:
    actions = BackupActions(controller)
    unlock(qtbot, controller)
    bad = tmp_path / "bad.vidnebackup"
    bad.write_bytes(b"PK\x03\x04 not really")
    with qtbot.waitSignal(actions.failed, timeout=10_000) as blocker:
        actions.check_then_restore(bad, PASSPHRASE, confirm=False)
    assert "not a usable Vidne backup" in blocker.args[0]
    assert controller.vault is not None and controller.vault.is_open
