"""``vidne show ID [--json]``: one episode in full with each evidence item's details."""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import UsageError, open_vault
from vidne.app.cli.commands.evidence_json import episode_json, item_line, items_json, print_json
from vidne.app.episodes import vocabulary
from vidne.app.episodes.store import EpisodeStore
from vidne.app.errors import NotFound
from vidne.app.evidence.store import CaptureStore
from vidne.app.i18n import translate


def handle(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        try:
            episode = EpisodeStore(vault).get(args.id)
        except NotFound:
            raise UsageError(
                translate("Cli", "No episode with the id %1.").replace("%1", str(args.id))
            ) from None
        infos = CaptureStore(vault).for_episode(args.id)
        items = items_json(vault, infos)
    if args.json:
        print_json({"format": "vidne-episode", "episode": episode_json(episode, items)})
        return 0
    for name, value in episode.to_dict().items():
        shown = vocabulary.labelled(name, value)
        if shown not in ("", None, [], False) or name in ("id", "severity"):
            print(f"{name}: {shown}")
    for info in infos:
        print(item_line(info))
    return 0
