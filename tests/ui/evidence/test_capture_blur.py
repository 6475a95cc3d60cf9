"""Captures appear blurred until clicked (on by default), in the Inbox and the viewer."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault.store import Vault
from vidne.ui.evidence.blurred_image import set_blur_enabled
from vidne.ui.evidence.inbox_page import InboxPage
from vidne.ui.evidence.viewer import CaptureViewer

pytestmark = pytest.mark.gui


def stripes(size: tuple[int, int] = (320, 200)) -> bytes:
    """Black and white one-pixel stripes: any blur turns them grey."""
    img = Image.new("RGB", size)
    img.putdata(
        [(255, 255, 255) if x % 2 else (0, 0, 0) for _y in range(size[1]) for x in range(size[0])]
    )
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def contrast(image: QImage) -> int:
    row = [image.pixelColor(x, image.height() // 2).lightness() for x in range(image.width())]
    return max(row) - min(row)


def add(vault: Vault) -> None:
    data = stripes()
    CaptureStore(vault).add(
        NewCapture(
            original=data,
            thumb=stripes((80, 50)),
            mime="image/png",
            captured_at="2026-03-14T17:05:07+00:00",
            utc_offset="+01:00",
            trigger="hotkey",
            width=320,
            height=200,
            window_title="Facebook",
        )
    )


@pytest.mark.parametrize("blur", [True, False])
def test_inbox_thumbnails_follow_the_privacy_setting(
    qtbot: QtBot, vault: Vault, blur: bool
) -> None:
    set_blur_enabled(blur)
    add(vault)
    page = InboxPage(vault)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.countChanged, timeout=5000):
        page.reload()
    icon = page.list.item(0).icon().pixmap(80, 50).toImage()
    assert (contrast(icon) < 80) is blur


def test_viewer_is_blurred_until_clicked(qtbot: QtBot) -> None:
    set_blur_enabled(True)
    viewer = CaptureViewer(stripes(), "Facebook")
    qtbot.addWidget(viewer)
    viewer.show()
    assert not viewer.revealed and viewer.reveal_button.isVisible()
    assert contrast(viewer.item.pixmap().toImage()) < 80
    qtbot.mouseClick(viewer.view.viewport(), Qt.MouseButton.LeftButton)
    assert viewer.revealed and not viewer.reveal_button.isVisible()
    assert contrast(viewer.item.pixmap().toImage()) == 255


def test_viewer_shows_at_once_when_blur_is_off(qtbot: QtBot) -> None:
    set_blur_enabled(False)
    viewer = CaptureViewer(stripes())
    qtbot.addWidget(viewer)
    assert viewer.revealed and contrast(viewer.item.pixmap().toImage()) == 255
