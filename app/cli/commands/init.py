"""``vidne init --passphrase-stdin``: create a vault; never overwrites one."""

from __future__ import annotations

import argparse

from vidne.app import paths
from vidne.app.cli.commands.common import UsageError, passphrase
from vidne.app.i18n import translate
from vidne.app.vault.passphrase import problem
from vidne.app.vault.store import Vault


def handle(args: argparse.Namespace) -> int:
    secret = passphrase(args)
    reason = problem(secret)
    if reason:
        raise UsageError(reason)
    directory = paths.data_dir(args.data_dir)
    Vault.create(directory, secret).lock()
    print(translate("Cli", "Created a vault in %1").replace("%1", str(directory)))
    return 0
