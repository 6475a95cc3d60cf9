"""Evidence pictures decoded for the screen: upright, and large ones too.

Qt refuses to decode an image that needs more than its allocation limit (256 MB by default:
a 9000 × 8000 picture at 4 bytes a pixel is over it) and shows nothing. Vidne accepts imports
up to 80 million pixels (:data:`vidne.app.evidence.file_import.MAX_PIXELS`), so the limit is
raised to what the picture needs, up to :data:`MAX_MB`; beyond that the picture is decoded
scaled down (JPEG decodes scaled natively). EXIF orientation is applied (``autoTransform``):
a phone photo stored sideways is shown the way it was taken. Nothing is written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

MAX_MB = 1024  # the most one picture may take in memory (a 16-bit RGBA 80 Mpx picture: 640 MB)
BYTES_PER_PIXEL = 8  # the widest format Qt decodes evidence into (RGBA64)


def decode(data: bytes) -> tuple[QImage, float]:
    """The picture upright, and the scale it was decoded at (1.0 unless it was too large);
    a null image if it is not a picture Qt can read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    scale = 1.0
    if size.isValid():
        need_mb = size.width() * size.height() * BYTES_PER_PIXEL // (1024 * 1024) + 1
        if need_mb > MAX_MB:
            scale = (MAX_MB / need_mb) ** 0.5
            reader.setScaledSize(QSize(int(size.width() * scale), int(size.height() * scale)))
            need_mb = MAX_MB
        reader.setAllocationLimit(max(QImageReader.allocationLimit(), need_mb))
    image = reader.read()
    buffer.close()
    return image, scale
