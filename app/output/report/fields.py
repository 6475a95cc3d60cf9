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


def rows(
    ep: Mapping[str, Any], lang: str, relation: str = "", first: tuple[str, ...] = ()
) -> list[tuple[str, str, bool]]:
    """(label, text, is_long) for every filled-in field: the fields in *first* first, then
    the known fields in their usual order, then any others."""
    known = [n for n in (*first, *labels.FIELDS) if n in ep]
    names = list(dict.fromkeys(known)) + [n for n in ep if n not in labels.FIELDS]
    out: list[tuple[str, str, bool]] = []
    for name in names:
        value = ep.get(name)
        if name in SKIP or is_empty(value):
            continue
        try:
            text = "\n".join(formatter(name, lang)(value))
        except (TypeError, ValueError):
            text = "\n".join(_generic(value))
        if text.strip():
            out.append((labels.field(name, lang), text, name in LONG))
        if name == "sender" and relation:
            relation_label = vocabulary.label("relation", relation, lang)
            out.append((labels.field("relation", lang), relation_label, False))
    return out
