"""What a passphrase change costs on a large vault (issue 12: a change re-encrypts everything).

Makes a vault with :mod:`bench.generate` (10,000 episodes, 2,000 captures by default) at the
default Argon2id cost, gives it an automatic backup, then times ``vidne passwd``'s work in
steps: unlock, the change itself (new inbox pair, staged key file, ``PRAGMA rekey`` of every
page, WAL checkpoint, key file published) and the replacement of the automatic backups.

    python -m bench.passwd_cost [DIR] [--episodes N] [--captures N]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from vidne.app.vault import backup, rekey
from vidne.app.vault.keyfile import KdfParams
from vidne.app.vault.store import Vault

from bench.generate import PASSPHRASE, generate

NEW = "en ny og lang adgangssætning til målingen"


def measure(directory: Path, episodes: int, captures: int) -> dict[str, float]:
    generate(directory, episodes, captures, kdf=KdfParams())
    with Vault.open(directory, PASSPHRASE) as vault:
        backup.auto_backup(vault)
    size = (directory / "vidne.db").stat().st_size
    timings: dict[str, float] = {"database_mb": size / 1e6}
    real_replace, real_rekey = backup.replace_rolling, rekey.rekey_database

    def timed_replace(vault: Vault) -> Path | None:
        started = time.perf_counter()
        try:
            return real_replace(vault)
        finally:
            timings["backups_s"] = time.perf_counter() - started

    def timed_rekey(*args: Any) -> None:
        started = time.perf_counter()
        try:
            real_rekey(*args)
        finally:
            timings["rekey_s"] = time.perf_counter() - started

    rekey.backup.replace_rolling = timed_replace  # type: ignore[attr-defined]
    rekey.rekey_database = timed_rekey
    try:
        t0 = time.perf_counter()
        vault = Vault.open(directory, PASSPHRASE)
        t1 = time.perf_counter()
        vault.change_passphrase(NEW)
        t2 = time.perf_counter()
        vault.lock()
    finally:
        rekey.backup.replace_rolling = real_replace  # type: ignore[attr-defined]
        rekey.rekey_database = real_rekey
    timings["unlock_s"] = t1 - t0
    timings["change_s"] = t2 - t1 - timings.get("backups_s", 0.0)
    timings["total_s"] = t2 - t0
    with Vault.open(directory, NEW):
        pass
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path, nargs="?")
    parser.add_argument("--episodes", type=int, default=10_000)
    parser.add_argument("--captures", type=int, default=2_000)
    args = parser.parse_args(argv)
    work = args.directory or Path(tempfile.mkdtemp(prefix="vidne-passwd-")) / "vault"
    try:
        result = measure(work, args.episodes, args.captures)
    finally:
        if args.directory is None:
            shutil.rmtree(work.parent, ignore_errors=True)
    print(
        f"passwd on {args.episodes} episodes / {args.captures} captures "
        f"({result['database_mb']:.0f} MB database): unlock {result['unlock_s']:.2f} s, "
        f"change {result['change_s']:.2f} s (of which rekey and checkpoint "
        f"{result.get('rekey_s', 0.0):.2f} s), "
        f"automatic backup replaced {result.get('backups_s', 0.0):.2f} s; "
        f"total {result['total_s']:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
