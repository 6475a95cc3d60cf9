"""Translations for the command line, read from the compiled ``.qm`` catalogue without Qt.

The GUI translates through Qt (``QTranslator``). The CLI reads the very same ``.qm`` file that
``lrelease`` compiles from ``vidne_da.ts`` with this small reader instead, because importing
QtCore alone takes longer than a whole ``scrot`` screenshot and ``vidne capture`` is bound to
a desktop shortcut. Lookup follows ``QTranslator``: the ELF hash of source text and comment
selects candidates in the Hashes block; a candidate whose stored context or source text differs
is skipped. tests/app/cli/test_catalogue.py checks every message against ``QTranslator``.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from pathlib import Path

from vidne.app import i18n

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


def install(language: str | None) -> str:
    """Translate the CLI's messages into *language* (None: the system's); returns the language
    now used (English where the catalogue is missing)."""
    lang = language if language in i18n.LANGUAGES else i18n.system_language()
    found = QmCatalogue.load(i18n.TRANSLATIONS_DIR / f"vidne_{lang}.qm") if lang != "en" else None
    if found is None:
        i18n.use_reader(lambda _context, _text: None, "en")
        return "en"
    i18n.use_reader(found.translate, lang)
    return lang
