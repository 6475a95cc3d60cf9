"""The lock between processes (app/platform/file_lock.py): held, waited for, given up on after
the timeout, released by the kernel when its holder is killed, re-entrant within a thread.

The POSIX branch (flock) runs here with real processes; the Windows branch (msvcrt.locking)
cannot run on this system, but its waiting and timing are the shared :func:`acquire`, tested
with a fake clock below.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from vidne.app.platform import file_lock

ROOT = Path(__file__).resolve().parents[3]
HOLDER = """
import sys, time
from pathlib import Path
from vidne.app.platform import file_lock
with file_lock.exclusive(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_elsewhere(lock: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process that takes the lock and keeps it for *seconds*; returns once it holds."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def finish(child: subprocess.Popen[str]) -> None:
    child.wait(timeout=30)
    if child.stdout is not None:
        child.stdout.close()


def test_a_second_process_waits_until_the_first_lets_go(tmp_path: Path) -> None:
    lock = tmp_path / "vidne.key.lock"
    child = hold_elsewhere(lock, 0.6)
    started = time.monotonic()
    with file_lock.exclusive(lock):
        waited = time.monotonic() - started
    finish(child)
    assert waited >= 0.3
    assert oct(lock.stat().st_mode & 0o777) == "0o600"


def test_it_gives_up_after_the_timeout(tmp_path: Path) -> None:
    lock = tmp_path / "vidne.key.lock"
    child = hold_elsewhere(lock, 5)
    try:
        with pytest.raises(file_lock.LockTimeout), file_lock.exclusive(lock, timeout=0.2):
            pass
        with pytest.raises(OSError):  # callers that handle OSError handle this too
            with file_lock.exclusive(lock, timeout=0):
                pass
    finally:
        child.kill()
        finish(child)


def test_a_killed_holder_leaves_no_lock_behind(tmp_path: Path) -> None:
    lock = tmp_path / "vidne.key.lock"
    child = hold_elsewhere(lock, 60)
    os.kill(child.pid, signal.SIGKILL)
    finish(child)
    with file_lock.exclusive(lock, timeout=2):
        pass


def test_reentrant_in_one_thread_exclusive_between_threads(tmp_path: Path) -> None:
    lock = tmp_path / "vidne.key.lock"
    order: list[str] = []

    def other() -> None:
        with file_lock.exclusive(lock):
            order.append("other")

    with file_lock.exclusive(lock), file_lock.exclusive(lock):  # no wait for itself
        thread = threading.Thread(target=other)
        thread.start()
        time.sleep(0.2)
        order.append("first")
    thread.join(timeout=10)
    assert order == ["first", "other"]
    child = hold_elsewhere(lock, 0)  # and it was really let go
    finish(child)


def test_another_thread_gives_up_after_its_timeout(tmp_path: Path) -> None:
    lock = tmp_path / "vidne.key.lock"
    outcome: list[str] = []

    def impatient() -> None:
        try:
            with file_lock.exclusive(lock, timeout=0.1):
                outcome.append("got it")
        except file_lock.LockTimeout:
            outcome.append("gave up")

    with file_lock.exclusive(lock):
        thread = threading.Thread(target=impatient)
        thread.start()
        thread.join(timeout=10)
    assert outcome == ["gave up"]


def test_a_folder_where_no_lock_file_can_be_made_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError), file_lock.exclusive(tmp_path / "missing" / "vidne.key.lock"):
        pass


def test_acquire_retries_with_growing_pauses_then_times_out() -> None:
    """The waiting both platforms share: short pauses that grow to a ceiling, then the end."""
    now = [0.0]
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        now[0] += seconds

    answers = iter([False, False, False, True])
    file_lock.acquire(lambda: next(answers), 1.0, sleep, lambda: now[0])
    assert pauses == [file_lock.FIRST_SLEEP, 2 * file_lock.FIRST_SLEEP, 4 * file_lock.FIRST_SLEEP]

    pauses.clear()
    with pytest.raises(file_lock.LockTimeout):
        file_lock.acquire(lambda: False, 1.0, sleep, lambda: now[0])
    assert max(pauses) == file_lock.LONGEST_SLEEP
    # it gave up only once the whole second had passed, and not one pause later
    assert sum(pauses) >= 1.0 > sum(pauses[:-1])
