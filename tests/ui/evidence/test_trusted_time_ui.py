"""Trusted time in the window, against a local service on 127.0.0.1: the settings tab (off by
default, says what leaves the computer), a new capture stamped by the running window soon after
it is stored, and the viewer naming the time and the service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from vidne.app.evidence.store import CaptureStore
from vidne.app.evidence.trusted_time import settings, tokens
from vidne.app.vault.store import Vault
from vidne.ui.evidence.trusted_time_worker import TrustedTimeWorker
from vidne.ui.evidence.viewer import CaptureViewer
from vidne.ui.tasks import wait_idle
from vidne.ui.window.settings_dialog import SettingsDialog
from vidne.ui.window.trusted_time_settings import TrustedTimeSection, trusted_time_section

from tests.app.evidence.test_store import item
from tests.helpers.local_tsa import LocalTsa, TsaFiles, make_tsa

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def tsa_files(tmp_path_factory: pytest.TempPathFactory) -> TsaFiles:
    return make_tsa(tmp_path_factory.mktemp("tsa"))


@pytest.fixture
def tsa(tsa_files: TsaFiles) -> Iterator[LocalTsa]:
    with LocalTsa(tsa_files) as service:
        yield service


def section(qtbot: QtBot, vault: Vault) -> tuple[SettingsDialog, TrustedTimeSection]:
    dialog = SettingsDialog(vault, None, [trusted_time_section])
    qtbot.addWidget(dialog)
    found = dialog.sections[-1]
    assert isinstance(found, TrustedTimeSection)
    qtbot.waitUntil(found.enabled.isEnabled, timeout=5_000)
    return dialog, found


def test_the_tab_is_off_by_default_and_says_what_leaves_the_computer(
    qtbot: QtBot, vault: Vault, tsa: LocalTsa, tsa_files: TsaFiles
) -> None:
    dialog, tab = section(qtbot, vault)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Trusted time"
    assert not tab.enabled.isChecked()
    assert "https://freetsa.org/tsr" in tab.services.toPlainText()
    text = " ".join(label.text() for label in tab.findChildren(type(tab.waiting)))
    assert "only the SHA-256" in text and "never leave the computer" in text
    tab.enabled.setChecked(True)
    tab.services.setPlainText(f"{tsa.url}\nnot an address")
    tab.ca_file.setText(str(tsa_files.ca))
    dialog.accept()
    wait_idle()
    config = settings.load(vault)
    assert config.enabled and config.services == (tsa.url,)
    assert config.ca_file == str(tsa_files.ca)


def test_the_window_stamps_a_new_capture_and_the_viewer_shows_it(
    qtbot: QtBot, vault: Vault, tsa: LocalTsa, tsa_files: TsaFiles, tmp_path: Path
) -> None:
    settings.save(vault, settings.TrustedTime(True, (tsa.url,), str(tsa_files.ca)))
    worker = TrustedTimeWorker(vault)
    store = CaptureStore(vault)
    capture_id = store.add(item())

    def stamped() -> bool:
        with vault.read() as conn:
            return capture_id in tokens.for_captures(conn, [capture_id])

    with qtbot.waitSignal(worker.stamped, timeout=15_000):
        worker.poke()
    assert stamped() and len(tsa.requests) == 1
    viewer = CaptureViewer(store.data(capture_id), store.get(capture_id))
    qtbot.addWidget(viewer)
    viewer.show_trusted_time(vault)
    qtbot.waitUntil(lambda: "Trusted time:" in viewer.details.text(), timeout=5_000)
    assert "UTC, by Test TSA" in viewer.details.text()
    worker.timer.stop()
    wait_idle()
