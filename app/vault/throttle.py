"""Growing delay after failed unlocks: slows guessing, never wipes anything.

The failure count lives in the user's state dir (keyed by the vault's path), not beside the
vault, so that a wrong passphrase leaves every vault file byte-for-byte unchanged.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from vidne.app.atomic import write_atomic
from vidne.app.paths import state_dir

FREE_ATTEMPTS = 3
MAX_DELAY = 30.0


def _state_file(vault_dir: Path) -> Path:
    key = hashlib.sha256(str(vault_dir.resolve()).encode()).hexdigest()[:16]
    return state_dir() / f"unlock-{key}.json"


def failures(vault_dir: Path) -> int:
    try:
        return int(json.loads(_state_file(vault_dir).read_text())["failures"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def delay_for(count: int) -> float:
    """No delay for the first few mistakes, then 1, 2, 4 … seconds up to MAX_DELAY."""
    if count < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, float(2 ** (count - FREE_ATTEMPTS)))


def wait_before_attempt(vault_dir: Path) -> float:
    delay = delay_for(failures(vault_dir))
    if delay:
        time.sleep(delay)
    return delay


def record_failure(vault_dir: Path) -> None:
    path = _state_file(vault_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps({"failures": failures(vault_dir) + 1}).encode())
    except OSError:
        pass  # throttling is best effort; never block an unlock because state is unwritable


def record_success(vault_dir: Path) -> None:
    try:
        _state_file(vault_dir).unlink()
    except OSError:
        pass
