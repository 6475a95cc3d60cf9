"""The cost of the commit discipline: capture → committed and episode → committed, before/after.

After every commit that extends the hash chain the vault now (see
:mod:`vidne.app.vault.anchor`) checkpoints the WAL into the database file (``PRAGMA
wal_checkpoint(TRUNCATE)``, so that losing the ``-wal`` file after a crash loses nothing
acknowledged) and records the log's anchor in the key file and the state folder (two atomic
file replacements, each with fsync). This measures three settings on one real vault on disk,
interleaved so that the disk's mood affects them alike:

- ``before``: neither (what Vidne did until now; ``synchronous=FULL`` in WAL mode either way);
- ``checkpoint``: the checkpoint only;
- ``after``: checkpoint and anchor (what Vidne does now).

    python -m bench.commit_cost [--quick] [--count N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault import anchor
from vidne.app.vault.keyfile import KdfParams
from vidne.app.vault.store import Vault

from bench import figure, scratch_dir, tiny

FAST_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
SECRET = "bench commit discipline passphrase"
MODES = {"before": (False, False), "checkpoint": (True, False), "after": (True, True)}


def screenshot_png() -> bytes:
    """A 1920×1080 window-like picture as PNG (what a capture stores)."""
    from bench.generate import _screen

    out = io.BytesIO()
    _screen((1920, 1080), 7).save(out, "PNG")
    return out.getvalue()


def set_mode(mode: str) -> None:
    anchor.CHECKPOINT, anchor.ENABLED = MODES[mode]


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def measure(directory: Path, count: int) -> dict[str, dict[str, list[float]]]:
    png = screenshot_png()
    samples: dict[str, dict[str, list[float]]] = {m: {"capture": [], "episode": []} for m in MODES}
    with Vault.create(directory / "vault", SECRET, FAST_KDF) as vault:
        captures, episodes = CaptureStore(vault), EpisodeStore(vault)
        item = NewCapture(
            original=png,
            mime="image/png",
            captured_at="2026-03-14T17:05:00.000+00:00",
            utc_offset="+01:00",
            trigger="bench",
        )
        for n in range(count):
            for mode in MODES:  # interleaved
                set_mode(mode)
                samples[mode]["capture"].append(timed(lambda: captures.add(item)))
                episode = Episode(description=f"bench {n} {mode}")
                samples[mode]["episode"].append(timed(lambda e=episode: episodes.add(e)))
    set_mode("after")
    return samples


def run(quick: bool) -> list[dict[str, Any]]:
    count = 3 if tiny() else 10 if quick else 40
    with scratch_dir() as tmp:
        samples = measure(tmp, count)
    rows = []
    for what in ("capture", "episode"):
        before = statistics.median(samples["before"][what])
        for mode in ("checkpoint", "after"):
            value = statistics.median(samples[mode][what])
            rows.append(
                figure(
                    f"commit discipline: {what} → committed ({mode})",
                    value,
                    "ms",
                    peer="before (no checkpoint, no anchor)",
                    peer_value=before,
                    note=f"median of {count}; p90 "
                    f"{statistics.quantiles(samples[mode][what], n=10)[-1]:.1f} ms",
                )
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    for row in run(args.quick):
        print(
            f"{row['name']:<60} {row['value']:>8.2f} {row['unit']}   "
            f"before {row['peer_value']:.2f} ms  x{row['ratio']:.2f}  ({row['note']})"
        )


if __name__ == "__main__":
    main()
