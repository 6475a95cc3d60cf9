"""Inbox page, viewer, tray and hotkey settings with real widgets over a real vault."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.platform.fake import FakeHotkeyBackend
from vidne.app.vault.store import Vault
from vidne.ui.evidence.inbox_page import InboxPage
from vidne.ui.evidence.viewer import CaptureViewer
from vidne.ui.tasks import wait_idle
from vidne.ui.window import hotkey_settings
from vidne.ui.window.hotkey_settings import HotkeySettings
from vidne.ui.window.tray import Tray

pytestmark = pytest.mark.gui


def png(color: tuple[int, int, int], size: tuple[int, int] = (320, 200)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def add(vault: Vault, when: str, title: str) -> int:
    data = png((200, 30, 30))
    return CaptureStore(vault).add(
        NewCapture(
            original=data,
            thumb=png((200, 30, 30), (80, 50)),
            mime="image/png",
            captured_at=when,
            utc_offset="+01:00",
            trigger="hotkey",
            width=320,
            height=200,
            window_title=title,
        )
    )


def page(qtbot: QtBot, vault: Vault) -> InboxPage:
    widget = InboxPage(vault)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.countChanged, timeout=5000):
        widget.reload()
    return widget


def test_inbox_shows_thumbnails_with_local_time_and_title(qtbot: QtBot, vault: Vault) -> None:
    add(vault, "2026-03-14T17:05:07.000+00:00", "Facebook – Forældregruppe")
    widget = page(qtbot, vault)
    assert widget.list.count() == 1
    item = widget.list.item(0)
    assert "2026-03-14 18:05:07" in item.text() and "Forældregruppe" in item.text()
    assert not item.icon().isNull()
    assert not widget.empty.isVisible()


def test_new_episode_from_two_selected_captures(qtbot: QtBot, vault: Vault) -> None:
    add(vault, "2026-03-14T17:30:00.000+00:00", "b")
    add(vault, "2026-03-14T17:05:00.000+00:00", "a")
    widget = page(qtbot, vault)
    widget.list.selectAll()
    with qtbot.waitSignal(widget.episodesChanged, timeout=5000):
        widget.make_episode("Trusler i kommentarfeltet")
    qtbot.waitUntil(lambda: widget.list.count() == 0, timeout=5000)
    [episode] = EpisodeStore(vault).list(drafts=True)  # to complete in the editor
    assert episode.draft and episode.severity == 0
    assert episode.occurred_at == "2026-03-14T18:05:00+01:00"
    assert len(CaptureStore(vault).for_episode(episode.id or 0)) == 2


def test_attach_selected_capture_to_an_existing_episode(qtbot: QtBot, vault: Vault) -> None:
    ep = EpisodeStore(vault).add(Episode(description="Opkald", severity=2))
    keep = add(vault, "2026-03-14T17:00:00.000+00:00", "keep")
    add(vault, "2026-03-14T17:05:00.000+00:00", "attach")
    widget = page(qtbot, vault)
    widget.list.item(0).setSelected(True)  # newest first: "attach"
    with qtbot.waitSignal(widget.episodesChanged, timeout=5000):
        widget.attach_to(ep.id)
    qtbot.waitUntil(lambda: widget.list.count() == 1, timeout=5000)
    assert [c.id for c in CaptureStore(vault).inbox()] == [keep]


def test_import_reports_wrong_extension_and_refusals(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (5, 5)).save(buf, "JPEG")
    (tmp_path / "a.png").write_bytes(buf.getvalue())
    (tmp_path / "b.png").write_bytes(b"nope")
    widget = page(qtbot, vault)
    with qtbot.waitSignal(widget.countChanged, timeout=5000):
        widget.import_files([tmp_path / "a.png", tmp_path / "b.png"])
    assert widget.list.count() == 1
    assert "JPEG" in widget.status.text() and "b.png" in widget.status.text()


def test_viewer_zooms_and_fits(qtbot: QtBot) -> None:
    viewer = CaptureViewer(png((1, 2, 3), (1600, 900)), "x")
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.valid and "1600 × 900" in viewer.size_label.text()
    opened = viewer.view.zoom
    assert opened < 1.0  # opens fitted to the window
    qtbot.mouseClick(viewer.findChild(QPushButton, "zoomIn"), Qt.MouseButton.LeftButton)
    assert viewer.view.zoom == pytest.approx(opened * 1.25)
    viewer.fit()
    assert viewer.view.zoom < 1.0
    assert not CaptureViewer(b"garbage").valid


def test_tray_menu_and_notification_text(qtbot: QtBot) -> None:
    tray = Tray()
    names = [a.objectName() for a in tray.menu.actions() if a.objectName()]
    assert names == [
        "tray_captureScreen",
        "tray_captureRegion",
        "tray_openWindow",
        "tray_lock",
        "tray_quit",
    ]
    with qtbot.waitSignal(tray.captureRegion, timeout=1000):
        tray.actions["captureRegion"].trigger()
    assert "locked" in tray.saved_message(True) and "Inbox" in tray.saved_message(False)


@pytest.fixture
def clean_capture_settings() -> Iterator[None]:
    """QSettings may outlive the per-test config dir: never leak a changed hotkey."""
    from vidne.ui.settings import settings

    for key in (hotkey_settings.KEY_HOTKEY, hotkey_settings.KEY_DELAY, hotkey_settings.KEY_TRAY):
        settings().remove(key)
    yield
    for key in (hotkey_settings.KEY_HOTKEY, hotkey_settings.KEY_DELAY, hotkey_settings.KEY_TRAY):
        settings().remove(key)


@pytest.mark.usefixtures("clean_capture_settings")
def test_hotkey_settings_show_the_reason_a_combination_fails(qtbot: QtBot) -> None:
    backend = FakeHotkeyBackend(taken={"Ctrl+Alt+Shift+S"})

    def registrar(seq: str) -> str | None:
        try:
            backend.register(seq, lambda: None)
        except Exception as exc:  # noqa: BLE001 - the widget shows exc.message()
            return exc.message()  # type: ignore[attr-defined]
        return None

    widget = HotkeySettings(None, registrar)
    qtbot.addWidget(widget)
    assert widget.sequence() == "Ctrl+Alt+Shift+S"
    assert not widget.register()
    assert "already used by another program" in widget.status.text()
    widget.edit.setKeySequence(QKeySequence("Ctrl+Shift+Print"))
    assert widget.register() and backend.sequence == "Ctrl+Shift+Print"
    assert hotkey_settings.hotkey() == "Ctrl+Shift+Print"
    widget.delay_combo.setCurrentIndex(2)
    widget.apply()
    assert hotkey_settings.delay() == 5
    wait_idle()


def test_the_import_dialog_offers_every_evidence_kind(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vidne.app.evidence import kinds
    from vidne.ui import file_dialogs

    asked: list[str] = []

    def choose(*args: object) -> list[Path]:
        asked.append(str(args[3]))
        return []

    monkeypatch.setattr(file_dialogs, "open_files", choose)
    page(qtbot, vault).import_files()
    [offered] = asked
    assert all(f"*{ext}" in offered for kind in kinds.KINDS for ext in kind.extensions)
    assert offered.endswith(";;All files (*)")


def test_an_email_opens_as_text_and_a_pdf_is_only_named(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    (tmp_path / "trussel.eml").write_bytes(
        b"From: troll@example.invalid\r\nTo: mig@example.invalid\r\nSubject: Dig\r\n\r\nHej.\r\n"
    )
    (tmp_path / "anmeldelse.pdf").write_bytes(b"%PDF-1.4 x")
    widget = page(qtbot, vault)
    with qtbot.waitSignal(widget.countChanged, timeout=5000):
        widget.import_files([tmp_path / "trussel.eml", tmp_path / "anmeldelse.pdf"])
    by_name = {i.original_name: i.id for i in widget.infos.values()}
    widget.open_capture(by_name["trussel.eml"])
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "Subject: Dig" in shown[0] and "Hej." in shown[0]
    widget.open_capture(by_name["anmeldelse.pdf"])
    qtbot.waitUntil(lambda: "evidence bundle" in widget.status.text(), timeout=5000)
