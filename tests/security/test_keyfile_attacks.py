"""The key file under attack (issue 12): swapped inbox key, weak or swapped costs, damage.

Each attack is done as someone who can write to the data folder but does not know the
passphrase would do it: edit ``vidne.key`` (recomputing its keyless checksum when that makes
the attack stronger), plant another one, or swap it at the worst moment of ``passwd``. Each
test asserts what the user then sees: the message, the exit code, and that nothing is lost.
"""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import nacl.public
import nacl.secret
import pytest
from PIL import Image
from vidne.app.cli.main import main
from vidne.app.errors import (
    InboxKeySwapped,
    InboxKeyUntrusted,
    KeyFileCorrupt,
    KeyFileTampered,
    WrongPassphrase,
)
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault import keyfile as keyfile_module
from vidne.app.vault import throttle
from vidne.app.vault.keyfile import FLOOR, KdfParams, KeyFile
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, cli_env, file_hashes

NEW = "et helt nyt og langt kodeord til boksen"


# --- what an attacker does to the file ---------------------------------------------------------
def read_doc(directory: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(Vault.key_path(directory).read_bytes())
    return doc


def checksum_of(doc: dict[str, Any]) -> str:
    """The keyless checksum, recomputed from the public format as an attacker can."""
    kdf = doc["kdf"]
    unb = base64.b64decode
    params = KdfParams(kdf["time_cost"], kdf["memory_cost"], kdf["parallelism"], unb(kdf["salt"]))
    fields = KeyFile(
        params,
        unb(doc["wrapped_key"]),
        unb(doc["inbox_public_key"]),
        unb(doc["anchor"]),
        unb(doc["nonce"]),
        unb(doc["mac"]),
    )
    return fields._checksum()


def tamper(directory: Path, change: Callable[[dict[str, Any]], None], checksum: bool) -> None:
    doc = read_doc(directory)
    change(doc)
    if checksum:
        doc["checksum"] = checksum_of(doc)
    Vault.key_path(directory).write_text(json.dumps(doc, indent=2))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def swap_inbox_key(directory: Path) -> nacl.public.PrivateKey:
    """Put the attacker's public key in the key file; return their private key."""
    theirs = nacl.public.PrivateKey.generate()
    tamper(
        directory,
        lambda d: d.update(inbox_public_key=b64(bytes(theirs.public_key))),
        checksum=True,
    )
    return theirs


def png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (9, 99, 199)).save(buf, "PNG")
    return buf.getvalue()


def locked_capture() -> NewCapture:
    return NewCapture(
        original=png(),
        mime="image/png",
        captured_at="2026-03-14T17:05:00.000+00:00",
        utc_offset="+01:00",
        trigger="hotkey",
        window_title="Genuine window",
    )


def cli(*args: str, stdin: str = "") -> tuple[int, str, str]:
    """``vidne`` in this process (fast): exit code, stdout, stderr."""
    real_stdin, real_out, real_err = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), io.StringIO(), io.StringIO()
    try:
        code = main(list(args))
        return code, sys.stdout.getvalue(), sys.stderr.getvalue()
    finally:
        sys.stdin, sys.stdout, sys.stderr = real_stdin, real_out, real_err


@pytest.fixture
def locked(vault_dir: Path) -> Path:
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as vault:
        vault.set_meta("marker", "the user's data")
    return vault_dir


