"""The editor's index of its folding sections, always in sight above the scrolling form.

On a 1366×768 laptop the form below the quick entry is taller than the editor, so the folding
sections' own headers sat out of sight and had to be hunted for by scrolling. The index names
every section in one or two short lines that never scroll away; choosing a name opens that
section, scrolls it to the top and puts the keyboard on its header (Tab then goes into it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QToolButton, QWidget
from vidne.ui.editor.flow_layout import FlowLayout
from vidne.ui.editor.sections import Section


class SectionIndex(QWidget):
    """One button per section; ``buttons[i]`` goes to ``sections[i]``."""

    def __init__(self, sections: list[Section], scroll: QScrollArea, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sectionIndex")
        self.form = scroll
        self.sections = sections
        self.buttons: list[QToolButton] = []
        flow = FlowLayout(self)
        for section in sections:
            button = QToolButton(self)
            button.setObjectName(f"{section.objectName()}Jump")
            button.setText(section.short_title)
            button.setAccessibleName(self.tr("Go to %1").replace("%1", section.title))
            button.setToolTip(
                self.tr("Open “%1” and show it").replace("%1", section.title),
            )
            button.clicked.connect(lambda _c=False, s=section: self.go_to(s))
            flow.addWidget(button)
            self.buttons.append(button)

    def go_to(self, section: Section) -> None:
        """Open *section*, bring its header to the top of the form and focus it."""
        section.set_expanded(True)
        section.toggle.setFocus(Qt.FocusReason.OtherFocusReason)
        # the form grows once the opened body is laid out (a posted event): scroll after it
        QTimer.singleShot(0, lambda: self._scroll_to(section))

    def _scroll_to(self, section: Section) -> None:
        content = self.form.widget()
        if content is None or not section.isVisible():
            return
        top = section.mapTo(content, section.rect().topLeft()).y()
        bar = self.form.verticalScrollBar()
        bar.setValue(min(max(0, top), bar.maximum()))
