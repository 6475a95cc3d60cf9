"""The command line speaks the user's language: ``vidne --help``, each command's help and
argparse's own messages ("usage:", "error: …") are Danish on a Danish system or with
``--lang da``, and the English help is exactly what the parser declares."""

from __future__ import annotations

import argparse
import gettext
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from vidne.app import i18n, paths
from vidne.app.cli import argparse_text, catalogue, parser

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import contextlib, io, json, sys
from vidne.ui.main import main
out = {}
for argv in json.loads(sys.argv[1]):
    text = io.StringIO()
    with contextlib.redirect_stdout(text), contextlib.redirect_stderr(text):
        try:
            main(argv)
        except SystemExit:
            pass
    out[" ".join(argv)] = text.getvalue()
print(json.dumps(out))
"""


def run_vidne(lang_env: str, *argvs: list[str]) -> dict[str, str]:
    """What ``vidne ARGV`` writes for each *argv*, in one process with LANG=*lang_env*."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG=lang_env, COLUMNS="100", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argvs)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, str] = json.loads(done.stdout)
    return result


@pytest.fixture
def english_parser() -> Iterator[argparse.ArgumentParser]:
    """The parser as built in English in this process (the CLI's reader and argparse's
    texts are put back afterwards, so later tests translate as before)."""
    saved = (list(i18n._reader), list(i18n._reader_language), argparse._)  # type: ignore[attr-defined]
    catalogue.install("en")
    yield parser.build_parser()
    i18n._reader[:], i18n._reader_language[:] = saved[0], saved[1]
    argparse._ = saved[2]  # type: ignore[attr-defined]
    argparse.ngettext = gettext.ngettext


def test_help_is_danish_on_a_danish_system() -> None:
    out = run_vidne("da_DK.UTF-8", ["--help"], ["capture", "--help"], ["report", "--help"])
    top, capture, report = out["--help"], out["capture --help"], out["report --help"]
    assert top.startswith("brug: vidne ")
    assert "Vidne: en privat log over beviser." in top
    assert "tilvalg:" in top and "vis denne hjælp, og afslut" in top
    assert "tilføj en episode, og skriv dens id" in top
    assert "vis programmets versionsnummer, og afslut" in top
    assert capture.startswith("brug: vidne capture ")
    assert "alle skærme i ét billede" in capture
    assert "hvem rapporten er til" in report and "--recipient" in report
    for text in (top, capture, report):
        assert "usage:" not in text and "options:" not in text and "show this help" not in text


def test_import_csv_columns_are_described_in_danish_on_a_danish_system() -> None:
    from vidne.app.output.csv_import import COLUMNS

    out = run_vidne(
        "da_DK.UTF-8", ["import-csv", "--help"], ["--lang", "en", "import-csv", "--help"]
    )
    danish, english = out["import-csv --help"], out["--lang en import-csv --help"]
    assert "  description    hvad der skete (skal angives) [også: beskrivelse, " in danish
    assert (
        "  kinds          former for chikane, adskilt med | eller ; (threats, insults, " in danish
    )
    assert (
        "  channel        email, sms, " in danish
        and "(eller betegnelsen; standard: other)" in danish
    )
    assert "  description    what happened (required) [also: beskrivelse, " in english
    lines = {
        text: {line.split()[0]: line for line in text.splitlines() if line.startswith("  ")}
        for text in (danish, english)
    }
    for name in COLUMNS:
        assert lines[danish][name] != lines[english][name], name
    assert "[also:" not in danish and "what happened" not in danish


def test_lang_da_wins_over_an_english_system() -> None:
    out = run_vidne("C.UTF-8", ["--lang", "da", "verify", "--help"], ["verify", "--help"])
    assert "kontrollér databasen, hashkæden og hvert bevis" in out["--lang da verify --help"]
    assert "check the database, the hash chain and every item" in out["verify --help"]


def test_argparse_errors_are_danish() -> None:
    out = run_vidne(
        "da_DK.UTF-8",
        ["report"],
        ["frobnicate"],
        ["capture", "--monitor", "x"],
    )
    assert "vidne report: fejl: disse argumenter skal angives: --out" in out["report"]
    assert "ugyldigt valg: 'frobnicate'" in out["frobnicate"]
    assert "ugyldig værdi af typen int: 'x'" in out["capture --monitor x"]
    assert "error:" not in "".join(out.values())
    english = run_vidne("da_DK.UTF-8", ["--lang", "en", "report"])["--lang en report"]
    assert "vidne report: error: the following arguments are required: --out" in english


def test_english_help_is_the_declared_text_unchanged(
    english_parser: argparse.ArgumentParser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In English every help screen is what argparse makes of the parser's own strings:
    translation changes nothing, byte for byte."""
    sub = next(a for a in english_parser._actions if a.dest == "command")
    names = sorted(sub.choices)  # type: ignore[arg-type]
    out = run_vidne("C.UTF-8", ["--help"], *([name, "--help"] for name in names))
    monkeypatch.setenv("COLUMNS", "100")  # argparse wraps at $COLUMNS - 2, as in the subprocess
    assert out["--help"] == english_parser.format_help()
    for name in names:
        assert out[f"{name} --help"] == sub.choices[name].format_help(), name  # type: ignore[index]
    assert out["--help"].startswith("usage: vidne ")
    assert "show this help message and exit" in out["--help"]


@pytest.mark.parametrize("lang", ["da_DK.UTF-8", "C.UTF-8"])
def test_help_in_either_language_loads_no_qt(lang: str) -> None:
    probe = (
        "import json, sys\n" + PROBE.split("print(")[0] + "print(json.dumps(sorted(sys.modules)))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG=lang, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", probe, json.dumps([["capture", "--help"], ["report"]])],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.splitlines()[-1])
    assert [m for m in loaded if m.startswith(("PySide6", "reportlab"))] == []


def test_every_help_text_and_argparse_message_has_danish(
    english_parser: argparse.ArgumentParser,
) -> None:
    danish = catalogue.QmCatalogue.load(paths.resource("translations") / "vidne_da.qm")
    assert danish is not None
    missing = [m for m in argparse_text.MESSAGES if danish.translate("argparse", m) is None]
    top = english_parser
    parsers = [top, *next(a for a in top._actions if a.dest == "command").choices.values()]  # type: ignore[union-attr]
    for each in parsers:
        texts = [each.description or ""] + [a.help or "" for a in each._actions]
        for text in texts:
            if text and text != "==SUPPRESS==":
                context = "argparse" if text in argparse_text.MESSAGES else "CliHelp"
                if danish.translate(context, text) is None:
                    missing.append(text)
    assert missing == []


def test_requested_language_is_read_before_the_parser() -> None:
    assert catalogue.requested_language(["--lang", "da", "capture"]) == "da"
    assert catalogue.requested_language(["capture", "--lang=en"]) == "en"
    assert catalogue.requested_language(["--la", "da"]) == "da"
    assert catalogue.requested_language(["--lang", "xx"]) is None
    assert catalogue.requested_language(["add", "--", "--lang", "da"]) is None
    assert catalogue.requested_language(["list"]) is None
