"""``vidne backup --out FILE``: one encrypted file with the database snapshot and the key file."""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import open_vault
from vidne.app.i18n import translate
from vidne.app.vault import backup


def handle(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        out = backup.create(vault, args.out)
    print(
        translate(
            "Cli", "Backup written to %1. Keep it somewhere safe; the passphrase restores it."
        ).replace("%1", str(out))
    )
    return 0
