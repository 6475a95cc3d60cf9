"""Captures taken while the vault is locked (or Vidne is not running), sealed to the vault.

A capture cannot wait for the passphrase: the post may be gone in a minute. So it is encrypted
at once with a libsodium ``SealedBox`` to the vault's X25519 public key (kept in plaintext in
the key file) and written to ``<data dir>/inbox/`` (temp file, fsync, rename); see
:mod:`vidne.app.evidence.sealed_file` for the format. Only a private key inside the vault
can open it.

Anyone who can write to the data folder can also seal a file, put back one already imported,
or plant one built to fail. So on unlock :class:`InboxImport`:

- imports each file in its own transaction and deletes it only after that commit; a file
  that cannot be opened, is not a capture Vidne would make, or that the database refuses is
  moved to ``inbox/rejected/`` with a ``.reason`` note beside it, and never holds back the
  others or a new capture;
- records the SHA-256 of every imported file and the id sealed inside it (``sealed_imports``),
  so a file put back is set aside as "already imported" instead of being stored twice;
- reads at most :data:`MAX_FILES` files and :data:`MAX_BYTES` per unlock, each file at most
  :data:`MAX_FILE_BYTES`, one at a time; the rest wait for the next unlock, and the summary
  says how many;
- marks what it imports ``sealed``: its time and origin are the capture program's word and
  are labelled as not verifiable (:mod:`vidne.app.evidence.origin`).

Someone who can write to the inbox can also delete from it; nothing here can stop that, only
make what does arrive honest about where it came from.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import nacl.public
from vidne.app.atomic import fsync_dir
from vidne.app.errors import SealedFileRejected
from vidne.app.evidence.sealed_file import MAGIC, SUFFIX, Opened, open_sealed, refused, seal
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.paths import INBOX_DIR
from vidne.app.timeutil import now_utc
from vidne.app.vault.inbox_keys import inbox_secret_keys

if TYPE_CHECKING:  # sealing (``vidne capture``) needs neither the database nor image checks
    from vidne.app.vault.store import Vault

__all__ = [
    "MAGIC",
    "SUFFIX",
    "ImportResult",
    "InboxImport",
    "import_pending",
    "pending",
    "printable",
    "seal",
]

REJECTED_DIR = "rejected"
REASON_SUFFIX = ".reason"
# A 4K screen of pure noise seals to ~25 MB (~50 MB as a region: the whole screen plus the
# crop); real screens compress several times better. Above this it is not a Vidne capture.
MAX_FILE_BYTES = 64 * 1024 * 1024
# Per unlock: a locked afternoon is a few dozen captures. Checking one (decrypt, decode the
# PNG, make its thumbnail) takes ~30-60 ms for a 1080p screen, so 200 keep an unlock's
# import to seconds even if someone floods the folder; the rest come at the next unlock.
MAX_FILES = 200
MAX_BYTES = 512 * 1024 * 1024

TOO_LARGE = QT_TRANSLATE_NOOP("SealedInbox", "larger than 64 MB")
NOT_A_FILE = QT_TRANSLATE_NOOP("SealedInbox", "not a regular file")
UNREADABLE = QT_TRANSLATE_NOOP("SealedInbox", "could not be read")
REPLAYED = QT_TRANSLATE_NOOP("SealedInbox", "already imported")
REFUSED = QT_TRANSLATE_NOOP("SealedInbox", "refused by the vault")


@dataclass
class Rejected:
    """A sealed file that was not imported, where it was put, and why (translated)."""

    name: str
    moved_to: Path
    message: str
    reason: str = ""  # the short reason alone, e.g. "already imported"


@dataclass
class ImportResult:
    imported: list[int] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    waiting: int = 0  # files left in the inbox for the next unlock (a limit was reached)

    def summary(self) -> str:
        """One translated line: how many came in, were set aside (and why), still wait."""
        return summary(self)


def inbox_dir(data_dir: Path) -> Path:
    return data_dir / INBOX_DIR


def pending(data_dir: Path) -> list[Path]:
    """Finished sealed files, oldest name first (temp files start with a dot and are never
    listed). Links, pipes and the like are listed too, so that they are set aside unread."""
    folder = inbox_dir(data_dir)
    return [folder / name for name in _names(folder)]


def _names(folder: Path) -> list[str]:
    """The names :func:`pending` lists, as text (Path objects are slow in a flood)."""
    try:
        with os.scandir(folder) as entries:
            return sorted(
                e.name
                for e in entries
                if e.name.endswith(SUFFIX)
                and not e.name.startswith(".")
                and not e.is_dir(follow_symlinks=False)
            )
    except (FileNotFoundError, NotADirectoryError):
        return []


def private_keys(vault: Vault) -> list[bytes]:
    """Every inbox private key the vault holds, newest first (a file sealed before a
    passphrase change was sealed to the key of that time)."""
    return inbox_secret_keys(vault)


class InboxImport:
    """One unlock's import of the inbox, in steps of a few files.

    Each :meth:`step` is one transaction holding each file in a savepoint of its own (a
    nested transaction): a file the database refuses is rolled back alone and set aside,
    the rest commit together. One commit per step rather than per file because a commit is
    what costs (~50 ms here: fsync, and the rollback anchor written after each). Between
    steps other vault work runs (the GUI queues each step on the vault thread); files are
    deleted only after their step committed. :meth:`run` does every step at once.
    """

    def __init__(self, vault: Vault, max_files: int = MAX_FILES, max_bytes: int = MAX_BYTES):
        self.vault = vault
        self.result = ImportResult()
        self._files_left, self._bytes_left = max_files, max_bytes
        self._seen: set[str] = set()  # tried already (one that could not be moved stays)
        self._boxes: list[nacl.public.SealedBox[Any]] | None = None

    def step(self, batch: int = 10) -> bool:
        """Import up to *batch* files; whether more are left within this unlock's limits."""
        folder = inbox_dir(self.vault.directory)
        todo = [folder / n for n in self._waiting()[: min(batch, self._files_left)]]
        self._files_left -= len(todo)
        self._seen.update(p.name for p in todo)
        stored: list[tuple[Path, int]] = []
        if todo:
            with self.vault.transaction() as tx:  # disk full: raised, every file stays
                for path in todo:
                    capture_id = self._one(tx, path) if self._bytes_left > 0 else None
                    if capture_id is not None:
                        stored.append((path, capture_id))
                    elif self._bytes_left <= 0 and path.exists():
                        self._seen.discard(path.name)  # not read: it waits
        for path, capture_id in stored:  # committed: now the files can go
            self.result.imported.append(capture_id)
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if stored:
            fsync_dir(inbox_dir(self.vault.directory))
        left = len(self._waiting())
        more = left > 0 and self._files_left > 0 and self._bytes_left > 0
        self.result.waiting = 0 if more else left
        return more

    def run(self) -> ImportResult:
        while self.step():
            pass
        return self.result

    def _waiting(self) -> list[str]:
        return [n for n in _names(inbox_dir(self.vault.directory)) if n not in self._seen]

    def _one(self, tx: Any, path: Path) -> int | None:
        """Open, check and store one file in its own savepoint; None if it was set aside."""
        try:
            raw = _read(path)
            self._bytes_left -= len(raw)
            file_sha = hashlib.sha256(raw).hexdigest()
            opened = open_sealed(self._keys(), raw)
            del raw  # one file's bytes at a time
            return _store(tx, opened, file_sha)
        except FileNotFoundError:
            return None  # gone meanwhile (another Vidne imported it): nothing to report
        except SealedFileRejected as exc:
            self.result.rejected.append(_set_aside(path, exc.detail))
            return None

    def _keys(self) -> list[nacl.public.SealedBox[Any]]:
        if self._boxes is None:
            self._boxes = [
                nacl.public.SealedBox(nacl.public.PrivateKey(k)) for k in private_keys(self.vault)
            ]
        return self._boxes


