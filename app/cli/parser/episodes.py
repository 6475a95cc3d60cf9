"""Subcommands that add, list, show and import episodes."""

from __future__ import annotations

import argparse
from pathlib import Path

from vidne.app.cli.parser.declare import Command, as_json, passphrase, period
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate


def _add(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--when",
        metavar="ISO",
        help=translate(
            "CliHelp",
            "when it happened (default: now), e.g. 2026-03-14T18:05 or 2026-03-14T18:05+01:00",
        ),
    )
    p.add_argument(
        "--channel",
        metavar="NAME",
        required=True,
        help=translate(
            "CliHelp",
            "email, sms, facebook, x, instagram, tiktok, snapchat, aula, teams, "
            "phone, forum, other",
        ),
    )
    p.add_argument("--sender", metavar="TEXT", default="")
    p.add_argument(
        "--severity",
        metavar="N",
        type=int,
        required=True,
        help=translate("CliHelp", "1 (minor) to 5"),
    )
    p.add_argument("--description", metavar="TEXT", required=True)


def _csv_file(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", type=Path, help=translate("CliHelp", "the CSV file"))


def _import_csv_epilog() -> str:
    from vidne.app.output import csv_import  # only when the help is shown

    lines = [
        translate(
            "CliHelp", "accepted columns (English name, then Danish headings also understood):"
        )
    ]
    for name, (_help, aliases) in csv_import.COLUMNS.items():
        also = translate("CliHelp", "[also: %1]").replace("%1", ", ".join(aliases))
        lines.append(f"  {name:14} {csv_import.column_help(name)}{' ' + also if aliases else ''}")
    return "\n".join(lines)


def _search(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--search",
        metavar="TEXT",
        help=translate("CliHelp", "words that must occur (as in the window)"),
    )


def _episode_id(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "id",
        metavar="ID",
        type=int,
        help=translate("CliHelp", "the episode's id (see 'vidne list')"),
    )


COMMANDS = (
    Command(
        "add", QT_TRANSLATE_NOOP("CliHelp", "add an episode and print its id"), _add, passphrase
    ),
    Command(
        "import-csv",
        QT_TRANSLATE_NOOP("CliHelp", "import episodes from a CSV file"),
        _csv_file,
        passphrase,
        description=QT_TRANSLATE_NOOP(
            "CliHelp",
            "Import episodes from a CSV file (UTF-8 or Windows-1252, comma or semicolon separated; "
            "both are\ndetected). The first row holds the column names, in any order; unknown "
            "columns are ignored.\nAll or nothing: the first bad row stops the import with its "
            "line number and nothing is written.\n",
        ),
        raw=True,
        epilog=_import_csv_epilog,
    ),
    Command(
        "list",
        QT_TRANSLATE_NOOP("CliHelp", "list the episodes, newest first, with their evidence"),
        as_json,
        period,
        _search,
        passphrase,
        module="list_episodes",  # not the builtin's name
    ),
    Command(
        "show",
        QT_TRANSLATE_NOOP("CliHelp", "show one episode in full with its evidence items"),
        _episode_id,
        as_json,
        passphrase,
    ),
)
