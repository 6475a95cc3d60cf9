"""``vidne install-desktop [--uninstall]``: add Vidne to the application menu of this user."""

from __future__ import annotations

import argparse
import sys

from vidne.app.cli.commands.common import UsageError, subparser
from vidne.app.i18n import translate
from vidne.app.platform import desktop_integration


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = subparser(
        sub,
        common,
        "install-desktop",
        "add Vidne to the application menu (desktop entry and icons, this user only)",
    )
    p.add_argument(
        "--uninstall", action="store_true", help="remove the desktop entry and icons again"
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        msg = translate("Cli", "On Windows and macOS the installer adds Vidne to the menu.")
        raise UsageError(msg)
    if args.uninstall:
        removed = desktop_integration.uninstall()
        print(
            translate("Cli", "Removed %n files from the application menu.").replace(
                "%n", str(len(removed))
            )
        )
        return 0
    written = desktop_integration.install()
    entry = next(p for p in written if p.name == desktop_integration.DESKTOP_NAME)
    print(translate("Cli", "Vidne is in the application menu: %1").replace("%1", str(entry)))
    return 0
