"""``vidne verify``: check the database, the hash chain and that no entry this installation has
seen is missing (the anchor outside the database); non-zero naming the first problem."""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import open_vault
from vidne.app.i18n import translate
from vidne.app.vault import anchor
from vidne.app.vault.integrity import check


def handle(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        report = check(vault)
        note = anchor.status(vault).note()
        tampered = vault.keyfile_warning  # found (and put right) by this unlock
    if note:
        print(f"vidne: {note}")
    problems = [p for p in (tampered and tampered.message(), report.problem) if p]
    if problems:
        failed = translate("Cli", "Verification failed:")
        for problem in problems:
            print(f"vidne: {failed} {problem}")
        return 3
    print(
        translate("Cli", "OK: %n records, chain head %1")
        .replace("%n", str(report.entries))
        .replace("%1", report.head)
    )
    return 0
