"""Keep the process's memory out of crash dumps: the interface of the hardening seam.

While Vidne runs, its memory holds the data key, the passphrase being typed and the episodes
shown; a core file or a crash report would copy them to disk in the clear (a core of a running
``vidne report`` held all three). So every process turns dumps off first thing, in both the
command line and the window (``ui/main.py``), through :func:`vidne.app.platform.harden_process`.

Backends: ``hardening_posix`` (Linux: ``RLIMIT_CORE`` 0 and ``PR_SET_DUMPABLE`` 0; macOS:
``RLIMIT_CORE`` 0, and in the packaged app ``PT_DENY_ATTACH``) and ``hardening_windows``
(no Windows Error Reporting dialog or report for this process). Each is a few system calls:
the command line's capture is benchmarked, so nothing heavy is imported here.
"""

from __future__ import annotations

from vidne.app.platform.base import FALLBACK, Backend


class ProcessHardening(Backend):
    """The base and the fallback where nothing is known: no measure."""

    name = "none"

    @classmethod
    def get_priority(cls) -> int:
        return FALLBACK

    def apply(self) -> list[str]:
        """Turn dumps off for this process (and what it starts); the measures that took."""
        return []
