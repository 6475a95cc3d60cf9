"""Turn one episode dict into labelled, printable values, leaving empty fields out.

Written over ``Episode.to_dict()`` generically: a field the record does not have yet is simply
absent, a field this module does not know prints with a plain label, so the report keeps up as
the record grows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from vidne.app.output.report import labels
from vidne.app.timeutil import parse_when

SKIP = frozenset({"id", "sender_id", "relation"})
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


def _list_of(
    keys: tuple[str, ...], lookup: dict[str, Callable[[str, str], str]], lang: str
) -> Callable[[Any], list[str]]:
    """Format a list of dicts (doctor visits, witnesses …) one line per item."""

    def fmt(items: Any) -> list[str]:
        out = []
        for item in items:
            if not isinstance(item, Mapping):
                out.append(str(item))
                continue
            parts = []
            for k in keys:
                v = item.get(k)
                if v in (None, ""):
                    continue
                parts.append(
                    lookup[k](v, lang)
                    if k in lookup
                    else fmt_date(v)
                    if k in ("date", "when")
                    else str(v)
                )
            out.append(_join(parts))
        return [line for line in out if line]

    return fmt


def formatter(name: str, lang: str) -> Callable[[Any], list[str]]:
    vocab = lambda v: [labels.value(v, lang)]  # noqa: E731
    vocab_list = lambda v: [", ".join(labels.value(x, lang) for x in v)]  # noqa: E731
    table: dict[str, Callable[[Any], list[str]]] = {
        "occurred_at": lambda v: [fmt_time(v)],
        "occurred_until": lambda v: [fmt_time(v)],
        "recorded_at": lambda v: [fmt_time(v)],
        "updated_at": lambda v: [fmt_time(v)],
        "channel": vocab,
        "account": vocab,
        "kinds": vocab_list,
        "support": vocab_list,
        "tags": lambda v: [", ".join(str(x) for x in v)],
        "severity": lambda v: [labels.severity(int(v), lang)],
        "asked_to_stop": lambda v: [labels.text("yes" if v else "no", lang)],
        "doctor_visits": _list_of(("date", "note"), {}, lang),
        "witnesses": _list_of(("name", "role", "contact"), {}, lang),
        "told": _list_of(("who", "when", "note"), {"who": labels.value}, lang),
        "references": _list_of(("kind", "number"), {"kind": labels.reference_kind}, lang),
    }
    return table.get(name, _generic)


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


def rows(ep: Mapping[str, Any], lang: str, relation: str = "") -> list[tuple[str, str, bool]]:
    """(label, text, is_long) for every filled-in field, known fields in their usual order."""
    names = [n for n in labels.FIELDS if n in ep] + [n for n in ep if n not in labels.FIELDS]
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
            out.append((labels.field("relation", lang), labels.value(relation, lang), False))
    return out
