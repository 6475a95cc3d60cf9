"""What is still missing from the open episode, under the editor: the most important first.

A list of seven missing things took eight lines of a laptop's editor, pushing the form out of
sight, and a long list is more than a stressed person wants to face at once. So the three
most important are shown, then (from two more on) a link "…and 4 more" that shows the whole
list, and "Show fewer" folds it again; the whole list is also the label's tooltip.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from vidne.app.episodes.checklist import Item

SHOWN = 3  # items shown before "…and N more"
MORE, FEWER = "#more", "#fewer"  # the two links the label can show
LINKS = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)
NO_LINKS = Qt.TextInteractionFlag.NoTextInteraction


class ChecklistView(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistLabel")
        self.setTextFormat(Qt.TextFormat.RichText)  # our list; labels are plain
        self.setWordWrap(True)
        self.linkActivated.connect(self._toggle)
        self.items: list[Item] = []
        self.all_shown = False

    def show_items(self, items: list[Item]) -> None:
        self.items = items
        if not items:
            self.setText(self.tr("Nothing obvious is missing from this record."))
            self.setToolTip("")
            self.setTextInteractionFlags(NO_LINKS)
            return
        folds = len(items) > SHOWN + 1  # "…and 1 more" would take the line the item takes
        shown = items if self.all_shown or not folds else items[:SHOWN]
        lines = "".join(f"<li>{escape(item.text)}</li>" for item in shown)
        hidden = len(items) - len(shown)
        if hidden:
            more = self.tr("…and %n more", "", hidden)
            lines += f"<li><a href='{MORE}'>{more}</a></li>"
        elif folds:
            fewer = self.tr("Show fewer")
            lines += f"<li><a href='{FEWER}'>{fewer}</a></li>"
        self.setText(self.tr("Still missing:") + f"<ul style='margin:0'>{lines}</ul>")
        self.setToolTip("\n".join(item.text for item in items))
        # Tab stops here only while there is a link to follow
        self.setTextInteractionFlags(LINKS if folds else NO_LINKS)

    def _toggle(self, link: str) -> None:
        self.all_shown = link == MORE
        self.show_items(self.items)
