"""``vidne report`` and ``vidne bundle`` from the command line."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

from pypdf import PdfReader

from tests.app.cli.test_cli import add, vidne
from tests.app.cli.test_cli import data as data  # noqa: F401 - the fixture
from tests.helpers.report import pdf_text, qpdf_ok


def test_report_period_recipient_language(data: Path, tmp_path: Path) -> None:  # noqa: F811
    add(data, when="2026-01-10T10:00:00+01:00", description="JANUARMARKØR")
    add(data, when="2026-02-10T10:00:00+01:00", description="FEBRUARMARKØR <b>x</b>")
    out = tmp_path / "r.pdf"
    r = vidne(
        "report",
        "--data-dir",
        str(data),
        "--out",
        str(out),
        "--from",
        "2026-02-01",
        "--to",
        "2026-02-28",
        "--recipient",
        "tr",
        "--lang",
        "da",
        "--no-images",
        "--passphrase-stdin",
    )
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "FEBRUARMARKØR <b>x</b>" in text and "JANUARMARKØR" not in text
    assert "Tillidsrepræsentant" in text
    n = len(PdfReader(str(out)).pages)
    assert f"Side 1 af {n}" in text
    assert qpdf_ok(out)
    r = vidne(
        "report",
        "--data-dir",
        str(data),
        "--out",
        str(tmp_path / "e.pdf"),
        "--lang",
        "en",
        "--passphrase-stdin",
    )
    assert r.returncode == 0 and "Page 1 of" in pdf_text(tmp_path / "e.pdf")


def test_bad_date_and_bad_folder_are_one_line(data: Path, tmp_path: Path) -> None:  # noqa: F811
    r = vidne(
        "report",
        "--data-dir",
        str(data),
        "--out",
        str(tmp_path / "r.pdf"),
        "--from",
        "i går",
        "--passphrase-stdin",
    )
    assert r.returncode != 0 and len(r.stderr.strip().splitlines()) == 1 and "i går" in r.stderr
    r = vidne(
        "report",
        "--data-dir",
        str(data),
        "--out",
        str(tmp_path / "no" / "r.pdf"),
        "--passphrase-stdin",
    )
    assert r.returncode != 0 and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "no").exists()


def test_bundle_cli_verifies(data: Path, tmp_path: Path) -> None:  # noqa: F811
    add(data, description="BUNDLEMARK")
    out = tmp_path / "b.zip"
    r = vidne(
        "bundle", "--data-dir", str(data), "--out", str(out), "--lang", "en", "--passphrase-stdin"
    )
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(out) as zf:
        zf.extractall(tmp_path / "x")
    assert (
        subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path / "x", capture_output=True
        ).returncode
        == 0
    )
    assert "BUNDLEMARK" in pdf_text(tmp_path / "x" / "rapport.pdf")
