"""Render resources/icons/vidne.svg to the PNG sizes the platforms need, plus .ico and .icns.

Run after editing the SVG and commit the results (the packages and the desktop integration use
the committed files, so a build machine needs no SVG renderer)::

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python packaging/render_icons.py

Sizes: the freedesktop hicolor theme's usual set (16–512); Windows' .ico carries 16–256;
macOS' .icns carries 16–512 (Pillow builds the retina variants from the largest image).
Qt's QSvgRenderer draws the PNGs so they match what the running app shows from the SVG.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "vidne.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"vidne-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """One antialiased, transparent PNG of *size*×*size* pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts/paint
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    images: dict[int, Image.Image] = {}
    for size in SIZES:
        png = render(renderer, size)
        (ICONS / png_name(size)).write_bytes(png)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
    largest = images[max(SIZES)]
    largest.save(
        ICONS / "vidne.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES],
    )
    largest.save(ICONS / "vidne.icns", format="ICNS")
    print(f"wrote {len(SIZES)} PNGs, vidne.ico and vidne.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
