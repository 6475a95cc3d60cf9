"""Stamping what is due: read from the vault, ask the services, keep the tokens.

Three steps, so that the window can keep the network off its vault thread: :func:`prepare`
(vault: queue new items, read what is due), :func:`ask` (network only: each service in the
user's order until one answers), :func:`record` (vault: keep each token, or note the failure
and when to retry). :func:`stamp_missing` runs them in a row for ``vidne timestamp``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from vidne.app.evidence.trusted_time import client, tokens
from vidne.app.evidence.trusted_time.settings import TrustedTime
from vidne.app.evidence.trusted_time.stamp import Stamp
from vidne.app.i18n import translate
from vidne.app.vault.store import Vault

BATCH = 20  # items per round in the window: a round is quick and the vault thread stays free


@dataclass(frozen=True)
class Job:
    kind: str  # tokens.CAPTURE or tokens.LOG
    ref: int
    data: bytes  # what the token covers; only its SHA-256 leaves the computer


@dataclass
class Outcome:
    """What a round did: the tokens kept and the items that still wait (with the reason)."""

    stamped: list[tuple[Job, Stamp]] = field(default_factory=list)
    failed: list[tuple[Job, str]] = field(default_factory=list)


def prepare(
    vault: Vault, config: TrustedTime, everything: bool = False, limit: int | None = BATCH
) -> list[Job]:
    """Queue the new items (and with *everything* every item and the log head that has no
    token), then read what is due now."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with vault.transaction() as tx:
        if everything:
            tokens.enqueue_new_captures(tx, 0, now)
            _queue_log_head(tx, now)
        elif config.enabled:
            tokens.enqueue_new_captures(tx, config.since, now)
        due = tokens.due(tx, now, everything)[:limit]
        jobs = [job for kind, ref in due if (job := _job(tx, kind, ref)) is not None]
        for kind, ref in due:
            if not any(j.kind == kind and j.ref == ref for j in jobs):
                tokens.drop(tx, kind, ref)  # the item is gone: nothing left to stamp
    return jobs


def _queue_log_head(tx: Any, now: str) -> None:
    row = tx.execute("SELECT max(seq) FROM chain").fetchone()
    if row is None or row[0] is None:
        return
    newest = tokens.for_log(tx)
    if newest is None or newest.ref < int(row[0]):
        tokens.enqueue(tx, tokens.LOG, int(row[0]), now)


def _job(conn: Any, kind: str, ref: int) -> Job | None:
    if kind == tokens.CAPTURE:
        sql = "SELECT data FROM blobs WHERE capture_id = ? AND role = 'original'"
    elif kind == tokens.LOG:
        sql = "SELECT hash FROM chain WHERE seq = ?"  # the head's hash, as its hex text
    else:
        return None
    row = conn.execute(sql, (ref,)).fetchone()
    if row is None:
        return None
    value = row[0]
    return Job(kind, ref, value.encode("ascii") if isinstance(value, str) else bytes(value))


def ask(jobs: Sequence[Job], services: Sequence[str], ca_file: str = "") -> Outcome:
    """Network only: each job from the first service that answers. A service that could not
    be reached is not asked again in this round."""
    outcome = Outcome()
    gone: dict[str, str] = {}  # service -> why it gave no token this round
    for job in jobs:
        for url in services:
            if url in gone:
                continue
            try:
                outcome.stamped.append((job, client.request(url, job.data, ca_file)))
                break
            except client.ServiceError as exc:
                gone[url] = exc.detail
        else:
            reasons = "; ".join(f"{url}: {why}" for url, why in gone.items())
            none = translate("TrustedTime", "No timestamp service is set.")
            outcome.failed.append((job, reasons or none))
    return outcome


def record(vault: Vault, outcome: Outcome) -> None:
    now = datetime.now(UTC)
    with vault.transaction() as tx:
        for job, stamp in outcome.stamped:
            tokens.store(tx, job.kind, job.ref, stamp)
        for job, reason in outcome.failed:
            tokens.failed(tx, job.kind, job.ref, reason, now)


def stamp_missing(vault: Vault, config: TrustedTime, services: Sequence[str]) -> Outcome:
    """Every item and the log head without a token, asked for now (``vidne timestamp``)."""
    jobs = prepare(vault, config, everything=True, limit=None)
    outcome = Outcome()
    for start in range(0, len(jobs), BATCH):
        part = ask(jobs[start : start + BATCH], services, config.ca_file)
        record(vault, part)
        outcome.stamped += part.stamped
        outcome.failed += part.failed
    return outcome
