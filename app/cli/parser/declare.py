"""How a subcommand is declared (:class:`Command`), and the options several commands share.

A :class:`Command` names its subcommand, its help (marked for translation, looked up when the
parser is built, after :func:`vidne.app.cli.catalogue.install`) and the functions that add its
options, in the order ``--help`` lists them. It names the module under
:mod:`vidne.app.cli.commands` whose ``handle(args)`` runs it; that module is imported only when
the command runs (:func:`lazy_handler`), so declaring a command costs no import.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from vidne.app.i18n import translate

if TYPE_CHECKING:
    Options = Callable[[argparse.ArgumentParser], None]


class CommandParser(argparse.ArgumentParser):
    """A parser whose epilog may be computed when help is shown (from the implementation)."""

    epilog_source: Callable[[], str] | None = None

    def format_help(self) -> str:
        if self.epilog_source is not None:
            self.epilog = self.epilog_source()
        return super().format_help()


def lazy_handler(module: str) -> Callable[[argparse.Namespace], int]:
    """``handle`` of ``vidne.app.cli.commands.<module>``, imported when the command runs."""

    def handler(args: argparse.Namespace) -> int:
        command = importlib.import_module(f"vidne.app.cli.commands.{module}")
        return int(command.handle(args) or 0)

    handler.__name__ = f"{module}.handle"
    return handler


class Command:
    """One subcommand: name, help (English, marked with ``QT_TRANSLATE_NOOP("CliHelp", …)``)
    and its options. *module* defaults to the name with ``-`` as ``_``; *description* (also
    marked) to the help; *raw* keeps the description's line breaks; *epilog* computes the text
    after the options when help is shown."""

    __slots__ = ("name", "help", "options", "module", "description", "raw", "epilog")

    def __init__(
        self,
        name: str,
        help_text: str,
        *options: Options,
        module: str = "",
        description: str = "",
        raw: bool = False,
        epilog: Callable[[], str] | None = None,
    ) -> None:
        self.name, self.help, self.options = name, help_text, options
        self.module = module or name.replace("-", "_")
        self.description, self.raw, self.epilog = description, raw, epilog

    def parser(self, prog: str, common: argparse.ArgumentParser) -> CommandParser:
        """This command's parser; *prog* is the top parser's name, *common* holds the options
        every command takes."""
        help_text = translate("CliHelp", self.help)
        p = CommandParser(
            prog=f"{prog} {self.name}",
            parents=[common],
            description=translate("CliHelp", self.description) if self.description else help_text,
            formatter_class=argparse.RawDescriptionHelpFormatter
            if self.raw
            else argparse.HelpFormatter,
        )
        p.epilog_source = self.epilog
        p.set_defaults(handler=lazy_handler(self.module))
        for add in self.options:
            add(p)
        return p


# --- options several commands share ------------------------------------------------------------
def passphrase(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate("CliHelp", "read the passphrase from the first line of standard input"),
    )


def period(p: argparse.ArgumentParser) -> None:
    """``--from DATE`` and ``--to DATE``, the same for every command that takes a period."""
    p.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=translate("CliHelp", "first day, e.g. 2026-01-01"),
    )
    p.add_argument(
        "--to", dest="end", metavar="DATE", help=translate("CliHelp", "last day, e.g. 2026-03-31")
    )


def as_json(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "as JSON (see the README)")
    )


def delimiter(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--delimiter",
        choices=("semicolon", "comma", "tab"),
        help=translate(
            "CliHelp",
            "CSV column separator (default: semicolon for Danish, comma for English, "
            "which is what a spreadsheet in that language expects)",
        ),
    )


def out_file(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="FILE", required=True, type=Path)
