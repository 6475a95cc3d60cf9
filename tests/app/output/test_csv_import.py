"""CSV import: both encodings, both separators, all-or-nothing, the CLI contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import EpisodeStore
from vidne.app.output.csv_import import (
    CsvImportError,
    auto_mapping,
    import_file,
    preview,
    read_table,
)
from vidne.app.vault import integrity
from vidne.app.vault.store import Vault

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]

GOOD = [
    ["when", "channel", "sender", "severity", "description", "kinds", "told", "tags"],
    [
        "2026-03-14 18:05",
        "facebook",
        "Mor til Emil",
        "3",
        "Kaldte mig løgner; igen",
        "insults",
        "leader|amr",
        "forældre",
    ],
    [
        "15-03-2026 09.30",
        "SMS",
        "+45 12 34 56 78",
        "5",
        'Skrev "jeg ved hvor du bor", æøå',
        "threats",
        "politi",
        "",
    ],
]


def encode(rows: list[list[str]], sep: str, encoding: str) -> bytes:
    def cell(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in (sep, '"', "\n")) else c

    return "\r\n".join(sep.join(cell(c) for c in row) for row in rows).encode(encoding) + b"\r\n"


@pytest.mark.parametrize("sep", [",", ";"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_good_file_in_every_encoding_and_separator(vault: Vault, sep: str, encoding: str) -> None:
    ids = import_file(vault, encode(GOOD, sep, encoding))
    assert len(ids) == 2
    eps = sorted(EpisodeStore(vault).list(), key=lambda e: e.occurred_at)
    assert eps[0].description == "Kaldte mig løgner; igen"
    assert eps[0].channel == "facebook" and eps[0].severity == 3 and eps[0].kinds == ["insults"]
    assert [t["who"] for t in eps[0].told] == ["leader", "amr"] and eps[0].tags == ["forældre"]
    assert eps[1].description == 'Skrev "jeg ved hvor du bor", æøå'
    assert eps[1].occurred().strftime("%d/%m %H:%M") == "15/03 09:30"
    assert eps[1].channel == "sms" and eps[1].told[0]["who"] == "police"
    assert EpisodeStore(vault).revisions(ids[0])[0]["source"] == "import"
    assert integrity.check(vault).problem is None


def test_detection_reports_encoding_and_separator() -> None:
    table = read_table(encode(GOOD, ";", "cp1252"))
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    table = read_table(encode(GOOD, ",", "utf-8"))
    assert (table.encoding, table.delimiter) == ("utf-8", ",")


def test_columns_in_any_order_and_danish_headings(vault: Vault) -> None:
    rows = [
        ["Beskrivelse", "Grovhed", "Dato", "Tid", "Kanal", "Afsender", "Ukendt kolonne"],
        ["Grim kommentar", "2", "01.02.2026", "20.15", "Instagram", "anon", "ignoreret"],
    ]
    import_file(vault, encode(rows, ";", "cp1252"))
    ep = EpisodeStore(vault).list()[0]
    assert (ep.description, ep.severity, ep.channel, ep.sender) == (
        "Grim kommentar",
        2,
        "instagram",
        "anon",
    )
    assert ep.occurred().strftime("%Y-%m-%d %H:%M") == "2026-02-01 20:15"


@pytest.mark.parametrize(
    "bad_cell, column, fragment",
    [
        ("7", 3, "Severity"),
        ("2026-13-45", 0, "date"),
        ("myspace", 1, "channel"),
        ("", 4, "description"),
    ],
)
def test_bad_row_stops_with_its_line_number_and_nothing_is_written(
    vault: Vault, bad_cell: str, column: int, fragment: str
) -> None:
    rows = [list(r) for r in GOOD] + [list(GOOD[1]), list(GOOD[1])]
    rows[3][column] = bad_cell
    if column == 4:
        rows[3][2] = ""  # neither description nor sender
    with pytest.raises(CsvImportError) as info:
        import_file(vault, encode(rows, ";", "utf-8"))
    assert info.value.line == 4
    assert info.value.message().startswith("Line 4:") and fragment in info.value.message()
    assert EpisodeStore(vault).count() == 0
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM chain").fetchone()[0] == 0


def test_line_number_counts_multiline_cells(vault: Vault) -> None:
    data = (
        "when,channel,severity,description\n"
        '2026-03-01 10:00,sms,2,"første linje\nanden linje"\n'
        "2026-03-02 10:00,sms,9,forkert\n"
    ).encode()
    with pytest.raises(CsvImportError) as info:
        import_file(vault, data)
    assert info.value.line == 4


def test_missing_required_columns_and_empty_file(vault: Vault) -> None:
    with pytest.raises(CsvImportError, match="description"):
        import_file(vault, b"when,channel\n2026-03-01,sms\n")
    with pytest.raises(CsvImportError):
        import_file(vault, b"")
    with pytest.raises(CsvImportError):
        import_file(vault, b"when,description\n")


def test_sender_is_recognised_from_the_registry(vault: Vault) -> None:
    s = SenderStore(vault).add(Sender(name="Jens", relation="parent", identifiers=["+45 12345678"]))
    import_file(vault, encode(GOOD, ",", "utf-8"))
    linked = [e for e in EpisodeStore(vault).list() if e.sender_id == s.id]
    assert [e.sender for e in linked] == ["+45 12 34 56 78"]


def test_preview_shows_rows_and_reasons() -> None:
    rows = [list(r) for r in GOOD]
    rows[2][1] = "myspace"
    table = read_table(encode(rows, ",", "utf-8"))
    shown = preview(table, auto_mapping(table.header))
    assert shown[0]["episode"].severity == 3 and shown[1]["episode"] is None
    assert "myspace" in shown[1]["error"]


def cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LANGUAGE": ""}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "vidne.app.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def test_cli_import_then_export_includes_every_new_field(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert (
        cli(
            "init", "--data-dir", str(data), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        ).returncode
        == 0
    )
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_bytes(encode(GOOD, ";", "cp1252"))
    rows = [list(r) for r in GOOD]
    rows[2][3] = "x"
    bad.write_bytes(encode(rows, ",", "utf-8"))
    r = cli(
        "import-csv",
        str(bad),
        "--data-dir",
        str(data),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert (
        r.returncode == 1 and r.stderr.startswith("vidne: Line 3:") and "Traceback" not in r.stderr
    )
    r = cli(
        "import-csv",
        str(good),
        "--data-dir",
        str(data),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert r.returncode == 0, r.stderr
    out = tmp_path / "out.json"
    r = cli(
        "export",
        "--format",
        "json",
        "--out",
        str(out),
        "--data-dir",
        str(data),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert r.returncode == 0, r.stderr
    episodes = json.loads(out.read_text("utf-8"))["episodes"]
    assert len(episodes) == 2
    expected = {
        "occurred_until",
        "account",
        "url",
        "sender_id",
        "kinds",
        "quote",
        "context",
        "own_reply",
        "experience",
        "symptoms",
        "sick_days",
        "doctor_visits",
        "witnesses",
        "told",
        "references",
        "asked_to_stop",
        "support",
        "follow_up",
        "tags",
        "sender_relation",
        "sender_internal",
        "evidence_count",
    }
    assert expected <= set(episodes[0])
    assert episodes[1]["kinds"] == ["threats"] and episodes[0]["told"][1]["who"] == "amr"
    out_csv = tmp_path / "out.csv"
    r = cli(
        "export",
        "--format",
        "csv",
        "--out",
        str(out_csv),
        "--data-dir",
        str(data),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert r.returncode == 0, r.stderr
    import csv

    from vidne.app.output.export import header

    # A spreadsheet's CSV: every field under its English heading, codes as their labels
    rows = list(csv.DictReader(out_csv.read_text("utf-8-sig").splitlines()))
    assert {header(name, "en") for name in expected} <= set(rows[0])
    assert rows[0][header("told", "en")].startswith("Leader")


def test_cli_help_documents_every_column() -> None:
    from vidne.app.output.csv_import import COLUMNS

    r = cli("import-csv", "--help", stdin="")
    assert r.returncode == 0
    for name in ("when", "channel", "sender", "severity", "description", *COLUMNS):
        assert f"\n  {name} " in r.stdout, name


def test_a_cell_as_long_as_the_editor_allows_imports(vault: Vault) -> None:
    """The csv module's default limit is 131,072 characters; the editor takes 1,000,000."""
    quote = "ord " * 100_000  # 400,000 characters in one quoted cell
    data = (
        f'when,channel,sender,severity,description\n2026-03-14T18:05,sms,X,2,"{quote}"\n'
    ).encode()
    [episode_id] = import_file(vault, data)
    assert EpisodeStore(vault).get(episode_id).description == quote.strip()
