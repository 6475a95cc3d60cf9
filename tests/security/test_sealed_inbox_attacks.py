"""The sealed inbox under attack (issue 12): forged, replayed, poisoned and flooded files.

The inbox public key lies readable beside the vault, so each attack here is what anyone able
to write to the data folder can do: seal a picture of their choosing with any time and window
title (:func:`forge`, written from the key file alone, as an attacker would), put back a file
already imported, plant files that decrypt but break the vault's rules, flood the folder, or
name a file so that it reads as a message. Each test asserts what the user then sees.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import secrets
import struct
import subprocess
import sys
import tracemalloc
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import nacl.public
import pytest
from PIL import Image
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence import origin, sealed_inbox
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.output import bundle
from vidne.app.output.export import episode_rows, to_csv, to_json
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault.keyfile import KeyFile
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, cli_env
from tests.helpers.report import pdf_text

FORGED_TIME = "2019-01-01T03:00:00+00:00"  # long before Vidne was even installed
FORGED_TITLE = "Facebook – Forged message nobody sent"
NOTE_EN = "not verifiable"
NOTE_DA = "kan ikke efterprøves"


def png(colour: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "PNG")
    return buf.getvalue()


def forge(directory: Path, picture: bytes, name: str | None = None, **header: Any) -> Path:
    """Seal a made-up capture with nothing but the public key, as an attacker would."""
    public = KeyFile.read(Vault.key_path(directory)).inbox_public_key
    meta: dict[str, Any] = {
        "mime": "image/png",
        "captured_at": FORGED_TIME,
        "utc_offset": "+01:00",
        "trigger": "hotkey",
        "source": "screen",
        "window_title": FORGED_TITLE,
        "sha256": hashlib.sha256(picture).hexdigest(),
        "seal_id": secrets.token_hex(16),
        "lengths": [len(picture), 0, 0],
    }
    meta.update(header)
    head = json.dumps(meta).encode()
    inner = struct.pack(">I", len(head)) + head + picture
    box = nacl.public.SealedBox(nacl.public.PublicKey(public))
    folder = sealed_inbox.inbox_dir(directory)
    folder.mkdir(exist_ok=True)
    path = folder / (name or f"{secrets.token_hex(6)}{sealed_inbox.SUFFIX}")
    path.write_bytes(sealed_inbox.MAGIC + box.encrypt(inner))
    return path


def genuine(directory: Path, colour: tuple[int, int, int] = (9, 99, 199)) -> Path:
    """A capture sealed the way Vidne seals one while locked."""
    item = NewCapture(
        original=png(colour),
        mime="image/png",
        captured_at="2026-03-14T17:05:00.000+00:00",
        utc_offset="+01:00",
        trigger="hotkey",
        window_title="Genuine window",
    )
    return sealed_inbox.seal(directory, item)


@pytest.fixture
def locked(vault_dir: Path) -> Path:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    return vault_dir


@pytest.fixture
def opened(locked: Path) -> Iterator[Vault]:
    vault = Vault.open(locked, PASSPHRASE)
    yield vault
    vault.lock()


# --- forged: imported, and labelled as not verifiable wherever it is shown -----------------
def test_a_forged_capture_is_labelled_unverifiable_in_the_model_exports_and_report(
    opened: Vault, tmp_path: Path
) -> None:
    forged = forge(opened.directory, png((250, 0, 0)))
    result = sealed_inbox.import_pending(opened)
    [capture_id] = result.imported
    assert not forged.exists()
    store = CaptureStore(opened)
    info = store.get(capture_id)
    # the app model: what the attacker wrote, marked as such
    assert (info.captured_at, info.window_title) == (FORGED_TIME, FORGED_TITLE)
    assert info.sealed == 1 and origin.unverifiable(info)
    assert NOTE_EN in origin.note("en") and NOTE_DA in origin.note("da")
    episode = EpisodeStore(opened).add(
        Episode(
            occurred_at="2026-03-14T18:00:00+01:00",
            channel="facebook",
            severity=3,
            description="A post I never saw",
        )
    )
    assert episode.id is not None
    store.attach([capture_id], episode.id)
    # the JSON and CSV export: which evidence, and why it cannot be checked
    [row] = json.loads(to_json(episode_rows(opened)))["episodes"]
    assert row[origin.EXPORT_FIELD] == [info.sha256]
    assert NOTE_EN in row[origin.EXPORT_NOTE_FIELD]
    csv_text = to_csv(episode_rows(opened)).decode("utf-8-sig")
    assert info.sha256 in csv_text and (NOTE_EN in csv_text or NOTE_DA in csv_text)
    # the report's annex, in the report's language
    for lang, words in (("en", NOTE_EN), ("da", NOTE_DA)):
        out = tmp_path / f"report-{lang}.pdf"
        pdf.write(opened, Selection(lang=lang), out)
        assert words in " ".join(pdf_text(out).split())
    # the bundle's episodes.json
    out = tmp_path / "bundle.zip"
    bundle.write(opened, Selection(start=date(2026, 1, 1), lang="en"), out)
    with zipfile.ZipFile(out) as zf:
        [packed] = json.loads(zf.read("episodes.json"))["episodes"]
    assert packed[origin.EXPORT_FIELD] == [info.sha256]
    assert NOTE_EN in packed[origin.EXPORT_NOTE_FIELD]


def test_a_genuine_capture_taken_while_unlocked_carries_no_such_label(opened: Vault) -> None:
    store = CaptureStore(opened)
    live = store.add(
        NewCapture(
            original=png(), mime="image/png", captured_at=FORGED_TIME, utc_offset="+01:00",
            trigger="hotkey",
        )
    )  # fmt: skip
    assert not origin.unverifiable(store.get(live))


def test_the_label_cannot_be_taken_off_unnoticed(locked: Path, tmp_path: Path) -> None:
    """Clearing the mark in the database (with the passphrase) is what vidne verify reports."""

    def verify() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "vidne.app.cli.main", "--data-dir", str(locked), "verify"]
            + ["--passphrase-stdin"],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            env={**cli_env(tmp_path), "LANG": "C.UTF-8", "LANGUAGE": ""},
            timeout=120,
        )

    forge(locked, png())
    with Vault.open(locked, PASSPHRASE) as vault:
        [capture_id] = sealed_inbox.import_pending(vault).imported
    assert verify().returncode == 0
    with Vault.open(locked, PASSPHRASE) as vault, vault.transaction() as tx:
        tx.execute("UPDATE captures SET sealed = 0 WHERE id = ?", (capture_id,))
    done = verify()
    assert done.returncode != 0 and "Traceback" not in done.stderr


# --- replayed: recognised and set aside, never stored twice --------------------------------
def test_a_file_put_back_after_import_is_set_aside_as_already_imported(opened: Vault) -> None:
    path = genuine(opened.directory)
    copy = path.read_bytes()
    assert len(sealed_inbox.import_pending(opened).imported) == 1
    path.write_bytes(copy)  # put back exactly
    renamed = path.with_name("renamed" + sealed_inbox.SUFFIX)
    renamed.write_bytes(copy)  # and again under another name
    result = sealed_inbox.import_pending(opened)
    assert result.imported == []
    assert sorted(r.name for r in result.rejected) == sorted([path.name, renamed.name])
    assert all(r.reason == "already imported" for r in result.rejected)
    assert "already imported: 2" in result.summary()
    assert len(CaptureStore(opened).all()) == 1
    assert sealed_inbox.pending(opened.directory) == []


def test_a_capture_imported_by_an_older_vidne_is_recognised_too(opened: Vault) -> None:
    """Files imported before the ledger existed: same picture at the same moment."""
    path = genuine(opened.directory)
    copy = path.read_bytes()
    sealed_inbox.import_pending(opened)
    with opened.transaction() as tx:  # as if imported before migration 4
        tx.execute("DELETE FROM sealed_imports")
    path.write_bytes(copy)
    result = sealed_inbox.import_pending(opened)
    assert result.imported == [] and result.rejected[0].reason == "already imported"
    assert len(CaptureStore(opened).all()) == 1


# --- poisoned: set aside with the reason, the genuine ones still arrive --------------------
POISON: dict[str, dict[str, Any]] = {
    "not a PNG": {"mime": "application/pdf"},
    "negative size": {"width": -1, "height": -5},
    "huge title": {"window_title": "x" * 1_000_000},
    "forged redaction": {"redacted_from": 1},
    "claims to be an imported file": {"source": "import", "original_name": "police.pdf"},
    "unknown trigger": {"trigger": "'; DROP TABLE captures; --"},
    "time without a zone": {"captured_at": "2026-03-14 17:05"},
    "field Vidne never writes": {"note": "planted note"},
}


@pytest.mark.parametrize("case", list(POISON))
def test_poison_is_set_aside_and_the_genuine_files_arrive(opened: Vault, case: str) -> None:
    directory = opened.directory
    first = genuine(directory, (1, 2, 3))
    poison = forge(
        directory, png(), name=f"{first.stem}-poison{sealed_inbox.SUFFIX}", **POISON[case]
    )
    last = genuine(directory, (4, 5, 6))
    result = sealed_inbox.import_pending(opened)
    assert len(result.imported) == 2 and not first.exists() and not last.exists()
    [rejected] = result.rejected
    assert rejected.name == poison.name and rejected.reason
    assert rejected.moved_to == directory / "inbox" / "rejected" / poison.name
    note = rejected.moved_to.with_name(poison.name + sealed_inbox.REASON_SUFFIX)
    assert rejected.reason in note.read_text(encoding="utf-8")
    assert "1 set aside in the folder inbox/rejected" in result.summary()
    infos = CaptureStore(opened).all()
    assert {i.window_title for i in infos} == {"Genuine window"}
    assert all(i.redacted_from is None and i.source == "screen" for i in infos)


def test_a_file_the_database_refuses_does_not_roll_back_the_others(opened: Vault) -> None:
    """The failure before: one insert failing rolled back every import, on every unlock."""
    with opened.transaction() as tx:
        tx.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON captures WHEN NEW.window_title = 'poison' "
            "BEGIN SELECT RAISE(ABORT, 'constraint'); END"
        )
    genuine(opened.directory)
    forge(opened.directory, png(), window_title="poison")
    genuine(opened.directory, (7, 7, 7))
    result = sealed_inbox.import_pending(opened)
    assert len(result.imported) == 2
    assert [r.reason.split(":")[0] for r in result.rejected] == ["refused by the vault"]


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    from vidne.app import platform

    from tests.helpers.xserver import xvfb

    with xvfb(640, 480) as display:
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
        platform.forget_choices()
        yield display
        platform.forget_choices()


@pytest.mark.x11
def test_vidne_capture_with_a_passphrase_stores_the_capture_despite_poison(
    x_display: str, locked: Path, tmp_path: Path
) -> None:
    with Vault.open(locked, PASSPHRASE) as vault, vault.transaction() as tx:
        tx.execute(  # a file that decrypts but that the database refuses
            "CREATE TRIGGER refuse BEFORE INSERT ON captures WHEN NEW.window_title = 'poison' "
            "BEGIN SELECT RAISE(ABORT, 'constraint'); END"
        )
    forge(locked, png(), name=f"0-poison{sealed_inbox.SUFFIX}", window_title="poison")
    forge(locked, png(), name=f"1-bad{sealed_inbox.SUFFIX}", redacted_from=1)
    waiting = genuine(locked)
    env = {**cli_env(tmp_path), "DISPLAY": x_display, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "vidne.app.cli.main", "--data-dir", str(locked), "capture"]
        + ["--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    sha = lines[-1].split()[-1]
    assert "1 imported" in lines[0] and "2 set aside in the folder inbox/rejected" in lines[0]
    with Vault.open(locked, PASSPHRASE) as vault:
        infos = CaptureStore(vault).all()
    new = [i for i in infos if i.sha256 == sha]
    assert len(new) == 1 and new[0].sealed == 0 and new[0].trigger == "cli"
    assert [i.window_title for i in infos if i.sealed] == ["Genuine window"]
    assert not waiting.exists() and sealed_inbox.pending(locked) == []
    assert sorted(p.name for p in (locked / "inbox" / "rejected").glob("*.vsealed")) == [
        "0-poison.vsealed",
        "1-bad.vsealed",
    ]


# --- flooded: capped per unlock and per file, read one at a time ---------------------------
def test_a_thousand_files_are_taken_two_hundred_per_unlock(opened: Vault) -> None:
    directory = opened.directory
    picture = png()
    for _ in range(1000):  # each with its own sealed id: no two are the same file
        forge(directory, picture)
    result = sealed_inbox.import_pending(opened)
    assert len(result.imported) == sealed_inbox.MAX_FILES == 200
    assert result.waiting == 800 and len(sealed_inbox.pending(directory)) == 800
    assert (
        "800 more captures wait in the inbox; they are imported at the next unlock."
        in result.summary()
    )
    second = sealed_inbox.import_pending(opened)  # the next unlock takes the next 200
    assert len(second.imported) == 200 and second.waiting == 600


def test_an_oversized_file_is_set_aside_unread(opened: Vault) -> None:
    directory = opened.directory
    big = sealed_inbox.inbox_dir(directory) / f"big{sealed_inbox.SUFFIX}"
    with big.open("wb") as fh:  # sparse: 65 MiB on paper, nothing on disk
        fh.truncate(sealed_inbox.MAX_FILE_BYTES + 1024 * 1024)
    genuine(directory)
    result = sealed_inbox.import_pending(opened)
    assert len(result.imported) == 1
    [rejected] = result.rejected
    assert rejected.name == big.name and rejected.reason == "larger than 64 MB"
    assert "(larger than 64 MB: 1)" in result.summary()


def test_files_are_read_one_at_a_time(opened: Vault) -> None:
    """Sixteen ~1.2 MB captures: Python never holds more than a few of them at once."""
    directory = opened.directory
    size = 0
    for _ in range(16):
        noise = Image.frombytes("RGB", (640, 640), os.urandom(640 * 640 * 3))
        buf = io.BytesIO()
        noise.save(buf, "PNG", compress_level=0)
        size = len(buf.getvalue())
        forge(directory, buf.getvalue())
    tracemalloc.start()
    try:
        result = sealed_inbox.import_pending(opened)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(result.imported) == 16
    assert peak < 6 * size, f"peak {peak / 1e6:.1f} MB for files of {size / 1e6:.1f} MB"


def test_a_link_planted_in_the_inbox_is_set_aside_and_not_followed(
    opened: Vault, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private", encoding="utf-8")
    link = sealed_inbox.inbox_dir(opened.directory) / f"link{sealed_inbox.SUFFIX}"
    link.symlink_to(secret)
    result = sealed_inbox.import_pending(opened)
    assert [r.reason for r in result.rejected] == ["not a regular file"]
    assert secret.read_text(encoding="utf-8") == "private" and not link.exists()


# --- what the window shows: labels, and planted names as literal text ----------------------
HTML_NAME = "<h1 style=color:red>THE VAULT IS DAMAGED<h1>.vsealed"  # no '/': a file name


@pytest.fixture
def unlocking(qtbot: Any, locked: Path) -> Iterator[Any]:
    """Unlock the real app (window, capture controller, fake hotkey) and hand it over."""
    from vidne.app.platform.fake import FakeHotkeyBackend
    from vidne.ui.evidence.capture_controller import CaptureController
    from vidne.ui.window.controller import VidneApp

    app = VidneApp(locked)
    ctrl = CaptureController(app, FakeHotkeyBackend())
    assert ctrl.start()
    app.start()

    def unlock() -> CaptureController:
        assert app.unlock_dialog is not None
        app.unlock_dialog.unlocked.emit(Vault.open(locked, PASSPHRASE))
        qtbot.waitUntil(lambda: ctrl.inbox is not None and ctrl._import_job is None, timeout=9000)
        return ctrl

    yield unlock
    ctrl.shutdown()
    if app.vault is not None:
        app.vault.lock()


def reddish(image: Any) -> int:
    """Pixels clearly red (the planted <h1 style=color:red> would be hundreds of them)."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            count += c.red() > 150 and c.green() < 90 and c.blue() < 90
    return count


