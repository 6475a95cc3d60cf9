"""The revision history of one episode: every create, change and what changed, oldest first.

In words: field names and vocabulary codes as labels in the window's language, times as local
times written the language's way (see :mod:`vidne.ui.pages.locale_text`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes.store import EpisodeStore
from vidne.app.episodes.vocabulary import labelled
from vidne.app.i18n import QT_TRANSLATE_NOOP
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.pages.locale_text import local_date_time
from vidne.ui.tasks import run_db

FIELD_LABELS: dict[str, str] = {
    "occurred_at": QT_TRANSLATE_NOOP("Field", "When"),
    "occurred_until": QT_TRANSLATE_NOOP("Field", "Until"),
    "channel": QT_TRANSLATE_NOOP("Field", "Channel"),
    "account": QT_TRANSLATE_NOOP("Field", "Account"),
    "url": QT_TRANSLATE_NOOP("Field", "Link"),
    "sender": QT_TRANSLATE_NOOP("Field", "Sender"),
    "sender_id": QT_TRANSLATE_NOOP("Field", "Sender in the registry"),
    "kinds": QT_TRANSLATE_NOOP("Field", "Kind"),
    "description": QT_TRANSLATE_NOOP("Field", "What happened"),
    "quote": QT_TRANSLATE_NOOP("Field", "Exact words"),
    "context": QT_TRANSLATE_NOOP("Field", "Before it"),
    "own_reply": QT_TRANSLATE_NOOP("Field", "My reply"),
    "severity": QT_TRANSLATE_NOOP("Field", "Severity"),
    "experience": QT_TRANSLATE_NOOP("Field", "My experience"),
    "symptoms": QT_TRANSLATE_NOOP("Field", "Symptoms"),
    "sick_days": QT_TRANSLATE_NOOP("Field", "Sick days"),
    "doctor_visits": QT_TRANSLATE_NOOP("Field", "Doctor visits"),
    "witnesses": QT_TRANSLATE_NOOP("Field", "Witnesses"),
    "told": QT_TRANSLATE_NOOP("Field", "Told"),
    "references": QT_TRANSLATE_NOOP("Field", "Reference numbers"),
    "asked_to_stop": QT_TRANSLATE_NOOP("Field", "Asked the sender to stop"),
    "support": QT_TRANSLATE_NOOP("Field", "Support received"),
    "follow_up": QT_TRANSLATE_NOOP("Field", "Follow-up"),
    "tags": QT_TRANSLATE_NOOP("Field", "Tags"),
    "draft": QT_TRANSLATE_NOOP("Field", "Draft"),
}
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("History", "Created"),
    "update": QT_TRANSLATE_NOOP("History", "Changed"),
    "delete": QT_TRANSLATE_NOOP("History", "Deleted"),
}
SOURCES = {
    "editor": QT_TRANSLATE_NOOP("History", "by you in the editor"),
    "cli": QT_TRANSLATE_NOOP("History", "by you on the command line"),
    "import": QT_TRANSLATE_NOOP("History", "by you, imported from a spreadsheet"),
    "merge": QT_TRANSLATE_NOOP("History", "by you, merging two senders"),
    "": QT_TRANSLATE_NOOP("History", "by you"),
}


def show_value(value: Any, field: str = "") -> str:
    """A short, readable form of a field value (lists and small records on one line); codes
    of the fixed vocabularies (channel, kinds, severity …) show as their labels."""
    value = labelled(field, value)
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("History", "yes")
            if value
            else QCoreApplication.translate("History", "no")
        )
    if isinstance(value, list):
        return "; ".join(
            ", ".join(str(v) for v in item.values() if v) if isinstance(item, dict) else str(item)
            for item in value
        )
    text = str(value)
    return text if len(text) <= 300 else text[:300] + "…"


def local_time(at: str) -> str:
    """A stored UTC time as local time, written the way the window's language writes it."""
    try:
        return local_date_time(datetime.fromisoformat(at))
    except ValueError:
        return at


class HistoryView(QDialog):
    def __init__(self, vault: Vault, episode_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setWindowTitle(self.tr("History of episode %1").replace("%1", str(episode_id)))
        self.resize(700, 450)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderLabels([self.tr("When / field"), self.tr("Before"), self.tr("After")])
        self.note = QLabel(
            self.tr(
                "Every change is kept and linked into the hash chain; nothing here can be edited."
            ),
            self,
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        store = EpisodeStore(vault)
        run_db(
            lambda: store.revisions(episode_id),
            self.show_revisions,
            lambda exc: self.note.setText(user_message(exc)),
        )

    def show_revisions(self, revisions: list[dict[str, Any]]) -> None:
        self.tree.clear()
        for rev in revisions:
            action = QCoreApplication.translate(
                "History", ACTIONS.get(rev["action"], rev["action"])
            )
            source = QCoreApplication.translate("History", SOURCES.get(rev["source"], SOURCES[""]))
            top = QTreeWidgetItem([f"{local_time(rev['at'])}  {action} {source}"])
            for change in rev["changes"]:
                name = FIELD_LABELS.get(change["field"], change["field"])
                top.addChild(
                    QTreeWidgetItem(
                        [
                            QCoreApplication.translate("Field", name),
                            show_value(change["old"], change["field"]),
                            show_value(change["new"], change["field"]),
                        ]
                    )
                )
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
