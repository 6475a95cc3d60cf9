"""An exclusive lock between processes, on a small lock file: ``flock`` or ``msvcrt.locking``.

Several Vidne processes may write the same files at once (the window open while ``vidne
passwd``, ``vidne capture`` or a second command runs elsewhere). A read-modify-write of such a
file (the key file's anchor, the state folder's record of the log) must not interleave with
another, or the later writer puts back what the earlier one replaced. :func:`exclusive` holds
an OS lock on a separate lock file for the length of a ``with`` block:

- POSIX: ``flock(LOCK_EX)``, per open file, released by the kernel when the process dies (a
  SIGKILL in the middle of a write never leaves the lock held);
- Windows: ``msvcrt.locking`` on the lock file's first byte, also released when the process
  ends.

Both are asked without blocking and retried with short sleeps up to :data:`TIMEOUT` seconds,
then :class:`LockTimeout` (an OSError) is raised: a process stopped while holding the lock
must not hang everybody else for ever. Within one process the lock is re-entrant per thread,
and threads queue on an ordinary lock first: flock on two descriptors of one process would
otherwise wait for itself.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TIMEOUT = 10.0  # seconds; the writes done under the lock take milliseconds
FIRST_SLEEP = 0.0005
LONGEST_SLEEP = 0.02


class LockTimeout(TimeoutError):
    """Another process held the lock for longer than :data:`TIMEOUT`."""


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks from the file position
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLOCK):  # held by another process
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def acquire(
    attempt: Callable[[], bool],
    timeout: float = TIMEOUT,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Call *attempt* until it returns True, sleeping a little longer each time; LockTimeout
    after *timeout* seconds. Shared by both platforms (and testable on either)."""
    deadline = clock() + timeout
    pause = FIRST_SLEEP
    while not attempt():
        if clock() >= deadline:
            raise LockTimeout(errno.ETIMEDOUT, "another Vidne process holds the lock")
        sleep(pause)
        pause = min(pause * 2, LONGEST_SLEEP)


@dataclass
class _Held:
    """This process's hold on one lock file."""

    guard: threading.RLock = field(default_factory=threading.RLock)
    fd: int = -1
    depth: int = 0


_registry_lock = threading.Lock()
_held: dict[str, _Held] = {}


def _entry(path: Path) -> _Held:
    key = os.path.abspath(path)  # not resolve(): the folder may not exist yet
    with _registry_lock:
        return _held.setdefault(key, _Held())


@contextlib.contextmanager
def exclusive(path: Path, timeout: float = TIMEOUT) -> Iterator[None]:
    """Hold the lock on *path* (created 0600 if missing) for the ``with`` block.

    Raises OSError when the lock file cannot be made (e.g. a read-only folder) and
    LockTimeout when another process (or thread) keeps the lock for more than *timeout*
    seconds.
    """
    held = _entry(path)
    if not held.guard.acquire(timeout=timeout):
        raise LockTimeout(errno.ETIMEDOUT, "another thread holds the lock")
    try:
        if held.depth == 0:
            held.fd = _lock_file(path, timeout)
        held.depth += 1
        try:
            yield
        finally:
            held.depth -= 1
            if held.depth == 0:
                fd, held.fd = held.fd, -1
                _release(fd)
    finally:
        held.guard.release()


def _lock_file(path: Path, timeout: float) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        acquire(lambda: _try_lock(fd), timeout)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _release(fd: int) -> None:
    try:
        _unlock(fd)
    finally:
        os.close(fd)  # closing releases it too, should unlocking have failed
