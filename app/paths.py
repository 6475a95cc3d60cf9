"""Where a vault lives: ``--data-dir``, else ``$VIDNE_DATA_DIR``, else the platform's data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from vidne.app import APP_NAME

DB_NAME = "vidne.db"
KEY_NAME = "vidne.key"
INBOX_DIR = "inbox"


RESOURCES = Path(__file__).resolve().parent.parent / "resources"
"""Icons, fonts, translations, the guide and the desktop files: ``vidne/resources`` when
installed (and in the PyInstaller bundle), ``resources/`` in a source checkout."""


def resource(*parts: str) -> Path:
    """A file under the resources, e.g. ``resource("icons", "vidne.svg")``."""
    return RESOURCES.joinpath(*parts)


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("VIDNE_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    """Non-secret per-user state that must not live beside the vault (e.g. unlock throttling)."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
