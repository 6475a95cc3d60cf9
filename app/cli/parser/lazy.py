"""Subcommand parsers built when first needed: ``vidne capture`` builds 1 of 21.

argparse's subcommand action keeps its parsers in a mapping (``choices``) and looks the chosen
one up by name, and ``vidne --help`` lists the names with their help from small "pseudo
actions". :func:`add_commands` fills in the list and puts a :class:`LazyParsers` in place of
the mapping, so a command's options (and their translated help) are only built when that
command is parsed or its help shown. This leans on three names argparse does not document
(``_name_parser_map``, ``_choices_actions``, ``_ChoicesPseudoAction``, unchanged since Python
3.2); tests/app/cli/test_cli_language.py compares every help screen with the parsers built
eagerly, and test_fast_start.py that ``vidne capture`` builds only its own.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping, Sequence

from vidne.app.cli.parser.declare import Command, CommandParser
from vidne.app.i18n import translate


class LazyParsers(Mapping[str, CommandParser]):
    """The commands' parsers by name, each built the first time it is looked up."""

    def __init__(
        self, commands: Sequence[Command], prog: str, common: argparse.ArgumentParser
    ) -> None:
        self._commands = {command.name: command for command in commands}
        self._prog, self._common = prog, common
        self.built: dict[str, CommandParser] = {}

    def __getitem__(self, name: str) -> CommandParser:
        if name not in self.built:
            self.built[name] = self._commands[name].parser(self._prog, self._common)
        return self.built[name]

    def __contains__(self, name: object) -> bool:  # without building (Mapping's would)
        return name in self._commands

    def __iter__(self) -> Iterator[str]:
        return iter(self._commands)

    def __len__(self) -> int:
        return len(self._commands)


def add_commands(
    parser: argparse.ArgumentParser, commands: Sequence[Command], common: argparse.ArgumentParser
) -> LazyParsers:
    """Give *parser* the subcommands *commands* (in ``--help`` order), built when needed."""
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for command in commands:
        help_text = translate("CliHelp", command.help)
        sub._choices_actions.append(sub._ChoicesPseudoAction(command.name, (), help_text))
    parsers = LazyParsers(commands, parser.prog, common)
    sub._name_parser_map = sub.choices = parsers  # type: ignore[assignment]
    return parsers
