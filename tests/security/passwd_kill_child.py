"""Run ``vidne passwd`` and SIGKILL this process at one named point of the change.

Usage: ``python -m tests.security.passwd_kill_child DATA_DIR POINT`` with the old and the new
passphrase on stdin, like ``vidne passwd``. POINT names a step of
:func:`vidne.app.vault.rekey.change`; the process kills itself right after that step returned
(a real SIGKILL: no clean-up, no ``finally``), so the parent sees what a crash leaves behind.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from vidne.app.cli.main import main
from vidne.app.vault import backup, inbox_keys, rekey

# point -> (module, function) after whose return the process dies
POINTS: dict[str, tuple[Any, str]] = {
    "inbox key made": (inbox_keys, "rotate"),
    "new key file staged": (rekey, "stage"),
    "database rekeyed": (rekey, "rekey_database"),
    "new key file published": (rekey, "publish"),
    "new backup written": (backup, "create"),
    "backups replaced": (backup, "replace_rolling"),
}


def die_after(module: Any, name: str) -> None:
    real: Callable[..., Any] = getattr(module, name)

    def then_die(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(module, name, then_die)


if __name__ == "__main__":
    data_dir, point = sys.argv[1], sys.argv[2]
    die_after(*POINTS[point])
    sys.exit(main(["passwd", "--data-dir", data_dir]))
