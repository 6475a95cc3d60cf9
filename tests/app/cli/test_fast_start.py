"""The command line starts fast: building the parser imports no command, ``vidne capture``
no PDF or widget library, and its messages come from the .qm catalogue without Qt."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from vidne.app import paths
from vidne.app.cli import catalogue, parser

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import json, sys
from vidne.ui.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def modules_after(*args: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.splitlines()[-1]))


def test_capture_help_loads_no_pdf_or_widget_library() -> None:
    loaded = modules_after("capture", "--help")
    heavy = [m for m in loaded if m.startswith(("reportlab", "PySide6.QtWidgets", "PySide6"))]
    assert heavy == []


def test_version_loads_no_command_implementation() -> None:
    loaded = modules_after("--version")
    assert [m for m in loaded if m.startswith("vidne.app.cli.commands")] == []
    assert [m for m in loaded if m.startswith(("PySide6", "reportlab", "vidne.app.vault"))] == []


def test_a_command_builds_only_its_own_parser() -> None:
    """``vidne capture`` spends no time on the options of the 20 other commands."""
    top = parser.build_parser()
    args = top.parse_args(["--data-dir", "somewhere", "capture", "--all"])
    assert (args.command, args.all, args.data_dir) == ("capture", True, "somewhere")
    sub = next(a for a in top._actions if a.dest == "command")
    assert list(sub.choices.built) == ["capture"]  # type: ignore[union-attr]
    assert "verify-bundle" in top.format_help() and list(sub.choices.built) == ["capture"]  # type: ignore[union-attr]


def test_every_command_runs_a_handle_function() -> None:
    sub = next(a for a in parser.build_parser()._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[union-attr]
        handler = command.get_default("handler")
        assert handler is not None, name
        # the module the handler imports: the command's name, or another where the name is a
        # Python keyword or builtin ("import" -> import_files, "list" -> list_episodes)
        module_name = handler.__name__.rsplit(".", 1)[0]
        assert module_name in (name.replace("-", "_"), "import_files", "list_episodes"), name
        module = importlib.import_module(f"vidne.app.cli.commands.{module_name}")
        assert callable(module.handle), name


def test_report_recipients_match_the_report() -> None:
    from vidne.app.output.report.selection import RECIPIENTS

    assert parser.RECIPIENTS == RECIPIENTS


def test_import_csv_help_lists_the_columns() -> None:
    from vidne.app.output.csv_import import COLUMNS

    sub = next(a for a in parser.build_parser()._actions if a.dest == "command")
    text = sub.choices["import-csv"].format_help()  # type: ignore[union-attr]
    assert all(name in text for name in COLUMNS)


def test_the_catalogue_reader_agrees_with_qt_on_every_message() -> None:
    from PySide6.QtCore import QTranslator

    folder = paths.resource("translations")
    qm = folder / "vidne_da.qm"
    reader, translator = catalogue.QmCatalogue.load(qm), QTranslator()
    assert reader is not None and translator.load(str(qm))
    checked = 0
    for context in ET.parse(folder / "vidne_da.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            assert reader.translate(name, source) == (translator.translate(name, source) or None)
            checked += 1
    assert checked > 100
    assert reader.translate("Cli", "not a message of Vidne") is None


def test_a_damaged_catalogue_means_english(tmp_path: Path) -> None:
    broken = tmp_path / "vidne_da.qm"
    broken.write_bytes(b"not a catalogue")
    assert catalogue.QmCatalogue.load(broken) is None
    assert catalogue.QmCatalogue.load(tmp_path / "missing.qm") is None


@pytest.mark.parametrize(("lang", "word"), [("da", "Der er endnu ingen boks"), ("en", "no vault")])
def test_messages_are_translated_without_qt(tmp_path: Path, lang: str, word: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "vidne.ui.main", "--lang", lang, "--data-dir", str(tmp_path)]
        + ["capture"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1 and word.lower() in done.stderr.lower(), done.stderr
