"""The price of encryption: Vidne's SQLCipher store against plain SQLite on the same work.

Both sides run the app's own code — the schema migrations, ``EpisodeStore``, ``CaptureStore``,
search and the chain check — on a :class:`vidne.app.vault.store.Vault`; only the connection differs: the
vault's SQLCipher connection (``vidne.app.vault.store.connect``: raw 256-bit key, memory security on, WAL)
against the standard library's ``sqlite3`` with the same pragmas minus the key. The ratio is
encrypted ÷ plain, so 1.5× means encryption adds half again.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vidne.app.episodes import search
from vidne.app.episodes.store import EpisodeStore
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault import migrations, record_kinds
from vidne.app.vault.store import Vault, connect

from bench import figure, runs, scratch_dir, timed_ms, tiny
from bench.generate import START, capture, episode, image_pool

PEER = "plain SQLite (stdlib sqlite3)"


def plain_connect(path: Path) -> sqlite3.Connection:
    """The same pragmas as ``vidne.app.vault.store.connect``, without SQLCipher's key."""
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    for pragma in (
        "temp_store = MEMORY",
        "journal_mode = WAL",
        "foreign_keys = ON",
        "busy_timeout = 5000",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def encrypted_connect(path: Path, memory_security: bool = True) -> Any:
    conn = connect(path, bytearray(os.urandom(32)))
    if not memory_security:
        conn.execute("PRAGMA cipher_memory_security = OFF")
    return conn


def make_vault(directory: Path, opener: Callable[[Path], Any]) -> Vault:
    directory.mkdir(parents=True)
    conn = opener(directory / "vidne.db")
    migrations.upgrade(conn)
    return Vault(directory, conn, bytearray(32))


def workload(vault: Vault, size: int) -> dict[str, float]:
    """Inserts, then reads; returns milliseconds per step."""
    import random

    rnd = random.Random(1)
    store, captures = EpisodeStore(vault), CaptureStore(vault)
    from vidne.app.episodes.senders import Sender

    senders = [Sender(name=f"Afsender {i}", id=None) for i in range(5)]
    eps = [episode(i, rnd, senders, 365) for i in range(size * 6)]
    pool = image_pool(4)
    shots = [capture(i, rnd, pool, START) for i in range(size // 20)]
    t: dict[str, float] = {}
    t["add episodes, one transaction each"], _ = timed_ms(
        lambda: [store.add(e) for e in eps[:size]]
    )

    def bulk() -> None:
        with vault.transaction() as tx:
            for e in eps[size:]:
                store.add_in(tx, e, "import")

    t["add episodes, one transaction"], _ = timed_ms(bulk)
    t["add captures (PNG)"], ids = timed_ms(lambda: [captures.add(s) for s in shots])
    t["list all episodes"], listed = timed_ms(store.list)
    some = [e.id for e in listed[:: max(1, len(listed) // size)]][:size]
    t["read episodes one by one"], _ = timed_ms(lambda: [store.get(i) for i in some])
    t["read capture originals"], _ = timed_ms(lambda: [captures.data(i) for i in ids])
    t["full-text search"], _ = timed_ms(
        lambda: search.search(vault, search.Filters(text="adresse"))
    )

    def verify() -> None:
        with vault.read() as conn:
            record_kinds.verify(conn)

    t["verify the hash chain"], _ = timed_ms(verify)
    return t


def measure(quick: bool, tmp: Path) -> dict[str, dict[str, list[float]]]:
    size = _size(quick)
    openers: dict[str, Callable[[Path], Any]] = {
        "plain": plain_connect,
        "encrypted": encrypted_connect,
        "no_memsec": lambda p: encrypted_connect(p, memory_security=False),
    }
    samples: dict[str, dict[str, list[float]]] = {k: {} for k in openers}
    for r in range(runs(quick, 5)):
        order = list(openers) if r % 2 == 0 else list(reversed(openers))  # fair to both
        for kind in order:
            vault = make_vault(tmp / f"{kind}-{r}", openers[kind])
            try:
                for step, ms in workload(vault, size).items():
                    samples[kind].setdefault(step, []).append(ms)
            finally:
                vault.lock()
    return samples


def _size(quick: bool) -> int:
    return 20 if tiny() else 100 if quick else 500


def run(quick: bool) -> list[dict[str, Any]]:
    with scratch_dir() as tmp:
        samples = measure(quick, tmp)
    size = _size(quick)
    counts = {
        "add episodes, one transaction each": size,
        "add episodes, one transaction": size * 5,
        "add captures (PNG)": size // 20,
        "list all episodes": size * 6,
        "read episodes one by one": size,
        "read capture originals": size // 20,
    }
    out = []
    for step, enc in samples["encrypted"].items():
        e = statistics.median(enc)
        p = statistics.median(samples["plain"][step])
        n = statistics.median(samples["no_memsec"][step])
        what = f" ({counts[step]})" if step in counts else ""
        out.append(
            figure(
                f"encrypted store: {step}{what}",
                e,
                "ms",
                peer=PEER,
                peer_value=p,
                note=f"with cipher_memory_security OFF: {n:.0f} ms",
            )
        )
    total = {k: sum(statistics.median(v) for v in s.values()) for k, s in samples.items()}
    out.append(
        figure(
            "encrypted store: all steps together",
            total["encrypted"],
            "ms",
            peer=PEER,
            peer_value=total["plain"],
            note=f"with cipher_memory_security OFF: {total['no_memsec']:.0f} ms",
        )
    )
    return out


if __name__ == "__main__":
    for row in run("--quick" in __import__("sys").argv):
        print(row["name"], row["value"], row["peer_value"], row["ratio"], row["note"])
