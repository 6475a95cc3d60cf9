"""The main window: its pages, menus, toolbar and settings tabs, all declared here.

Pages in tab order: Episodes (the list with its search bar beside the editor), Inbox, Overview,
Guide; the selected episode's captures dock under them. The actions, menus and toolbar come
from :mod:`vidne.ui.window.actions`. Features that outlive one unlocked window (capture,
backups, auto-lock) supply behaviour to the window's declared actions with :meth:`bind`;
nothing else adds to the window from outside.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QWidget,
)
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.episodes.vocabulary import SEVERITY, severity_label
from vidne.app.errors import NotFound, VaultLocked
from vidne.app.evidence.store import CaptureInfo
from vidne.app.gcpause import fewer_full_collections
from vidne.app.vault import chain
from vidne.app.vault.store import Vault
from vidne.ui.editor.episode_editor import EpisodeEditor
from vidne.ui.errors import user_message
from vidne.ui.evidence.blurred_image import privacy_section
from vidne.ui.evidence.episode_strip import EpisodeCaptures
from vidne.ui.evidence.inbox_page import InboxPage
from vidne.ui.evidence.paste_drop import EvidenceIntake
from vidne.ui.evidence.trusted_time_worker import TrustedTimeWorker
from vidne.ui.pages.episode_model import SORT_ROLE, EpisodeSortProxy, EpisodeTableModel, Listed
from vidne.ui.pages.guide_page import GuidePage
from vidne.ui.pages.live import LiveRefresh
from vidne.ui.pages.overview_page import OverviewPage
from vidne.ui.pages.search_bar import SearchBar
from vidne.ui.tasks import run_db, wait_idle
from vidne.ui.window import actions
from vidne.ui.window.actions import MainAction, MenuItems
from vidne.ui.window.geometry import remember_geometry
from vidne.ui.window.hotkey_settings import HotkeyHost, capture_section, how_to_bind, working_hotkey
from vidne.ui.window.settings_dialog import SectionFactory
from vidne.ui.window.trusted_time_settings import trusted_time_section


def first_words(text: str, limit: int = 60) -> str:
    """The start of a description, cut at a word: enough to recognise the episode."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + "…"


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    closed = Signal()  # the window really closed (not hidden to the tray)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.store = EpisodeStore(vault)
        self.hotkeys: HotkeyHost | None = None  # see bind_hotkey_settings
        self.setObjectName("mainWindow")
        self.setWindowTitle("Vidne")
        self.resize(1100, 700)
        self.model = EpisodeTableModel(self)
        self.proxy = EpisodeSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.chain_head = ""
        self.search_bar = SearchBar(vault, self.model, self.proxy, self)
        self.search_bar.failed.connect(self.statusBar().showMessage)
        self.editor = EpisodeEditor(self)
        self.editor.attach(vault)
        self.editor.save_requested.connect(self.save_episode)
        self._make_pages()
        self.episode_captures = self._make_captures_dock()
        self.editor.evidence_changed.connect(self.inbox.reload)
        self.editor.evidence_changed.connect(self._follow_selection)
        self.inbox.newEpisodeRequested.connect(self.episode_from_captures)
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("chainHead")
        self.statusBar().addPermanentWidget(self.chain_label)
        if vault.loss is not None:  # entries this installation had seen are missing (anchor.py)
            self.loss_label = QLabel(vault.loss.sentence(), self)
            self.loss_label.setTextFormat(Qt.TextFormat.PlainText)
            self.loss_label.setObjectName("logLoss")
            self.statusBar().addPermanentWidget(self.loss_label)
        self.actions_by_key = actions.create_actions(self)
        self._make_menus()
        self.intake = EvidenceIntake(self)  # Ctrl+V and drag-and-drop of evidence
        self.live = LiveRefresh(self)  # changes by the CLI or an import show within a second
        remember_geometry(self)
        self.trusted_time = TrustedTimeWorker(vault, self)  # timestamps new items when on
        # Read the list last: reading 10,000 rows on the vault thread while this thread builds
        # the window made the two pass Python's GIL back and forth for every row (SQLite
        # releases it per row), which cost more than it overlapped (bench/vault_scale.py).
        self.reload()

    # --- construction ------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("episodeTable")
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move between episodes
        table.setAccessibleName(self.tr("Episodes"))
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

    def _make_pages(self) -> None:
        """The tabs, in this order: Episodes, Inbox, Overview, Guide."""
        episodes = QSplitter(Qt.Orientation.Horizontal, self)
        episodes.setObjectName("episodesPage")
        episodes.addWidget(self.search_bar.wrap(self.table))
        episodes.addWidget(self.editor)
        episodes.setStretchFactor(0, 3)
        episodes.setStretchFactor(1, 2)
        self.inbox = InboxPage(self.vault, self)
        self.inbox.episodesChanged.connect(self.reload)
        self.overview_page = OverviewPage(self.vault, self)
        self.guide_page = GuidePage(self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addTab(episodes, self.tr("Episodes"))
        self.pages.addTab(self.inbox, self.tr("Inbox"))
        self.pages.addTab(self.overview_page, self.tr("Overview"))
        self.pages.addTab(self.guide_page, self.tr("Guide"))
        self.setCentralWidget(self.pages)

    def _make_captures_dock(self) -> EpisodeCaptures:
        """The selected episode's captures, docked under the pages."""
        strip = EpisodeCaptures(self.vault)
        dock = QDockWidget(self.tr("Captures"), self)
        dock.setObjectName("episodeCapturesDock")
        dock.setWidget(strip)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setTitleBarWidget(QWidget(dock))  # the strip's own line names it; no second title
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.pages.currentChanged.connect(lambda i: dock.setVisible(i == 0))  # episodes only
        self.table.selectionModel().currentRowChanged.connect(self._follow_selection)
        self.inbox.episodesChanged.connect(self._follow_selection)
        strip.changed.connect(self.inbox.reload)
        strip.changed.connect(self.editor.refresh_evidence)
        return strip

    def _make_menus(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self._fill(toolbar.addAction, toolbar.addSeparator, actions.TOOLBAR)
        self.file_menu = self._menu(self.tr("&File"), "fileMenu", actions.FILE_MENU)
        self.capture_menu = self._menu(self.tr("&Capture"), "captureMenu", actions.CAPTURE_MENU)
        self.help_menu = self._menu(self.tr("&Help"), "helpMenu", actions.HELP_MENU)

    def _menu(self, title: str, name: str, items: MenuItems) -> QMenu:
        menu = self.menuBar().addMenu(title)
        menu.setObjectName(name)
        self._fill(menu.addAction, menu.addSeparator, items)
        return menu

    def _fill(
        self,
        add: Callable[[QAction], object],
        separate: Callable[[], object],
        items: MenuItems,
    ) -> None:
        for key in items:
            if key is None:
                separate()
            else:
                add(self.actions_by_key[key])

    # --- what features and the declared actions use -----------------------------------------
    def action(self, key: MainAction) -> QAction:
        return self.actions_by_key[key]

    def bind(self, key: MainAction, slot: Callable[..., object]) -> QAction:
        """Let a feature serve one of the window's declared actions (enables it)."""
        action = self.actions_by_key[key]
        action.triggered.connect(slot)
        action.setEnabled(True)
        return action

    def bind_hotkey_settings(self, host: HotkeyHost) -> None:
        """The capture feature's hotkey, shown and changed in the Capture settings tab, and
        named in the Capture menu and the empty Inbox."""
        self.hotkeys = host
        self.show_hotkey()

    def show_hotkey(self) -> None:
        """Name the capture hotkey where the user looks for a way to capture; where the desktop
        gives none, the empty Inbox says how to bind ``vidne capture`` instead."""
        shortcut = working_hotkey(self.hotkeys)
        actions.show_hotkey(self.action(MainAction.CAPTURE_SCREEN), shortcut)
        if self.hotkeys is not None:
            self.inbox.show_hotkey(shortcut, "" if shortcut else how_to_bind())

    def settings_sections(self) -> list[SectionFactory]:
        """The settings tabs after General, in order: Capture, Privacy, Trusted time."""
        hotkeys = self.hotkeys

        def capture(parent: QWidget, _vault: Vault) -> tuple[str, QWidget]:
            return capture_section(parent, hotkeys)

        return [capture, privacy_section, trusted_time_section]

    def open_settings(self) -> QDialog:
        from vidne.ui.window.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.vault, self, self.settings_sections())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.show_hotkey)
        dialog.open()
        return dialog

    def open_export(self) -> None:
        from vidne.ui.export.export_dialog import ExportDialog

        dialog = ExportDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_csv_import(self) -> None:
        from vidne.ui.export.csv_import_dialog import CsvImportDialog

        dialog = CsvImportDialog(self.vault, self)
        dialog.imported.connect(lambda _n: self.reload())
        dialog.open()

    def open_senders(self) -> None:
        from vidne.ui.editor.sender_dialog import SenderDialog

        dialog = SenderDialog(self.vault, self)
        dialog.finished.connect(self._senders_changed)
        dialog.open()

    def _senders_changed(self, _result: int) -> None:
        self.editor.reload_senders()
        self.search_bar.reload_senders()

    def show_guide(self) -> None:
        self.pages.setCurrentWidget(self.guide_page)

    def show_about(self) -> QMessageBox:
        """Help → About: the version, the licence, and where the data lives."""
        from vidne.ui.window.about import about_box

        box = about_box(self, self.vault.directory)
        box.open()
        return box

    def import_evidence(self) -> None:
        self.inbox.import_files()

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        store, model = self.store, self.model
        order = model.sort_state()

        # Sorting 10,000 rows (date parsing) happens on the vault thread, not the GUI thread.
        def load() -> tuple[list[Listed], str, object]:
            with fewer_full_collections():
                return model.sorted_rows(store.listed(drafts=True)), self._head(), order

        run_db(load, self._loaded, self._error)

    def _loaded(self, result: tuple[list[Listed], str, object]) -> None:
        episodes, head, order = result
        self.model.set_episodes(episodes, presorted=order == self.model.sort_state())
        self._show_head(head)
        self._fit_columns()
        if episodes:
            self.table.selectRow(0)
        else:
            self.editor.new()

    def _fit_columns(self) -> None:
        """Widths of When and Severity from the font (measuring 100 rows' cells took 35 ms
        at every load of 10,000 episodes)."""
        metrics, pad = (
            self.table.fontMetrics(),
            2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12,
        )
        widest = [severity_label(level) for level in SEVERITY]
        widest.append(self.model.headerData(EpisodeTableModel.SEVERITY, Qt.Orientation.Horizontal))
        self.table.setColumnWidth(
            EpisodeTableModel.WHEN, metrics.horizontalAdvance("2026-12-31 23:59") + pad
        )
        self.table.setColumnWidth(
            EpisodeTableModel.SEVERITY, max(metrics.horizontalAdvance(t) for t in widest) + pad
        )

    def _head(self) -> str:
        with self.vault.read() as conn:
            return chain.head(conn)

    def _show_head(self, head: str) -> None:
        """Words in the status bar; the hash itself only for whoever asks (tooltip)."""
        self.chain_head = head
        self.chain_label.setText(self.tr("Every change is recorded and sealed"))
        self.chain_label.setToolTip(
            self.tr(
                "Each change is added to a hash chain, so a later change to your records would show. "
                "SHA-256 of the newest record: %1"
            ).replace("%1", head)
        )

    # --- selection and editing ---------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        index = self.proxy.mapToSource(current)
        if not index.isValid():
            return
        try:  # the list holds a summary (store.listed): the editor gets the whole episode
            episode = self.store.get(self.model.episode(index.row()).id or 0)
        except VaultLocked:
            return  # locking: the window is being emptied
        except NotFound as exc:  # deleted meanwhile, e.g. on the command line
            self.editor.show_problem(user_message(exc))
            return
        self.editor.load(episode)

    def _follow_selection(self, *_args: object) -> None:
        episode = self.current_episode()
        self.episode_captures.show_episode(episode.id if episode is not None else None)

    def current_episode(self) -> Listed | None:
        """The selected row: a summary of the episode (``store.get`` reads all of it)."""
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.episode(index.row()) if index.isValid() else None

    def episode_from_captures(self, infos: list[CaptureInfo]) -> None:
        """The Inbox's (or a notification's) "New episode": the full editor, captures attached
        when it is saved (then it is selected in the list)."""
        self.pages.setCurrentIndex(0)
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        self.editor.new_from_captures(infos)

    def new_episode(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        self.editor.new()

    def save_episode(self, episode: Episode) -> None:
        write = self.editor.writer(episode)  # a new one from captures attaches them
        run_db(lambda: (write(), self._head()), self._saved, self.editor_error)

    def _saved(self, result: tuple[Episode, str]) -> None:
        episode, head = result
        attached = bool(self.editor.pending)  # before selecting the row reloads the editor
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
        if attached:
            self.inbox.reload()
            self._follow_selection()

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
                "Delete the episode of %1, “%2”, and its history? This cannot be undone. That "
                "it was deleted stays recorded."
            )
            .replace("%1", episode.occurred_at[:16].replace("T", " "))
            .replace("%2", first_words(episode.description)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, episode_id = self.store, episode.id

        def delete() -> str:
            store.delete(episode_id)
            return self._head()

        run_db(delete, lambda head: self._deleted(episode_id, head), self._error)

    def _deleted(self, episode_id: int, head: str) -> None:
        self.model.remove(episode_id)
        self._show_head(head)
        if self.model.rowCount() == 0:
            self.editor.new()

    def _error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Vidne"), user_message(exc))

    def confirm_quit(self) -> bool:
        """Ask before closing quits Vidne; True to quit."""
        shortcut = working_hotkey(self.hotkeys)
        text = (
            self.tr(
                "Quit Vidne? Until you start it again, %1 does not capture the screen."
            ).replace("%1", shortcut)
            if shortcut
            else self.tr("Quit Vidne? Until you start it again, nothing captures the screen.")
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit Vidne"), text, parent=self)
        box.setObjectName("confirmQuit")
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(quit_button)
        box.exec()
        return box.clickedButton() is quit_button

    # --- locking and closing -----------------------------------------------------------------
    def wipe(self) -> None:
        """Forget everything shown: the list, the editor's text, the other pages."""
        self.model.set_episodes([])
        self.editor.load(Episode())
        self.pages.hide()

    def flush_edits(self) -> bool:
        """Save what is being typed, so that locking or closing loses nothing.

        True when nothing typed is left unsaved. False when the save failed (a full disk, or
        an entry that is not valid yet): the text stays in the editor, which says why, and
        the window is shown, so the caller must not lock or close.
        """
        if not self.editor.dirty:
            return True
        write = self.editor.writer(self.editor.for_flush())  # new or draft: kept as a draft
        failed: list[BaseException] = []

        def attempt() -> None:
            try:
                write()
            except Exception as exc:  # shown to the user right below, never dropped
                failed.append(exc)

        run_db(attempt)
        wait_idle()
        if not failed:
            return True
        self.editor.show_problem(
            self.tr("Vidne stays open: what you typed could not be saved. %1").replace(
                "%1", user_message(failed[0])
            )
        )
        self.showNormal()
        self.raise_()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # A user's close that reaches here quits (with a tray, closing hides the window before
        # this): say first that the hotkey stops. Quit from a menu means quit: no question.
        if event.spontaneous() and not self.confirm_quit():
            event.ignore()
            return
        if not self.flush_edits():
            event.ignore()
            return
        super().closeEvent(event)
        self.closed.emit()
