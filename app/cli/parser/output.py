"""Subcommands that write what leaves the vault: the report, the bundle, the export, and the
bundle's check without the vault."""

from __future__ import annotations

import argparse
from pathlib import Path

from vidne.app.cli.parser.declare import Command, delimiter, out_file, passphrase, period
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate

# The report's recipients (vidne.app.output.report.selection.RECIPIENTS; a test keeps them equal).
RECIPIENTS = ("leader", "amr", "tr", "police", "self")


def _selection(p: argparse.ArgumentParser) -> None:
    """The options ``report`` and ``bundle`` share (``--lang`` comes from the common parent)."""
    out_file(p)
    period(p)
    p.add_argument(
        "--recipient",
        choices=RECIPIENTS,
        default="self",
        help=translate("CliHelp", "who the report is for (default: self)"),
    )
    p.add_argument(
        "--no-images",
        dest="images",
        action="store_false",
        help=translate("CliHelp", "list the evidence without printing the images"),
    )
    p.add_argument(
        "--request",
        metavar="TEXT",
        default="",
        help=translate(
            "CliHelp", "what you ask for, in your own words (printed on the report's first page)"
        ),
    )
    p.add_argument(
        "--include-originals",
        action="store_true",
        help=translate(
            "CliHelp",
            "also share the unredacted original of every redacted copy (by default a "
            "recipient other than self gets the copy only, and the original's SHA-256)",
        ),
    )


def _format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("json", "csv"), required=True)


def _bundle_file(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=translate("CliHelp", "a bundle made by 'vidne bundle'"),
    )


COMMANDS = (
    Command(
        "bundle",
        QT_TRANSLATE_NOOP("CliHelp", "write an evidence bundle (ZIP) that can be verified"),
        _selection,
        passphrase,
        delimiter,
    ),
    Command(
        "export",
        QT_TRANSLATE_NOOP("CliHelp", "write every episode as JSON or CSV (no images)"),
        _format,
        out_file,
        delimiter,
        passphrase,
    ),
    Command(
        "report",
        QT_TRANSLATE_NOOP("CliHelp", "write the PDF report for a period and a recipient"),
        _selection,
        passphrase,
    ),
    Command(
        "verify-bundle",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "check a bundle without the vault: every file against SHA256SUMS and every trusted "
            "timestamp (.tsr) against its file and certs.pem; one line per item",
        ),
        _bundle_file,
    ),
)
