"""``vidne add``: log one episode from the command line and print its id."""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import UsageError, open_vault
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.episodes.vocabulary import channel_key
from vidne.app.i18n import translate
from vidne.app.timeutil import local_now, to_text


def handle(args: argparse.Namespace) -> int:
    channel = channel_key(args.channel)
    if channel is None:
        raise UsageError(translate("Cli", "Unknown channel: %1").replace("%1", args.channel[:80]))
    episode = Episode(
        occurred_at=args.when or to_text(local_now()),
        channel=channel,
        sender=args.sender,
        severity=args.severity,
        description=args.description,
    )
    with open_vault(args) as vault:
        saved = EpisodeStore(vault).add(episode, source="cli")
    print(saved.id)
    return 0
