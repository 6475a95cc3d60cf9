"""CaptureStore over a real SQLCipher vault: inbox, attach, new episode, hashes, the chain."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image
from vidne.app.episodes.store import Episode
from vidne.app.errors import NotFound
from vidne.app.evidence.store import CaptureStore, NewCapture, earliest_local
from vidne.app.vault import integrity, record_kinds
from vidne.app.vault.store import Vault


def png(color: tuple[int, int, int], size: tuple[int, int] = (64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def item(
    color: tuple[int, int, int] = (200, 10, 10),
    when: str = "2026-03-14T17:05:00.000+00:00",
    **extra: object,
) -> NewCapture:
    data = png(color)
    return NewCapture(
        original=data,
        thumb=data,
        mime="image/png",
        captured_at=when,
        utc_offset="+01:00",
        trigger="hotkey",
        width=64,
        height=48,
        monitor={"index": 1, "left": 0, "top": 0, "width": 64, "height": 48, "scale": 1.0},
        window_title="Facebook — Opslag",
        **extra,
    )


def test_stored_bytes_and_hash_are_exactly_what_was_captured(vault: Vault) -> None:
    new = item()
    cid = CaptureStore(vault).add(new)
    info = CaptureStore(vault).get(cid)
    assert CaptureStore(vault).data(cid) == new.original
    assert info.sha256 == hashlib.sha256(new.original).hexdigest()
    assert info.size == len(new.original)
    assert (info.captured_at, info.utc_offset, info.trigger) == (
        new.captured_at,
        "+01:00",
        "hotkey",
    )
    assert integrity.check(vault).problem is None


def test_new_captures_are_in_the_inbox_until_attached(vault: Vault) -> None:
    store = CaptureStore(vault)
    a, b = store.add(item()), store.add(item((0, 0, 255)))
    assert [c.id for c in store.inbox()] == [b, a]
    from vidne.app.episodes.store import EpisodeStore

    ep = EpisodeStore(vault).add(Episode(description="Kommentar på skolens side", severity=3))
    assert ep.id is not None
    store.attach([a], ep.id)
    assert [c.id for c in store.inbox()] == [b]
    assert [c.id for c in store.for_episode(ep.id)] == [a]


def test_new_episode_from_several_captures_uses_the_earliest_time(vault: Vault) -> None:
    store = CaptureStore(vault)
    late = store.add(item(when="2026-03-14T17:30:00.000+00:00"))
    early = store.add(item(when="2026-03-14T17:05:00.000+00:00"))
    infos = [store.get(late), store.get(early)]
    ep = store.new_episode(
        [late, early],
        Episode(occurred_at=earliest_local(infos), description="To opslag", severity=2),
    )
    assert ep.occurred_at == "2026-03-14T18:05:00+01:00"
    assert {c.id for c in store.for_episode(ep.id or 0)} == {late, early}
    assert store.inbox() == []


def test_attach_to_a_missing_episode_changes_nothing(vault: Vault) -> None:
    store = CaptureStore(vault)
    cid = store.add(item())
    with pytest.raises(NotFound):
        store.attach([cid], 999)
    assert [c.id for c in store.inbox()] == [cid]


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE blobs SET data = x'00' WHERE role = 'original'",
        "UPDATE captures SET captured_at = '2020-01-01T00:00:00.000+00:00'",
        "UPDATE captures SET sha256 = '00'",
        "DELETE FROM captures",
    ],
)
def test_verify_notices_an_altered_capture(vault: Vault, sql: str) -> None:
    CaptureStore(vault).add(item())
    with vault.transaction() as tx:
        tx.execute(sql)
    with vault.read() as conn:
        broken = record_kinds.verify(conn)
    assert broken is not None and broken.kind == "capture"


def test_region_view_is_kept_beside_the_original(vault: Vault) -> None:
    new = item(
        view=png((1, 2, 3), (10, 10)), crop={"x": 5, "y": 5, "w": 10, "h": 10}, source="region"
    )
    store = CaptureStore(vault)
    cid = store.add(new)
    assert store.data(cid) == new.original
    assert store.shown(cid) == new.view
    assert store.thumbs([cid]) == {cid: new.thumb}
