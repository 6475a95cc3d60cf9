"""Attacks on what the chain covers: someone with the passphrase edits the SQLCipher database
behind Vidne's back (sqlcipher3 and the data key, raw SQL), and ``vidne verify`` must name what
was done in one sentence, in the user's language, and exit non-zero. A normal session with
every kind of write verifies OK, and a planted redacted copy never reaches the report."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from PIL import Image
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence import redaction
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.output.report import data as report_data
from vidne.app.vault import chain, integrity, profile
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def png(colour: tuple[int, int, int], size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def capture(colour: tuple[int, int, int]) -> NewCapture:
    return NewCapture(
        original=png(colour),
        thumb=png(colour, (16, 12)),
        mime="image/png",
        captured_at="2026-03-14T17:05:00+00:00",
        utc_offset="+01:00",
        trigger="hotkey",
        width=64,
        height=48,
        window_title="Facebook",
    )


@pytest.fixture
def data(vault_dir: Path) -> Iterator[Path]:
    """A vault after an ordinary session: two episodes (one edited), a sender, an attached
    capture and one in the Inbox, the cover's name and workplace."""
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as vault:
        sender = SenderStore(vault).add(Sender(name="Jens", relation="parent"))
        episodes = EpisodeStore(vault)
        first = episodes.add(Episode(description="Opslag om mig", severity=3, sender_id=sender.id))
        first.severity = 4
        episodes.update(first)
        episodes.add(Episode(description="Sms om natten", severity=2))
        store = CaptureStore(vault)
        attached = store.add(capture((200, 30, 30)))
        store.add(capture((30, 200, 30)))  # stays in the Inbox
        store.attach([attached], int(first.id or 0))
        profile.set_profile(vault, "Mette Hansen", "Æblehaven Skole")
    yield vault_dir


