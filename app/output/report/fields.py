"""Turn one episode dict into labelled, printable values, leaving empty fields out.

Written over ``Episode.to_dict()`` generically: a field the record does not have yet is simply
absent, a field this module does not know prints with a plain label, so the report keeps up as
the record grows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from vidne.app.episodes import vocabulary
from vidne.app.output.report import labels
from vidne.app.timeutil import parse_when

SKIP = frozenset({"id", "sender_id", "relation", "draft"})
# For the police: when, who (and where they wrote from), then their exact words.
POLICE_FIRST = ("occurred_at", "occurred_until", "sender", "account", "url", "channel", "quote")
LONG = frozenset(
    {"description", "quote", "context", "own_reply", "experience", "symptoms", "follow_up"}
)


def fmt_time(value: Any) -> str:
    """'2026-03-14 18:05' in local time; unparseable text is shown as stored."""
    try:
        return parse_when(str(value)).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(value)


def fmt_date(value: Any) -> str:
    text = str(value or "")
    return fmt_time(text)[:10] if len(text) > 10 else text


def _join(parts: list[str]) -> str:
    return " – ".join(p for p in parts if p)


def _list_of(keys: tuple[str, ...]) -> Callable[[Any], list[str]]:
    """Format a list of records (doctor visits, witnesses …) one line per record."""

    def fmt(items: Any) -> list[str]:
        out = []
        for item in items:
            if not isinstance(item, Mapping):
                out.append(str(item))
                continue
            parts = [
                fmt_date(v) if k in ("date", "when") else str(v)
                for k in keys
                if (v := item.get(k)) not in (None, "")
            ]
            out.append(_join(parts))
        return [line for line in out if line]

    return fmt


def _joined(values: Any) -> list[str]:
    return [", ".join(str(v) for v in values)]


FORMATTERS: dict[str, Callable[[Any], list[str]]] = {
    "occurred_at": lambda v: [fmt_time(v)],
    "occurred_until": lambda v: [fmt_time(v)],
    "recorded_at": lambda v: [fmt_time(v)],
    "updated_at": lambda v: [fmt_time(v)],
    "kinds": _joined,
    "support": _joined,
    "tags": _joined,
    "doctor_visits": _list_of(("date", "note")),
    "witnesses": _list_of(("name", "role", "contact")),
    "told": _list_of(("who", "when", "note")),
    "references": _list_of(("kind", "number")),
}


def formatter(name: str, lang: str) -> Callable[[Any], list[str]]:
    """The field's printed lines; codes (channel, kinds, severity …) print as their labels."""
    if name == "asked_to_stop":
        return lambda v: [labels.text("yes" if v else "no", lang)]
    if name == "severity":
        return lambda v: [vocabulary.severity_label(int(v), lang)]
    fmt = FORMATTERS.get(name, _generic)
    return lambda v: fmt(vocabulary.labelled(name, v, lang))


def _generic(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [
            str(v)
            if not isinstance(v, Mapping)
            else _join([str(x) for x in v.values() if x not in (None, "")])
            for v in value
        ]
    if isinstance(value, Mapping):
        return [_join([f"{k}: {v}" for k, v in value.items() if v not in (None, "")])]
    return [str(value)]


def is_empty(value: Any) -> bool:
    """None, blank text and empty lists are "not filled in"; False and 0 are answers."""
    if value is None:
        return True
    if isinstance(value, str | list | tuple | dict | set):
        return not value or (isinstance(value, str) and not value.strip())
    return False


Row = tuple[str, str, bool]  # (label, text, is_long)


def rows(
    ep: Mapping[str, Any],
    lang: str,
    relation: str = "",
    first: tuple[str, ...] = (),
    identifiers: list[str] | None = None,
) -> list[Row]:
    """(label, text, is_long) for every filled-in field: the fields in *first* first, then
    the known fields in their usual order, then any others. The sender registry's
    *identifiers* (one a line) follow the sender where the sender comes first (the police),
    else they come after what the user wrote, before the record's own timestamps."""
    known = [n for n in (*first, *labels.FIELDS) if n in ep]
    names = list(dict.fromkeys(known)) + [n for n in ep if n not in labels.FIELDS]
    named: list[tuple[str, Row]] = []
    for name in names:
        named += [(name, row) for row in _field(ep, name, lang)]
        if name == "sender" and relation and named and named[-1][0] == "sender":
            shown = vocabulary.label("relation", relation, lang)
            named.append(("relation", (labels.field("relation", lang), shown, False)))
    if identifiers:
        row = (labels.text("identifiers", lang), "\n".join(identifiers), True)
        at = _identifiers_at([name for name, _row in named], "sender" in first)
        named.insert(at, ("identifiers", row))
    return [row for _name, row in named]


def _field(ep: Mapping[str, Any], name: str, lang: str) -> list[Row]:
    """The field's row, or none when it is empty or not printed."""
    value = ep.get(name)
    if name in SKIP or is_empty(value):
        return []
    try:
        text = "\n".join(formatter(name, lang)(value))
    except (TypeError, ValueError):
        text = "\n".join(_generic(value))
    return [(labels.field(name, lang), text, name in LONG)] if text.strip() else []


def _identifiers_at(names: list[str], early: bool) -> int:
    """Where the identifiers go among the printed fields *names*: right after the sender and
    relation (early; after the time when the sender has no name), else before the timestamps
    the app keeps (recorded, last changed), else last."""
    if early:
        after = [i + 1 for i, n in enumerate(names) if n in ("sender", "relation")]
        after = after or [
            i + 1 for i, n in enumerate(names) if n in ("occurred_at", "occurred_until")
        ]
        return max(after, default=0)
    stamps = [i for i, n in enumerate(names) if n in ("recorded_at", "updated_at")]
    return min(stamps, default=len(names))
