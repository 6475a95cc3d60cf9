"""A thin table model over the episode list; the data is loaded off the GUI thread.

Drafts (unfinished entries saved on lock or close) are listed, marked "Draft" and in italics,
with "Not chosen" where no severity was chosen yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from vidne.app.episodes.store import Episode, EpisodeRow
from vidne.app.episodes.vocabulary import channel_label, severity_anchor, severity_label
from vidne.app.timeutil import parse_when

Index = QModelIndex | QPersistentModelIndex
Listed = Episode | EpisodeRow  # a light row from store.listed(), or an episode just saved
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EPISODE_ROLE = Qt.ItemDataRole.UserRole + 2
VISIBLE_ROLE = Qt.ItemDataRole.UserRole + 3  # "1" or "0": the search bar's proxy filters on it


def _stamp(text: str) -> float:
    """Seconds since the epoch of a stored time. Stored times carry their offset, which
    fromisoformat reads directly (parse_when, which also accepts a naive or spaced text, made
    sorting 10,000 rows take twice as long)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return parse_when(text).timestamp()
    return (value if value.tzinfo is not None else parse_when(text)).timestamp()


class EpisodeTableModel(QAbstractTableModel):
    WHEN, CHANNEL, SENDER, SEVERITY, DESCRIPTION = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Listed] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._visible: set[int] | None = None  # None: no search active, every row shows

    # --- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("When"),
            self.tr("Channel"),
            self.tr("Sender"),
            self.tr("Severity"),
            self.tr("What happened"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ep = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ep, col)
        if role == SORT_ROLE:
            return self._sort_key(ep, col)
        if role == EPISODE_ROLE:
            return ep
        if role == VISIBLE_ROLE:
            return "1" if self._visible is None or ep.id in self._visible else "0"
        if role == Qt.ItemDataRole.ToolTipRole and col == self.SEVERITY:
            return severity_anchor(ep.severity)
        if role == Qt.ItemDataRole.FontRole and ep.draft:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _display(ep: Listed, col: int) -> str:
        if col == EpisodeTableModel.WHEN:
            return ep.occurred().astimezone().strftime("%Y-%m-%d %H:%M")
        if col == EpisodeTableModel.CHANNEL:
            return channel_label(ep.channel)
        if col == EpisodeTableModel.SENDER:
            return ep.sender
        if col == EpisodeTableModel.SEVERITY:
            if not ep.severity:
                return QCoreApplication.translate("EpisodeTableModel", "Not chosen")
            return severity_label(ep.severity)
        first_line = ep.description.strip().splitlines()[0] if ep.description.strip() else ""
        if ep.draft:
            draft = QCoreApplication.translate("EpisodeTableModel", "Draft")
            return f"{draft}: {first_line[:200]}" if first_line else draft
        return first_line[:200]

    @staticmethod
    def _sort_key(ep: Listed, col: int) -> Any:
        if col == EpisodeTableModel.WHEN:
            return _stamp(ep.occurred_at)
        if col == EpisodeTableModel.SEVERITY:
            return ep.severity * 1e12 + _stamp(ep.occurred_at)
        return EpisodeTableModel._display(ep, col).casefold()

    # --- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python, one key per row.

        Qt's proxy sorting calls data() twice per comparison (about 164,000 calls for 10,000
        episodes, over a second); this takes a few milliseconds. See EpisodeSortProxy.
        """
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = sorted(
            old,
            key=lambda ep: self._sort_key(ep, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        position = {id(ep): row for row, ep in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(position[id(old[i.row()])], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _resort(self) -> None:
        if self._sort is not None:
            self.sort(*self._sort)

    # --- updates from the store ------------------------------------------------------------
    def set_episodes(self, episodes: Sequence[Listed], presorted: bool = False) -> None:
        """Replace the rows; *presorted*: already in :meth:`sorted_rows` order (off-thread)."""
        self.beginResetModel()
        self._rows = list(episodes) if presorted else self.sorted_rows(episodes)
        self.endResetModel()

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def sorted_rows(self, episodes: Sequence[Listed]) -> list[Listed]:
        """The rows in the current sort order; safe to call on a worker thread."""
        if self._sort is None:
            return list(episodes)
        column, order = self._sort
        return sorted(
            episodes,
            key=lambda ep: self._sort_key(ep, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def episode(self, row: int) -> Listed:
        return self._rows[row]

    def row_of(self, episode_id: int) -> int:
        for row, ep in enumerate(self._rows):
            if ep.id == episode_id:
                return row
        return -1

    def set_visible(self, ids: set[int] | None) -> None:
        """Show only these episodes (the search result); None shows all (see ui/pages/search_bar.py)."""
        self._visible = ids
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, 4), [VISIBLE_ROLE]
            )

    def upsert(self, episode: Listed) -> int:
        if self._visible is not None and episode.id is not None:
            self._visible.add(episode.id)  # what was just saved stays in view
        row = self.row_of(episode.id) if episode.id is not None else -1
        if row >= 0:
            self._rows[row] = episode
            self.dataChanged.emit(self.index(row, 0), self.index(row, 4))
        else:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, episode)
            self.endInsertRows()
        self._resort()
        return self.row_of(episode.id) if episode.id is not None else 0

    def remove(self, episode_id: int) -> None:
        row = self.row_of(episode_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class EpisodeSortProxy(QSortFilterProxyModel):
    """Filters (the search bar's VISIBLE_ROLE) but leaves sorting to the source model."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, EpisodeTableModel) and column >= 0:
            source.sort(column, order)
