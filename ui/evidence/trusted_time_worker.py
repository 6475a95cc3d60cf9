"""Trusted time in the running window: new items are sent for a timestamp soon after they are
stored, and what waits (offline, or taken while locked) is retried with growing waits.

A round every few seconds while the window is open: on the vault thread, new items are queued
and what is due is read (:func:`stamping.prepare`; nothing when trusted time is off); the
requests run on Qt's global pool, so the vault thread is never held by the network; the tokens
are stored on the vault thread again. One round at a time.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from vidne.app.evidence.trusted_time import settings, stamping
from vidne.app.vault.store import Vault
from vidne.ui.tasks import run_db, run_task

log = logging.getLogger(__name__)

INTERVAL_MS = 5_000


class TrustedTimeWorker(QObject):
    stamped = Signal(int)  # tokens kept in the last round

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poke)
        self.timer.start()
        QTimer.singleShot(0, self.poke)  # what waited while locked goes first

    def poke(self) -> None:
        """Start a round unless one is running."""
        if self.busy or not self.vault.is_open:
            return
        self.busy = True
        vault = self.vault

        def prepare() -> tuple[settings.TrustedTime, list[stamping.Job]]:
            config = settings.load(vault)
            return config, (stamping.prepare(vault, config) if config.enabled else [])

        run_db(prepare, self._prepared, self._failed)

    def _prepared(self, result: tuple[settings.TrustedTime, list[stamping.Job]]) -> None:
        config, jobs = result
        if not jobs:
            self.busy = False
            return
        run_task(
            lambda: stamping.ask(jobs, config.services, config.ca_file), self._asked, self._failed
        )

    def _asked(self, outcome: stamping.Outcome) -> None:
        vault = self.vault
        count = len(outcome.stamped)
        run_db(lambda: stamping.record(vault, outcome), lambda _r: self._done(count), self._failed)

    def _done(self, count: int) -> None:
        self.busy = False
        if count:
            self.stamped.emit(count)

    def _failed(self, exc: BaseException) -> None:
        # the vault was locked meanwhile, or the disk failed: the queue stays for next time
        self.busy = False
        log.info("trusted time round stopped: %s", type(exc).__name__)
