"""Translations for the command line, read from the compiled ``.qm`` catalogue without Qt.

The GUI translates through Qt (``QTranslator``). The CLI reads the very same ``.qm`` file that
``lrelease`` compiles from ``vidne_da.ts`` with this small reader instead, because importing
QtCore alone takes longer than a whole ``scrot`` screenshot and ``vidne capture`` is bound to
a desktop shortcut. Lookup follows ``QTranslator``: the ELF hash of source text and comment
selects candidates in the Hashes block; a candidate whose stored context or source text differs
is skipped. tests/app/cli/test_fast_start.py checks every message against ``QTranslator``.

The language is decided before the parser is built (``--lang`` on the command line, else the
system's), so ``vidne --help`` and argparse's own messages speak it too
(:mod:`vidne.app.cli.argparse_text`).
"""

from __future__ import annotations

import os
import struct
from bisect import bisect_left
from collections.abc import Sequence
from pathlib import Path

from vidne.app import i18n
from vidne.app.cli import argparse_text

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
HASHES, MESSAGES = 0x42, 0x69
END, TRANSLATION, OBSOLETE1, SOURCE, CONTEXT, COMMENT = 1, 3, 5, 6, 7, 8


def elf_hash(data: bytes) -> int:
    """Qt's ``elfHash`` of the source text followed by the comment (never 0)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


class QmCatalogue:
    """One compiled catalogue; :meth:`translate` returns None when it has no translation."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise ValueError("not a Qt translation file")
        blocks: dict[int, bytes] = {}
        pos = len(MAGIC)
        while pos + 5 <= len(data):
            tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
            blocks[tag] = data[pos + 5 : pos + 5 + length]
            pos += 5 + length
        table = blocks.get(HASHES, b"")
        pairs = [struct.unpack_from(">II", table, i) for i in range(0, len(table) - 7, 8)]
        self._hashes = [h for h, _ in pairs]
        self._offsets = [o for _, o in pairs]
        self._messages = blocks.get(MESSAGES, b"")

    @classmethod
    def load(cls, path: Path) -> QmCatalogue | None:
        try:
            return cls(path.read_bytes())
        except (OSError, ValueError, struct.error):
            return None

    def translate(self, context: str, text: str) -> str | None:
        source = text.encode("utf-8")
        key = elf_hash(source)
        i = bisect_left(self._hashes, key)
        while i < len(self._hashes) and self._hashes[i] == key:
            found = self._message(self._offsets[i], context.encode("utf-8"), source)
            if found is not None:
                return found
            i += 1
        return None

    def _message(self, pos: int, context: bytes, source: bytes) -> str | None:
        """The first translation of the message at *pos*, or None if it is for another text."""
        m, translation = self._messages, None
        while pos < len(m):
            tag = m[pos]
            pos += 1
            if tag == END:
                break
            if tag == OBSOLETE1:
                pos += 4
                continue
            if tag not in (TRANSLATION, SOURCE, CONTEXT, COMMENT):
                return None
            (length,) = struct.unpack_from(">I", m, pos)
            if tag == TRANSLATION and length & 1:  # 0xFFFFFFFF: no translation
                return None
            value = m[pos + 4 : pos + 4 + length]
            pos += 4 + length
            if tag == TRANSLATION and translation is None:
                translation = value.decode("utf-16-be")
            elif (tag == SOURCE and value != source) or (tag == CONTEXT and value != context):
                return None
            elif tag == COMMENT and value:
                return None  # the CLI never asks with a disambiguation comment
        return translation


def requested_language(argv: Sequence[str]) -> str | None:
    """The language asked for with ``--lang X`` or ``--lang=X`` (argparse also takes a
    shortened ``--la``), read before the parser exists; None if not given or not known."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        name, _eq, value = arg.partition("=")
        if len(name) < 4 or not "--lang".startswith(name):
            continue
        if not _eq:
            value = argv[i + 1] if i + 1 < len(argv) else ""
        return value if value in i18n.LANGUAGES else None
    return None


def system_language() -> str:
    """'da' on a Danish system, else 'en': the locale variables as gettext reads them, then the
    C library's locale (a Danish Windows says 'Danish_Denmark'). No Qt: help must be quick."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "da" if value.split(":")[0].lower().startswith("da") else "en"
    import locale  # only when no variable says: every start of vidne comes here

    name = locale.getlocale(locale.LC_CTYPE)[0] or ""
    return "da" if name.lower().startswith("da") else "en"


_loaded: dict[str, QmCatalogue | None] = {}


def _catalogue(lang: str) -> QmCatalogue | None:
    if lang not in _loaded:  # parse() and run() both install: read the file once
        _loaded[lang] = QmCatalogue.load(i18n.TRANSLATIONS_DIR / f"vidne_{lang}.qm")
    return _loaded[lang]


def install(language: str | None) -> str:
    """Translate the CLI's messages, its help and argparse's texts into *language* (None: the
    system's); returns the language now used (English where the catalogue is missing)."""
    lang = language if language in i18n.LANGUAGES else system_language()
    found = _catalogue(lang) if lang != "en" else None
    if found is None:
        i18n.use_reader(lambda _context, _text: None, "en")
        argparse_text.install(None)
        return "en"
    i18n.use_reader(found.translate, lang)
    argparse_text.install(found.translate)
    return lang
