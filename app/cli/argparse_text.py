"""argparse's own words ("usage:", "options", "error: …") in the user's language.

argparse asks gettext for its texts through the module-level functions ``_`` and ``ngettext``
it imported, and gettext finds translations only in compiled ``.mo`` files. Vidne ships one
catalogue, the ``.qm`` file the window uses, so :func:`install` gives argparse a
:class:`gettext.NullTranslations` whose lookups go to that catalogue under the context
``argparse`` (the messages below, marked for lupdate). A text the catalogue lacks stays English.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Callable

from vidne.app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "argparse"
Lookup = Callable[[str, str], str | None]

# The texts of argparse a user can meet, exactly as argparse writes them (Python 3.11).
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


class CatalogueTranslations(gettext.NullTranslations):
    """gettext's interface over a lookup ``(context, text) -> translation or None``."""

    def __init__(self, lookup: Lookup) -> None:
        super().__init__()
        self._lookup = lookup

    def gettext(self, message: str) -> str:
        return self._lookup(CONTEXT, message) or message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        # The catalogue holds both English forms as messages; Danish has the same two forms.
        chosen = msgid1 if n == 1 else msgid2
        return self._lookup(CONTEXT, chosen) or chosen


def _english(_context: str, _text: str) -> str | None:
    return None


def install(lookup: Lookup | None) -> None:
    """From now on argparse writes its texts through *lookup* (None: English as written).

    Not gettext's own functions for English: they look for an ``argparse.mo`` of every locale
    variant on each call (four ``stat`` calls per text, ~270 while the parser is built), and
    Vidne's English is argparse's English anyway."""
    translations = CatalogueTranslations(lookup or _english)
    setattr(argparse, "_", translations.gettext)  # noqa: B010
    setattr(argparse, "ngettext", translations.ngettext)  # noqa: B010
