"""Wires the record features into the main window: Overview and Guide pages, the CSV import
and sender registry actions, and the Privacy settings tab (blurred previews)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from vidne.ui.evidence.blurred_image import privacy_section
from vidne.ui.pages.guide_page import GuidePage
from vidne.ui.pages.overview_page import OverviewPage
from vidne.ui.window.settings_dialog import register_section

if TYPE_CHECKING:
    from vidne.ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    register_section(privacy_section)
    window.overview_page = OverviewPage(window.vault, window)  # type: ignore[attr-defined]
    window.add_page(window.overview_page, QCoreApplication.translate("RecordPages", "Overview"))  # type: ignore[attr-defined]
    window.guide_page = GuidePage(window)  # type: ignore[attr-defined]
    guide_index = window.add_page(
        window.guide_page, QCoreApplication.translate("RecordPages", "Guide")
    )  # type: ignore[attr-defined]
    import_action = QAction(
        QCoreApplication.translate("RecordPages", "Import from a spreadsheet (CSV)…"), window
    )
    import_action.setObjectName("importCsvAction")
    import_action.triggered.connect(lambda: open_csv_import(window))
    senders_action = QAction(QCoreApplication.translate("RecordPages", "Senders…"), window)
    senders_action.setObjectName("sendersAction")
    senders_action.triggered.connect(lambda: open_senders(window))
    guide_action = QAction(QCoreApplication.translate("RecordPages", "Guide"), window)
    guide_action.setObjectName("guideAction")
    guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide_action.triggered.connect(lambda: window.pages.setCurrentIndex(guide_index))
    first = window.file_menu.actions()[0] if window.file_menu.actions() else None
    window.file_menu.insertAction(
        window.report_action if hasattr(window, "report_action") else first, import_action
    )
    window.file_menu.insertAction(import_action, senders_action)
    window.menuBar().addMenu(QCoreApplication.translate("RecordPages", "&Help")).addAction(
        guide_action
    )
    for action in (import_action, senders_action, guide_action):
        window.addAction(action)


def open_csv_import(window: MainWindow) -> None:
    from vidne.ui.export.csv_import_dialog import CsvImportDialog

    dialog = CsvImportDialog(window.vault, window)
    dialog.imported.connect(lambda _n: window.reload())
    dialog.open()


def open_senders(window: MainWindow) -> None:
    from vidne.ui.editor.sender_dialog import SenderDialog

    dialog = SenderDialog(window.vault, window)

    def refresh(_result: int) -> None:
        window.editor.reload_senders()
        window.search_bar.reload_senders()

    dialog.finished.connect(refresh)
    dialog.open()
