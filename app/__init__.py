"""Vidne core: the encrypted vault, the episode log and everything that needs no widgets.

Nothing under ``app`` imports QtWidgets or ``ui``; QtCore (translation, signals) is allowed.
"""

__version__ = "0.1.0"
APP_NAME = "Vidne"
APP_ID = "dk.vidne.Vidne"