# --- the inbox key ----------------------------------------------------------------------------
def test_a_swapped_inbox_key_gets_no_capture_and_is_put_right_at_unlock(locked: Path) -> None:
    swap_inbox_key(locked)
    with pytest.raises(InboxKeyUntrusted) as refused:
        sealed_inbox.seal(locked, locked_capture())
    assert refused.value.message().startswith("The capture was not saved")
    assert refused.value.exit_code == 5
    assert sealed_inbox.pending(locked) == []  # nothing sealed to the stranger's key

    with Vault.open(locked, PASSPHRASE) as vault:
        assert isinstance(vault.keyfile_warning, InboxKeySwapped)
        assert "replaced by someone else's" in vault.keyfile_warning.message()
        assert vault.meta("marker") == "the user's data"
        genuine_key = vault.keyfile.inbox_public_key if vault.keyfile else b""
    assert KeyFile.read(Vault.key_path(locked)).inbox_public_key == genuine_key
    assert throttle.failures(locked) == 0

    sealed_inbox.seal(locked, locked_capture())  # trusted again: the vault's own key
    with Vault.open(locked, PASSPHRASE) as vault:
        assert vault.keyfile_warning is None
        result = sealed_inbox.import_pending(vault)
        assert len(result.imported) == 1 and not result.rejected
        assert CaptureStore(vault).get(result.imported[0]).window_title == "Genuine window"


def test_vidne_verify_reports_a_swapped_inbox_key(locked: Path) -> None:
    swap_inbox_key(locked)
    code, out, _ = cli("verify", "--data-dir", str(locked), "--passphrase-stdin", stdin=PASSPHRASE)
    assert code == 3
    assert "Verification failed" in out and "replaced by someone else's" in out
    # verify put the vault's own key back, so the next run has nothing to report
    code, out, _ = cli("verify", "--data-dir", str(locked), "--passphrase-stdin", stdin=PASSPHRASE)
    assert code == 0 and out.startswith("OK")


