"""Add episodes to a vault as fast as it takes them, for the concurrent-commit race test.

Usage: ``python -m tests.security.commit_race_child DATA_DIR COUNT GO_FILE`` with the
passphrase on stdin. The process unlocks, says so (a file ``ready-<pid>`` beside GO_FILE),
waits until GO_FILE exists (so that every writer starts at the same moment), then commits
COUNT episodes one by one through the episode store, each commit recording the log's anchor in
the key file and the state folder. Every such write is logged, right after the file was
replaced, to ``writes-<pid>.txt`` beside GO_FILE: the system-wide monotonic clock, which file,
and the entry count written, so that the parent can put all writers' writes in order.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault import anchor, anchor_state, keyfile
from vidne.app.vault.store import Vault


def log_writes(log: Any) -> None:
    """Wrap the atomic writes of the key file and the state record with a log line each."""

    def logging(module: Any, kind: str, entries: Any) -> None:
        real = module.write_atomic

        def write_atomic(path: Path, data: bytes, *args: Any) -> None:
            real(path, data, *args)
            found = entries(path, data)
            if found is not None:
                log.write(f"{time.monotonic_ns()} {kind} {found}\n")

        module.write_atomic = write_atomic

    def keyfile_entries(path: Path, data: bytes) -> int | None:
        if path.name != "vidne.key":
            return None
        recorded = anchor.Anchor.from_bytes(keyfile.KeyFile.from_bytes(data).anchor)
        return recorded.entries if recorded else None

    def state_entries(path: Path, data: bytes) -> int | None:
        if not path.name.startswith("anchor-"):
            return None
        import json

        recorded = anchor.Anchor.from_bytes(json.loads(data)["anchor"].encode())
        return recorded.entries if recorded else None

    logging(keyfile, "key", keyfile_entries)
    logging(anchor_state, "state", state_entries)


if __name__ == "__main__":
    data_dir, count, go = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    with (
        (go.parent / f"writes-{os.getpid()}.txt").open("w", buffering=1) as log,
        Vault.open(data_dir, sys.stdin.readline().rstrip("\n")) as vault,
    ):
        log_writes(log)
        store = EpisodeStore(vault)
        (go.parent / f"ready-{os.getpid()}").touch()
        while not go.exists():
            time.sleep(0.001)
        for n in range(count):
            store.add(Episode(occurred_at="2026-03-14T18:05:00+01:00", description=f"{n}"))
