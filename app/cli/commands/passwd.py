"""``vidne passwd``: change the passphrase (old and new on the first two lines of stdin).

Only the key file changes: the data key is re-wrapped and the key file replaced atomically
(temp file, fsync, rename), so a crash at any instant leaves either the old or the new
passphrase working. Backups made earlier still open with the passphrase they were made with.
"""

from __future__ import annotations

import argparse

from vidne.app import paths
from vidne.app.cli.commands.common import UsageError, read_stdin_lines
from vidne.app.i18n import translate
from vidne.app.vault.passphrase import problem
from vidne.app.vault.store import Vault


def handle(args: argparse.Namespace) -> int:
    old, new = read_stdin_lines(2)
    reason = problem(new)
    if reason:
        raise UsageError(reason)
    if new == old:
        raise UsageError(translate("Cli", "The new passphrase is the same as the old one."))
    with Vault.open(paths.data_dir(args.data_dir), old) as vault:
        vault.change_passphrase(new)
    print(
        translate(
            "Cli", "Passphrase changed. Backups made before now still open with the old passphrase."
        )
    )
    return 0
