"""``vidne passwd``: change the passphrase (old and new on the first two lines of stdin).

The change revokes the old passphrase (:mod:`vidne.app.vault.rekey`): the database is
re-encrypted under a new data key, so no older key file opens it; the inbox gets a new key
pair, and the automatic backups are replaced by one under the new key. The key file is read
once, at unlock: its costs are never taken from a file read later. A crash at any instant
leaves either the old or the new passphrase working. Copies the user made elsewhere are out of
reach and still open with the old passphrase; the message says so.
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
            "Cli",
            "Passphrase changed. The vault now has a new key: older key files and the automatic backups no longer open it.",
        )
    )
    print(
        translate(
            "Cli",
            "Copies you made yourself (backup files saved elsewhere, copied folders, replaced-… folders from a restore) still open with the old passphrase; delete them if someone may know it.",
        )
    )
    return 0
