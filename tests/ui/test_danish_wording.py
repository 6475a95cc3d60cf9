"""Danish wording a user meets: the save dialogs name what is saved, and the catalogue keeps
the comma before a subordinate clause ("Kontrollér, at …") and one word for each thing."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from vidne.app import i18n
from vidne.app.vault.store import Vault
from vidne.ui.export.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    i18n.install("da")
    yield
    i18n.install("en")


def save_dialog_title(action: object) -> str:
    """The title of the file dialog *action* opens (it is then cancelled)."""
    titles: list[str] = []

    def cancel() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        shown = [d for d in shown if d.isVisible()]
        if not shown:
            QTimer.singleShot(20, cancel)
            return
        titles.append(shown[0].windowTitle())
        shown[0].reject()

    QTimer.singleShot(0, cancel)
    action()  # type: ignore[operator]
    assert len(titles) == 1
    return titles[0]


def test_the_save_dialogs_say_what_is_saved(qtbot: QtBot, vault: Vault, danish: None) -> None:
    dialog = ExportDialog(vault)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    dialog.output.setCurrentIndex(dialog.output.findData("pdf"))
    assert save_dialog_title(dialog.choose_file) == "Gem rapport som"
    dialog.output.setCurrentIndex(dialog.output.findData("zip"))
    assert save_dialog_title(dialog.choose_file) == "Gem bevispakke som"


def danish_texts() -> list[str]:
    texts = []
    for message in ET.parse(i18n.TRANSLATIONS_DIR / "vidne_da.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None:
            texts += [translation.text or ""] + [f.text or "" for f in translation]
    return texts


def test_a_comma_before_each_that_clause_after_check_or_note() -> None:
    without = re.compile(r"\b(Kontrollér|kontrollér|Bemærk|bemærk|Sørg for|sørg for) at\b")
    assert [t for t in danish_texts() if without.search(t)] == []
    assert any("Kontrollér, at" in t for t in danish_texts())


def test_one_word_for_each_thing() -> None:
    texts = danish_texts()
    assert [t for t in texts if "overstreget" in t] == []  # a redacted copy is "tildækket"
    assert [t for t in texts if re.search(r"\bbevismappe\b", t)] == []  # the bundle: bevispakke
    assert [t for t in texts if re.search(r"kædens hoved|, hoved %", t)] == []  # jargon
