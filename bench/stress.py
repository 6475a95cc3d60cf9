"""Crash safety under SIGKILL: nothing committed is lost, and ``verify`` passes after every kill.

A child process opens a vault and loops over random operations: a capture (a noisy PNG, through
:class:`vidne.app.evidence.store.CaptureStore` as the capture service stores it), a new episode, an edit, a
CSV import of three rows (:mod:`vidne.app.output.csv_import`), a passphrase change (:meth:`Vault.change_
passphrase`) and a backup (:func:`vidne.app.vault.backup.create`, replacing one file atomically). Before each
operation it writes ``T <op> …`` to a pipe, and ``A`` after the commit. The parent kills it with
SIGKILL – half the time at a random moment, half the time 0–30 ms after a randomly chosen
operation has started, so that kills land inside commits, fsyncs and renames, not only in the
longest operation – then checks in its own process:

* the vault opens with the acknowledged passphrase (or the one being set when it was killed);
* :func:`vidne.app.vault.integrity.check` passes (SQLCipher's and SQLite's checks, the chain, every item);
* every acknowledged episode, edit, capture (by SHA-256) and imported row is there;
* the last acknowledged backup file verifies completely with its passphrase.

Usage: ``python bench/stress.py --kills 50 [--dir DIR] [--seed N]``. Exit status 0 when no
loss or corruption was found; the figures are printed at the end. ``python -m bench --only
stress`` calls :func:`run` (50 kills, 5 with ``--quick``). The KDF is the cheap test
setting (Argon2id cost does not change crash behaviour, only the time per unlock).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402 - after the path set-up
from vidne.app.episodes.store import Episode, EpisodeStore  # noqa: E402
from vidne.app.errors import WrongPassphrase  # noqa: E402
from vidne.app.evidence.store import CaptureStore, NewCapture  # noqa: E402
from vidne.app.output.csv_import import import_file  # noqa: E402
from vidne.app.vault import backup, integrity  # noqa: E402
from vidne.app.vault.keyfile import KdfParams  # noqa: E402
from vidne.app.vault.store import Vault  # noqa: E402

PASSPHRASES = ("stress passphrase number one", "stress passphrase number two")
FAST_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
OPS = ("capture", "episode", "edit", "csv", "passwd", "backup")
WEIGHTS = (4, 4, 4, 2, 1, 1)
BACKUP_NAME = "stress.vidnebackup"


# --- the child: does the work and acknowledges each commit ------------------------------------
def open_any(directory: Path) -> tuple[Vault, int]:
    for index, secret in enumerate(PASSPHRASES):
        try:
            return Vault.open(directory, secret), index
        except WrongPassphrase:
            continue
    raise SystemExit("child: neither passphrase opens the vault")


def noisy_png(rng: random.Random) -> bytes:
    from PIL import Image

    img = Image.frombytes("RGB", (160, 120), rng.randbytes(160 * 120 * 3))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def child(directory: Path, seed: int) -> None:
    rng = random.Random(seed)
    vault, pindex = open_any(directory)
    store, captures = EpisodeStore(vault), CaptureStore(vault)
    counter = 0
    while True:
        counter += 1
        tag = f"s{seed}-{counter}"
        op = rng.choices(OPS, WEIGHTS)[0]
        if op == "capture":
            data = noisy_png(rng)
            say(f"T capture {tag}")
            cid = captures.add(
                NewCapture(
                    original=data,
                    mime="image/png",
                    captured_at="2026-03-14T17:05:00.000+00:00",
                    utc_offset="+01:00",
                    trigger="stress",
                )
            )
            say(f"A {cid} {captures.get(cid).sha256}")
        elif op == "episode":
            say(f"T episode {tag}")
            saved = store.add(
                Episode(
                    occurred_at="2026-03-14T18:05:00+01:00",
                    channel="sms",
                    sender="stress",
                    severity=3,
                    description=tag,
                )
            )
            say(f"A {saved.id} {tag}")
        elif op == "edit":
            existing = store.list()
            if not existing:
                continue
            ep = rng.choice(existing)
            say(f"T edit {ep.id} {tag}")
            ep.description = tag
            store.update(ep)
            say(f"A {ep.id} {tag}")
        elif op == "csv":
            rows = "".join(f"2026-03-1{i} 10:00,email,{tag}-{i},2\n" for i in range(3))
            say(f"T csv {tag}")
            ids = import_file(vault, ("when,channel,description,severity\n" + rows).encode())
            say(f"A {','.join(map(str, ids))} {tag}")
        elif op == "passwd":
            new = 1 - pindex
            say(f"T passwd {new}")
            vault.change_passphrase(PASSPHRASES[new])
            pindex = new
            say(f"A {new}")
        else:
            say(f"T backup {pindex}")
            backup.create(vault, directory / BACKUP_NAME)
            say(f"A {pindex}")


# --- the parent: kills and checks -------------------------------------------------------------
@dataclass
class Expected:
    """What the child acknowledged, over every round so far."""

    episodes: dict[int, set[str]] = field(default_factory=dict)  # id -> acceptable descriptions
    captures: dict[int, str] = field(default_factory=dict)
    passphrase: set[int] = field(default_factory=lambda: {0})
    backup: set[int] = field(default_factory=set)  # passphrase indexes that may open it
    backup_acked: bool = False  # a backup was acknowledged (one only in flight may be absent)
    acks: int = 0
    by_op: dict[str, int] = field(default_factory=dict)
    killed_in: dict[str, int] = field(default_factory=dict)

    def apply(self, intent: list[str], ack: list[str]) -> None:
        op = intent[1]
        self.acks += 1
        self.by_op[op] = self.by_op.get(op, 0) + 1
        if op == "capture":
            self.captures[int(ack[1])] = ack[2]
        elif op in ("episode", "edit"):
            self.episodes[int(ack[1])] = {ack[2]}
        elif op == "csv":
            for i, eid in enumerate(ack[1].split(",")):
                self.episodes[int(eid)] = {f"{ack[2]}-{i}"}
        elif op == "passwd":
            self.passphrase = {int(ack[1])}
        elif op == "backup":
            self.backup = {int(ack[1])}
            self.backup_acked = True

    def in_flight(self, intent: list[str]) -> None:
        """The operation the child was killed in may or may not have committed."""
        op = intent[1]
        self.killed_in[op] = self.killed_in.get(op, 0) + 1
        if op == "edit":
            self.episodes.setdefault(int(intent[2]), set()).add(intent[3])
        elif op == "passwd":
            self.passphrase = self.passphrase | {int(intent[2])}
        elif op == "backup":
            self.backup = self.backup | {int(intent[2])}


def read_log(text: str, expected: Expected) -> tuple[int, list[str] | None]:
    """Apply every acknowledged operation; return (acks this round, the unfinished intent)."""
    intent: list[str] | None = None
    acks = 0
    for line in text.splitlines():
        parts = line.split(" ")
        if parts[0] == "T":
            intent = parts
        elif parts[0] == "A" and intent is not None and len(parts) >= 2:
            expected.apply(intent, parts)
            acks += 1
            intent = None
    return acks, intent


def check(directory: Path, expected: Expected) -> list[str]:
    """Every problem found after a kill (empty: all good)."""
    problems: list[str] = []
    vault = None
    for index in sorted(expected.passphrase) + [i for i in (0, 1) if i not in expected.passphrase]:
        try:
            vault = Vault.open(directory, PASSPHRASES[index])
        except WrongPassphrase:
            continue
        if index not in expected.passphrase:
            problems.append(f"opened with passphrase {index}, expected {expected.passphrase}")
        expected.passphrase = {index}
        break
    if vault is None:
        return ["neither passphrase opens the vault"]
    with vault:
        report = integrity.check(vault)
        if report.problem:
            problems.append(f"verify: {report.problem}")
        stored = {e.id: e.description for e in EpisodeStore(vault).list()}
        for eid, allowed in expected.episodes.items():
            if stored.get(eid) not in allowed:
                problems.append(f"episode {eid}: {stored.get(eid)!r} not in {allowed}")
            else:
                expected.episodes[eid] = {stored[eid]}
        shas = {c.id: c.sha256 for c in CaptureStore(vault).all()}
        for cid, sha in expected.captures.items():
            if shas.get(cid) != sha:
                problems.append(f"capture {cid} lost or altered")
    if expected.backup:
        problems += check_backup(directory, expected)
    return problems


def check_backup(directory: Path, expected: Expected) -> list[str]:
    path = directory / BACKUP_NAME
    if not path.exists():
        # killed inside the very first backup: it never was acknowledged, so none is owed
        return ["acknowledged backup is missing"] if expected.backup_acked else []
    for index in sorted(expected.backup):
        try:
            backup.verify(path, PASSPHRASES[index], Path(tempfile.gettempdir()))
            return []
        except WrongPassphrase:
            continue
        except Exception as exc:  # noqa: BLE001 - reported as a finding
            return [f"backup does not verify: {exc}"]
    return [f"backup opens with none of {expected.backup}"]


def _collect(
    stream: io.BufferedReader,
    lines: list[str],
    intents: list[int],
    ready: threading.Event,
    target: int,
) -> None:
    """Read the child's pipe as it writes; set *ready* at the *target*-th operation start."""
    for raw in stream:
        line = raw.decode(errors="replace").rstrip("\n")
        lines.append(line)
        if line.startswith("T "):
            intents[0] += 1
            if intents[0] >= target:
                ready.set()
    ready.set()


