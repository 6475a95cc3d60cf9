"""``vidne verify``: check the database and the hash chain; non-zero naming the first problem."""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import open_vault
from vidne.app.i18n import translate
from vidne.app.vault.integrity import check


def handle(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        report = check(vault)
    if report.problem:
        failed = translate("Cli", "Verification failed:")
        print(f"vidne: {failed} {report.problem}")
        return 3
    print(
        translate("Cli", "OK: %n records, chain head %1")
        .replace("%n", str(report.entries))
        .replace("%1", report.head)
    )
    return 0
