"""The main window: pages (Episodes first) in tabs, the toolbar, and the chain head."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.errors import VidneError
from vidne.app.gcpause import fewer_full_collections
from vidne.app.vault import chain
from vidne.app.vault.store import Vault
from vidne.ui.editor.episode_editor import EpisodeEditor
from vidne.ui.errors import user_message
from vidne.ui.pages import record_pages
from vidne.ui.pages.episode_model import SORT_ROLE, EpisodeSortProxy, EpisodeTableModel
from vidne.ui.pages.search_bar import SearchBar
from vidne.ui.tasks import run_db, wait_idle


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    closed = Signal()  # the window really closed (not hidden to the tray)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.store = EpisodeStore(vault)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Vidne")
        self.resize(1100, 700)
        self.model = EpisodeTableModel(self)
        self.proxy = EpisodeSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.search_bar = SearchBar(vault, self.model, self.proxy, self)
        self.editor = EpisodeEditor(self)
        self.editor.attach(vault)
        self.editor.save_requested.connect(self.save_episode)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("episodesPage")
        splitter.addWidget(self.search_bar.wrap(self.table))
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addTab(splitter, self.tr("Episodes"))
        self.setCentralWidget(self.pages)
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("chainHead")
        self.statusBar().addPermanentWidget(self.chain_label)
        self._make_actions()
        record_pages.install(
            self
        )  # Overview, Guide, CSV import, senders (ui/pages/record_pages.py)
        self.reload()

    # --- construction ------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("episodeTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(EpisodeTableModel.WHEN, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setResizeContentsPrecision(100)  # not 1,000 rows via Python
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(
            EpisodeTableModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        return table

    def _make_actions(self) -> None:
        self.new_action = self._action(
            self.tr("New episode"), QKeySequence.StandardKey.New, self.new_episode, "newAction"
        )
        self.delete_action = self._action(
            self.tr("Delete episode…"),
            QKeySequence.StandardKey.Delete,
            self.delete_episode,
            "deleteAction",
        )
        self.lock_action = self._action(
            self.tr("Lock now"), QKeySequence("Ctrl+L"), self.lock_requested.emit, "lockAction"
        )
        self.quit_action = self._action(
            self.tr("Quit"), QKeySequence.StandardKey.Quit, self.quit_requested.emit, "quitAction"
        )
        self.settings_action = self._action(
            self.tr("Settings…"),
            QKeySequence.StandardKey.Preferences,
            self.open_settings,
            "settingsAction",
        )
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action in (self.new_action, self.delete_action, self.lock_action):
            toolbar.addAction(action)
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.delete_action, self.lock_action):
            self.file_menu.addAction(action)
        self.report_action = self._action(
            self.tr("Report and evidence bundle…"),
            QKeySequence("Ctrl+P"),
            self.open_export,
            "reportAction",
        )
        self.file_menu.addAction(self.report_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.quit_action)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: object, name: str
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def open_settings(self) -> None:
        from vidne.ui.window.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_export(self) -> None:
        from vidne.ui.export.export_dialog import ExportDialog

        dialog = ExportDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def add_page(self, widget: QWidget, title: str) -> int:
        """Pages from other features (Inbox, Overview, Guide …) go in as tabs."""
        return self.pages.addTab(widget, title)

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        store, model = self.store, self.model
        order = model.sort_state()

        # Sorting 10,000 rows (date parsing) happens on the vault thread, not the GUI thread.
        def load() -> tuple[list[Episode], str, object]:
            with fewer_full_collections():
                return model.sorted_rows(store.list()), self._head(), order

        run_db(load, self._loaded, self._error)

    def _loaded(self, result: tuple[list[Episode], str, object]) -> None:
        episodes, head, order = result
        self.model.set_episodes(episodes, presorted=order == self.model.sort_state())
        self._show_head(head)
        for column in (EpisodeTableModel.WHEN, EpisodeTableModel.SEVERITY):
            self.table.resizeColumnToContents(column)
        if episodes:
            self.table.selectRow(0)
        else:
            self.editor.new()

    def _head(self) -> str:
        with self.vault.read() as conn:
            return chain.head(conn)

    def _show_head(self, head: str) -> None:
        self.chain_label.setText(self.tr("Chain: %1").replace("%1", chain.short(head)))
        self.chain_label.setToolTip(
            self.tr("SHA-256 of the newest record in the hash chain: %1").replace("%1", head)
        )

    # --- selection and editing ---------------------------------------------------------------
    def _row_changed(self, current: object, _previous: object) -> None:
        index = self.proxy.mapToSource(current)  # type: ignore[arg-type]
        if index.isValid():
            self.editor.load(self.model.episode(index.row()))

    def current_episode(self) -> Episode | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.episode(index.row()) if index.isValid() else None

    def new_episode(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        self.editor.new()

    def save_episode(self, episode: Episode) -> None:
        store = self.store
        write = store.update if episode.id is not None else store.add
        run_db(lambda: (write(episode), self._head()), self._saved, self.editor_error)

    def _saved(self, result: tuple[Episode, str]) -> None:
        episode, head = result
        self.model.upsert(episode)
        self._show_head(head)
        row = self.proxy.mapFromSource(self.model.index(self.model.row_of(episode.id or 0), 0))
        self.table.selectionModel().setCurrentIndex(
            row,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.editor.load(episode)
        self.editor.show_saved()

    def editor_error(self, exc: BaseException) -> None:
        self.editor.show_problem(user_message(exc))

    def delete_episode(self) -> None:
        episode = self.current_episode()
        if episode is None or episode.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete episode"),
            self.tr(
                "Delete this episode and its history? This cannot be undone. The deletion "
                "itself stays recorded in the hash chain."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, episode_id = self.store, episode.id
        run_db(
            lambda: (store.delete(episode_id), self._head()),
            lambda result: self._deleted(episode_id, result[1]),
            self._error,
        )

    def _deleted(self, episode_id: int, head: str) -> None:
        self.model.remove(episode_id)
        self._show_head(head)
        if self.model.rowCount() == 0:
            self.editor.new()

    def _error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Vidne"), user_message(exc))

    # --- locking -----------------------------------------------------------------------------
    def wipe(self) -> None:
        """Forget everything shown: the list, the editor's text, the other pages."""
        self.model.set_episodes([])
        self.editor.load(Episode())
        self.centralWidget().hide()

    def flush_edits(self) -> bool:
        """Save what is being typed, if it is valid, so that locking or closing loses nothing.

        Runs on the database thread and waits for it (a single small write). Returns True if
        something was saved. An entry that is not valid yet (e.g. still empty) is dropped.
        """
        if not self.editor.dirty:
            return False
        episode = self.editor.current()
        write = self.store.update if episode.id is not None else self.store.add
        saved: list[Episode] = []

        def attempt() -> None:
            try:
                saved.append(write(episode))
            except VidneError:
                pass  # not valid yet: nothing worth keeping

        run_db(attempt)
        wait_idle()
        return bool(saved)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.flush_edits()
        super().closeEvent(event)
        self.closed.emit()
