"""Where a piece of evidence came from, as far as Vidne can vouch for it.

A capture taken while Vidne was locked reaches the vault through the sealed inbox
(:mod:`vidne.app.evidence.sealed_inbox`). Its pixels, time and window title were recorded by
the capture program and sealed with a public key that lies readable beside the vault, so
anyone able to write to the data folder could have sealed one just like it. Vidne cannot tell
the two apart; it says so wherever such an item is shown or handed on: the Inbox, the episode
strip, the viewer, the JSON/CSV export, the bundle's ``episodes.json`` and the report's annex.

The mark is the ``sealed`` column of ``captures`` (covered by the chain, so it cannot be taken
off unnoticed); a redacted copy of such an item carries its original's doubt.
"""

from __future__ import annotations

from typing import Protocol

from vidne.app.i18n import QT_TRANSLATE_NOOP, translate, translate_to

CONTEXT = "Evidence"
SHORT = QT_TRANSLATE_NOOP("Evidence", "Taken while Vidne was locked – not verifiable")
NOTE = QT_TRANSLATE_NOOP(
    "Evidence",
    "Taken while Vidne was locked; time and origin recorded by the capture program and not "
    "verifiable.",
)
# The export's fields (per episode): the SHA-256 of each such item, and the note above.
EXPORT_FIELD = "evidence_taken_while_locked"
EXPORT_NOTE_FIELD = "evidence_taken_while_locked_note"


class _Evidence(Protocol):
    @property
    def sealed(self) -> int: ...


def unverifiable(item: _Evidence, original: _Evidence | None = None) -> bool:
    """Whether *item* (or the original a redacted copy was made from) came sealed."""
    return bool(item.sealed) or (original is not None and bool(original.sealed))


def note(lang: str | None = None) -> str:
    """The full sentence, in *lang* ('da'/'en'), or in the installed language if None."""
    return translate(CONTEXT, NOTE) if lang is None else translate_to(lang, CONTEXT, NOTE)


def short(lang: str | None = None) -> str:
    """The label for a list line."""
    return translate(CONTEXT, SHORT) if lang is None else translate_to(lang, CONTEXT, SHORT)
