"""Subcommands about this computer rather than the vault: the menu entry and the self-test."""

from __future__ import annotations

import argparse

from vidne.app.cli.parser.declare import Command
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate


def _install_desktop(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--uninstall",
        action="store_true",
        help=translate("CliHelp", "remove the desktop entry and icons again"),
    )


COMMANDS = (
    Command(
        "install-desktop",
        QT_TRANSLATE_NOOP(
            "CliHelp", "add Vidne to the application menu (desktop entry and icons, this user only)"
        ),
        _install_desktop,
    ),
    Command(
        "selftest",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "check hotkey, capture, vault, report and bundle on this system (PASS/FAIL each); "
            "removes what it made",
        ),
    ),
)
