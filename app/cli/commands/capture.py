"""``vidne capture``: ask the running Vidne to capture, or capture by itself.

Bind this command as a desktop shortcut where a global hotkey is impossible (Wayland without
the GlobalShortcuts portal). Without a running instance it grabs the screen itself; unless a
passphrase is given it cannot unlock, so it seals the capture into the vault's inbox (the
vault imports it at the next unlock) and exits 0.
"""

from __future__ import annotations

import argparse
import time

from vidne.app import paths
from vidne.app.cli.commands.common import add_passphrase_option, open_vault, subparser
from vidne.app.errors import VaultMissing
from vidne.app.evidence import grab as capture
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.capturer import store
from vidne.app.i18n import translate
from vidne.app.platform import instance
from vidne.app.vault.store import Vault


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = subparser(sub, common, "capture", "capture the screen into the vault")
    p.add_argument(
        "--region",
        action="store_true",
        help="let the running window select a region (without a window: the whole monitor)",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--monitor",
        metavar="N",
        type=int,
        help="monitor number (1 = first; default: the one under the mouse)",
    )
    which.add_argument("--all", action="store_true", help="every monitor in one image")
    p.add_argument(
        "--delay",
        metavar="S",
        type=int,
        choices=(0, 3, 5, 10),
        default=0,
        help="wait 3, 5 or 10 seconds first (for menus that close on focus loss)",
    )
    add_passphrase_option(p)
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    data_dir = paths.data_dir(args.data_dir)
    if not Vault.exists(data_dir):
        raise VaultMissing(str(data_dir))
    request = {
        "cmd": "capture",
        "region": args.region,
        "monitor": args.monitor,
        "all": args.all,
        "delay": args.delay,
    }
    if instance.ask(data_dir, request) is not None:
        print(translate("Cli", "Asked the running Vidne to capture."))
        return 0
    if args.delay:
        time.sleep(args.delay)
    target = "all" if args.all else args.monitor
    grab = capture.grab(target, "cli")
    if args.passphrase_stdin:
        with open_vault(args) as vault:
            sealed_inbox.import_pending(vault)
            capture_id, _, sha = store(grab, vault, data_dir)
        print(
            translate("Cli", "Capture %1 saved. SHA-256: %2")
            .replace("%1", str(capture_id))
            .replace("%2", sha)
        )
        return 0
    _, _, sha = store(grab, None, data_dir)
    print(
        translate(
            "Cli", "Capture sealed; it is imported when the vault is next unlocked. SHA-256: %1"
        ).replace("%1", sha)
    )
    return 0
