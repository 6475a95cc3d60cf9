"""The Help/Guide page: the guide in the UI language, rendered from Markdown."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget
from vidne.app import guide, i18n


class GuidePage(QWidget):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePage")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(False)  # no network from the app; links are text
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.show_language(language or i18n.current_language())

    def show_language(self, language: str) -> None:
        self.language = language
        self.browser.setMarkdown(guide.guide_text(language))
