"""The evidence bundle: one ZIP for the workplace's documentation mailbox or the police.

It holds the PDF report, the original captures and imported files of the selection (and their
redacted copies; for anyone but the user a redacted copy stands in for its original, which is
withheld unless the user chose to include it: ``Selection.withholds_originals``),
``episodes.json`` and ``episodes.csv``, a ``SHA256SUMS`` that ``sha256sum -c``
verifies, and a README in Danish and English. It is written straight into the chosen file —
each member is streamed into the ZIP, nothing is staged on disk — and removed again if the
user cancels or writing fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from vidne.app.evidence import kinds, origin
from vidne.app.evidence.store import CaptureInfo
from vidne.app.evidence.trusted_time.bundle_part import BundleTokens
from vidne.app.output.export import locked_fields, to_csv, to_json
from vidne.app.output.report import data, pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault.permissions import private_fd
from vidne.app.vault.store import Vault

README = """Vidne – bevismateriale / evidence bundle
========================================

DANSK
Denne mappe indeholder en rapport (rapport.pdf), de oprindelige skærmbilleder og filer
(mappen bilag/), episoderne som episodes.json og episodes.csv og filen SHA256SUMS.
SHA256SUMS indeholder et digitalt fingeraftryk (SHA-256) af hver fil. Kontrollér at intet
er ændret, efter at pakken blev dannet:
  Linux:   sha256sum -c SHA256SUMS
  macOS:   shasum -a 256 -c SHA256SUMS
  Windows: certutil -hashfile bilag\\FILNAVN SHA256  (sammenlign med linjen i SHA256SUMS)
Hvert bilags SHA-256 står også i rapportens integritetsbilag; det er den værdi, filen fik,
da den blev optaget i Vidne. Et fingeraftryk viser, at filen er uændret – ikke at indholdet
på skærmen var ægte, eller hvem der skrev det. Filer med "-tildaekket" i navnet er kopier med
sorte felter over oplysninger.

ENGLISH
This folder holds a report (rapport.pdf), the original screen captures and files (folder
bilag/), the episodes as episodes.json and episodes.csv, and the file SHA256SUMS, which lists a
digital fingerprint (SHA-256) of every file. Check that nothing changed after the bundle was
made:
  Linux:   sha256sum -c SHA256SUMS
  macOS:   shasum -a 256 -c SHA256SUMS
  Windows: certutil -hashfile bilag\\FILENAME SHA256  (compare with the line in SHA256SUMS)
Each annex's SHA-256 is also printed in the report's integrity annex: it is the value the file
had when it was captured in Vidne. A fingerprint shows the file is unchanged - not that the
content on the screen was genuine, or who wrote it. Files named "-tildaekket" are copies with
black boxes over details.
"""
# What the README says of the redacted copies' originals: withheld (the default for anyone but
# the user) or beside them.
ORIGINALS_WITHHELD = """
Originalerne til de tildækkede kopier er tilbageholdt og ligger ikke i pakken; deres SHA-256
står i rapportens integritetsbilag, så de kan fremlægges og kontrolleres på anmodning.
The originals of the redacted copies were withheld and are not in this bundle; their SHA-256
is in the report's integrity annex, so they can be produced and checked on request.
"""
ORIGINALS_BESIDE = """
Originalen til hver tildækket kopi ligger ved siden af den (samme bilagsnummer).
The original of each redacted copy is beside it (same annex number).
"""


class _Writer:
    """Adds members to the ZIP and remembers each one's SHA-256 for SHA256SUMS."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.sums: list[tuple[str, str]] = []  # (SHA-256, member name)

    def add(self, name: str, payload: bytes, compress: bool = True) -> None:
        method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        self.zf.writestr(_info(name, method), payload)
        self.sums.append((hashlib.sha256(payload).hexdigest(), name))


def _info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.date_time = time.localtime()[:6]
    info.compress_type = method
    info.external_attr = 0o600 << 16
    return info


def member_name(item: CaptureInfo, annex: int, original: bool = False) -> str:
    ext = kinds.kind_of(item.mime).extension
    suffix = "-tildaekket" if item.source == "redaction" and not original else ""
    return f"bilag/bilag-{annex:03d}{suffix}-{item.sha256[:12]}{ext}"


