"""Who wrote: the sender registry's identifiers (handles, profile names, e-mail addresses, phone
numbers) for the report, and the police's table of senders.

The police need to know which accounts wrote, not only the name the user gave the sender: each
episode prints its sender's identifiers in its first block (:mod:`.fields`), and near the start
the police report lists every sender once with relation, identifiers and episodes. The table's
cells are shortened with an ellipsis; the episodes print every identifier in full.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, Spacer
from vidne.app.episodes import overview, vocabulary
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.output.report import labels
from vidne.app.output.report.details import ranges
from vidne.app.output.report.layout import FRAME_W
from vidne.app.output.report.sections import Context, Ep, _table
from vidne.app.vault.store import Vault

WIDTHS = [110.0, 72.0, 0.0, 42.0, 64.0]  # name, relation, identifiers, count, episodes
WIDTHS[2] = FRAME_W - sum(WIDTHS)


def registry(vault: Vault) -> dict[int, Sender]:
    """Every sender in the registry by id (merged ones too: an old episode may still point at
    one in a log written before merges re-pointed episodes)."""
    return {s.id: s for s in SenderStore(vault).list(include_merged=True) if s.id is not None}


@dataclass
class Row:
    """One sender in the table: the episodes of the report that name them."""

    name: str
    relation: str
    identifiers: list[str]
    numbers: list[int] = field(default_factory=list)


def rows(ctx: Context) -> list[Row]:
    """One row per sender of the report's episodes, most episodes first: a registered sender
    by registry id, any other by the name typed in (episodes without a sender together)."""
    found: dict[object, Row] = {}
    for ep in ctx.episodes:
        known = ctx.sender_of(ep)
        typed = " ".join(str(ep.get("sender") or "").split())
        key: object = ("id", known.id) if known is not None else ("name", typed.casefold())
        if key not in found:
            found[key] = _row(ctx, ep, known, typed)
        found[key].numbers.append(ctx.number(ep))
    return sorted(found.values(), key=lambda r: -len(r.numbers))  # stable: first seen first


def _row(ctx: Context, ep: Ep, known: Sender | None, typed: str) -> Row:
    name = (known.name if known is not None else "") or typed or ctx.t("unknown_origin")
    relation = known.relation if known is not None else overview.relation_of(ep, ctx.relations)
    shown = vocabulary.label("relation", relation, ctx.lang) if relation else ""
    return Row(name, shown, list(known.identifiers) if known is not None else [])


def table(ctx: Context) -> list[Flowable]:
    """The police's list of senders: name, relation, identifiers, how many episodes, which."""
    found = rows(ctx)
    if not found:
        return []
    lang = ctx.lang
    head = [
        labels.field("sender", lang),
        labels.field("relation", lang),
        ctx.t("col_identifiers"),
        ctx.t("count"),
        ctx.t("episodes"),
    ]
    body = [
        [r.name, r.relation or "–", ", ".join(r.identifiers) or "–", str(len(r.numbers))]
        + [ranges(sorted(r.numbers))]
        for r in found
    ]
    styles = dict.fromkeys(range(5), "cellsmall")
    return [
        ctx.p(escape(ctx.t("senders_title")), "h1"),
        ctx.p(escape(ctx.t("senders_intro")), "small"),
        Spacer(1, 6),
        _table(ctx, head, body, list(WIDTHS), styles, 4),
        Spacer(1, 14),
        CondPageBreak(160),  # the episodes follow on this page only where there is room
    ]
