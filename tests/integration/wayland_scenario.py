"""On the test's Wayland desktop: show a window of known pixels, then run ``vidne capture``.

Usage: ``wayland_scenario.py PATTERN_PNG DATA_DIR [capture options...]`` with the passphrase
on stdin. A native Wayland Qt window (QT_QPA_PLATFORM=wayland) shows PATTERN_PNG full screen;
once the compositor has shown it, ``vidne capture --passphrase-stdin`` runs in a process of its
own and its output and status become this script's.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPaintEvent, QRasterWindow

SETTLE_MS = 700  # a few frames for the compositor to show the first buffer


class Pattern(QRasterWindow):
    def __init__(self, image: QImage) -> None:
        super().__init__()
        self.image = image
        self.painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.drawImage(QRect(0, 0, self.image.width(), self.image.height()), self.image)
        painter.end()
        self.painted = True


def main() -> int:
    pattern, data_dir, options = sys.argv[1], sys.argv[2], sys.argv[3:]
    passphrase = sys.stdin.readline()
    app = QGuiApplication([sys.argv[0]])
    window = Pattern(QImage(pattern))
    window.setTitle("vidne-pattern")
    window.showFullScreen()
    result: list[int] = []

    def capture() -> None:
        if not window.painted:
            QTimer.singleShot(100, capture)
            return
        argv = [sys.executable, "-m", "vidne.ui.main", "--data-dir", data_dir, "capture"]
        done = subprocess.run(
            [*argv, *options, "--passphrase-stdin"], input=passphrase, text=True, check=False
        )
        result.append(done.returncode)
        app.quit()

    QTimer.singleShot(SETTLE_MS, capture)
    app.exec()
    return result[0] if result else 3


if __name__ == "__main__":
    sys.exit(main())
