"""The Overview page: the pattern across episodes — severity, frequency and duration.

The figures come from app/episodes/overview.py (shared with the PDF report); this page only draws them
and highlights minor episodes that follow a run of others ("the last straw").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes import overview
from vidne.app.episodes.senders import SenderStore
from vidne.app.episodes.store import EpisodeStore
from vidne.app.episodes.vocabulary import SEVERITY, channel_label, label, severity_name
from vidne.app.gcpause import fewer_full_collections
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.pages.charts import SEVERITY_COLOURS, HBars, StackedBars, TrendChart
from vidne.ui.pages.locale_text import decimal
from vidne.ui.tasks import run_db

MAX_STRAWS_LISTED = 12
FLAT = 0.005  # a slope that rounds to 0,00 steps per 30 days is no trend


@dataclass
class Figures:
    """Everything the page draws, computed on the vault thread (not the GUI thread)."""

    count: int = 0
    first: str = ""
    last: str = ""
    per_week: dict[str, list[int]] = field(default_factory=dict)
    per_month: dict[str, list[int]] = field(default_factory=dict)
    trend: Any = None
    straws: list[Mapping[str, Any]] = field(default_factory=list)
    straw_times: set[Any] = field(default_factory=set)
    senders: list[Any] = field(default_factory=list)
    channels: list[tuple[str, int]] = field(default_factory=list)
    origin: dict[str, int] = field(default_factory=dict)


def load_figures_input(vault: Vault) -> tuple[list[dict[str, Any]], dict[Any, str]]:
    """Episodes as dicts and the registry's relations by sender id (on the vault thread)."""
    episodes = EpisodeStore(vault).summaries()  # only the fields drawn, complete ones only
    relations = {s.id: s.relation for s in SenderStore(vault).list(include_merged=True)}
    return episodes, relations


def compute_figures(vault: Vault, unknown: str) -> Figures:
    with fewer_full_collections():
        return _compute_figures(vault, unknown)


def _compute_figures(vault: Vault, unknown: str) -> Figures:
    episodes, relations = load_figures_input(vault)
    if not episodes:
        return Figures()
    ordered = overview.in_order(episodes)
    straw_ids = set(overview.last_straws(ordered))
    return Figures(
        count=len(episodes),
        first=overview.when(ordered[0]).date().isoformat(),
        last=overview.when(ordered[-1]).date().isoformat(),
        per_week=overview.per_week(ordered),
        per_month=overview.per_month(ordered),
        trend=overview.severity_trend(ordered),
        straws=[e for e in ordered if e.get("id") in straw_ids],
        straw_times={overview.when(e) for e in ordered if e.get("id") in straw_ids},
        senders=overview.senders(ordered, relations, unknown=unknown),
        channels=overview.top_channels(ordered),
        origin=overview.origin(ordered, relations),
    )


def _box(title: str, widget: QWidget, extra: QWidget | None = None) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    if extra is not None:
        layout.addWidget(extra)
    layout.addWidget(widget)
    return box