def test_a_vault_folder_never_unlocked_on_this_account_gets_no_locked_capture(
    locked: Path, tmp_path: Path
) -> None:
    """A copied folder: its inbox key was never authenticated here, so nothing is sealed."""
    moved = tmp_path / "elsewhere"
    locked.rename(moved)
    with pytest.raises(InboxKeyUntrusted):
        sealed_inbox.seal(moved, locked_capture())
    Vault.open(moved, PASSPHRASE).lock()
    assert sealed_inbox.seal(moved, locked_capture()).exists()


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
def test_vidne_capture_while_locked_refuses_a_swapped_inbox_key(
    x_display: str, locked: Path, tmp_path: Path
) -> None:
    swap_inbox_key(locked)
    env = {**cli_env(tmp_path), "DISPLAY": x_display, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "vidne.app.cli.main", "--data-dir", str(locked), "capture"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 5, done.stderr
    assert done.stderr.startswith("vidne: The capture was not saved")
    assert "Traceback" not in done.stderr
    assert sealed_inbox.pending(locked) == []


# --- the costs ----------------------------------------------------------------------------------
def test_passwd_uses_the_costs_read_at_unlock_not_a_file_swapped_in_meanwhile(
    locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is replaced by one with very cheap costs right after the old passphrase was
    checked (from inside the key derivation); the new key file never gets those costs."""
    weak = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
    real_derive = KdfParams.derive
    swapped: list[bool] = []

    def derive_then_swap(self: KdfParams, passphrase: str) -> bytes:
        key = real_derive(self, passphrase)
        if not swapped:
            swapped.append(True)
            tamper(locked, lambda d: d["kdf"].update(weak), checksum=True)
        return key

    monkeypatch.setattr(KdfParams, "derive", derive_then_swap)
    code, out, err = cli("passwd", "--data-dir", str(locked), stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert swapped and code == 0, err
    written = KeyFile.read(Vault.key_path(locked))
    assert written.kdf.time_cost >= FLOOR.time_cost
    assert written.kdf.memory_cost >= FLOOR.memory_cost
    with Vault.open(locked, NEW) as vault:
        assert vault.meta("marker") == "the user's data"


def test_the_dialog_checks_the_old_passphrase_without_reading_the_file_again(
    locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vidne.ui.security.change_passphrase_dialog import change

    vault = Vault.open(locked, PASSPHRASE)
    try:
        tamper(locked, lambda d: d["kdf"].update(time_cost=1, memory_cost=8), checksum=True)
        read = []
        monkeypatch.setattr(KeyFile, "read", lambda path: read.append(path))
        change(vault, PASSPHRASE, NEW)
        monkeypatch.undo()
    finally:
        vault.lock()
    assert read == []
    assert KeyFile.read(Vault.key_path(locked)).kdf.memory_cost >= FLOOR.memory_cost
    Vault.open(locked, NEW).lock()


def weak_file_planted(directory: Path, same_salt: bool) -> None:
    """Costs far below the floor (1 pass over 8 KiB), checksum recomputed."""

    def weaken(doc: dict[str, Any]) -> None:
        doc["kdf"].update(time_cost=1, memory_cost=8, parallelism=1)
        if not same_salt:
            doc["kdf"]["salt"] = b64(os.urandom(16))

    tamper(directory, weaken, checksum=True)


@pytest.mark.parametrize("same_salt", [True, False])
def test_costs_below_the_floor_are_refused_as_damaged(tmp_path: Path, same_salt: bool) -> None:
    directory = tmp_path / "vault"
    Vault.create(directory, PASSPHRASE, KdfParams(2, 64 * 1024, 1)).lock()  # at the floor
    weak_file_planted(directory, same_salt)
    before = file_hashes(directory)
    code, out, err = cli(
        "verify", "--data-dir", str(directory), "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert code == 4 and out == ""
    assert "damaged" in err and "cost below the minimum" in err and "Traceback" not in err
    assert throttle.failures(directory) == 0  # not an attempt
    assert file_hashes(directory) == before


def test_cheap_costs_made_on_purpose_open_on_this_account_only(
    locked: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests and benchmarks pass cheap costs explicitly; the same file elsewhere is refused."""
    Vault.open(locked, PASSPHRASE).lock()
    other_account = tmp_path / "other-state"
    other_account.mkdir()
    monkeypatch.setenv("XDG_STATE_HOME", str(other_account))
    with pytest.raises(KeyFileCorrupt, match="cost below the minimum"):
        Vault.open(locked, PASSPHRASE)
    assert keyfile_module.FLOOR.memory_cost == 64 * 1024  # the product's floor is not lowered


# --- damage -------------------------------------------------------------------------------------
def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d.update({key: value})


def _set_kdf(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["kdf"].update({key: value})


def _flip(key: str) -> Callable[[dict[str, Any]], None]:
    def flip(doc: dict[str, Any]) -> None:
        holder = doc["kdf"] if key == "salt" else doc
        raw = bytearray(base64.b64decode(holder[key]) or b"\0")
        raw[0] ^= 0x01
        holder[key] = b64(bytes(raw))

    return flip


DAMAGE: dict[str, Callable[[dict[str, Any]], None]] = {
    "format": _set("format", "something-else"),
    "version": _set("version", 3),
    "kdf name": _set_kdf("name", "scrypt"),
    "salt flipped": _flip("salt"),
    "salt not base64": _set_kdf("salt", "!!!"),
    "time cost out of range": _set_kdf("time_cost", 10_000),
    "memory cost not a number": _set_kdf("memory_cost", "lots"),
    "parallelism zero": _set_kdf("parallelism", 0),
    "more lanes than memory": lambda d: d["kdf"].update(memory_cost=64, parallelism=16),
    "cipher": _set("cipher", "rot13"),
    "nonce too short": _set("nonce", b64(b"short")),
    "wrapped key flipped": _flip("wrapped_key"),
    "wrapped key truncated": lambda d: d.update(wrapped_key=d["wrapped_key"][:20]),
    "inbox key flipped": _flip("inbox_public_key"),
    "anchor flipped": _flip("anchor"),
    "mac flipped": _flip("mac"),
    "checksum": _set("checksum", "0" * 64),
    "extra field": _set("note", "hello"),
    "missing field": lambda d: d.pop("nonce"),
}


@pytest.mark.parametrize("what", sorted(DAMAGE))
def test_each_damaged_field_says_damaged_and_is_not_an_attempt(locked: Path, what: str) -> None:
    with Vault.open(locked, PASSPHRASE) as vault:
        vault.write_keyfile_anchor(b"some anchor")  # so that the anchor field has bytes
    tamper(locked, DAMAGE[what], checksum=False)
    before = file_hashes(locked)
    code, out, err = cli(
        "verify", "--data-dir", str(locked), "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert code == 4, err
    assert err.startswith("vidne: The key file (vidne.key) is damaged") and out == ""
    assert throttle.failures(locked) == 0
    assert file_hashes(locked) == before


def test_costs_argon2_cannot_run_say_damaged_not_unexpected_error(locked: Path) -> None:
    """More lanes than memory, with a recomputed checksum, on a vault whose cheap costs are
    allowed here: refused as damaged before Argon2 is asked (it would raise)."""
    tamper(locked, lambda d: d["kdf"].update(memory_cost=64, parallelism=16), checksum=True)
    code, _, err = cli("verify", "--data-dir", str(locked), "--passphrase-stdin", stdin=PASSPHRASE)
    assert code == 4 and "out of range" in err and "Unexpected" not in err


@pytest.mark.parametrize("content", [b"{", b"\xff\xfe", b"[]", b'{"format": "vidne-keyfile"}'])
def test_a_file_that_is_not_json_of_a_key_file_says_damaged(locked: Path, content: bytes) -> None:
    Vault.key_path(locked).write_bytes(content)
    with pytest.raises(KeyFileCorrupt) as info:
        Vault.open(locked, PASSPHRASE)
    assert "damaged" in info.value.message()
    assert throttle.failures(locked) == 0


def test_damage_through_the_real_command_line_exits_4(locked: Path, tmp_path: Path) -> None:
    tamper(locked, _flip("salt"), checksum=False)
    done = subprocess.run(
        [sys.executable, "-m", "vidne.app.cli.main", "--data-dir", str(locked), "verify"]
        + ["--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=cli_env(tmp_path),
        timeout=60,
    )
    assert done.returncode == 4
    assert done.stderr.startswith("vidne: The key file (vidne.key) is damaged")


@pytest.mark.parametrize("field", ["salt", "nonce", "wrapped_key"])
def test_a_deliberate_edit_with_a_recomputed_checksum_reads_as_a_wrong_passphrase(
    locked: Path, field: str
) -> None:
    """The documented limit: with the checksum recomputed, an edited salt, nonce or wrapped
    key cannot be told from a wrong passphrase (no keyless check can); nothing is revealed.
    (A vault at the floor's cost: an edited salt of a cheap test vault is refused as below
    the floor, see test_cheap_costs_made_on_purpose_open_on_this_account_only.)"""
    directory = locked.parent / "at-the-floor"
    Vault.create(directory, PASSPHRASE, KdfParams(2, 64 * 1024, 1)).lock()
    tamper(directory, _flip(field), checksum=True)
    with pytest.raises(WrongPassphrase):
        Vault.open(directory, PASSPHRASE)


def test_an_edited_anchor_is_reported_and_dropped(locked: Path) -> None:
    with Vault.open(locked, PASSPHRASE) as vault:
        assert vault.write_keyfile_anchor(b'{"entries": 41}')
    tamper(locked, _set("anchor", b64(b'{"entries": 1}')), checksum=True)
    with Vault.open(locked, PASSPHRASE) as vault:
        assert type(vault.keyfile_warning) is KeyFileTampered
        assert "changed by something other than Vidne" in vault.keyfile_warning.message()
        assert vault.keyfile_anchor() == b""  # not trusted, so not used
    with Vault.open(locked, PASSPHRASE) as vault:
        assert vault.keyfile_warning is None


def test_only_the_inbox_key_swapped_keeps_the_anchor(locked: Path) -> None:
    with Vault.open(locked, PASSPHRASE) as vault:
        vault.write_keyfile_anchor(b"anchor of this moment")
    swap_inbox_key(locked)
    with Vault.open(locked, PASSPHRASE) as vault:
        assert isinstance(vault.keyfile_warning, InboxKeySwapped)
        assert vault.keyfile_anchor() == b"anchor of this moment"


# --- the anchor and the old format ----------------------------------------------------------------
def test_the_anchor_is_written_without_the_passphrase_and_authenticated(locked: Path) -> None:
    with Vault.open(locked, PASSPHRASE) as vault:
        derived: list[object] = []
        real = KdfParams.derive
        KdfParams.derive = lambda self, p: derived.append(p) or real(self, p)  # type: ignore[method-assign]
        try:
            assert vault.write_keyfile_anchor(b"entries=7")
        finally:
            KdfParams.derive = real  # type: ignore[method-assign]
        assert derived == []  # no passphrase, no key derivation
    with Vault.open(locked, PASSPHRASE) as vault:
        assert vault.keyfile_anchor() == b"entries=7"
        assert vault.keyfile_warning is None


def test_a_version_1_key_file_opens_and_is_rewritten_as_version_2(locked: Path) -> None:
    with Vault.open(locked, PASSPHRASE) as vault:
        data_key = bytes(vault._key)
        current = vault.keyfile
    assert current is not None
    kdf = current.kdf
    wrapped = nacl.secret.SecretBox(kdf.derive(PASSPHRASE)).encrypt(data_key)
    v1 = {
        "format": "vidne-keyfile",
        "version": 1,
        "kdf": {
            "name": "argon2id",
            "salt": b64(kdf.salt),
            "time_cost": kdf.time_cost,
            "memory_cost": kdf.memory_cost,
            "parallelism": kdf.parallelism,
        },
        "wrapped_key": b64(bytes(wrapped)),
        "inbox_public_key": b64(current.inbox_public_key),
    }
    Vault.key_path(locked).write_text(json.dumps(v1))
    with pytest.raises(WrongPassphrase):
        Vault.open(locked, "not the passphrase")
    assert json.loads(Vault.key_path(locked).read_bytes())["version"] == 1  # untouched
    with Vault.open(locked, PASSPHRASE) as vault:
        assert vault.keyfile_warning is None
        assert vault.meta("marker") == "the user's data"
    upgraded = KeyFile.read(Vault.key_path(locked))
    assert upgraded.version == 2 and upgraded.authentic(data_key)


# --- what the unlock window shows -----------------------------------------------------------------
def unlock_window(qtbot: Any, directory: Path) -> Any:
    from vidne.ui.security.unlock_dialog import UnlockDialog

    widget = UnlockDialog(directory)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.gui
def test_the_unlock_window_says_the_inbox_key_was_swapped(qtbot: Any, locked: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    swap_inbox_key(locked)
    widget = unlock_window(qtbot, locked)
    widget.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(widget.unlocked, timeout=10_000) as opened:
        qtbot.mouseClick(widget.unlock_button, Qt.MouseButton.LeftButton)
    try:
        boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "keyfileWarning"]
        assert len(boxes) == 1 and isinstance(boxes[0], QMessageBox)
        assert boxes[0].isVisible()
        assert "replaced by someone else's" in boxes[0].text()
        assert boxes[0].textFormat() == Qt.TextFormat.PlainText
        boxes[0].close()
    finally:
        opened.args[0].lock()


@pytest.mark.gui
def test_the_unlock_window_says_damaged_and_starts_no_countdown(qtbot: Any, locked: Path) -> None:
    from PySide6.QtCore import Qt
    from vidne.ui.tasks import wait_idle

    for _ in range(throttle.FREE_ATTEMPTS):
        throttle.record_failure(locked)  # the next wrong passphrase would have to wait
    tamper(locked, _flip("salt"), checksum=False)
    widget = unlock_window(qtbot, locked)
    widget.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(widget.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(widget.error.isVisible, timeout=10_000)
    assert widget.error.text().startswith("The key file (vidne.key) is damaged")
    assert "passphrase is wrong" not in widget.error.text()
    assert throttle.failures(locked) == throttle.FREE_ATTEMPTS  # not one more
    widget.reject()
    wait_idle()
