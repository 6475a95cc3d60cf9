"""A region capture is named after the window under the marked region, on a real X server.

Another program shows two windows side by side on a private Xvfb (no window manager: the
root's children in stacking order are the windows); the window at a point is that program's
window there, and nothing where the desktop is bare.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from vidne.app.platform.x11 import X11ActiveWindow

pytestmark = pytest.mark.gui

WINDOWS = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
shown = []
for title, x, w in (("Opslag | Facebook - Mozilla Firefox", 0, 400), ("Notesblok", 500, 300)):
    win = QWidget()
    win.setWindowTitle(title)
    win.setGeometry(x, 0, w, 300)
    win.show()
    shown.append(win)
app.processEvents()
print("ready", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def other_program(x_display: str) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.Popen(
        [sys.executable, "-c", WINDOWS],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    yield proc
    proc.communicate("\n", timeout=10)


def test_the_window_under_a_point_is_named(other_program: subprocess.Popen[str]) -> None:
    desktop = X11ActiveWindow()
    for _ in range(50):  # the X server may map the windows a moment after Qt returns
        if desktop.window_at(200, 150) != ("", ""):
            break
        time.sleep(0.1)
    title, program = desktop.window_at(200, 150) or ("", "")
    assert title == "Opslag | Facebook - Mozilla Firefox" and program
    assert (desktop.window_at(600, 100) or ("", ""))[0] == "Notesblok"
    assert desktop.window_at(450, 100) == ("", "")  # between them: the bare desktop
