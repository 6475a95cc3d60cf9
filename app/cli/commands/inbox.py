"""``vidne inbox [--json]``: the evidence not yet filed under an episode, newest first.

Captures taken while Vidne was locked (the sealed inbox) are imported first, as at an unlock
in the window, so the list is what the window's Inbox would show.
"""

from __future__ import annotations

import argparse
import sys

from vidne.app.cli.commands.common import open_vault
from vidne.app.cli.commands.evidence_json import item_line, items_json, print_json
from vidne.app.evidence.sealed_inbox import import_pending
from vidne.app.evidence.store import CaptureStore


def handle(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        sealed = import_pending(vault)
        infos = CaptureStore(vault).inbox()
        items = items_json(vault, infos) if args.json else []
    summary = sealed.summary()
    if summary:
        print(summary, file=sys.stderr)
    if args.json:
        print_json(
            {
                "format": "vidne-inbox",
                "imported_while_locked": sealed.imported,
                "items": items,
            }
        )
    else:
        for info in infos:
            print(item_line(info))
    return 0
