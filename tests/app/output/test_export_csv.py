"""The CSV export opens in a spreadsheet as columns: Danish with semicolons, English with
commas, headers and values in the chosen language, formulas neutralised."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.output import bundle
from vidne.app.output.export import episode_rows, to_csv
from vidne.app.output.report.selection import Selection
from vidne.app.vault.store import Vault

TRICKY = 'Æbler, øl; og "å"\nanden linje'


@pytest.fixture
def two(vault: Vault) -> Vault:
    store = EpisodeStore(vault)
    store.add(
        Episode(
            occurred_at="2026-03-14T18:05:00+01:00",
            channel="facebook",
            sender='=HYPERLINK("http://x")',
            severity=4,
            description=TRICKY,
            kinds=["threats", "insults"],
            asked_to_stop=True,
            told=[{"who": "leader", "when": "2026-03-15", "note": ""}],
        )
    )
    store.add(Episode(occurred_at="2026-03-16T09:00:00+01:00", description="anden", severity=1))
    return vault


def test_danish_has_a_bom_semicolons_and_danish_words(two: Vault) -> None:
    data = to_csv(episode_rows(two), "da")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    head, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert {"Tidspunkt", "Kanal", "Afsender", "Grovhed", "Beskrivelse", "Type"} <= set(head)
    assert first["Grovhed"] == "4 – Meget alvorlig" and first["Kanal"] == "Facebook"
    assert first["Type"] == "Trusler, Krænkende eller nedværdigende udtalelser"
    assert first["Bedt afsenderen stoppe"] == "Ja" and first["Beskrivelse"] == TRICKY
    assert first["Afsender"] == '\'=HYPERLINK("http://x")'  # never a formula
    assert first["Tidspunkt"].startswith("2026-03-14")


def test_english_uses_commas_and_an_option_chooses(two: Vault) -> None:
    english = to_csv(episode_rows(two), "en").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(english)))
    assert rows[0]["Severity"] == "4 – Very serious" and rows[0]["Description"] == TRICKY
    tabbed = to_csv(episode_rows(two), "da", "\t").decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(tabbed), delimiter="\t"))[0][0] == "Nr."


def test_the_bundles_csv_is_in_the_reports_language(two: Vault, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    bundle.write(two, Selection(lang="da"), out)
    with zipfile.ZipFile(out) as zf:
        text = zf.read("episodes.csv").decode("utf-8-sig")
    assert text.startswith('"Nr.";"Tidspunkt"')


def libreoffice_cells(path: Path, tmp_path: Path) -> list[list[str]]:
    """Open *path* in LibreOffice as its Text Import dialog does by default on a Danish
    UTF-8 system (separators comma, semicolon and tab; quotes; UTF-8) and read the cells."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (scripts/setup.sh installs it)")
    env = {**os.environ, "LANG": "da_DK.UTF-8", "HOME": str(tmp_path)}
    out_dir = tmp_path / "lo"
    subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            # 44/59/9: the dialog's default separators (, ; Tab); 34: "; 76: UTF-8; 1: row 1
            "--infilter=CSV:44/59/9,34,76,1",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):9,34,76",
            "--outdir",
            str(out_dir),
            str(path),
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = (out_dir / path.name).read_text("utf-8")
    return list(csv.reader(io.StringIO(converted), delimiter="\t"))


def test_libreoffice_opens_the_danish_csv_as_columns(two: Vault, tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    path = source / "episoder.csv"
    path.write_bytes(to_csv(episode_rows(two), "da"))
    cells = libreoffice_cells(path, tmp_path)
    header = [c.lstrip("\ufeff") for c in cells[0]]
    assert header[:3] == ["Nr.", "Tidspunkt", "Til og med"]
    first = dict(zip(header, cells[1], strict=False))
    assert first["Beskrivelse"] == TRICKY  # one cell despite the comma, semicolon and newline
    assert first["Kanal"] == "Facebook" and first["Grovhed"] == "4 – Meget alvorlig"
    assert len(cells) == 3 and all(len(row) == len(header) for row in cells)
