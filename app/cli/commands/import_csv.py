"""``vidne import-csv FILE``: add every row of a spreadsheet's CSV as an episode, all or none."""

from __future__ import annotations

import argparse
from pathlib import Path

from vidne.app.cli.commands.common import UsageError, add_passphrase_option, open_vault
from vidne.app.i18n import translate
from vidne.app.output.csv_import import (
    COLUMNS,
    auto_mapping,
    check_mapping,
    import_rows,
    read_table,
)

DESCRIPTION = """\
Import episodes from a CSV file (UTF-8 or Windows-1252, comma or semicolon separated; both are
detected). The first row holds the column names, in any order; unknown columns are ignored.
All or nothing: the first bad row stops the import with its line number and nothing is written.
"""


def _epilog() -> str:
    lines = ["accepted columns (English name, then Danish headings also understood):"]
    for name, (help_text, aliases) in COLUMNS.items():
        also = f" [also: {', '.join(aliases)}]" if aliases else ""
        lines.append(f"  {name:14} {help_text}{also}")
    return "\n".join(lines)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import-csv",
        parents=[common],
        help="import episodes from a CSV file",
        description=DESCRIPTION,
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", metavar="FILE", type=Path, help="the CSV file")
    add_passphrase_option(p)
    p.set_defaults(handler=handle)


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
