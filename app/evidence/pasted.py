"""A picture pasted from the clipboard (Ctrl+V), stored as an imported capture.

Windows' Win+Shift+S, macOS's Ctrl+Cmd+Shift+4 and most Linux screenshot tools put the picture
on the clipboard. The GUI hands over the raw pixels (copying them out of Qt is fast); encoding
the PNG and storing it run on the vault thread. The picture is stored as it was pasted: an
imported item (source "import", trigger "clipboard"), its time the moment of pasting, since
when it was taken is not known.
"""

from __future__ import annotations

from PIL import Image
from vidne.app.evidence.encode import encode
from vidne.app.evidence.file_import import check_image
from vidne.app.evidence.grab import now_with_offset
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault.store import Vault

TRIGGER = "clipboard"


def from_pixels(rgba: bytes, width: int, height: int) -> NewCapture:
    """A new imported capture from *width* × *height* RGBA pixels (rows without padding)."""
    image = Image.frombytes("RGBA", (width, height), rgba).convert("RGB")
    png = encode(image)
    captured_at, offset = now_with_offset()
    item = NewCapture(
        original=png,
        mime="image/png",
        captured_at=captured_at,
        utc_offset=offset,
        trigger=TRIGGER,
        source="import",
        original_name="clipboard.png",
    )
    item.width, item.height, item.thumb = check_image(png, "image/png")
    return item


def store_pixels(vault: Vault, rgba: bytes, width: int, height: int) -> int:
    """Encode and store the pasted picture; its capture id."""
    return CaptureStore(vault).add(from_pixels(rgba, width, height))
