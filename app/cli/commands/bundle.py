"""``vidne bundle --out FILE.zip``: report, original evidence, JSON/CSV and SHA256SUMS."""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import open_vault
from vidne.app.cli.commands.report import output_path, selection_from
from vidne.app.i18n import translate
from vidne.app.output import bundle
from vidne.app.output.export import DELIMITERS


def handle(args: argparse.Namespace) -> int:
    selection, out = selection_from(args), output_path(args)
    with open_vault(args) as vault:
        delimiter = DELIMITERS[args.delimiter] if args.delimiter else None
        plan = bundle.write(vault, selection, out, csv_delimiter=delimiter)
    print(
        translate("Cli", "Wrote a bundle with %n episodes and %1 evidence files to %2")
        .replace("%n", str(len(plan.ctx.episodes)))
        .replace("%1", str(len(plan.items)))
        .replace("%2", str(out))
    )
    return 0
