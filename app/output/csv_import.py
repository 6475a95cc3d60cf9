"""Import episodes from a spreadsheet saved as CSV: all rows or none.

The encoding (UTF-8, with or without BOM, or Windows-1252 as Excel on a Danish Windows writes it)
and the separator (comma or semicolon) are detected. Columns are mapped to fields by name
(English names = ``vidne add``'s options, plus Danish headings) or by the user in the dialog.
The first bad row stops the import with its line number and the reason; nothing is written.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from vidne.app.episodes.store import MAX_TEXT, Episode, EpisodeStore
from vidne.app.episodes.vocabulary import channel_key, choices, key_for
from vidne.app.errors import ValidationError, VidneError
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.timeutil import parse_when, to_text
from vidne.app.vault.store import Vault

MAX_BYTES = 50 * 1024 * 1024


def _codes(table: str) -> str:
    return ", ".join(choices(table))


# field -> (help text, accepted headings besides the field name). The help text documents the
# column for `vidne import-csv --help` (see column_help: translated, %1 = the accepted codes).
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "when": (
        QT_TRANSLATE_NOOP(
            "CsvColumns",
            "date and time it happened: 2026-03-14 18:05, 2026-03-14T18:05+01:00 or "
            "14-03-2026 18.05 (required, unless 'date' is given)",
        ),
        ("occurred_at", "hvornår", "tidspunkt", "dato og tid"),
    ),
    "date": (
        QT_TRANSLATE_NOOP(
            "CsvColumns", "the date alone (used with 'time' when there is no 'when' column)"
        ),
        ("dato",),
    ),
    "time": (
        QT_TRANSLATE_NOOP("CsvColumns", "the time alone, e.g. 18:05"),
        ("tid", "klokkeslæt", "kl"),
    ),
    "until": (
        QT_TRANSLATE_NOOP("CsvColumns", "end of a series (date)"),
        ("occurred_until", "til", "slut"),
    ),
    "channel": (
        QT_TRANSLATE_NOOP("CsvColumns", "%1 (or the label; default: other)"),
        ("kanal", "medie", "platform"),
    ),
    "account": (QT_TRANSLATE_NOOP("CsvColumns", "work or private"), ("konto",)),
    "url": (QT_TRANSLATE_NOOP("CsvColumns", "link to the post or profile"), ("link",)),
    "sender": (
        QT_TRANSLATE_NOOP(
            "CsvColumns", "who sent it, as it appeared (recognised against the sender registry)"
        ),
        ("afsender", "hvem"),
    ),
    "severity": (
        QT_TRANSLATE_NOOP("CsvColumns", "1 (minor) to 5 (acute); default 1"),
        ("grovhed", "alvor"),
    ),
    "description": (
        QT_TRANSLATE_NOOP("CsvColumns", "what happened (required)"),
        ("beskrivelse", "hvad skete der", "hændelse", "hvad skete der?"),
    ),
    "kinds": (
        QT_TRANSLATE_NOOP("CsvColumns", "kinds of harassment, separated by | or ; (%1)"),
        ("kind", "type", "art"),
    ),
    "quote": (QT_TRANSLATE_NOOP("CsvColumns", "the exact words"), ("citat", "ordlyd")),
    "context": (QT_TRANSLATE_NOOP("CsvColumns", "what came before"), ("kontekst", "forløb")),
    "own_reply": (QT_TRANSLATE_NOOP("CsvColumns", "your own replies"), ("eget svar", "svar")),
    "experience": (
        QT_TRANSLATE_NOOP("CsvColumns", "your own experience and its effect"),
        ("oplevelse", "min oplevelse"),
    ),
    "symptoms": (QT_TRANSLATE_NOOP("CsvColumns", "symptoms"), ("symptomer", "reaktioner")),
    "sick_days": (
        QT_TRANSLATE_NOOP("CsvColumns", "number of sick days"),
        ("sygedage", "sygefravær"),
    ),
    "witnesses": (
        QT_TRANSLATE_NOOP("CsvColumns", "witnesses' names, separated by | or ;"),
        ("vidner",),
    ),
    "told": (
        QT_TRANSLATE_NOOP("CsvColumns", "whom you told, separated by | or ; (%1)"),
        ("fortalt", "fortalt til", "informeret"),
    ),
    "asked_to_stop": (
        QT_TRANSLATE_NOOP("CsvColumns", "yes or no (ja/nej)"),
        ("bedt om at stoppe",),
    ),
    "support": (
        QT_TRANSLATE_NOOP("CsvColumns", "support received, separated by | or ; (%1)"),
        ("støtte",),
    ),
    "follow_up": (
        QT_TRANSLATE_NOOP("CsvColumns", "follow-up notes"),
        ("opfølgning", "noter", "note"),
    ),
    "tags": (QT_TRANSLATE_NOOP("CsvColumns", "tags, separated by | or ; or ,"), ("tags", "mærker")),
}
# column -> the vocabulary whose codes its help text lists as %1
_CODES_OF = {"channel": "channel", "kinds": "kind", "told": "told", "support": "support"}


def column_help(name: str) -> str:
    """The help text of column *name* in the current language, with the codes it accepts."""
    text = translate("CsvColumns", COLUMNS[name][0])
    return text.replace("%1", _codes(_CODES_OF[name])) if name in _CODES_OF else text


class CsvImportError(VidneError):
    text = QT_TRANSLATE_NOOP("Errors", "The file could not be imported; nothing was written.")

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"{line}: {reason}")
        self.line, self.reason = line, reason

    def message(self) -> str:
        if self.line <= 0:
            return translate("CsvImport", "%1 Nothing was imported.").replace("%1", self.reason)
        return (
            translate("CsvImport", "Line %1: %2 Nothing was imported.")
            .replace("%1", str(self.line))
            .replace("%2", self.reason)
        )


@dataclass
class CsvTable:
    encoding: str
    delimiter: str
    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (line number, cells)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (BOM or not) first, Windows-1252 if that fails."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise CsvImportError(
            0, translate("CsvImport", "The file is neither UTF-8 nor Windows-1252 text.")
        ) from exc


def _delimiter(first_line: str) -> str:
    """The separator outside quotes that occurs most in the header line."""
    bare = re.sub(r'"[^"]*"', "", first_line)
    return ";" if bare.count(";") > bare.count(",") else ","


def read_table(data: bytes) -> CsvTable:
    if len(data) > MAX_BYTES:
        raise CsvImportError(0, translate("CsvImport", "The file is larger than 50 MB."))
    text, encoding = decode(data)
    if not text.strip():
        raise CsvImportError(0, translate("CsvImport", "The file is empty."))
    delimiter = _delimiter(text.lstrip("\r\n").splitlines()[0])
    # The csv module refuses cells over 131,072 characters; a quoted thread may be as long
    # as the editor allows (episodes.MAX_TEXT).
    csv.field_size_limit(max(csv.field_size_limit(), MAX_TEXT + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    table = CsvTable(encoding, delimiter, [])
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip() for c in cells]
                table.header = header
            else:
                table.rows.append((start, cells))
    except csv.Error as exc:
        raise CsvImportError(
            line, translate("CsvImport", "The row is not valid CSV (%1).").replace("%1", str(exc))
        ) from exc
    if not table.rows:
        raise CsvImportError(
            0, translate("CsvImport", "The file has a heading row but no episodes.")
        )
    return table


def _norm(heading: str) -> str:
    return " ".join(heading.strip().strip("\ufeff").casefold().replace("_", " ").split())


def auto_mapping(header: list[str]) -> dict[int, str]:
    """Column index -> field, by heading (field name or a Danish heading); unknown ones skipped."""
    names: dict[str, str] = {}
    for name, (_help, aliases) in COLUMNS.items():
        for heading in (name, *aliases):
            names[_norm(heading)] = name
    mapping: dict[int, str] = {}
    for index, heading in enumerate(header):
        found = names.get(_norm(heading))
        if found and found not in mapping.values():
            mapping[index] = found
    return mapping


def check_mapping(mapping: dict[int, str]) -> None:
    fields = set(mapping.values())
    if "when" not in fields and "date" not in fields:
        raise CsvImportError(
            0, translate("CsvImport", "No column is mapped to 'when' (or 'date').")
        )
    if "description" not in fields:
        raise CsvImportError(0, translate("CsvImport", "No column is mapped to 'description'."))


_DK_DATE = re.compile(
    r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$"
)
_SPLIT = re.compile(r"\s*[|;]\s*")
_YES = {"yes", "y", "ja", "j", "true", "1", "x"}
_NO = {"no", "n", "nej", "false", "0"}


def parse_when_text(text: str) -> str:
    """ISO or Danish day-first (14-03-2026 18.05); raises ValueError."""
    value = text.strip()
    match = _DK_DATE.match(value)
    if match:
        day, month, year, hour, minute, second = match.groups()
        naive = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
        return to_text(naive.astimezone())
    return to_text(parse_when(value))


# Words people write in their own lists besides the labels (which key_for accepts in Danish
# and English whatever language Vidne runs in).
_ALIASES = {
    "told": {"chef": "leader", "politi": "police", "andre": "other"},
    "kind": {"trussel": "threats", "krænkelser": "insults", "hadtale": "hate_speech"},
    "support": {"bisidder": "companion"},
}


def _key(table: str, piece: str) -> str | None:
    return key_for(table, piece) or _ALIASES.get(table, {}).get(piece.strip().casefold())


def _list(text: str, table: str, what: str) -> list[str]:
    keys = []
    for part in _SPLIT.split(text.strip()) if text.strip() else []:
        for piece in re.split(r"\s*,\s*", part):
            key = _key(table, piece) if piece else None
            if piece and key is None:
                raise ValueError(
                    translate("CsvImport", "Unknown value in '%1': %2")
                    .replace("%1", what)
                    .replace("%2", piece[:60])
                )
            if key:
                keys.append(key)
    return keys


def _when(cells: dict[str, str]) -> str:
    if cells.get("when", "").strip():
        return parse_when_text(cells["when"])
    date = cells.get("date", "").strip()
    time = cells.get("time", "").strip().replace(".", ":")
    return parse_when_text(f"{date} {time}".strip() if time else date)


def _set_simple(ep: Episode, cells: dict[str, str]) -> None:
    for name in (
        "description",
        "quote",
        "context",
        "own_reply",
        "experience",
        "symptoms",
        "follow_up",
        "url",
        "sender",
    ):
        if name in cells:
            setattr(ep, name, cells[name].strip())
    if cells.get("until", "").strip():
        ep.occurred_until = parse_when_text(cells["until"])
    if cells.get("channel", "").strip():
        key = channel_key(cells["channel"])
        if key is None:
            raise ValueError(
                translate("CsvImport", "Unknown channel: %1").replace("%1", cells["channel"][:60])
            )
        ep.channel = key
    if cells.get("account", "").strip():
        value = cells["account"].strip().casefold()
        key = {"arbejde": "work", "privat": "private"}.get(value) or key_for("account", value)
        if key is None:
            raise ValueError(translate("CsvImport", "The account must be work or private."))
        ep.account = key


def _set_numbers(ep: Episode, cells: dict[str, str]) -> None:
    if cells.get("severity", "").strip():
        try:
            ep.severity = int(cells["severity"].strip())
        except ValueError:
            raise ValueError(
                translate("CsvImport", "Severity must be a whole number from 1 to 5.")
            ) from None
    if cells.get("sick_days", "").strip():
        try:
            ep.sick_days = int(cells["sick_days"].strip())
        except ValueError:
            raise ValueError(translate("CsvImport", "Sick days must be a whole number.")) from None
    answer = cells.get("asked_to_stop", "").strip().casefold()
    if answer:
        if answer not in _YES | _NO:
            raise ValueError(translate("CsvImport", "'asked_to_stop' must be yes or no."))
        ep.asked_to_stop = answer in _YES


def _set_lists(ep: Episode, cells: dict[str, str]) -> None:
    ep.kinds = _list(cells.get("kinds", ""), "kind", "kinds")
    ep.support = _list(cells.get("support", ""), "support", "support")
    ep.told = [
        {"who": k, "when": "", "note": ""} for k in _list(cells.get("told", ""), "told", "told")
    ]
    ep.witnesses = [
        {"name": n, "role": "", "contact": ""}
        for n in _SPLIT.split(cells.get("witnesses", "").strip())
        if n
    ]
    ep.tags = [t for t in re.split(r"\s*[|;,]\s*", cells.get("tags", "").strip()) if t]


def row_to_episode(cells: list[str], mapping: dict[int, str]) -> Episode:
    """One row as an Episode (not yet validated); ValueError with a translated reason."""
    values = {name: cells[index] if index < len(cells) else "" for index, name in mapping.items()}
    try:
        ep = Episode(occurred_at=_when(values))
    except ValueError:
        raise ValueError(
            translate("CsvImport", "The date and time are not valid: %1").replace(
                "%1", (values.get("when") or values.get("date") or "")[:40]
            )
        ) from None
    _set_simple(ep, values)
    _set_numbers(ep, values)
    _set_lists(ep, values)
    return ep


def episodes(table: CsvTable, mapping: dict[int, str]) -> list[tuple[int, Episode]]:
    """Every row converted and validated, or CsvImportError naming the first bad line."""
    from vidne.app.episodes.validation import validate

    check_mapping(mapping)
    out = []
    for line, cells in table.rows:
        try:
            ep = row_to_episode(cells, mapping)
            validate(ep)
        except ValueError as exc:
            raise CsvImportError(line, str(exc)) from None
        except ValidationError as exc:
            raise CsvImportError(line, exc.message()) from None
        out.append((line, ep))
    return out


def import_rows(vault: Vault, table: CsvTable, mapping: dict[int, str]) -> list[int]:
    """Add every row in one transaction; the first failure rolls everything back."""
    from vidne.app.episodes.senders import SenderStore

    rows = episodes(table, mapping)
    recognised = {}
    senders = SenderStore(vault)
    for _line, ep in rows:
        if ep.sender and ep.sender not in recognised:
            found = senders.recognise(ep.sender)
            recognised[ep.sender] = found.id if found else None
        ep.sender_id = recognised.get(ep.sender)
    store = EpisodeStore(vault)
    ids: list[int] = []
    with vault.transaction() as tx:
        for line, ep in rows:
            try:
                ids.append(int(store.add_in(tx, ep, source="import").id or 0))
            except ValidationError as exc:
                raise CsvImportError(line, exc.message()) from None
    return ids


def import_file(vault: Vault, data: bytes, mapping: dict[int, str] | None = None) -> list[int]:
    table = read_table(data)
    return import_rows(vault, table, auto_mapping(table.header) if mapping is None else mapping)


def preview(table: CsvTable, mapping: dict[int, str], limit: int = 20) -> list[dict[str, Any]]:
    """The first rows as the import would store them (or the reason they would fail)."""
    out: list[dict[str, Any]] = []
    for line, cells in table.rows[:limit]:
        try:
            out.append({"line": line, "episode": row_to_episode(cells, mapping), "error": ""})
        except ValueError as exc:
            out.append({"line": line, "episode": None, "error": str(exc)})
    return out
