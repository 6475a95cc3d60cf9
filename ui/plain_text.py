"""Text from outside Vidne is shown as text, never rendered as HTML.

Window titles, file names, sender names and episode text come from other people (a harasser
names a window or a file; anyone who can write the inbox folder names a sealed file). A QLabel
or QMessageBox with Qt's default ``AutoText`` renders anything whose first line looks like a
tag as rich text: a planted file name ``<h1 style="color:red">THE VAULT IS DAMAGED</h1>``
became a large red message at unlock. So the app's style makes every label ``PlainText``
when it is first shown (:class:`PlainByDefault`, installed by :func:`install` in
``make_qapp``), unless the code asked for ``RichText`` explicitly for text of its own (and
then escapes anything from outside, as the overview's list does). This covers the labels
inside message boxes and input dialogs too. Item views, buttons, window titles and the
status bar draw plain text anyway. Tooltips decide by the same guess and have no format of
their own: :func:`tooltip` turns any text into rich text that shows it literally.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle


class PlainByDefault(QProxyStyle):
    """The platform's own style (by name, so the look is unchanged), plus the rule above."""

    def polish(self, target: Any) -> Any:  # noqa: ANN401 - Qt overloads: widget, palette, app
        if isinstance(target, QLabel) and target.textFormat() == Qt.TextFormat.AutoText:
            target.setTextFormat(Qt.TextFormat.PlainText)
        return super().polish(target)


def install(app: QApplication) -> None:
    """Make *app*'s style :class:`PlainByDefault` (once; labels shown before keep theirs)."""
    if not isinstance(app.style(), PlainByDefault):
        app.setStyle(PlainByDefault(app.style().name()))


def tooltip(text: str) -> str:
    """*text* as a tooltip that shows it literally (line breaks kept)."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
