"""Danish and English load; the committed catalogue is complete and compiled from its source."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from vidne.app import i18n
from vidne.app.errors import WrongPassphrase

TS = i18n.TRANSLATIONS_DIR / "vidne_da.ts"
QM = i18n.TRANSLATIONS_DIR / "vidne_da.qm"
BIN = Path(sys.executable).parent


@pytest.fixture
def core_app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp  # pytest-qt's one application for the whole session


def test_both_languages_load(core_app: QCoreApplication) -> None:
    try:
        assert i18n.install("da") == "da"
        assert "forkert" in WrongPassphrase().message()
        assert i18n.translate("Channel", "Phone") == "Telefon"
        assert i18n.install("en") == "en"
        assert WrongPassphrase().message().startswith("The passphrase is wrong")
    finally:
        i18n.install("en")


@pytest.mark.parametrize(
    "env,expected",
    [
        ({"LANG": "da_DK.UTF-8"}, "da"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANGUAGE": "da:en", "LANG": "C"}, "da"),
    ],
)
def test_danish_by_default_on_a_danish_system(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert i18n.system_language() == expected


def test_compiled_catalogue_is_current(tmp_path: Path) -> None:
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")
    out = tmp_path / "check.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == QM.read_bytes(), "run scripts/update_translations.sh"


def test_every_string_in_the_code_is_in_the_catalogue_and_translated(tmp_path: Path) -> None:
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    root = Path(__file__).resolve().parents[1]
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for d in ("app", "ui") for p in (root / d).rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = _messages(fresh)
    have = {k: v for k, v in _messages(TS).items() if v}
    missing = sorted(k for k in wanted if k not in have)
    assert missing == [], f"{len(missing)} strings lack a Danish translation: {missing[:5]}"


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            out[(name, msg.findtext("source") or "")] = (translation.text or "") if done else ""
    return out
