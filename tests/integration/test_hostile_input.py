"""Hostile input through every entry point: a clear message or correct handling, never a crash.

Entry points: the episode editor (real widgets, qtbot), the CLI's arguments, CSV import, image
and .eml import, the key file, the sealed inbox and the database file. After each case the
vault still opens, ``verify`` passes (unless the case *is* a damaged vault file, which must be
reported, not "repaired"), and the episode that was there before is still there.
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import nacl.public
import pytest
from PIL import Image
from pytestqt.qtbot import QtBot
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.errors import (
    DatabaseCorrupt,
    EvidenceRejected,
    KeyFileCorrupt,
    VidneError,
    WrongPassphrase,
)
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.file_import import import_files
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.output.csv_import import import_file
from vidne.app.output.export import episode_rows, to_csv
from vidne.app.vault import integrity
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, file_hashes

ROOT = Path(__file__).resolve().parents[2]
KEEP = "the episode that must survive"
MB_TEXT = "Lang tekst. " * 83_334  # just over one million characters is refused; cut below
ONE_MB = MB_TEXT[:1_000_000]


@pytest.fixture
def kept(vault: Vault) -> Iterator[Vault]:
    EpisodeStore(vault).add(
        Episode(
            occurred_at="2026-03-14T18:05:00+01:00",
            channel="sms",
            sender="s",
            severity=3,
            description=KEEP,
        )
    )
    yield vault


def still_whole(directory: Path) -> None:
    """Nothing lost: the vault opens, verify passes, the first episode is there."""
    with Vault.open(directory, PASSPHRASE) as vault:
        assert integrity.check(vault).problem is None
        assert KEEP in [e.description for e in EpisodeStore(vault).list()]


def png(size: tuple[int, int] = (32, 24)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (120, 10, 10)).save(buf, "PNG")
    return buf.getvalue()


def jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (32, 24), (10, 10, 120)).save(buf, "JPEG")
    return buf.getvalue()


def png_bomb(side: int = 30_000) -> bytes:
    """A 1-bit PNG of side×side pixels (900 megapixels) that is only ~100 KB on disk."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    comp = zlib.compressobj(9)
    row = b"\x00" * (1 + side // 8)
    body = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


# --- 1. the episode editor (real widgets) -----------------------------------------------------
EDITOR_CASES = {
    "control characters": ("a\x01b\x1b[31mc\x7fd", "ab[31mcd"),
    "NUL": ("before\x00after", "beforeafter"),
    "one million characters": (ONE_MB, ONE_MB),
    "RTL override and scripts": ("\u202eevil\u202c שלום مرحبا", "\u202eevil\u202c שלום مرحبا"),
    "combining marks": (
        "Z\u0351\u0352\u0357a\u0334\u0322\u031bl\u0337go",
        "Z\u0351\u0352\u0357a\u0334\u0322\u031bl\u0337go",
    ),
    "emoji and ZWJ": ("👩🏽‍💻🔥 \U0001f600 ❤️", "👩🏽‍💻🔥 \U0001f600 ❤️"),
    "HTML and script": (
        "<b>bold</b><script>alert(1)</script><img src=x onerror=alert(1)>",
        "<b>bold</b><script>alert(1)</script><img src=x onerror=alert(1)>",
    ),
    "formula prefix =": ('=HYPERLINK("http://evil","click")', '=HYPERLINK("http://evil","click")'),
    "formula prefix +": ("+cmd|' /C calc'!A0", "+cmd|' /C calc'!A0"),
    "formula prefix @": ("@SUM(1+1)*cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"),
    "SQL-looking text": ("'); DROP TABLE episodes;--", "'); DROP TABLE episodes;--"),
    "only whitespace and controls": (" \x00\x01 \t", None),
    "over one million characters": (ONE_MB + "xyz", None),
}


@pytest.mark.gui
@pytest.mark.parametrize("case", list(EDITOR_CASES))
def test_editor_fields(qtbot: QtBot, kept: Vault, case: str) -> None:
    from vidne.ui.tasks import wait_idle
    from vidne.ui.window.main_window import MainWindow

    text, expected = EDITOR_CASES[case]
    window = MainWindow(kept)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.new_episode()
    window.editor.severity.setCurrentIndex(window.editor.severity.findData(2))
    window.editor.sender_edit.setText(text[:300] if expected is not None else "")
    window.editor.description.setPlainText(text)
    window.editor.save_button.click()
    if expected is None:
        qtbot.waitUntil(lambda: window.editor.message.text() != "", timeout=10_000)
        assert window.model.rowCount() == 1
        assert any(word in window.editor.message.text() for word in ("description", "too long"))
    else:
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=20_000)
        stored = [e for e in EpisodeStore(kept).list() if e.description != KEEP]
        assert [e.description for e in stored] == [expected]
        for column in range(window.model.columnCount()):  # the table shows it without error
            window.model.data(window.model.index(0, column))
        exported = to_csv(episode_rows(kept)).decode("utf-8-sig")
        assert "\n=" not in exported and ",=" not in exported and ",+" not in exported
    wait_idle()
    window.editor.load(Episode(description=""))  # no "unsaved changes?" question on close
    window.close()
    still_whole(kept.directory)


