"""``vidne import-csv FILE``: add every row of a spreadsheet's CSV as an episode, all or none."""

from __future__ import annotations

import argparse
from pathlib import Path

from vidne.app.cli.commands.common import UsageError, open_vault
from vidne.app.i18n import translate
from vidne.app.output.csv_import import (
    auto_mapping,
    check_mapping,
    import_rows,
    read_table,
)


def handle(args: argparse.Namespace) -> int:
    path: Path = args.file.expanduser()
    if not path.is_file():
        raise UsageError(translate("Cli", "No such file: %1").replace("%1", str(path)))
    table = read_table(path.read_bytes())  # before the passphrase: a bad file needs no unlock
    mapping = auto_mapping(table.header)
    check_mapping(mapping)
    with open_vault(args) as vault:
        ids = import_rows(vault, table, mapping)
    print(
        translate("Cli", "Imported %n episodes from %1")
        .replace("%n", str(len(ids)))
        .replace("%1", str(path))
    )
    return 0
