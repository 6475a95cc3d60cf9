"""Turn any exception from the core into one translated sentence for a dialog or label."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from vidne.app.errors import VidneError


def user_message(exc: BaseException) -> str:
    if isinstance(exc, VidneError):
        return exc.message()
    if isinstance(exc, OSError):
        return (
            QCoreApplication.translate("Errors", "The file could not be read or written:")
            + f" {exc.strerror or exc}"
        )
    return (
        QCoreApplication.translate(
            "Errors", "Something unexpected went wrong. Nothing was deleted. Details:"
        )
        + f" {type(exc).__name__}"
    )
