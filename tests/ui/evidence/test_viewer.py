"""The capture viewer: fitted on opening, titled by its time (not the captured window's title),
says when, how and which SHA-256, and a click anywhere on a blurred capture shows it."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from vidne.app import i18n
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault.store import Vault
from vidne.ui.evidence.blurred_image import set_blur_enabled
from vidne.ui.evidence.viewer import CaptureViewer

pytestmark = pytest.mark.gui


def png(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (40, 90, 200)).save(buf, "PNG")
    return buf.getvalue()


def stored(vault: Vault, size: tuple[int, int] = (2400, 1500)):  # type: ignore[no-untyped-def]
    data = png(size)
    store = CaptureStore(vault)
    capture_id = store.add(
        NewCapture(
            original=data,
            thumb=png((80, 50)),
            mime="image/png",
            captured_at="2026-03-14T17:05:07+00:00",
            utc_offset="+01:00",
            trigger="hotkey",
            width=size[0],
            height=size[1],
            window_title="Facebook – Jens Hansen skriver: du er en idiot",
        )
    )
    return data, store.get(capture_id)


def open_viewer(qtbot: QtBot, data: bytes, info: object) -> CaptureViewer:
    viewer = CaptureViewer(data, info)  # type: ignore[arg-type]
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def test_a_large_capture_opens_fitted_and_keeps_fitting_until_zoomed(
    qtbot: QtBot, vault: Vault
) -> None:
    data, info = stored(vault)
    viewer = open_viewer(qtbot, data, info)
    room = viewer.view.viewport().rect()
    shown = viewer.view.mapFromScene(viewer.item.sceneBoundingRect()).boundingRect()
    assert shown.width() <= room.width() + 1 and shown.height() <= room.height() + 1
    before = viewer.view.zoom
    viewer.resize(viewer.width() // 2, viewer.height() // 2)
    qtbot.waitUntil(lambda: viewer.view.zoom < before)
    viewer.view.set_zoom(1.0)
    viewer.resize(viewer.width() * 2, viewer.height() * 2)
    qtbot.wait(50)
    assert viewer.view.zoom == 1.0  # the user's zoom is kept


def test_a_small_capture_is_not_enlarged(qtbot: QtBot, vault: Vault) -> None:
    data, info = stored(vault, (200, 120))
    assert open_viewer(qtbot, data, info).view.zoom == 1.0


def test_title_is_the_time_and_the_details_say_when_how_and_which_hash(
    qtbot: QtBot, vault: Vault
) -> None:
    data, info = stored(vault)
    viewer = open_viewer(qtbot, data, info)
    assert viewer.windowTitle() == "Capture 2026-03-14 18:05:07"
    assert "Facebook" not in viewer.windowTitle()
    details = viewer.details.text()
    assert "2026-03-14 18:05:07" in details and "Hotkey" in details
    assert info.sha256 in details


def test_danish_title(qtbot: QtBot, vault: Vault) -> None:
    data, info = stored(vault)
    i18n.install("da")
    try:
        viewer = open_viewer(qtbot, data, info)
        assert viewer.windowTitle() == "Skærmbillede 2026-03-14 18:05:07"
        assert "Genvejstast" in viewer.details.text()
    finally:
        i18n.install("en")


def test_a_click_anywhere_on_the_blurred_capture_shows_it(qtbot: QtBot, vault: Vault) -> None:
    set_blur_enabled(True)
    data, info = stored(vault)
    viewer = open_viewer(qtbot, data, info)
    assert not viewer.revealed
    corner = viewer.view.viewport().rect().bottomRight() - viewer.view.viewport().rect().center()
    qtbot.mouseClick(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert viewer.revealed and not viewer.reveal_button.isVisible()