def one_round(
    directory: Path, rng: random.Random, expected: Expected, window: tuple[float, float]
) -> tuple[int, list[str]]:
    """Half the kills at a random time, half just after a random operation has started."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(directory),
        "--seed",
        str(rng.randrange(1 << 30)),
    ]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    ready = threading.Event()
    target = rng.randint(1, 40) if rng.random() < 0.5 else 1 << 30
    reader = threading.Thread(target=_collect, args=(proc.stdout, lines, [0], ready, target))
    reader.start()
    if target < 1 << 30:
        ready.wait(timeout=window[1] * 4)
        time.sleep(rng.uniform(0, 0.03))  # inside the operation: encode, insert, fsync, rename
    else:
        time.sleep(rng.uniform(*window))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    reader.join(timeout=60)
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    acks, intent = read_log("\n".join(lines), expected)
    if proc.returncode != -signal.SIGKILL:
        return acks, [f"child ended by itself ({proc.returncode}): {err.decode()[-500:]}"]
    if intent is not None:
        expected.in_flight(intent)
    return acks, check(directory, expected)


def campaign(
    kills: int, directory: Path, seed: int, window: tuple[float, float]
) -> tuple[Expected, list[str], float]:
    """Create the vault, kill the child *kills* times; (what was acknowledged, every problem
    found, seconds taken). Prints one line per kill."""
    QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    Vault.create(directory, PASSPHRASES[0], FAST_KDF).lock()
    rng = random.Random(seed)
    expected = Expected()
    findings: list[str] = []
    started = time.monotonic()
    for n in range(1, kills + 1):
        acks, problems = one_round(directory, rng, expected, window)
        findings += [f"kill {n}: {p}" for p in problems]
        print(
            f"kill {n:3}/{kills}: {acks:3} commits acknowledged, "
            f"{'OK' if not problems else 'PROBLEM: ' + '; '.join(problems)}",
            flush=True,
        )
    return expected, findings, time.monotonic() - started


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"


def run_kills(kills: int, directory: Path, seed: int, window: tuple[float, float]) -> int:
    """The command line's run: the summary line, each finding; exit status 1 on any."""
    expected, findings, elapsed = campaign(kills, directory, seed, window)
    print(
        f"\n{kills} SIGKILLs in {elapsed:.1f} s; {expected.acks} acknowledged commits "
        f"({_counts(expected.by_op)}); killed inside: {_counts(expected.killed_in)}; "
        f"{len(expected.episodes)} episodes and {len(expected.captures)} captures checked "
        f"after every kill; problems found: {len(findings)}"
    )
    for finding in findings:
        print("  " + finding)
    return 1 if findings else 0