class OverviewPage(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.vault = vault
        self.figures = Figures()
        self.summary = QLabel(self)
        self.summary.setObjectName("overviewSummary")
        self.summary.setWordWrap(True)
        self.period = QComboBox(self)
        self.period.setObjectName("overviewPeriod")
        self.period.setAccessibleName(self.tr("Episodes counted"))
        self.period.addItem(self.tr("Per month"), "month")
        self.period.addItem(self.tr("Per week"), "week")
        self.period.currentIndexChanged.connect(self._draw_bars)
        self.bars = StackedBars("episodesPerPeriod", self)
        self.trend = TrendChart("severityTrend", self)
        self.trend_text = QLabel(self)
        self.trend_text.setObjectName("trendText")
        self.senders = QTableWidget(0, 6, self)
        self.senders.setObjectName("senderStats")
        self.senders.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.senders.setHorizontalHeaderLabels(
            [
                self.tr("Sender"),
                self.tr("Episodes"),
                self.tr("First"),
                self.tr("Last"),
                self.tr("Days"),
                self.tr("Worst"),
            ]
        )
        self.senders.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.senders.verticalHeader().hide()
        self.senders.setMinimumHeight(140)
        self.channels = HBars("topChannels", self)
        self.origin = HBars("internalExternal", self)
        self.straws = QLabel(self)
        self.straws.setObjectName("lastStraws")
        self.straws.setTextFormat(Qt.TextFormat.RichText)  # a list; the episodes' text escaped
        self.straws.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        legend = QHBoxLayout()
        legend.addWidget(self.period)
        legend.addStretch(1)
        for level in SEVERITY:
            swatch = QLabel(f"■ {level} {severity_name(level)}", self)
            swatch.setStyleSheet(f"color: {SEVERITY_COLOURS[level - 1]};")
            legend.addWidget(swatch)
        head = QWidget(self)
        head.setLayout(legend)
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(self.straws, 1, 0, 1, 2)
        grid.addWidget(
            _box(self.tr("Episodes over time, by severity"), self.bars, head), 2, 0, 1, 2
        )
        grid.addWidget(
            _box(self.tr("Severity over time, with trend"), self.trend, self.trend_text), 3, 0, 1, 2
        )
        grid.addWidget(_box(self.tr("Frequency and duration per sender"), self.senders), 4, 0, 1, 2)
        grid.addWidget(_box(self.tr("Top channels"), self.channels), 5, 0)
        grid.addWidget(_box(self.tr("Internal or external senders"), self.origin), 5, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- data --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        vault, unknown = self.vault, self.tr("(unknown)")
        run_db(
            lambda: compute_figures(vault, unknown),
            self.show_data,
            lambda exc: self.summary.setText(user_message(exc)),
        )

    def show_data(self, figures: Figures) -> None:
        self.figures = figures
        if not figures.count:
            self.summary.setText(self.tr("No episodes yet. The overview fills in as you log them."))
        else:
            self.summary.setText(
                self.tr(
                    "%n episode(s) from %1 to %2. The strain comes from severity, frequency and duration together.",
                    "",
                    figures.count,
                )
                .replace("%1", figures.first)
                .replace("%2", figures.last)
            )
        self._draw_bars()
        self._draw_trend()
        self._draw_senders()
        self.channels.set_rows([(channel_label(k), n) for k, n in figures.channels])
        origin = figures.origin or {"internal": 0, "external": 0, "unknown": 0}
        self.origin.set_rows(
            [
                (self.tr("Internal"), origin["internal"]),
                (self.tr("External"), origin["external"]),
                (self.tr("Relation not known"), origin["unknown"]),
            ]
        )

    def _draw_bars(self) -> None:
        weekly = self.period.currentData() == "week"
        self.bars.set_data(self.figures.per_week if weekly else self.figures.per_month)

    def _draw_trend(self) -> None:
        straws, trend = self.figures.straws, self.figures.trend
        if trend is None:
            trend = overview.severity_trend([])
        self.trend.set_trend(trend, self.figures.straw_times)
        self.trend_text.setText(self._trend_words(trend) if len(trend.points) >= 2 else "")
        if not straws:
            self.straws.setText("")
            self.straws.setStyleSheet("")
            return
        shown = straws[-MAX_STRAWS_LISTED:]  # the newest; thousands of lines help nobody
        lines = "".join(_straw_line(e) for e in reversed(shown))
        if len(straws) > len(shown):
            lines += "<li>" + self.tr("… and %n earlier", "", len(straws) - len(shown)) + "</li>"
        self.straws.setStyleSheet("background: #fdebd0; padding: 6px;")
        self.straws.setText(
            self.tr(
                "A minor episode after a run of others can be the last straw. These came after at least %1 other episodes within %2 days:"
            )
            .replace("%1", str(overview.LAST_STRAW_MIN_RUN))
            .replace("%2", str(overview.LAST_STRAW_WINDOW_DAYS))
            + f"<ul>{lines}</ul>"
        )

    def _trend_words(self, trend: overview.Trend) -> str:
        """The slope in words and with the language's decimal comma ('stiger 0,74')."""
        slope = trend.per_30_days
        if abs(slope) < FLAT:
            return self.tr("Trend: severity stays about the same over time.")
        text = (
            self.tr("Trend: severity rises by %1 steps per 30 days.")
            if slope > 0
            else self.tr("Trend: severity falls by %1 steps per 30 days.")
        )
        return text.replace("%1", decimal(abs(slope)))

    def _draw_senders(self) -> None:
        stats = self.figures.senders
        self.senders.setRowCount(len(stats))
        for row, s in enumerate(stats):
            relation = f" ({label('relation', s.relation)})" if s.relation else ""
            for col, text in enumerate(
                (
                    s.name + relation,
                    str(s.count),
                    s.first.strftime("%Y-%m-%d"),
                    s.last.strftime("%Y-%m-%d"),
                    str(s.days),
                    str(s.max_severity),
                )
            ):
                self.senders.setItem(row, col, QTableWidgetItem(text))


def _straw_line(ep: Mapping[str, Any]) -> str:
    text = str(ep.get("description") or "").strip()
    first = text.splitlines()[0][:120] if text else ""
    return f"<li>{overview.when(ep).strftime('%Y-%m-%d')}: {_escape(first)}</li>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
