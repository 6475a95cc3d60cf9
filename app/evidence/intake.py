"""Get one grab into the vault, or sealed into the inbox when the vault is locked.

Qt-free, so ``vidne capture`` can use it without loading Qt; the app's
:class:`vidne.app.evidence.capturer.CaptureService` runs it on its worker thread.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from vidne.app.errors import VaultLocked
from vidne.app.evidence import grab as capture
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault.chain import sha256_hex

if TYPE_CHECKING:
    from vidne.app.vault.store import Vault


def to_new_capture(grab: capture.Grab, enc: capture.Encoded) -> NewCapture:
    return NewCapture(
        original=enc.original,
        view=enc.view,
        thumb=enc.thumb,
        mime="image/png",
        captured_at=grab.captured_at,
        utc_offset=grab.utc_offset,
        trigger=grab.trigger,
        source=grab.source,
        width=grab.width,
        height=grab.height,
        monitor=grab.monitor_info(),
        crop=grab.crop,
        window_title=grab.window_title,
        window_program=grab.window_program,
    )


def store(grab: capture.Grab, vault: Vault | None, data_dir: Path) -> tuple[int, bool, str]:
    """Encode and store; seal instead when *vault* is None or locked. (id or 0, sealed, sha).

    The evidence (original, view) is committed first; the thumbnail, which is not evidence
    and not in the chain, follows in a second small transaction, so the capture is safe
    as early as possible."""
    if vault is None or not vault.is_open:
        return seal(grab, data_dir)
    item = to_new_capture(grab, capture.encode(grab, with_thumb=False))
    item.thumb = None
    sha = sha256_hex(item.original)
    try:
        capture_id = CaptureStore(vault).add(item)
    except VaultLocked:  # locked between the check and the write: seal it instead
        item.thumb = capture.thumb_of(grab)
        sealed_inbox.seal(data_dir, item)
        return 0, True, sha
    with contextlib.suppress(VaultLocked):
        CaptureStore(vault).set_thumb(capture_id, capture.thumb_of(grab))
    return capture_id, False, sha


def seal(grab: capture.Grab, data_dir: Path) -> tuple[int, bool, str]:
    """Encode and seal into the inbox; no thumbnail: the import makes it from the pixels."""
    item = to_new_capture(grab, capture.encode(grab, with_thumb=False))
    sealed_inbox.seal(data_dir, item)
    return 0, True, sha256_hex(item.original)
