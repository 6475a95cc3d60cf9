"""Every field of the record round-trips through the real editor widgets and the store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem
from pytestqt.qtbot import QtBot
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import EDITABLE, Episode, EpisodeStore
from vidne.app.vault.store import Vault
from vidne.ui.editor.episode_editor import EpisodeEditor
from vidne.ui.editor.history_view import HistoryView
from vidne.ui.editor.record_table import RecordTable
from vidne.ui.tasks import wait_idle
from vidne.ui.window.actions import MainAction
from vidne.ui.window.main_window import MainWindow

from tests.conftest import FAST_KDF, PASSPHRASE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, vault_dir: Path):  # type: ignore[no-untyped-def]
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as v:
        SenderStore(v).add(
            Sender(name="Mor til Emil", relation="parent", identifiers=["@emilsmor"])
        )
        EpisodeStore(v).add(
            Episode(occurred_at="2026-01-01T08:00:00+01:00", description="en anden", severity=1)
        )
    vault = Vault.open(vault_dir, PASSPHRASE)
    win = MainWindow(vault)
    qtbot.waitUntil(
        lambda: win.model.rowCount() == 1 and win.editor.sender_section.combo.count() == 2,
        timeout=10_000,
    )
    yield win
    wait_idle()
    win.editor.load(Episode())  # no "unsaved changes" question when the window closes
    win.close()
    win.deleteLater()
    vault.lock()


def fill_row(table: RecordTable, values: dict[str, str]) -> None:
    row = table.add_row({})
    for col, (key, _h, vocab) in enumerate(table.columns):
        if vocab is None:
            table.table.setItem(row, col, QTableWidgetItem(values[key]))
        else:
            combo = table.table.cellWidget(row, col)
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(combo.findData(values[key]))


def fill_everything(ed: EpisodeEditor) -> None:
    ed.when.setDateTime(QDateTime.fromString("2026-03-14 18:05", "yyyy-MM-dd HH:mm"))
    ed.channel.setCurrentIndex(ed.channel.findData("facebook"))
    ed.sender_edit.setText("Mor til Emil")
    ed.severity.setCurrentIndex(ed.severity.findData(4))
    ed.description.setPlainText("Opslag i forældregruppen om mig")
    d = ed.details
    d.until_check.setChecked(True)
    d.until.setDateTime(QDateTime.fromString("2026-03-20 22:00", "yyyy-MM-dd HH:mm"))
    d.account.setCurrentIndex(d.account.findData("work"))
    d.url.setText("https://facebook.com/p/123")
    d.kinds.boxes["threats"].setChecked(True)
    d.kinds.boxes["insults"].setChecked(True)
    d.quote.setPlainText("Du bør skamme dig")
    d.context.setPlainText("Efter forældremødet")
    d.own_reply.setPlainText("Jeg svarede ikke")
    s = ed.sender_section
    s.combo.setCurrentIndex(s.combo.findText("Mor til Emil", Qt.MatchFlag.MatchStartsWith))
    fill_row(ed.evidence.witnesses, {"name": "Åse", "role": "kollega", "contact": "aase@x.dk"})
    e = ed.effect
    e.experience.setPlainText("Jeg sov dårligt")
    e.symptoms.setPlainText("Hjertebanken")
    e.sick_days.setValue(3)
    fill_row(e.doctor_visits, {"date": "2026-03-16", "note": "Egen læge"})
    w = ed.who_knows
    fill_row(w.told, {"who": "amr", "when": "2026-03-15", "note": "Mundtligt"})
    fill_row(w.references, {"kind": "police", "number": "1200-12345"})
    w.asked_to_stop.setCurrentIndex(w.asked_to_stop.findData(False))
    w.support.boxes["psychologist"].setChecked(True)
    ed.follow_up.follow_up.setPlainText("Møde 20/3")
    ed.follow_up.tags.setText("forældre, facebook")


def test_every_field_round_trips_through_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    ed = window.editor
    window.action(MainAction.NEW_EPISODE).trigger()
    assert "Not told anyone yet" in ed.checklist.text()
    fill_everything(ed)
    assert "Not told anyone yet" not in ed.checklist.text()
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.model.rowCount() == 2 and ed.message.text() == "Saved.", timeout=10_000
    )
    wait_idle()
    saved = EpisodeStore(window.vault).list()[0]
    expected = Episode(
        occurred_at=saved.occurred_at,
        occurred_until=saved.occurred_until,
        channel="facebook",
        account="work",
        url="https://facebook.com/p/123",
        sender="Mor til Emil",
        sender_id=1,
        kinds=["threats", "insults"],
        description="Opslag i forældregruppen om mig",
        quote="Du bør skamme dig",
        context="Efter forældremødet",
        own_reply="Jeg svarede ikke",
        severity=4,
        experience="Jeg sov dårligt",
        symptoms="Hjertebanken",
        sick_days=3,
        doctor_visits=[{"date": "2026-03-16", "note": "Egen læge"}],
        witnesses=[{"name": "Åse", "role": "kollega", "contact": "aase@x.dk"}],
        told=[{"who": "amr", "when": "2026-03-15", "note": "Mundtligt"}],
        references=[{"kind": "police", "number": "1200-12345"}],
        asked_to_stop=False,
        support=["psychologist"],
        follow_up="Møde 20/3",
        tags=["forældre", "facebook"],
    )
    for name in EDITABLE:
        assert getattr(saved, name) == getattr(expected, name), name
    assert saved.occurred().strftime("%Y-%m-%d %H:%M") == "2026-03-14 18:05"
    assert saved.occurred_until[:16] == "2026-03-20T22:00"
    # select the other episode, then come back: every widget shows the stored value
    window.table.selectRow(1)
    assert ed.description.toPlainText() == "en anden" and not ed.details.expanded
    window.table.selectRow(0)
    assert ed.current().editable() == saved.editable()
    assert ed.details.expanded and ed.who_knows.expanded and not ed.dirty


def test_history_view_shows_what_changed(qtbot: QtBot, window: MainWindow) -> None:
    ed = window.editor
    window.table.selectRow(0)
    ed.details.quote.setPlainText("præcis ordlyd")
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ed.message.text() == "Saved.", timeout=10_000)
    qtbot.mouseClick(ed.history_button, Qt.MouseButton.LeftButton)
    view = ed.findChild(HistoryView)
    assert view is not None
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 2, timeout=10_000)
    change = view.tree.topLevelItem(1).child(0)
    assert (change.text(0), change.text(1), change.text(2)) == ("Exact words", "—", "præcis ordlyd")
    assert "Created" in view.tree.topLevelItem(0).text(0)
    view.close()


def test_typing_a_known_handle_links_the_sender(qtbot: QtBot, window: MainWindow) -> None:
    ed = window.editor
    window.action(MainAction.NEW_EPISODE).trigger()
    ed.sender_edit.setText("@EmilsMor")
    ed.sender_edit.editingFinished.emit()
    assert ed.sender_section.sender_id() == 1
    assert (
        "1 episode" in ed.sender_section.info.text() or "episode" in ed.sender_section.info.text()
    )


def test_invalid_date_in_a_table_shows_the_reason(qtbot: QtBot, window: MainWindow) -> None:
    ed = window.editor
    window.action(MainAction.NEW_EPISODE).trigger()
    ed.description.setPlainText("x")
    ed.severity.set_level(2)
    fill_row(ed.effect.doctor_visits, {"date": "i går", "note": ""})
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "date is not valid" in ed.message.text(), timeout=10_000)
    assert window.model.rowCount() == 1


def test_add_the_typed_sender_to_the_registry(qtbot: QtBot, window: MainWindow) -> None:
    ed = window.editor
    window.action(MainAction.NEW_EPISODE).trigger()
    ed.sender_edit.setText("Ukendt nummer 22 33 44 55")
    ed.sender_section.set_expanded(True)
    qtbot.mouseClick(ed.sender_section.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ed.sender_section.sender_id() == 2, timeout=10_000)
    assert SenderStore(window.vault).get(2).name == "Ukendt nummer 22 33 44 55"
    ed.sender_edit.clear()
    qtbot.mouseClick(ed.sender_section.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "name or at least one identifier" in ed.message.text(), timeout=10_000)


def test_an_added_but_unfilled_row_does_not_count_as_told(qtbot: QtBot, window: MainWindow) -> None:
    ed = window.editor
    window.action(MainAction.NEW_EPISODE).trigger()
    ed.description.setPlainText("kort")
    ed.severity.set_level(1)
    ed.who_knows.told.add_row({})
    assert "Not told anyone yet" in ed.checklist.text()
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ed.message.text() == "Saved.", timeout=10_000)
    wait_idle()
    assert EpisodeStore(window.vault).list()[0].told == []


def test_a_failed_read_in_the_background_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    with window.vault.transaction() as tx:  # the sender registry cannot be read any more
        tx.execute("ALTER TABLE senders RENAME TO senders_gone")
    window.editor.description.setPlainText("Skriver stadig")
    window.editor.reload_senders()
    qtbot.waitUntil(lambda: "Could not read" in window.editor.message.text(), timeout=10_000)
    assert window.editor.description.toPlainText() == "Skriver stadig"
