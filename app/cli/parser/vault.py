"""Subcommands that create, change, back up, restore and check the vault itself."""

from __future__ import annotations

import argparse
from pathlib import Path

from vidne.app.cli.parser.declare import Command, passphrase
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate


def _backup(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        type=Path,
        help=translate("CliHelp", "the backup file to write (replaced atomically if it exists)"),
    )


def _passwd(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=True,
        help=translate(
            "CliHelp", "accepted for symmetry; passwd always reads both passphrases from stdin"
        ),
    )


def _restore(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=translate("CliHelp", "a file made by 'vidne backup'"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("CliHelp", "replace an existing vault (it is kept in replaced-<time>/)"),
    )


COMMANDS = (
    Command(
        "backup",
        QT_TRANSLATE_NOOP(
            "CliHelp", "write one encrypted backup file (database snapshot and key file)"
        ),
        _backup,
        passphrase,
    ),
    Command("init", QT_TRANSLATE_NOOP("CliHelp", "create a new, empty vault"), passphrase),
    Command(
        "passwd",
        QT_TRANSLATE_NOOP(
            "CliHelp", "change the passphrase (old, then new, as the first two lines of stdin)"
        ),
        _passwd,
    ),
    Command(
        "restore",
        QT_TRANSLATE_NOOP(
            "CliHelp", "restore a backup file (verified before anything is replaced)"
        ),
        _restore,
        passphrase,
    ),
    Command(
        "verify",
        QT_TRANSLATE_NOOP("CliHelp", "check the database, the hash chain and every item"),
        passphrase,
    ),
)
