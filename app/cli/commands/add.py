"""``vidne add``: log one episode from the command line and print its id."""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import UsageError, add_passphrase_option, open_vault, subparser
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.episodes.vocabulary import channel_key
from vidne.app.i18n import translate
from vidne.app.timeutil import local_now, to_text


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = subparser(sub, common, "add", "add an episode and print its id")
    p.add_argument(
        "--when",
        metavar="ISO",
        help="when it happened (default: now), e.g. 2026-03-14T18:05 or 2026-03-14T18:05+01:00",
    )
    p.add_argument(
        "--channel",
        metavar="NAME",
        required=True,
        help="email, sms, facebook, x, instagram, tiktok, snapchat, aula, teams, "
        "phone, forum, other",
    )
    p.add_argument("--sender", metavar="TEXT", default="")
    p.add_argument("--severity", metavar="N", type=int, required=True, help="1 (minor) to 5")
    p.add_argument("--description", metavar="TEXT", required=True)
    add_passphrase_option(p)
    p.set_defaults(handler=handle)


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
