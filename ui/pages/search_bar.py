"""Search and filters above the episode list.

The query runs in the database (FTS5 plus the filters in app/episodes/search.py) on the vault thread; the
matching ids go to the episode model (``set_visible``) and the list's proxy hides the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QSortFilterProxyModel, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes import search
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.vocabulary import CHANNELS, KINDS, channel_label, label
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.pages.episode_model import VISIBLE_ROLE, EpisodeTableModel
from vidne.ui.tasks import run_db

PERIODS = (0, 30, 91, 365)  # days back; 0 = any time


class SearchBar(QWidget):
    """``searched`` carries (shown, total) after every search; ``failed`` the translated
    sentence when a search or the sender list could not be read (also shown in the bar)."""

    searched = Signal(int, int)
    failed = Signal(str)

    def __init__(
        self,
        vault: Vault,
        model: EpisodeTableModel,
        proxy: QSortFilterProxyModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.vault, self.model, self.proxy = vault, model, proxy
        proxy.setFilterRole(VISIBLE_ROLE)
        proxy.setFilterKeyColumn(0)
        proxy.setFilterFixedString("")  # no search: every row, without asking each one
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run)
        self._make_widgets()
        self._layout()
        for combo in self.combos:
            combo.currentIndexChanged.connect(self.run)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.clear_button.clicked.connect(self.clear)
        self.reload_senders()

    def _combo(self, name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        # shrinkable, so the filters never force the episode list wider than the window
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _make_widgets(self) -> None:
        self.text = QLineEdit(self)
        self.text.setObjectName("searchText")
        self.text.setAccessibleName(self.tr("Search"))
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Search descriptions, quotes, senders, notes…"))
        self.period = self._combo(
            "periodFilter",
            [
                (self.tr("Any time"), 0),
                (self.tr("Last 30 days"), 30),
                (self.tr("Last 3 months"), 91),
                (self.tr("Last 12 months"), 365),
            ],
        )
        self.channel = self._combo(
            "channelFilter",
            [(self.tr("All channels"), None)] + [(channel_label(k), k) for k in CHANNELS],
        )
        self.sender_filter = self._combo("senderFilter", [(self.tr("All senders"), None)])
        self.severity = self._combo(
            "severityFilter",
            [(self.tr("Any severity"), 1)]
            + [(self.tr("Severity %1 or more").replace("%1", str(n)), n) for n in range(2, 6)],
        )
        self.kind = self._combo(
            "kindFilter", [(self.tr("All kinds"), None)] + [(label("kind", k), k) for k in KINDS]
        )
        self.told = self._combo(
            "toldFilter",
            [
                (self.tr("Told or not"), None),
                (self.tr("Told someone"), True),
                (self.tr("Not told anyone"), False),
            ],
        )
        self.told.setToolTip(self.tr("Whether you have told anyone about the episode"))
        self.combos = [
            self.period,
            self.channel,
            self.sender_filter,
            self.severity,
            self.kind,
            self.told,
        ]
        names = [self.tr("Period"), self.tr("Channel"), self.tr("Sender"), self.tr("Severity")]
        names += [self.tr("Kind of harassment"), self.tr("Told anyone")]
        for combo, name in zip(self.combos, names, strict=True):
            combo.setAccessibleName(name)  # a box is otherwise announced by its current choice
        self.count = QLabel(self)
        self.count.setObjectName("searchCount")
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearSearch")
        self.clear_button.setText(self.tr("Clear"))

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.count)
        top.addWidget(self.clear_button)
        bottom = QGridLayout()
        for i, combo in enumerate(self.combos):
            bottom.addWidget(combo, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def wrap(self, table: QWidget) -> QWidget:
        """A page with this bar above *table* (for the main window's splitter)."""
        page = QWidget(self.parentWidget())
        page.setObjectName("episodeListPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        layout.addWidget(table, 1)
        return page

    # --- running -----------------------------------------------------------------------------
    def filters(self) -> search.Filters:
        days = int(self.period.currentData() or 0)
        sender = self.sender_filter.currentData()
        return search.Filters(
            text=self.text.text(),
            since=(date.today() - timedelta(days=days)).isoformat() if days else "",
            channels=[self.channel.currentData()] if self.channel.currentData() else [],
            sender_id=int(sender) if sender is not None else None,
            severity_min=int(self.severity.currentData()),
            kinds=[self.kind.currentData()] if self.kind.currentData() else [],
            told=self.told.currentData(),
        )

    def run(self) -> None:
        self._timer.stop()
        wanted = self.filters()
        if wanted.is_empty():
            self._show(None)
            return
        vault = self.vault
        run_db(lambda: (wanted, search.search(vault, wanted)), self._done, self._search_failed)

    def _done(self, result: tuple[search.Filters, list[int]]) -> None:
        wanted, ids = result
        if wanted == self.filters():  # a newer query is on its way otherwise
            self._show(set(ids))

    def _search_failed(self, exc: BaseException) -> None:
        self._show_failure(self.tr("The search failed: %1").replace("%1", user_message(exc)))

    def _show_failure(self, text: str) -> None:
        self.count.setStyleSheet("color: #b03a2e;")
        self.count.setText(text)
        self.failed.emit(text)

    def _show(self, ids: set[int] | None) -> None:
        self.model.set_visible(ids)
        # An empty filter lets the proxy skip 10,000 data() calls when nothing is searched.
        self.proxy.setFilterFixedString("" if ids is None else "1")
        self.count.setStyleSheet("")
        total = self.model.rowCount()
        shown = total if ids is None else self.proxy.rowCount()
        self.count.setText(
            ""
            if ids is None
            else self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.searched.emit(shown, total)

    def clear(self) -> None:
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.run()

    def reload_senders(self) -> None:
        store = SenderStore(self.vault)
        run_db(store.list, self.set_senders, self._senders_failed)

    def _senders_failed(self, exc: BaseException) -> None:
        self._show_failure(
            self.tr("The sender filter could not be filled: %1").replace("%1", user_message(exc))
        )

    def set_senders(self, senders: list[Sender]) -> None:
        current = self.sender_filter.currentData()
        self.sender_filter.blockSignals(True)
        self.sender_filter.clear()
        self.sender_filter.addItem(self.tr("All senders"), None)
        for s in senders:
            self.sender_filter.addItem(s.name or (s.identifiers[0] if s.identifiers else "?"), s.id)
        self.sender_filter.setCurrentIndex(max(0, self.sender_filter.findData(current)))
        self.sender_filter.blockSignals(False)
