"""What the user sees of real-world pictures and redacted copies: photos upright, very large
pictures open, a blacked-out copy marked as such in the Inbox, the episode strip and the
viewer, and the export dialog's choice to share originals, with its warning."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImageReader
from pytestqt.qtbot import QtBot
from vidne.app.evidence import redaction
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault
from vidne.ui.evidence.episode_strip import EpisodeCaptures
from vidne.ui.evidence.image_decode import decode
from vidne.ui.evidence.inbox_page import InboxPage
from vidne.ui.evidence.viewer import CaptureViewer
from vidne.ui.export.export_dialog import ExportDialog

from tests.helpers.report import add_episode

pytestmark = pytest.mark.gui


def sideways_photo() -> bytes:
    """40 × 20 stored, left half red; EXIF orientation 6 shows it 20 × 40, red on top."""
    im = Image.new("RGB", (40, 20), (0, 0, 255))
    im.paste((255, 0, 0), (0, 0, 20, 20))
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif, quality=95)
    return buf.getvalue()


def test_a_sideways_photo_is_shown_upright_in_the_viewer(qtbot: QtBot, vault: Vault) -> None:
    viewer = CaptureViewer(sideways_photo())
    qtbot.addWidget(viewer)
    image = viewer.image
    assert (image.width(), image.height()) == (20, 40)
    top, bottom = image.pixelColor(10, 5), image.pixelColor(10, 35)
    assert top.red() > 200 and top.blue() < 60
    assert bottom.blue() > 200 and bottom.red() < 60


def test_a_picture_over_qts_allocation_limit_still_opens(qtbot: QtBot, tmp_path: Path) -> None:
    """9000 × 8000 pixels need 288 MB as 32-bit pixels: over Qt's 256 MB default."""
    buf = io.BytesIO()
    Image.new("RGB", (9000, 8000), (90, 90, 90)).save(buf, "PNG")
    data = buf.getvalue()
    assert 9000 * 8000 * 4 > QImageReader.allocationLimit() * 1024 * 1024
    image, scale = decode(data)
    assert not image.isNull() and (image.width(), image.height(), scale) == (9000, 8000, 1.0)
    viewer = CaptureViewer(data)
    qtbot.addWidget(viewer)
    assert viewer.valid


def test_a_redacted_copy_is_marked_in_inbox_strip_and_viewer(qtbot: QtBot, vault: Vault) -> None:
    episode_id = add_episode(vault, "2026-02-03T09:00:00+01:00", "MARK", images=1)
    store = CaptureStore(vault)
    original = store.all()[0]
    copy = redaction.redact(vault, original.id, [(0, 0, 50, 50)])
    inbox = InboxPage(vault)
    qtbot.addWidget(inbox)
    with qtbot.waitSignal(inbox.countChanged, timeout=5000):
        inbox.reload()
    [item] = [inbox.list.item(i) for i in range(inbox.list.count())]  # the copy: not filed
    assert "Redacted copy (black boxes)" in item.text()
    strip = EpisodeCaptures(vault)
    qtbot.addWidget(strip)
    store.attach([copy], episode_id)
    strip.show_episode(episode_id)
    qtbot.waitUntil(lambda: strip.list.count() == 2, timeout=5000)
    texts = [strip.list.item(i).text() for i in range(2)]
    assert sum("redacted" in t for t in texts) == 1
    viewer = CaptureViewer(store.shown(copy), store.get(copy))
    qtbot.addWidget(viewer)
    assert "Redacted copy (black boxes)" in viewer.details.text()


def test_the_inbox_says_how_many_were_imported_and_refused(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    good, broken = tmp_path / "ok.jpg", tmp_path / "halv.png"
    good.write_bytes(sideways_photo())
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(30))
    inbox = InboxPage(vault)
    qtbot.addWidget(inbox)
    with qtbot.waitSignal(inbox.countChanged, timeout=10_000):
        inbox.import_files([broken, good])
    lines = inbox.status.text().splitlines()
    assert lines[0] == "1 imported, 1 refused"
    assert lines[1].startswith("halv.png: The image is damaged or incomplete.")


def test_sharing_originals_is_a_ticked_choice_with_a_warning(qtbot: QtBot, vault: Vault) -> None:
    add_episode(vault, "2026-02-03T09:00:00+01:00", "DIALOG", images=1)
    dialog = ExportDialog(vault)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("leader"))
    assert not dialog.originals.check.isChecked()
    assert not dialog.selection().include_originals
    assert dialog.selection().withholds_originals
    assert not dialog.originals.warning.isVisible()
    dialog.originals.check.setChecked(True)
    assert dialog.originals.warning.isVisible()
    assert "see everything you covered" in dialog.originals.warning.text()
    assert dialog.selection().include_originals and not dialog.selection().withholds_originals
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("self"))
    assert not dialog.originals.warning.isVisible()
