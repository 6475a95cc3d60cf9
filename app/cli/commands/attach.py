"""``vidne attach CAPTURE_ID… --episode ID``: file evidence under an episode.

The items are linked in the order given, after any already there (each link is chained, as in
the window). All or nothing: an unknown item or episode changes nothing.
"""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import UsageError, open_vault
from vidne.app.errors import NotFound
from vidne.app.evidence.store import CaptureStore
from vidne.app.i18n import translate


def handle(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        try:
            CaptureStore(vault).attach(args.captures, args.episode)
        except NotFound as exc:
            raise UsageError(
                translate(
                    "Cli", "No episode or evidence item with the id %1; nothing was changed."
                ).replace("%1", exc.detail)
            ) from None
    print(
        translate("Cli", "Attached %1 item(s) to episode %2.")
        .replace("%1", str(len(args.captures)))
        .replace("%2", str(args.episode))
    )
    return 0