# --- 2. CLI arguments -------------------------------------------------------------------------
def cli(data: Path, *args: str, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LANGUAGE": ""}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "vidne.ui.main", *args, "--data-dir", str(data)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


ADD = ("add", "--channel", "sms", "--severity", "2", "--passphrase-stdin")
CLI_CASES = {
    "ANSI escape in description": ([*ADD, "--description", "\x1b[2J\x1b[31mred"], 0),
    "RTL sender": ([*ADD, "--description", "x", "--sender", "\u202egnp.exe"], 0),
    "emoji description": ([*ADD, "--description", "🔥" * 1000], 0),
    "120 KB description": ([*ADD, "--description", "å" * 60_000], 0),  # argv limit: 128 KB
    "markup channel": (
        [
            "add",
            "--channel",
            "<script>",
            "--severity",
            "2",
            "--description",
            "x",
            "--passphrase-stdin",
        ],
        1,
    ),
    "severity out of range": (
        ["add", "--channel", "sms", "--severity", "99", "--description", "x", "--passphrase-stdin"],
        1,
    ),
    "severity not a number": (
        [
            "add",
            "--channel",
            "sms",
            "--severity",
            "five",
            "--description",
            "x",
            "--passphrase-stdin",
        ],
        2,
    ),
    "impossible date": ([*ADD, "--description", "x", "--when", "2026-13-45T99:99"], 1),
    "date far in the future": ([*ADD, "--description", "x", "--when", "2999-01-01T10:00"], 1),
    "formula in when": ([*ADD, "--description", "x", "--when", "=1+1"], 1),
    "export to a folder": (["export", "--format", "csv", "--out", "/", "--passphrase-stdin"], 1),
    "import a missing file": (
        ["import-csv", "/nonexistent/\u202efile.csv", "--passphrase-stdin"],
        1,
    ),
    "restore a folder": (["restore", "/", "--passphrase-stdin"], 1),
    "unknown option": (["add", "--evil", "x"], 2),
}


@pytest.mark.parametrize("case", list(CLI_CASES))
def test_cli_arguments(kept: Vault, case: str) -> None:
    args, code = CLI_CASES[case]
    directory = kept.directory
    kept.lock()
    r = cli(directory, *args)
    assert r.returncode == code, r.stderr
    assert "Traceback" not in r.stderr
    if code == 1:
        assert r.stderr.startswith("vidne: ") and len(r.stderr.strip().splitlines()) == 1
    if code == 2:
        assert "usage:" in r.stderr
    if code == 0:
        with Vault.open(directory, PASSPHRASE) as vault:
            newest = EpisodeStore(vault).get(int(r.stdout.strip()))
            assert "\x1b" not in newest.description and "\x1b" not in newest.sender
    still_whole(directory)


def test_a_nul_in_an_argument_is_refused_by_the_os(kept: Vault) -> None:
    """An argv cannot carry NUL at all (execve); the case is covered by stdin and CSV."""
    with pytest.raises(ValueError):
        cli(kept.directory, *ADD, "--description", "a\x00b")


# --- 3. CSV import ----------------------------------------------------------------------------
HEAD = "when,channel,description,severity\n"
CSV_CASES: dict[str, tuple[bytes, bool]] = {
    "NUL in a cell": ((HEAD + "2026-03-10 10:00,sms,a\x00b,2\n").encode(), True),
    "formula prefixes": (
        (
            HEAD + '2026-03-10 10:00,sms,"=HYPERLINK(""x"")",2\n'
            "2026-03-10 11:00,sms,+1+1,2\n2026-03-10 12:00,sms,@A1,2\n"
            "2026-03-10 13:00,sms,-2+3,2\n"
        ).encode(),
        True,
    ),
    "RTL and emoji": ((HEAD + "2026-03-10 10:00,sms,\u202eשלום 👩🏽‍💻,2\n").encode(), True),
    "markup": ((HEAD + "2026-03-10 10:00,sms,<script>alert(1)</script>,2\n").encode(), True),
    "a 200,000-character description": (
        (HEAD + "2026-03-10 10:00,sms," + "x" * 200_000 + ",2\n").encode(),
        True,
    ),
    "one cell over a million characters": (
        (HEAD + "2026-03-10 10:00,sms," + "x" * 1_000_100 + ",2\n").encode(),
        False,
    ),
    "binary garbage": (os.urandom(4096), False),
    "a PNG named .csv": (png(), False),
    "empty": (b"", False),
    "header only": (HEAD.encode(), False),
    # Like a spreadsheet, the open quote runs to the end of the file: kept literally.
    "unbalanced quote": ((HEAD + '2026-03-10 10:00,sms,"never closed,2\n').encode(), True),
    "one bad row among good": (
        (HEAD + "2026-03-10 10:00,sms,good,2\n2026-03-10 11:00,sms,bad severity,9\n").encode(),
        False,
    ),
    "10 000 columns": (
        (
            ",".join(f"c{i}" for i in range(10_000))
            + "\n"
            + ",".join("v" for _ in range(10_000))
            + "\n"
        ).encode(),
        False,
    ),
    "UTF-16 text": ((HEAD + "2026-03-10 10:00,sms,hej,2\n").encode("utf-16"), False),
}


@pytest.mark.parametrize("case", list(CSV_CASES))
def test_csv_import(kept: Vault, case: str) -> None:
    data, accepted = CSV_CASES[case]
    before = EpisodeStore(kept).count()
    if accepted:
        ids = import_file(kept, data)
        assert ids and EpisodeStore(kept).count() == before + len(ids)
        for episode in EpisodeStore(kept).list(ids):
            assert "\x00" not in episode.description
        exported = to_csv(episode_rows(kept)).decode("utf-8-sig")
        for prefix in ("=", "+", "@", "-"):
            assert f",{prefix}" not in exported and f"\n{prefix}" not in exported
    else:
        with pytest.raises(VidneError) as info:
            import_file(kept, data)
        assert info.value.message() and "Nothing was imported" in info.value.message()
        assert EpisodeStore(kept).count() == before  # all or nothing
    kept.lock()
    still_whole(kept.directory)


# --- 4. image and .eml import -----------------------------------------------------------------
def evidence_cases(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, 'imported' | 'warned' | 'rejected')."""
    files = {
        "zero-byte PNG": ("empty.png", b"", "rejected"),
        "truncated PNG": ("cut.png", png((200, 200))[:300], "rejected"),
        "decompression bomb": ("bomb.png", png_bomb(), "rejected"),
        "PNG with a huge declared size": ("huge.png", png_bomb(70_000)[:200], "rejected"),
        "JPEG named .png": ("really-jpeg.png", jpeg(), "warned"),
        "text named .png": ("notes.png", b"just some text\n", "rejected"),
        "ELF executable named .jpg": (
            "a.jpg",
            b"\x7fELF\x02\x01\x01" + os.urandom(500),
            "rejected",
        ),
        "e-mail with HTML and script": (
            "mail.eml",
            b"From: a@b.c\r\nTo: d@e.f\r\nSubject: hi\r\nContent-Type: text/html"
            b"\r\n\r\n<script>alert(1)</script><p>\xe2\x80\xaehello</p>\r\n",
            "imported",
        ),
        "e-mail with NUL in headers": (
            "nul.eml",
            b"From: a\x00@b.c\r\nTo: x\r\n\r\nbody",
            "rejected",
        ),
        "e-mail with broken encoding": (
            "enc.eml",
            b"From: =?utf-8?q?=FF=FE?= <a@b.c>\r\nTo: d@e.f\r\nSubject: "
            b"=?unknown-charset?b?!!!?=\r\n\r\n\xff\xfe body",
            "imported",
        ),
        # An unknown charset label: kept byte for byte, shown as UTF-8 with replacements.
        "e-mail with an unknown charset": (
            "charset.eml",
            b"From: a@b.c\r\nTo: d@e.f\r\nContent-Type: text/plain; "
            b"charset=x-nonsense\r\n\r\n\xff\xfe body",
            "imported",
        ),
        "random bytes named .eml": ("junk.eml", os.urandom(2048), "rejected"),
        "PDF that is only a header": ("x.pdf", b"%PDF-1.7\n" + os.urandom(100), "imported"),
    }
    out = {}
    for name, (filename, data, outcome) in files.items():
        path = tmp / filename
        path.write_bytes(data)
        out[name] = (path, outcome)
    return out


EVIDENCE_NAMES = [
    "zero-byte PNG",
    "truncated PNG",
    "decompression bomb",
    "PNG with a huge declared size",
    "JPEG named .png",
    "text named .png",
    "ELF executable named .jpg",
    "e-mail with HTML and script",
    "e-mail with NUL in headers",
    "e-mail with broken encoding",
    "e-mail with an unknown charset",
    "random bytes named .eml",
    "PDF that is only a header",
]


@pytest.mark.parametrize("case", EVIDENCE_NAMES)
def test_evidence_import(kept: Vault, tmp_path: Path, case: str) -> None:
    path, outcome = evidence_cases(tmp_path)[case]
    original = path.read_bytes()
    good = tmp_path / "good.png"
    good.write_bytes(png())
    report = import_files(kept, [path, good])
    assert [i.name for i in report.imported][-1] == "good.png"  # one bad file stops nothing
    if outcome == "rejected":
        assert [name for name, _ in report.rejected] == [path.name]
        assert report.rejected[0][1]  # a translated reason
    else:
        assert report.imported[0].name == path.name
        stored = CaptureStore(kept).data(report.imported[0].capture_id)
        assert stored == original  # the evidence is kept byte for byte
        assert bool(report.imported[0].warning) == (outcome == "warned")
    assert path.read_bytes() == original  # the user's file is never changed
    kept.lock()
    still_whole(kept.directory)


# --- 5. the key file --------------------------------------------------------------------------
def foreign_key(tmp: Path) -> bytes:
    with Vault.create(tmp / "other", PASSPHRASE, FAST_KDF):
        pass
    return (tmp / "other" / "vidne.key").read_bytes()


KEY_CASES = {
    "truncated": lambda raw, tmp: raw[: len(raw) // 2],
    "empty": lambda raw, tmp: b"",
    "random bytes": lambda raw, tmp: os.urandom(383),
    "foreign JSON": lambda raw, tmp: json.dumps({"format": "keepass", "version": 1}).encode(),
    "NUL in the middle": lambda raw, tmp: raw[:50] + b"\x00" + raw[51:],
    "one MB": lambda raw, tmp: b" " * 1_000_000,
    "wrapped key altered": lambda raw, tmp: raw.replace(
        b'"wrapped_key": "', b'"wrapped_key": "AAAA', 1
    ),
    "absurd KDF cost": lambda raw, tmp: raw.replace(
        b'"memory_cost": 8192', b'"memory_cost": 999999999', 1
    ),
    "another vault's key file": lambda raw, tmp: foreign_key(tmp),
}


@pytest.mark.parametrize("case", list(KEY_CASES))
def test_key_file(kept: Vault, tmp_path: Path, case: str) -> None:
    directory = kept.directory
    kept.lock()
    key = directory / "vidne.key"
    original = key.read_bytes()
    key.write_bytes(KEY_CASES[case](original, tmp_path))
    before = file_hashes(directory)
    with pytest.raises((KeyFileCorrupt, WrongPassphrase, DatabaseCorrupt)) as info:
        Vault.open(directory, PASSPHRASE)
    assert info.value.message()
    r = cli(directory, "verify", "--passphrase-stdin")
    damaged = isinstance(info.value, KeyFileCorrupt)  # its own exit status: not a wrong passphrase
    assert r.returncode == (4 if damaged else 1)
    assert r.stderr.startswith("vidne: ") and "Traceback" not in r.stderr
    assert file_hashes(directory) == before  # nothing "repaired" or overwritten
    key.write_bytes(original)
    still_whole(directory)


# --- 6. the sealed inbox ----------------------------------------------------------------------
def sealed_for_other_vault(tmp: Path) -> bytes:
    other = nacl.public.PrivateKey.generate().public_key
    item = NewCapture(
        original=png(),
        mime="image/png",
        captured_at="2026-03-14T17:05:00Z",
        utc_offset="+01:00",
        trigger="hotkey",
    )
    folder = tmp / "elsewhere"
    return sealed_inbox.seal(folder, item, bytes(other)).read_bytes()


def sealed_hostile_meta(directory: Path) -> bytes:
    key = Vault.key_path(directory)
    from vidne.app.vault.keyfile import KeyFile

    box = nacl.public.SealedBox(nacl.public.PublicKey(KeyFile.read(key).inbox_public_key))
    header = json.dumps({"original": "x", "lengths": [1, 0, 0], "sha256": "0"}).encode()
    return sealed_inbox.MAGIC + box.encrypt(struct.pack(">I", len(header)) + header + b"x")


SEALED_CASES = {
    "zero bytes": lambda d, t: b"",
    "random bytes": lambda d, t: os.urandom(1000),
    "magic then garbage": lambda d, t: sealed_inbox.MAGIC + os.urandom(500),
    "sealed for another vault": lambda d, t: sealed_for_other_vault(t),
    "valid box, hostile header": lambda d, t: sealed_hostile_meta(d),
}


@pytest.mark.parametrize("case", list(SEALED_CASES))
def test_sealed_inbox(kept: Vault, tmp_path: Path, case: str) -> None:
    directory = kept.directory
    good = NewCapture(
        original=png(),
        mime="image/png",
        captured_at="2026-03-14T17:05:00Z",
        utc_offset="+01:00",
        trigger="hotkey",
    )
    sealed_inbox.seal(directory, good)
    bad = sealed_inbox.inbox_dir(directory) / f"00000000-bad{sealed_inbox.SUFFIX}"
    bad.write_bytes(SEALED_CASES[case](directory, tmp_path))
    result = sealed_inbox.import_pending(kept)
    assert len(result.imported) == 1  # the good capture is not held back by the bad one
    assert [r.name for r in result.rejected] == [bad.name]
    assert result.rejected[0].moved_to.parent.name == "rejected"  # kept, never deleted
    assert result.rejected[0].moved_to.exists() and result.rejected[0].message
    kept.lock()
    still_whole(directory)


# --- 7. the database file ---------------------------------------------------------------------
def flip(raw: bytes, offset: int) -> bytes:
    data = bytearray(raw)
    data[offset] ^= 0x01
    return bytes(data)


def plain_sqlite(tmp: Path) -> bytes:
    import sqlite3

    path = tmp / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path.read_bytes()


def foreign_db(tmp: Path) -> bytes:
    with Vault.create(tmp / "other", PASSPHRASE, FAST_KDF):
        pass
    return (tmp / "other" / "vidne.db").read_bytes()


DB_CASES = {
    "flipped byte in the first page": lambda raw, tmp: flip(raw, 100),
    "flipped byte in a middle page": lambda raw, tmp: flip(raw, len(raw) // 2),
    "flipped byte in the last page": lambda raw, tmp: flip(raw, len(raw) - 10),
    "zero bytes": lambda raw, tmp: b"",
    "truncated to half": lambda raw, tmp: raw[: len(raw) // 2 + 7],
    "plaintext SQLite file": lambda raw, tmp: plain_sqlite(tmp),
    "another vault's database": lambda raw, tmp: foreign_db(tmp),
}


@pytest.mark.parametrize("case", list(DB_CASES))
def test_database_file(kept: Vault, tmp_path: Path, case: str) -> None:
    directory = kept.directory
    for n in range(20):  # enough pages that "middle" is not the first page
        EpisodeStore(kept).add(
            Episode(
                occurred_at="2026-03-14T18:05:00+01:00",
                channel="sms",
                severity=2,
                description="z" * 3000 + str(n),
            )
        )
    kept.lock()  # closing checkpoints the WAL into the main file
    db = directory / "vidne.db"
    original = db.read_bytes()
    db.write_bytes(DB_CASES[case](original, tmp_path))
    before = file_hashes(directory)
    r = cli(directory, "verify", "--passphrase-stdin")
    assert r.returncode in (1, 3), r.stdout
    assert r.stderr.startswith("vidne: ") or "Verification failed" in r.stdout
    assert "Traceback" not in r.stderr + r.stdout
    assert {k: v for k, v in file_hashes(directory).items() if k == "vidne.db"} == {
        k: v for k, v in before.items() if k == "vidne.db"
    }  # reported, not "repaired"
    for name in ("vidne.db-wal", "vidne.db-shm"):
        (directory / name).unlink(missing_ok=True)
    db.write_bytes(original)
    still_whole(directory)


def test_the_corpus_has_at_least_fifty_cases() -> None:
    total = (
        len(EDITOR_CASES)
        + len(CLI_CASES)
        + 1
        + len(CSV_CASES)
        + len(EVIDENCE_NAMES)
        + len(KEY_CASES)
        + len(SEALED_CASES)
        + len(DB_CASES)
    )
    assert total >= 50, total


def test_error_messages_are_translated_sentences() -> None:
    for exc in (EvidenceRejected("x"), KeyFileCorrupt("x"), DatabaseCorrupt("x")):
        assert exc.message().endswith("(x)") and len(exc.message()) > 30
