"""Subcommands that take, import, file, redact and timestamp evidence items."""

from __future__ import annotations

import argparse
from pathlib import Path

from vidne.app.cli.parser.declare import Command, as_json, passphrase
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate


def _attach(p: argparse.ArgumentParser) -> None:
    p.add_argument("captures", metavar="CAPTURE_ID", type=int, nargs="+")
    p.add_argument("--episode", metavar="ID", type=int, required=True)


def _capture(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--region",
        action="store_true",
        help=translate(
            "CliHelp",
            "let the running window select a region (without a window: the whole monitor)",
        ),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--monitor",
        metavar="N",
        type=int,
        help=translate("CliHelp", "monitor number (1 = first; default: the one under the mouse)"),
    )
    which.add_argument(
        "--all", action="store_true", help=translate("CliHelp", "every monitor in one image")
    )
    p.add_argument(
        "--delay",
        metavar="S",
        type=int,
        choices=(0, 3, 5, 10),
        default=0,
        help=translate(
            "CliHelp", "wait 3, 5 or 10 seconds first (for menus that close on focus loss)"
        ),
    )


def _files(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", metavar="FILE", type=Path, nargs="+")


def _redact(p: argparse.ArgumentParser) -> None:
    p.add_argument("capture", metavar="CAPTURE_ID", type=int)
    p.add_argument(
        "--box",
        metavar="X,Y,W,H",
        action="append",
        required=True,
        help=translate("CliHelp", "a box in the shown image's pixels (repeat for more)"),
    )


def _timestamp(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--tsa",
        metavar="URL",
        action="append",
        help=translate(
            "CliHelp", "the service to ask (repeat for more; default: the list in the settings)"
        ),
    )


COMMANDS = (
    Command(
        "attach",
        QT_TRANSLATE_NOOP("CliHelp", "file evidence items under an episode"),
        _attach,
        passphrase,
    ),
    Command(
        "capture",
        QT_TRANSLATE_NOOP("CliHelp", "capture the screen into the vault"),
        _capture,
        passphrase,
    ),
    Command(
        "import",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "import evidence files (PNG, JPEG, WebP, .eml, PDF) into the Inbox; prints each new id "
            "(a refused file's reason goes to stderr); exit 1 if any was refused",
        ),
        _files,
        passphrase,
        module="import_files",  # "import" is a Python keyword
    ),
    Command(
        "inbox",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "list the evidence not yet filed under an episode (captures taken while locked are "
            "imported first)",
        ),
        as_json,
        passphrase,
    ),
    Command(
        "redact",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "store a copy of a capture with solid black boxes and print its id (the original "
            "is kept unchanged)",
        ),
        _redact,
        passphrase,
    ),
    Command(
        "timestamp",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "ask a trusted timestamp service (RFC 3161) for a token for every item and the log "
            "head that has none; only SHA-256 hashes are sent",
        ),
        _timestamp,
        passphrase,
    ),
)