def write(
    vault: Vault,
    selection: Selection,
    out: Path,
    progress: pdf.ProgressFn | None = None,
    cancel: Callable[[], bool] | None = None,
    csv_delimiter: str | None = None,
) -> pdf.Plan:
    """Write the bundle to *out*; on cancel or error the partial file is removed.
    ``episodes.csv`` is in the report's language, split by *csv_delimiter* (by default the
    language's: semicolons for Danish)."""
    plan = pdf.plan(vault, selection)
    existed = out.exists()
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    private_fd(fd)  # os.open keeps the mode of a file it replaces
    try:
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w") as zf:
            _fill(_Writer(zf), vault, selection, plan, progress, cancel, csv_delimiter)
    except BaseException:
        if not existed:
            with contextlib.suppress(OSError):
                out.unlink()
        raise
    return plan


def _fill(
    w: _Writer,
    vault: Vault,
    selection: Selection,
    plan: pdf.Plan,
    progress: pdf.ProgressFn | None,
    cancel: Callable[[], bool] | None,
    csv_delimiter: str | None = None,
) -> None:
    # The report's own steps come first, then one step per evidence file.
    report_steps = len(plan.ctx.episodes) + len(plan.items) + 2
    total = report_steps + len(plan.items) + 1

    def step(done: int) -> None:
        if cancel and cancel():
            raise pdf.Cancelled()
        if progress:
            progress(done, total)

    def report_progress(done: int, _total: int) -> None:
        if progress:
            progress(done, total)

    # Stored, not deflated: the report is mostly JPEG data that does not compress.
    with w.zf.open(_info("rapport.pdf", zipfile.ZIP_STORED), "w") as member:
        hashing = _HashingStream(member)
        pdf.write(
            vault,
            selection,
            hashing,
            progress=report_progress,
            cancel=cancel,
            prepared=plan,
        )
    w.sums.append((hashing.hexdigest(), "rapport.pdf"))
    for done, item in enumerate(plan.items, start=report_steps + 1):
        step(done)
        _add_item(w, vault, item, plan)
    stamps = BundleTokens(vault)  # trusted time: each file's token beside it (.tsr)
    stamps.add_items(w.add, list(w.sums))
    rows = [_with_origin(dict(e), plan) for e in plan.ctx.episodes]
    w.add("episodes.json", to_json(rows))
    w.add("episodes.csv", to_csv(rows, plan.ctx.lang, csv_delimiter))
    withheld = ORIGINALS_WITHHELD if selection.withholds_originals else ORIGINALS_BESIDE
    w.add("LAES-MIG_README.txt", (README + withheld + stamps.readme()).encode("utf-8"))
    sums = "".join(f"{digest}  {name}\n" for digest, name in w.sums)
    w.zf.writestr(_info("SHA256SUMS", zipfile.ZIP_DEFLATED), sums.encode("utf-8"))
    # trusted time: the token over SHA256SUMS and the services' certificates, after it
    stamps.finish(lambda n, b: w.zf.writestr(_info(n, zipfile.ZIP_DEFLATED), b), sums.encode())
    step(total)


def _add_item(w: _Writer, vault: Vault, item: CaptureInfo, plan: pdf.Plan) -> None:
    """The item as stored; for a redacted copy, its original too (under the same annex) unless
    the selection withholds originals (only their SHA-256 is given, in the report)."""
    annex = plan.annex(item)
    payload = data.blob(vault, item.id)
    if payload is not None:
        w.add(member_name(item, annex), payload, compress=not item.is_image)
    if plan.ctx.selection.withholds_originals:
        return
    original = plan.ctx.originals.get(item.id)
    raw = data.blob(vault, original.id) if original is not None else None
    if original is not None and raw is not None:
        w.add(member_name(original, annex, original=True), raw, compress=not original.is_image)


def _with_origin(row: dict[str, Any], plan: pdf.Plan) -> dict[str, Any]:
    """The episode as exported, plus which of its evidence came in while Vidne was locked."""
    shas: list[str] = []
    for item in plan.ctx.items.get(row.get("id"), []):
        original = plan.ctx.originals.get(item.id)
        if origin.unverifiable(item, original):
            shas += [item.sha256] + ([original.sha256] if original is not None else [])
    row.update(locked_fields(shas, plan.ctx.lang))
    return row


class _HashingStream:
    """Passes writes through to a ZIP member and hashes them on the way."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target, self._hash = target, hashlib.sha256()

    def write(self, payload: bytes) -> int:
        self._hash.update(payload)
        return self.target.write(payload)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()
