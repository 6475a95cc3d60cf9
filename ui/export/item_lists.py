"""The export dialog's two lists: the episodes to tick, and every piece of evidence of the
chosen episodes, each ticked unless the user left it out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem
from vidne.app.output.report.data import Item
from vidne.app.output.report.fields import fmt_time

ID_ROLE = Qt.ItemDataRole.UserRole


def _checkable(text: str, key: int, checked: bool, parent: QListWidget) -> None:
    row = QListWidgetItem(text, parent)
    row.setData(ID_ROLE, key)
    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def fill_episodes(
    widget: QListWidget, episodes: list[dict[str, Any]], preselected: set[int] | None
) -> None:
    """One line per episode, oldest first; ticked if preselected (or all if none were)."""
    widget.blockSignals(True)
    for ep in sorted(episodes, key=lambda e: (e["occurred_at"], e["id"])):
        first_line = (ep.get("description") or "").strip().split("\n")[0][:80]
        text = f"{fmt_time(ep['occurred_at'])} · {ep.get('sender') or '?'} · {first_line}"
        _checkable(text, ep["id"], preselected is None or ep["id"] in preselected, widget)
    widget.blockSignals(False)


def checked_ids(widget: QListWidget) -> set[int]:
    return {
        widget.item(i).data(ID_ROLE)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    }


def fill_captures(
    widget: QListWidget,
    chosen: list[Any],
    items: dict[Any, list[Item]],
    excluded: set[int],
    redacted: str,
) -> None:
    """The evidence of the *chosen* episodes; *redacted* marks a blacked-out copy."""
    widget.blockSignals(True)
    widget.clear()
    for ep in chosen:
        for item in items.get(ep["id"], []):
            label = f"{fmt_time(item.captured_at)} · {item.window_title or item.original_name}"
            if item.source == "redaction":
                label += " · " + redacted
            _checkable(label, item.id, item.id not in excluded, widget)
    widget.blockSignals(False)
