"""``vidne install-desktop [--uninstall]``: add Vidne to the application menu of this user."""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import UsageError
from vidne.app.i18n import translate
from vidne.app.platform import desktop_menu


def handle(args: argparse.Namespace) -> int:
    menu = desktop_menu()
    if menu is None:  # Windows and macOS: the installer does it
        msg = translate("Cli", "On Windows and macOS the installer adds Vidne to the menu.")
        raise UsageError(msg)
    if args.uninstall:
        removed = menu.uninstall()
        print(
            translate("Cli", "Removed %n files from the application menu.").replace(
                "%n", str(len(removed))
            )
        )
        return 0
    menu.install()
    entry = menu.entry()
    print(translate("Cli", "Vidne is in the application menu: %1").replace("%1", str(entry)))
    return 0