def run(quick: bool) -> list[dict[str, Any]]:
    """The benchmark runner's entry (``python -m bench --only stress``): 50 kills, or a
    few with ``--quick``; a fresh seed each time (it is in the note, to replay a finding)."""
    from bench import figure, tiny

    kills = 2 if tiny() else 5 if quick else 50
    seed = int(time.time())
    with tempfile.TemporaryDirectory(prefix="vidne-stress-") as tmp:
        expected, findings, elapsed = campaign(kills, Path(tmp) / "vault", seed, (0.4, 2.5))
    problems = figure(
        "stress: problems found after a kill",
        len(findings),
        "problems",
        0,
        note="; ".join(findings[:3])[:300]
        or "after every kill the vault "
        "opens, verify passes, every acknowledged commit and backup is there",
    )
    problems["met"] = not findings
    return [
        figure(
            "stress: SIGKILLs",
            kills,
            "kills",
            note=f"seed {seed}; killed inside: {_counts(expected.killed_in)}",
        ),
        figure(
            "stress: acknowledged commits",
            expected.acks,
            "commits",
            note=f"{_counts(expected.by_op)}; {len(expected.episodes)} episodes and "
            f"{len(expected.captures)} captures checked after every kill",
        ),
        problems,
        figure("stress: time", elapsed, "s", note="kills, checks and backup verification"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--dir", type=Path, help="where to make the vault (default: a temp dir)")
    parser.add_argument("--min-delay", type=float, default=0.4)
    parser.add_argument("--max-delay", type=float, default=2.5)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        QCoreApplication([sys.argv[0]])
        child(args.child, args.seed)
        return 0
    print(f"seed {args.seed}")
    own = args.dir is None
    directory = args.dir or Path(tempfile.mkdtemp(prefix="vidne-stress-")) / "vault"
    try:
        return run_kills(args.kills, directory, args.seed, (args.min_delay, args.max_delay))
    finally:
        if own:
            shutil.rmtree(directory.parent, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