def import_pending(vault: Vault) -> ImportResult:
    """Import what is waiting, within one unlock's limits (see :class:`InboxImport`).

    Files that cannot be imported are set aside; a failure of the vault itself (disk full,
    locked meanwhile) is raised, and every file not imported yet stays for the next unlock."""
    return InboxImport(vault).run()


def _read(path: Path) -> bytes:
    """The file's bytes, never following a link nor reading past the size limit."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise  # imported meantime by another Vidne: not a reason to set anything aside
    except OSError as exc:  # ELOOP: a symbolic link
        link = path.is_symlink()
        raise refused(NOT_A_FILE if link else UNREADABLE, "" if link else str(exc)) from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise refused(NOT_A_FILE)
        if info.st_size > MAX_FILE_BYTES:
            raise refused(TOO_LARGE)
        data = fh.read(info.st_size + 1)  # a byte more: it may have grown since fstat
    if len(data) > info.st_size:
        raise refused(UNREADABLE, "it grew while being read")
    return data


def _store(tx: Any, opened: Opened, file_sha: str) -> int:
    """In a savepoint: refuse a replay, store the capture, record the file as imported."""
    import sqlcipher3
    from vidne.app.evidence.store import insert

    tx.execute("SAVEPOINT sealed_file")
    try:
        if _seen_before(tx, opened, file_sha):
            raise refused(REPLAYED)
        capture_id = insert(tx, opened.item)
        tx.execute(
            "INSERT INTO sealed_imports (file_sha256, seal_id, capture_id, imported_at) "
            "VALUES (?, ?, ?, ?)",
            (file_sha, opened.seal_id or None, capture_id, now_utc()),
        )
    except BaseException as exc:
        with contextlib.suppress(sqlcipher3.Error):  # else the whole step rolls back
            tx.execute("ROLLBACK TO sealed_file")
            tx.execute("RELEASE sealed_file")
        if isinstance(exc, sqlcipher3.IntegrityError):  # a rule this file breaks: it alone
            raise refused(REFUSED, str(exc)[:200]) from None
        raise
    tx.execute("RELEASE sealed_file")
    return capture_id


def _seen_before(tx: Any, opened: Opened, file_sha: str) -> bool:
    """The same file or the same sealed id came in before; or, for a capture imported before
    the ledger existed, the same picture taken at the same moment."""
    found = tx.execute(
        "SELECT 1 FROM sealed_imports WHERE file_sha256 = ? OR seal_id = ?",
        (file_sha, opened.seal_id or None),
    ).fetchone()
    if found is None:
        found = tx.execute(
            "SELECT 1 FROM captures c WHERE c.sealed = 1 AND c.sha256 = ? AND c.captured_at = ? "
            "AND NOT EXISTS (SELECT 1 FROM sealed_imports s WHERE s.capture_id = c.id)",
            (hashlib.sha256(opened.item.original).hexdigest(), opened.item.captured_at),
        ).fetchone()
    return found is not None


def _set_aside(path: Path, reason: str) -> Rejected:
    """Move *path* into inbox/rejected/ (never overwriting), a ``.reason`` note beside it."""
    message = translate("SealedInbox", "Set aside in the folder inbox/rejected: %1").replace(
        "%1", reason
    )
    try:
        moved = _move_aside(path)
    except OSError:
        return Rejected(path.name, path, message, reason)  # reported; tried again next unlock
    with contextlib.suppress(OSError):  # the note is a courtesy; the move is what matters
        note = moved.with_name(moved.name + REASON_SUFFIX)
        note.write_text(f"{now_utc()}\n{path.name}\n{reason}\n", encoding="utf-8")
    return Rejected(path.name, moved, message, reason)


def _move_aside(path: Path) -> Path:
    target_dir = path.parent / REJECTED_DIR
    target_dir.mkdir(mode=0o700, exist_ok=True)
    # The name is the planter's choice: keep it when short, so the user can find it.
    stem = path.name[: -len(SUFFIX)][:100]
    target, n = target_dir / f"{stem}{SUFFIX}", 1
    while target.exists() or target.is_symlink():
        target = target_dir / f"{stem}-{n}{SUFFIX}"
        n += 1
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def printable(name: str, limit: int = 80) -> str:
    """A planted file's name made safe to show: control and direction-changing characters
    (which could fake a line or reverse an extension) become '?', long names are cut."""
    safe = "".join("?" if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in name)
    return safe if len(safe) <= limit else safe[: limit - 1] + "…"


def summary(result: ImportResult) -> str:
    """'Captures taken while Vidne was locked: 3 imported. 2 set aside … (already imported: 2).
    5 more wait …' — only the parts that apply; '' when there was nothing to import."""
    parts: list[str] = []
    if result.imported:
        parts.append(
            translate("SealedInbox", "Captures taken while Vidne was locked: %1 imported.")
            .replace("%1", str(len(result.imported)))
        )  # fmt: skip
    if result.rejected:
        counts = Counter(r.reason.split(":", 1)[0] for r in result.rejected)
        why = "; ".join(f"{reason}: {n}" for reason, n in counts.most_common())
        parts.append(
            translate("SealedInbox", "%1 set aside in the folder inbox/rejected (%2).")
            .replace("%1", str(len(result.rejected)))
            .replace("%2", why)
        )
    if result.waiting:
        parts.append(
            translate(
                "SealedInbox",
                "%1 more captures wait in the inbox; they are imported at the next unlock.",
            ).replace("%1", str(result.waiting))
        )
    return " ".join(parts)
