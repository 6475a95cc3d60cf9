"""``vidne capture``: ask the running Vidne to capture, or capture by itself.

Bind this command as a desktop shortcut where a global hotkey is impossible (Wayland without
the GlobalShortcuts portal). Without a running instance it grabs the screen itself; unless a
passphrase is given it cannot unlock, so it seals the capture into the vault's inbox (the
vault imports it at the next unlock) and exits 0.

It is timed against ``scrot`` (bench/cli.py), so it imports only what the path taken needs:
no Qt at all on Linux and macOS (the instance is asked over a Unix socket), and the vault's
database only when a passphrase is given.
"""

from __future__ import annotations

import argparse
import time

from vidne.app import paths
from vidne.app.errors import VaultMissing
from vidne.app.i18n import translate
from vidne.app.paths import DB_NAME, KEY_NAME
from vidne.app.platform import instance_protocol


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
    from vidne.app.evidence import grab as capture
    from vidne.app.evidence.intake import store

    grab = capture.grab("all" if args.all else args.monitor, "cli")
    if args.passphrase_stdin:
        from vidne.app.cli.commands.common import open_vault
        from vidne.app.evidence import sealed_inbox

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
