"""``vidne backup --out FILE``: one encrypted file with the database snapshot and the key file."""

from __future__ import annotations

import argparse
from pathlib import Path

from vidne.app.cli.commands.common import add_passphrase_option, open_vault, subparser
from vidne.app.i18n import translate
from vidne.app.vault import backup


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = subparser(
        sub, common, "backup", "write one encrypted backup file (database snapshot and key file)"
    )
    p.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        type=Path,
        help="the backup file to write (replaced atomically if it exists)",
    )
    add_passphrase_option(p)
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        out = backup.create(vault, args.out)
    print(
        translate(
            "Cli", "Backup written to %1. Keep it somewhere safe; the passphrase restores it."
        ).replace("%1", str(out))
    )
    return 0
