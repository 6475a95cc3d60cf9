"""Only the user may read the vault: files 0600, folders 0700, tightened when found wider.

SQLite creates ``vidne.db`` with the process's umask (0644 under the usual 022), and a data
folder made by hand, by an older Vidne or by a restore from another machine may be 0755: then
every other account on the machine can copy the database, the key file, the backups and the
sealed inbox for an offline attack on the passphrase. So :func:`tighten` runs when a vault is
created, right after SQLite made the (still empty) database and before anything is written
(the ``-wal`` and ``-shm`` files SQLite makes later take the database's mode), and
:func:`tighten_vault` at every open, over the data folder and everything in it and over the
user's state folder (throttle, rollback anchor); both return what they had to change. Only
group and other bits are removed: the owner keeps what it had. Files the user writes elsewhere (reports, bundles, exports,
backups) are made private with :func:`private_fd` even when they replace a wider file.

Where a file system keeps no such modes (Windows, whose access lists are inherited from the
user's profile folder; a FAT stick), the mode asked for does not stick: that is seen on the
data folder itself and nothing more is tried, rather than guessing from the system's name.
Symbolic links are neither followed nor changed.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from vidne.app.paths import state_dir

PRIVATE_FILE = 0o600


def private_fd(fd: int) -> None:
    """Make an open file 0600: os.open's mode applies only when it creates the file, so a
    report written over an existing 0644 one would otherwise stay readable by others."""
    fchmod = getattr(os, "fchmod", None)  # not on Windows before Python 3.13
    if fchmod is not None:
        # A FAT-formatted USB stick has no modes to set (EPERM): the report is written anyway.
        with contextlib.suppress(PermissionError):
            fchmod(fd, PRIVATE_FILE)


def _wide(path: Path) -> bool:
    return stat.S_IMODE(os.lstat(path).st_mode) & 0o077 != 0


def _tighten_one(path: Path) -> bool:
    """Take away what group and others may do (the owner's bits stay as they are)."""
    mode = stat.S_IMODE(os.lstat(path).st_mode)
    if mode & 0o077 == 0:
        return False
    try:
        os.chmod(path, mode & ~0o077)
    except PermissionError:  # not ours, or a file system without modes: opening goes on
        return False
    return True


def tighten(folder: Path) -> list[Path]:
    """Make *folder* and everything under it private; the paths that were wider than that."""
    if not folder.is_dir() or folder.is_symlink():
        return []
    changed: list[Path] = []
    if _tighten_one(folder):
        if _wide(folder):  # the mode did not stick: this file system keeps none
            return []
        changed.append(folder)
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        for name in [*dirs, *files]:
            path = here / name
            try:
                if not path.is_symlink() and _tighten_one(path):
                    changed.append(path)
            except FileNotFoundError:  # e.g. a -shm file SQLite removed meanwhile
                continue
        dirs[:] = [d for d in dirs if not (here / d).is_symlink()]
    return changed


def tighten_vault(directory: Path) -> list[Path]:
    """At every open: the data folder and the user's state folder, made private."""
    state = state_dir()
    return [*tighten(directory), *(tighten(state) if state != directory else [])]
