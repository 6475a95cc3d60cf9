"""The ``vidne`` parser: every subcommand's name, options and help, and nothing else.

Building the parser must stay cheap: ``vidne capture`` is bound to a desktop shortcut and
``vidne --version`` should answer at once. So this package imports no command implementation
(no vault, no PDF library, no Qt); each subcommand names the module under
:mod:`vidne.app.cli.commands` whose ``handle(args)`` runs it, imported only when chosen.
Help texts are written in English and looked up in the catalogue (context ``CliHelp``) that
:func:`vidne.app.cli.catalogue.install` has installed before the parser is built, together with
argparse's own texts (:mod:`vidne.app.cli.argparse_text`): ``vidne --help`` speaks Danish on a
Danish system or with ``--lang da``.

- this module builds the top parser and the options every command takes;
- :mod:`.declare`: how a subcommand is declared, and the options several share;
- :mod:`.lazy`: each subcommand's parser is built only when needed;
- one module per family of subcommands, each with its ``COMMANDS``: :mod:`.vault`,
  :mod:`.episodes`, :mod:`.evidence`, :mod:`.output`, :mod:`.system`.
"""

from __future__ import annotations

import argparse

from vidne.app import APP_NAME, __version__
from vidne.app.cli.parser import episodes, evidence, output, system, vault
from vidne.app.cli.parser.declare import Command
from vidne.app.cli.parser.lazy import add_commands
from vidne.app.cli.parser.output import RECIPIENTS
from vidne.app.i18n import LANGUAGES, translate

__all__ = ["COMMANDS", "RECIPIENTS", "build_parser"]

# ``vidne --help`` lists the commands in alphabetical order.
COMMANDS: tuple[Command, ...] = tuple(
    sorted(
        (
            *vault.COMMANDS,
            *episodes.COMMANDS,
            *evidence.COMMANDS,
            *output.COMMANDS,
            *system.COMMANDS,
        ),
        key=lambda command: command.name,
    )
)


def common_options() -> argparse.ArgumentParser:
    """The options every command takes, and ``vidne`` alone too."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=translate(
            "CliHelp", "folder of the vault (default: $VIDNE_DATA_DIR or the user data dir)"
        ),
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=translate("CliHelp", "language of messages and reports (default: the system's)"),
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="vidne",
        parents=[common],
        description=translate("CliHelp", "Vidne: a private evidence log."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("argparse", "show program's version number and exit"),  # argparse's text
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help=translate("CliHelp", "start hidden in the tray (used when starting at login)"),
    )
    add_commands(parser, COMMANDS, common)
    return parser
