"""``vidne export --format json|csv --out FILE``: every episode, no images.

JSON keeps the stored codes; CSV is in the chosen language (``--lang``) with that language's
separator unless ``--delimiter`` says otherwise (:mod:`vidne.app.output.export`).
"""

from __future__ import annotations

import argparse

from vidne.app import i18n
from vidne.app.atomic import write_atomic
from vidne.app.cli.commands.common import UsageError, open_vault
from vidne.app.i18n import translate
from vidne.app.output.export import DELIMITERS, episode_rows, to_csv, to_json


def handle(args: argparse.Namespace) -> int:
    if args.out.expanduser().is_dir():
        raise UsageError(
            translate("Cli", "%1 is a folder; give the name of the file to write.").replace(
                "%1", str(args.out)
            )
        )
    with open_vault(args) as vault:
        rows = episode_rows(vault)
    lang = getattr(args, "lang", None)
    lang = lang if lang in i18n.LANGUAGES else i18n.system_language()
    delimiter = DELIMITERS[args.delimiter] if args.delimiter else None
    data = to_json(rows) if args.format == "json" else to_csv(rows, lang, delimiter)
    write_atomic(args.out.expanduser().resolve(), data, mode=0o600)
    print(
        translate("Cli", "Wrote %n episodes to %1")
        .replace("%n", str(len(rows)))
        .replace("%1", str(args.out))
    )
    return 0
