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


def _state(vault_dir: Path) -> dict[str, float]:
    try:
        data = json.loads(_state_file(vault_dir).read_text())
        return {"failures": int(data["failures"]), "at": float(data.get("at", 0.0))}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {"failures": 0, "at": 0.0}


def failures(vault_dir: Path) -> int:
    return int(_state(vault_dir)["failures"])


def remaining(vault_dir: Path) -> float:
    """Seconds the next attempt must still wait: the delay counts from the last failure, so
    time spent typing the next try counts (the unlock window shows this as a countdown)."""
    state = _state(vault_dir)
    delay = delay_for(int(state["failures"]))
    elapsed = time.time() - state["at"]
    return delay if elapsed < 0 else max(0.0, delay - elapsed)  # clock set back: full delay


def delay_for(count: int) -> float:
    """No delay for the first few mistakes, then 1, 2, 4 … seconds up to MAX_DELAY."""
    if count < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, float(2 ** (count - FREE_ATTEMPTS)))


def wait_before_attempt(vault_dir: Path) -> float:
    delay = remaining(vault_dir)
    if delay:
        time.sleep(delay)
    return delay


def record_failure(vault_dir: Path) -> None:
    path = _state_file(vault_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(
            path, json.dumps({"failures": failures(vault_dir) + 1, "at": time.time()}).encode()
        )
    except OSError:
        pass  # throttling is best effort; never block an unlock because state is unwritable


def record_success(vault_dir: Path) -> None:
    try:
        _state_file(vault_dir).unlink()
    except OSError:
        pass