def tamper(directory: Path, *statements: tuple[str, tuple[Any, ...]]) -> None:
    """Write behind Vidne's back, as someone with the passphrase could: the data key, then
    sqlcipher3 directly, no store involved."""
    with Vault.open(directory, PASSPHRASE) as vault:
        key = bytes(vault._key)
    conn = sqlcipher3.connect(str(directory / "vidne.db"), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("BEGIN")
        for sql, params in statements:
            conn.execute(sql, params)
        conn.execute("COMMIT")
    finally:
        conn.close()


def verify(directory: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(filter(None, (os.environ.get("PYTHONPATH"), str(ROOT))))
    env = {**os.environ, "PYTHONPATH": path, "LANG": "C.UTF-8", "LANGUAGE": ""}
    env.pop("DISPLAY", None)
    command = [sys.executable, "-m", "vidne.app.cli.main", "verify", "--lang", lang]
    return subprocess.run(
        [*command, "--data-dir", str(directory), "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def assert_named(directory: Path, sentence: str, lang: str = "en") -> None:
    r = verify(directory, lang)
    assert r.returncode == 3, r.stdout + r.stderr
    assert sentence in r.stdout, r.stdout + r.stderr
    assert "Traceback" not in r.stderr


def test_a_normal_session_with_every_kind_of_write_verifies(data: Path) -> None:
    with Vault.open(data, PASSPHRASE) as vault:
        store, episodes = CaptureStore(vault), EpisodeStore(vault)
        copy = redaction.redact(vault, 1, [(0, 0, 20, 20)])
        store.attach([copy, 2], 2)
        store.detach(2, 2)
        store.set_thumb(1, png((1, 2, 3), (8, 6)))
        profile.set_profile(vault, "Mette H.", "")
        other = SenderStore(vault).add(Sender(name="J. Jensen", relation="parent"))
        SenderStore(vault).merge(int(other.id or 0), 1)
        episodes.delete(2)
        third = episodes.add(Episode(description="Ny episode", severity=1))
        store.attach([2], int(third.id or 0))
        assert integrity.check(vault).problem is None
    r = verify(data)
    assert r.returncode == 0 and r.stdout.startswith("OK: "), r.stdout + r.stderr


def test_a_revisions_time_changed(data: Path) -> None:
    tamper(data, ("UPDATE revisions SET at = '2025-01-01T08:00:00+00:00' WHERE id = 2", ()))
    assert_named(data, "The history of episode 1 was changed outside Vidne")


def test_a_revisions_recorded_changes_rewritten(data: Path) -> None:
    tamper(data, ("UPDATE revisions SET changes = '[]' WHERE id = 2", ()))
    assert_named(data, "The history of episode 1 was changed outside Vidne")


def test_evidence_moved_to_another_episode(data: Path) -> None:
    tamper(data, ("UPDATE episode_captures SET episode_id = 2 WHERE capture_id = 1", ()))
    assert_named(data, "The link between episode 1 and evidence item 1 was removed outside Vidne")


def test_evidence_linked_to_an_episode(data: Path) -> None:
    tamper(
        data,
        ("INSERT INTO episode_captures (episode_id, capture_id, position) VALUES (3, 2, 0)", ()),
    )
    assert_named(data, "The link between episode 3 and evidence item 2 was added outside Vidne")


def test_a_link_deleted(data: Path) -> None:
    tamper(data, ("DELETE FROM episode_captures WHERE capture_id = 1", ()))
    assert_named(data, "The link between episode 1 and evidence item 1 was removed outside Vidne")


def test_a_planted_redacted_copy_is_named_and_never_replaces_the_original(data: Path) -> None:
    black = png((0, 0, 0))
    columns = (
        "source, mime, sha256, size, width, height, captured_at, utc_offset, trigger, "
        "window_title, redacted_from, created_at"
    )
    tamper(
        data,
        (
            f"INSERT INTO captures ({columns}) VALUES ('redaction', 'image/png', ?, ?, 64, 48, "
            "'2026-03-14T17:05:00+00:00', '+01:00', 'hotkey', 'Facebook', 1, "
            "'2026-03-14T18:00:00+00:00')",
            (chain.sha256_hex(black), len(black)),
        ),
        ("INSERT INTO blobs (capture_id, role, data) VALUES (3, 'original', ?)", (black,)),
    )
    assert_named(data, "A redacted copy of evidence item 1 was added outside Vidne")
    with Vault.open(data, PASSPHRASE) as vault:  # the report's reader shows the original
        assert [item.id for item in report_data.items_for(vault, [1])[1]] == [1]


def test_the_cover_name_changed(data: Path) -> None:
    tamper(data, ("UPDATE meta SET value = 'Lise Holm' WHERE key = 'profile_name'", ()))
    assert_named(data, "The name or workplace on the report's cover was changed outside Vidne")


def test_a_capture_note_written(data: Path) -> None:
    tamper(data, ("UPDATE captures SET note = 'taget af en kollega' WHERE id = 1", ()))
    assert_named(data, "The note on evidence item 1 was changed outside Vidne")


def test_a_thumbnail_swapped(data: Path) -> None:
    tamper(
        data,
        (
            "UPDATE blobs SET data = ? WHERE capture_id = 1 AND role = 'thumb'",
            (png((255, 255, 255), (16, 12)),),
        ),
    )
    assert_named(data, "The thumbnail of evidence item 1 was changed outside Vidne")


def test_an_episode_changed(data: Path) -> None:
    tamper(data, ("UPDATE episodes SET severity = 1 WHERE id = 1", ()))
    assert_named(data, "Episode 1 was changed outside Vidne")


def test_an_episode_added(data: Path) -> None:
    tamper(
        data,
        (
            "INSERT INTO episodes (occurred_at, channel, description, severity, recorded_at, "
            "updated_at) VALUES ('2026-01-01T10:00:00+01:00', 'sms', 'indsat', 5, "
            "'2026-01-01T09:00:00+00:00', '2026-01-01T09:00:00+00:00')",
            (),
        ),
    )
    assert_named(data, "Episode 3 was added outside Vidne")


def test_an_inbox_capture_deleted(data: Path) -> None:
    tamper(data, ("DELETE FROM captures WHERE id = 2", ()))
    assert_named(data, "Evidence item 2 was deleted outside Vidne")


def test_a_sender_changed(data: Path) -> None:
    tamper(data, ("UPDATE senders SET relation = 'colleague' WHERE id = 1", ()))
    assert_named(data, "Sender 1 was changed outside Vidne")


def test_a_time_set_backwards_with_the_chain_rewritten_to_match(data: Path) -> None:
    """The attacker backdates an entry and recomputes every hash after it: each link holds,
    but the log's times now run backwards."""
    with Vault.open(data, PASSPHRASE) as vault, vault.read() as conn:
        rows = [tuple(r) for r in conn.execute("SELECT seq, kind, ref, payload, at FROM chain")]
    target = rows[3][0]
    statements: list[tuple[str, tuple[Any, ...]]] = []
    prev = chain.GENESIS
    for seq, kind, ref, payload, at in rows:
        at = "2024-06-01T12:00:00+00:00" if seq == target else at
        new = chain.link_hash(prev, kind, ref, payload, at)
        statements.append(
            ("UPDATE chain SET at = ?, prev = ?, hash = ? WHERE seq = ?", (at, prev, new, seq))
        )
        prev = new
    tamper(data, *statements)
    assert_named(data, f"The times in the log run backwards at entry {target}")


def test_the_sentence_is_in_the_users_language(data: Path) -> None:
    tamper(data, ("UPDATE episodes SET severity = 1 WHERE id = 1", ()))
    assert_named(data, "Episode 1 blev ændret uden for Vidne", lang="da")
