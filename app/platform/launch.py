"""How to start the Vidne that is running now, for menu entries and start at login."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from vidne.app.platform.base import LaunchCommand, is_windows


def launch_command() -> LaunchCommand:
    """The PyInstaller build, the ``vidne`` script of the environment, or (in a source
    checkout) ``python -m vidne.ui.main``."""
    if getattr(sys, "frozen", False):
        return LaunchCommand((str(Path(sys.executable).resolve()),))
    script = "vidne.exe" if is_windows() else "vidne"
    beside = Path(sys.executable).with_name(script)  # the venv's bin/ or Scripts/
    if beside.is_file():
        return LaunchCommand((str(beside),))
    found = shutil.which("vidne")
    if found:
        return LaunchCommand((str(Path(found).resolve()),))
    return LaunchCommand((sys.executable, "-m", "vidne.ui.main"))
