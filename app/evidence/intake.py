"""Get one grab into the vault, or sealed into the inbox when the vault is locked.

Qt-free, so ``vidne capture`` can use it without loading Qt; the app's
:class:`vidne.app.evidence.capturer.CaptureService` runs it on its worker thread. It loads
what a path needs when it is taken: the vault's store only to store, the sealing code (the
cipher) only to seal.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from vidne.app.errors import VaultLocked
from vidne.app.evidence import grab as capture
from vidne.app.evidence.new_capture import NewCapture

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
    from vidne.app.evidence.store import CaptureStore

    item = to_new_capture(grab, capture.encode(grab, with_thumb=False))
    item.thumb = None
    try:
        capture_id = CaptureStore(vault).add(item)
    except VaultLocked:  # locked between the check and the write: seal it instead
        from vidne.app.evidence import sealed_file

        item.thumb = capture.thumb_of(grab)
        sealed_file.seal(data_dir, item)
        return 0, True, item.sha256
    with contextlib.suppress(VaultLocked):
        CaptureStore(vault).set_thumb(capture_id, capture.thumb_of(grab))
    return capture_id, False, item.sha256


def seal(grab: capture.Grab, data_dir: Path) -> tuple[int, bool, str]:
    """Encode and seal into the inbox; no thumbnail: the import makes it from the pixels."""
    item = to_new_capture(grab, capture.encode(grab, with_thumb=False))
    # Imported only now: the cipher is not needed to take or encode the picture. (Importing
    # it on a thread while the PNG compresses saved nothing on 2 cores: the import and the
    # bands' packing take turns on the GIL.)
    from vidne.app.evidence import sealed_file

    sealed_file.seal(data_dir, item)
    return 0, True, item.sha256
