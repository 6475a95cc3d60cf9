"""``vidne list [--json] [--from DATE] [--to DATE] [--search TEXT]``: the episodes, newest
first, each with its evidence (ids and SHA-256).

``--search`` uses the window's full-text search (every word, as a prefix, in the description,
quote, context, reply, sender, follow-up and tags); ``--from``/``--to`` the day it happened.
Drafts (unfinished entries) are not listed, as in the report.
"""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import open_vault
from vidne.app.cli.commands.evidence_json import episode_line, print_json
from vidne.app.cli.commands.report import _day
from vidne.app.episodes.search import Filters, search
from vidne.app.episodes.store import EpisodeStore
from vidne.app.evidence.store import CaptureStore


def handle(args: argparse.Namespace) -> int:
    start, end = _day(args.start), _day(args.end)
    filters = Filters(
        text=args.search or "",
        since=start.isoformat() if start else "",
        until=end.isoformat() if end else "",
        severity_min=0,
    )
    with open_vault(args) as vault:
        ids = search(vault, filters)
        episodes = EpisodeStore(vault).list(ids)
        evidence = CaptureStore(vault).for_episodes([e.id for e in episodes if e.id is not None])
    if args.json:
        rows = []
        for ep in episodes:
            row = {
                "id": ep.id,
                "occurred_at": ep.occurred_at,
                "occurred_until": ep.occurred_until,
                "channel": ep.channel,
                "severity": ep.severity,
                "sender": ep.sender,
                "description": ep.description,
                "evidence": [
                    {"id": i.id, "sha256": i.sha256, "redacted": i.redacted_from is not None}
                    for i in evidence.get(ep.id or 0, [])
                ],
            }
            rows.append(row)
        print_json({"format": "vidne-list", "episodes": rows})
    else:
        for ep in episodes:
            print(episode_line(ep, len(evidence.get(ep.id or 0, []))))
    return 0