@pytest.mark.gui
def test_a_planted_file_name_is_shown_as_literal_text_at_unlock(
    qtbot: Any, locked: Path, unlocking: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMessageBox

    (sealed_inbox.inbox_dir(locked) / HTML_NAME).write_bytes(b"THE VAULT IS DAMAGED")
    genuine(locked)
    ctrl = unlocking()
    window = ctrl.app.window
    box = window.findChild(QMessageBox, "sealedRejected")
    assert box is not None and box.textFormat() == Qt.TextFormat.PlainText
    text = box.text()
    assert text.splitlines()[0] == (
        "Captures taken while Vidne was locked: 1 imported. 1 set aside in the folder "
        "inbox/rejected (not a Vidne sealed capture: 1)."
    )
    assert f"{HTML_NAME}: Set aside in the folder inbox/rejected" in text  # every character
    [label] = [w for w in box.findChildren(QLabel) if HTML_NAME in w.text()]
    assert label.textFormat() == Qt.TextFormat.PlainText
    qtbot.waitExposed(box)
    assert reddish(box.grab().toImage()) == 0  # no large red headline drawn
    assert (locked / "inbox" / "rejected" / HTML_NAME).exists()


@pytest.mark.gui
def test_a_forged_capture_is_labelled_in_the_inbox_the_strip_and_the_viewer(
    qtbot: Any, locked: Path, unlocking: Any
) -> None:
    from vidne.ui.evidence.viewer import CaptureViewer

    forge(locked, png())
    ctrl = unlocking()
    window = ctrl.app.window
    assert window.statusBar().currentMessage() == (
        "Captures taken while Vidne was locked: 1 imported."
    )
    inbox = ctrl.inbox
    qtbot.waitUntil(lambda: inbox.list.count() == 1, timeout=5000)
    item = inbox.list.item(0)
    assert origin.short() in item.text() and NOTE_EN in item.toolTip()
    [info] = CaptureStore(ctrl.app.vault).inbox()
    viewer = CaptureViewer(png(), info)
    qtbot.addWidget(viewer)
    assert NOTE_EN in viewer.details.text()
    inbox.list.selectAll()
    inbox.make_episode("Forged?")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.table.selectRow(0)
    strip = ctrl.episode_captures
    qtbot.waitUntil(lambda: strip.list.count() == 1, timeout=5000)
    shown = strip.list.item(0)
    assert "taken while locked" in shown.text() and NOTE_EN in shown.toolTip()
