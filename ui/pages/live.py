"""Changes made outside this window show in it within about a second, without locking.

The command line (``vidne add``, ``vidne capture``, a CSV import) writes the vault through its
own connection. SQLite's ``PRAGMA data_version`` changes when another connection has committed,
and never for this connection's own writes, so asking it once a second (on the vault thread,
a microsecond's work) tells exactly when to read the list again. The episode list is then
brought up to date row by row (the row being edited keeps what is typed); the Inbox and, if
shown, the Overview are read again. The Overview also follows changes made in this window
(a CSV import from the File menu), as the list does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from vidne.app.episodes.store import EpisodeRow, EpisodeStore
from vidne.ui.tasks import run_db

if TYPE_CHECKING:
    from vidne.ui.window.main_window import MainWindow

INTERVAL_MS = 1000
MANY = 50  # more changed rows than this: the list is read again whole (unless typing)


class LiveRefresh(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.version: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.check()  # the baseline, read before the window's own first load
        self._overview_due = QTimer(self)
        self._overview_due.setSingleShot(True)
        self._overview_due.setInterval(200)
        self._overview_due.timeout.connect(self._refresh_overview)
        model = window.model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self._overview_due.start)

    def check(self) -> None:
        vault = self.window.vault

        def version() -> int:
            with vault.read() as conn:
                return int(conn.execute("PRAGMA data_version").fetchone()[0])

        run_db(version, self._compare, lambda _exc: None)  # locked meanwhile: nothing to show

    def _compare(self, version: int) -> None:
        previous, self.version = self.version, version
        if previous is not None and version != previous:
            self.refresh()

    def refresh(self) -> None:
        """Read the episodes again and bring the list, the Inbox and the Overview up to date."""
        store = EpisodeStore(self.window.vault)
        run_db(lambda: store.listed(drafts=True), self._update_list, lambda _exc: None)
        self.window.inbox.reload()

    def _update_list(self, episodes: list[EpisodeRow]) -> None:
        model, editor = self.window.model, self.window.editor
        shown = {model.episode(row).id: model.episode(row) for row in range(model.rowCount())}
        fresh = {e.id: e for e in episodes}
        gone = [i for i in shown.keys() - fresh.keys() if i is not None and i != editor.episode_id]
        changed = [e for e in episodes if e.id not in shown or shown[e.id] != e]
        if len(gone) + len(changed) > MANY and not editor.dirty:
            self.window.reload()  # a big import: one reset is faster than row by row
            return
        for episode_id in gone:
            model.remove(episode_id)
        for episode in changed:
            model.upsert(episode)

    def _refresh_overview(self) -> None:
        page = self.window.overview_page
        if page.isVisible():
            page.refresh()
