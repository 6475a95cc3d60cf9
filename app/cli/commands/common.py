"""Helpers the subcommands share: the passphrase from stdin and opening the vault."""

from __future__ import annotations

import argparse
import sys

from vidne.app import paths
from vidne.app.errors import VidneError
from vidne.app.i18n import translate
from vidne.app.vault.store import Vault


class UsageError(VidneError):
    """A problem with how the command was called; the message is already translated."""

    def message(self) -> str:
        return self.detail


def read_stdin_lines(count: int) -> list[str]:
    """The first *count* lines of stdin without their line ends."""
    lines: list[str] = []
    for _ in range(count):
        line = sys.stdin.readline()
        if not line:
            break
        lines.append(line.rstrip("\r\n"))
    if len(lines) < count:
        raise UsageError(translate("Cli", "Expected the passphrase on standard input."))
    return lines


def passphrase(args: argparse.Namespace) -> str:
    if not getattr(args, "passphrase_stdin", False):
        raise UsageError(
            translate(
                "Cli",
                "Give --passphrase-stdin and the passphrase on the first line of standard input.",
            )
        )
    return read_stdin_lines(1)[0]


def open_vault(args: argparse.Namespace) -> Vault:
    return Vault.open(paths.data_dir(args.data_dir), passphrase(args))
