"""Forward-only schema migrations, one module per ``PRAGMA user_version`` step.

Each module is named ``mNNN_<what>.py`` and defines ``VERSION = NNN`` and
``def upgrade(conn) -> None``. Versions must be contiguous from 1. A vault whose version is
newer than the newest module is refused (written by a newer Vidne).
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any

from vidne.app.errors import VaultNewer


def _modules() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name[:1] == "m")
    mods = [importlib.import_module(f"{__name__}.{name}") for name in names]
    for expected, mod in enumerate(mods, start=1):
        if mod.VERSION != expected:
            raise RuntimeError(
                f"migration {mod.__name__} has version {mod.VERSION}, expected {expected}"
            )
    return mods


def latest_version() -> int:
    return len(_modules())


def upgrade(conn: Any, target: int | None = None) -> int:
    """Run every missing step (up to *target*), each in its own transaction."""
    mods = _modules()
    target = len(mods) if target is None else target
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(mods):
        raise VaultNewer(f"vault v{current}, this Vidne knows v{len(mods)}")
    for mod in mods[current:target]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            mod.upgrade(conn)
            conn.execute(f"PRAGMA user_version = {int(mod.VERSION)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
