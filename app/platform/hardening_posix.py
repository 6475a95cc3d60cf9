"""Linux and macOS: no core file, and (Linux) no ptrace or /proc/<pid>/mem by the same user.

``RLIMIT_CORE`` is set to 0 soft *and* hard, so nothing later in the process (or a program it
starts) can raise it again. On Linux ``prctl(PR_SET_DUMPABLE, 0)`` also stops the kernel's
core handler (``core_pattern`` pipes such as systemd-coredump or apport ignore the rlimit) and
makes the process unattachable for other processes of the same user without CAP_SYS_PTRACE,
as KeePassXC does. On macOS the packaged app also asks ``ptrace(PT_DENY_ATTACH)``; not when run
from source, where a developer may want a debugger (and where an attached one would end it).
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from vidne.app.platform.base import NATIVE, is_macos
from vidne.app.platform.hardening import ProcessHardening

PR_GET_DUMPABLE, PR_SET_DUMPABLE = 3, 4  # <linux/prctl.h>
PT_DENY_ATTACH = 31  # <sys/ptrace.h> on macOS


def no_core_files() -> bool:
    if sys.platform == "win32":  # never chosen there; tells mypy ``resource`` is POSIX-only
        return False
    import resource  # here, so that the chooser can load this module on Windows too

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):  # a sandbox that forbids it: the other measures still apply
        return False
    return True


def libc_call(name: str, *args: int) -> bool:
    """Call a libc function that returns 0 on success; False where it fails or is missing."""
    try:
        function = getattr(ctypes.CDLL(None, use_errno=True), name)
    except (OSError, AttributeError):
        return False
    return int(function(*(ctypes.c_ulong(a) for a in args))) == 0


def is_dumpable() -> bool:
    """PR_GET_DUMPABLE: 1 normally, 0 once :class:`LinuxHardening` applied (True elsewhere)."""
    # prctl's result is the flag here, not a status, so libc_call does not fit.
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return True
    return int(prctl(ctypes.c_ulong(PR_GET_DUMPABLE), *(ctypes.c_ulong(0),) * 4)) != 0


_identify_lock = threading.Lock()
_identifying = [0]


@contextmanager
def identifiable() -> Iterator[None]:
    """Dumpable again for the span of the block, where Linux hardening made us undumpable.

    xdg-desktop-portal tells a sandboxed app from a host one by opening ``/proc/<pid>/root``,
    which the kernel refuses for an undumpable process, so the portal denies every call
    ("Unable to open /proc/<pid>/root"). The portal looks once per connection and caches the
    answer, so the portal code opens each connection with one call inside this block; the
    core limit (0/0) stays in force throughout."""
    if not sys.platform.startswith("linux") or is_dumpable():
        yield
        return
    with _identify_lock:
        _identifying[0] += 1
        libc_call("prctl", PR_SET_DUMPABLE, 1, 0, 0, 0)
    try:
        yield
    finally:
        with _identify_lock:
            _identifying[0] -= 1
            if _identifying[0] == 0:
                libc_call("prctl", PR_SET_DUMPABLE, 0, 0, 0, 0)


class LinuxHardening(ProcessHardening):
    name = "linux"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if sys.platform.startswith("linux") else 0

    def apply(self) -> list[str]:
        done = ["RLIMIT_CORE=0"] if no_core_files() else []
        if libc_call("prctl", PR_SET_DUMPABLE, 0, 0, 0, 0):
            done.append("PR_SET_DUMPABLE=0")
        return done


class MacHardening(ProcessHardening):
    name = "macos"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_macos() else 0

    def apply(self) -> list[str]:
        done = ["RLIMIT_CORE=0"] if no_core_files() else []
        if getattr(sys, "frozen", False) and libc_call("ptrace", PT_DENY_ATTACH, 0, 0, 0):
            done.append("PT_DENY_ATTACH")
        return done
