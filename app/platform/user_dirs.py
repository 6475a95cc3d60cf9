"""The user's own folders for Vidne's data and state.

Linux and the BSDs: the XDG base directories, read here rather than through platformdirs,
whose import (tempfile, shutil, bz2, lzma) cost ``vidne capture`` ~4 % of its work; the
answers are the ones platformdirs gives for the same environment
(tests/app/platform/test_xdg_paths.py). Windows and macOS ask platformdirs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vidne.app.platform.base import is_freedesktop


def user_data_dir(app: str) -> Path:
    if _xdg():
        return _xdg_home("XDG_DATA_HOME", ".local/share") / app
    import platformdirs

    return Path(platformdirs.user_data_dir(app, appauthor=False))


def user_state_dir(app: str) -> Path:
    if _xdg():
        return _xdg_home("XDG_STATE_HOME", ".local/state") / app
    import platformdirs

    return Path(platformdirs.user_state_dir(app, appauthor=False))


def _xdg() -> bool:
    return is_freedesktop() and not hasattr(sys, "getandroidapilevel")  # as platformdirs


def _xdg_home(variable: str, default: str) -> Path:
    """*variable* if it holds an absolute path (the XDG spec ignores a relative one), else
    *default* under the home folder."""
    value = os.environ.get(variable, "")
    if value.startswith("/"):
        return Path(value)
    return Path(_home()) / default


def _home() -> str:
    """$HOME if it is an absolute path, else the account's home from the password database;
    an error rather than a folder relative to wherever Vidne was started."""
    home = os.environ.get("HOME", "")
    if not home.startswith("/") and sys.platform != "win32":
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    if not home.startswith("/"):
        raise RuntimeError("could not determine the home directory; set HOME")
    return home
