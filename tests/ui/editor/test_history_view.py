"""The history view shows what changed in words the user knows, not the stored codes."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot
from vidne.app import i18n
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault
from vidne.ui.editor.history_view import HistoryView

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui


@pytest.fixture
def changed_episode(vault: Vault) -> int:
    store = EpisodeStore(vault)
    ep = store.add(Episode(description="Kommentar", channel="other", severity=1))
    ep.channel, ep.severity, ep.kinds = "facebook", 4, ["threats", "insults"]
    ep.told = [{"who": "amr", "when": "2026-03-01", "note": ""}]
    ep.references = [{"kind": "platform_ticket", "number": "A-17"}]
    store.update(ep)
    assert ep.id is not None
    return ep.id


@pytest.fixture
def danish(qapp: object) -> Iterator[None]:
    i18n.install("da")
    yield
    i18n.install("en")


def changes(qtbot: QtBot, vault: Vault, episode_id: int) -> dict[str, tuple[str, str]]:
    view = HistoryView(vault, episode_id)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 2, timeout=10_000)
    top = view.tree.topLevelItem(1)
    assert top is not None
    rows: list[QTreeWidgetItem] = [top.child(i) for i in range(top.childCount())]
    return {row.text(0): (row.text(1), row.text(2)) for row in rows}


def test_changes_show_labels_not_codes(qtbot: QtBot, vault: Vault, changed_episode: int) -> None:
    shown = changes(qtbot, vault, changed_episode)
    assert shown["Channel"] == ("Other", "Facebook")
    assert shown["Severity"] == ("1 – Minor", "4 – Very serious")
    assert shown["Kind"] == ("—", "Threats; Insults or degrading remarks")
    assert shown["Told"][1].startswith("Health and safety representative (AMR), 2026-03-01")
    assert shown["Reference numbers"][1] == "Platform ticket, A-17"


def test_labels_follow_the_window_language(
    qtbot: QtBot, vault: Vault, changed_episode: int, danish: None
) -> None:
    shown = changes(qtbot, vault, changed_episode)
    assert shown["Kanal"] == ("Andet", "Facebook")
    assert shown["Grovhed"] == ("1 – Let", "4 – Meget alvorlig")
    assert shown["Type chikane"][1] == "Trusler; Krænkende eller nedværdigende udtalelser"
    assert shown["Sagsnumre"][1] == "Sag hos platformen, A-17"
