"""``vidne restore FILE``: verify a backup completely, then make it the vault.

An existing vault is only replaced with ``--force``, and then it is moved aside to
``replaced-YYYYmmdd-HHMMSS/`` inside the data directory, never deleted. A restore is the user's
choice to go back: the restored log becomes what this installation has seen (so ``verify`` and
unlock do not call it a rollback), and when the backup lacks entries the replaced vault had
recorded, it says how many and up to when.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vidne.app import paths
from vidne.app.cli.commands.common import UsageError, passphrase
from vidne.app.i18n import translate
from vidne.app.vault import backup
from vidne.app.vault.store import Vault


def handle(args: argparse.Namespace) -> int:
    source: Path = args.file.expanduser()
    if not source.is_file():
        raise UsageError(translate("Cli", "No such file: %1").replace("%1", str(source)))
    secret = passphrase(args)
    target = paths.data_dir(args.data_dir)
    if Vault.exists(target) and not args.force:
        raise UsageError(
            translate(
                "Cli",
                "A vault already exists in %1. Nothing was changed; "
                "add --force to replace it (it is kept in "
                "replaced-<time>/).",
            ).replace("%1", str(target))
        )
    info, aside = backup.restore(source.resolve(), target, secret, force=args.force)
    print(
        translate("Cli", "Restored %n records (chain head %1) into %2.")
        .replace("%n", str(info.records))
        .replace("%1", info.chain_head)
        .replace("%2", str(target))
    )
    if info.discards is not None:
        print(
            translate("Cli", "The backup is older than the vault's log: %1").replace(
                "%1", info.discards.sentence()
            )
        )
    if aside is not None:
        print(translate("Cli", "The vault that was there is kept in %1.").replace("%1", str(aside)))
    return 0
