"""Run ``vidne passwd`` and SIGKILL this process at one named point of the change.

Usage: ``python -m tests.security.passwd_kill_child DATA_DIR POINT [PAUSE GO_FILE]`` with the
old and the new passphrase on stdin, like ``vidne passwd``. POINT names a step of
:func:`vidne.app.vault.rekey.change`; the process kills itself right after that step returned
(a real SIGKILL: no clean-up, no ``finally``), so the parent sees what a crash leaves behind.
With PAUSE (another step) the change stops after that step, touches ``paused`` beside GO_FILE
and goes on once GO_FILE exists: the parent acts in the middle of a change under way.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vidne.app.cli.main import main
from vidne.app.vault import anchor, backup, inbox_keys, rekey

# point -> (module, function) after whose return the process dies
POINTS: dict[str, tuple[Any, str]] = {
    "inbox key made": (inbox_keys, "rotate"),
    "new key file staged": (rekey, "stage"),
    "state record staged": (anchor, "stage_state"),
    # the milliseconds between the rekey's commit and the checkpoint, the key file and the
    # state record sealed again under the new key
    "rekey committed": (rekey, "commit_rekey"),
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


def pause_after(module: Any, name: str, go: Path) -> None:
    real: Callable[..., Any] = getattr(module, name)

    def then_wait(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        (go.parent / "paused").touch()
        while not go.exists():
            time.sleep(0.01)
        return result

    setattr(module, name, then_wait)


if __name__ == "__main__":
    data_dir, point = sys.argv[1], sys.argv[2]
    die_after(*POINTS[point])
    if len(sys.argv) > 3:
        pause_after(*POINTS[sys.argv[3]], Path(sys.argv[4]))
    sys.exit(main(["passwd", "--data-dir", data_dir]))
