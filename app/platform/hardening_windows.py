"""Windows: no Windows Error Reporting dialog, report or dump of this process's memory.

``SetErrorMode`` with ``SEM_NOGPFAULTERRORBOX`` (kept with the bits already set) stops the
crash dialog through which WER collects a report with a memory dump. The packaged
``vidne.exe`` is also excluded from WER for the current user (``WerAddExcludedApplication``,
a per-user registry value naming only that program); run from source the program is
``python.exe``, which is not ours to exclude. Dumps an administrator configured under
``LocalDumps`` are outside what a program can refuse; the README says so.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from vidne.app.platform.base import NATIVE, is_windows
from vidne.app.platform.hardening import ProcessHardening

SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX, SEM_NOOPENFILEERRORBOX = 0x1, 0x2, 0x8000
S_OK = 0


def _dll(name: str) -> Any:
    if sys.platform != "win32":  # also tells mypy where windll exists
        raise OSError(f"{name} exists only on Windows")
    return getattr(ctypes.windll, name)


def no_error_reporting() -> bool:
    try:
        kernel32 = _dll("kernel32")
    except OSError:
        return False
    quiet = SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
    kernel32.SetErrorMode(int(kernel32.GetErrorMode()) | quiet)
    return True


def excluded_from_wer() -> bool:
    if not getattr(sys, "frozen", False):
        return False
    try:
        add = _dll("wer").WerAddExcludedApplication
    except (OSError, AttributeError):
        return False
    return int(add(ctypes.c_wchar_p(sys.executable), False)) == S_OK


class WindowsHardening(ProcessHardening):
    name = "windows"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_windows() else 0

    def apply(self) -> list[str]:
        done = ["SetErrorMode"] if no_error_reporting() else []
        if excluded_from_wer():
            done.append("WerAddExcludedApplication")
        return done
