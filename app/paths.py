"""Where a vault lives: ``--data-dir``, else ``$VIDNE_DATA_DIR``, else the platform's data dir
(:mod:`vidne.app.platform.user_dirs`)."""

from __future__ import annotations

import os
from pathlib import Path

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
    from vidne.app.platform.user_dirs import user_data_dir  # not at import: platform needs us

    return user_data_dir(APP_NAME)


def state_dir() -> Path:
    """Non-secret per-user state that must not live beside the vault (e.g. unlock throttling)."""
    from vidne.app.platform.user_dirs import user_state_dir

    return user_state_dir(APP_NAME)
