"""``vidne capture``: ask the running Vidne to capture, or capture by itself.

Bind this command as a desktop shortcut where a global hotkey is impossible (Wayland without
the GlobalShortcuts portal). Without a running instance it grabs the screen itself; unless a
passphrase is given it cannot unlock, so it seals the capture into the vault's inbox (the
vault imports it at the next unlock) and exits 0. With a passphrase it stores the capture
first, then imports what waits in the inbox; a bad file there is set aside and never costs
the new capture.

It is timed against ``scrot`` (bench/cli.py), so it imports only what the path taken needs:
no Qt at all on Linux and macOS (the instance is asked over a Unix socket), and the vault's
database only when a passphrase is given.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from vidne.app import paths
from vidne.app.errors import VaultMissing, VidneError
from vidne.app.i18n import translate
from vidne.app.paths import DB_NAME, KEY_NAME
from vidne.app.platform import instance_protocol

if TYPE_CHECKING:
    from vidne.app.evidence.grab import Grab
    from vidne.app.vault.store import Vault


def handle(args: argparse.Namespace) -> int:
    data_dir = paths.data_dir(args.data_dir)
    if not ((data_dir / DB_NAME).exists() or (data_dir / KEY_NAME).exists()):  # Vault.exists,
        # without loading the database layer: sealing needs only the key file's public key
        raise VaultMissing(str(data_dir))
    request = {
        "cmd": "capture",
        "region": args.region,
        "monitor": args.monitor,
        "all": args.all,
        "delay": args.delay,
    }
    if instance_protocol.ask(data_dir, request) is not None:
        print(translate("Cli", "Asked the running Vidne to capture."))
        return 0
    if args.delay:
        time.sleep(args.delay)
    grab = _grab(args)
    # Only now what storing needs (the cipher, the vault's formats): the screen is taken as
    # soon after the key press as it can be.
    from vidne.app.evidence.intake import store

    if args.passphrase_stdin:
        from vidne.app.cli.commands.common import open_vault

        with open_vault(args) as vault:
            # The new screenshot first: nothing waiting in the inbox may cost it.
            capture_id, _, sha = store(grab, vault, data_dir)
            imported = _import_waiting(vault)
        if imported:
            print(imported)
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


def _grab(args: argparse.Namespace) -> Grab:
    """The screen, or with ``--region`` the part marked in the desktop's own picker where it
    has one and answers (Wayland); elsewhere marking needs the running Vidne's overlay, so the
    whole screen is taken (more evidence rather than none), and the command says so."""
    from vidne.app.evidence import grab as capture

    if args.region:
        picked = capture.grab_picked("cli")
        if picked is not None:
            return picked
        print(
            translate("Cli", "No region could be marked here; the whole screen was captured."),
            file=sys.stderr,
        )
    return capture.grab("all" if args.all else args.monitor, "cli")


def _import_waiting(vault: Vault) -> str:
    """Import what was sealed while locked; the summary line, or '' if nothing waited.

    The capture is already stored: if the vault cannot take the rest now (disk full), say
    so on stderr and leave the files for the next unlock rather than fail the capture."""
    import sqlcipher3
    from vidne.app.evidence import sealed_inbox

    try:
        return sealed_inbox.import_pending(vault).summary()
    except (VidneError, OSError, sqlcipher3.Error) as exc:
        reason = exc.message() if isinstance(exc, VidneError) else str(exc)
        print(
            "vidne: "
            + translate(
                "Cli",
                "The captures waiting in the inbox could not be imported now (%1); they stay "
                "there for the next unlock.",
            ).replace("%1", reason),
            file=sys.stderr,
        )
        return ""
