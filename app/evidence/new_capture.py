"""The model of one capture or imported file on its way into the vault: :class:`NewCapture`.

A module of its own, importing nothing of the vault, because ``vidne capture`` seals one
while the vault is locked (:mod:`vidne.app.evidence.sealed_file`) and is timed against
``scrot``: the store's database code and the hash chain are not loaded for that.
:mod:`vidne.app.evidence.store` stores it (and re-exports it).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class NewCapture:
    """Everything needed to store one capture or imported file."""

    original: bytes
    mime: str
    captured_at: str
    utc_offset: str
    trigger: str
    source: str = "screen"
    view: bytes | None = None
    thumb: bytes | None = None
    width: int | None = None
    height: int | None = None
    monitor: dict[str, Any] = field(default_factory=dict)
    crop: dict[str, int] | None = None
    window_title: str = ""
    window_program: str = ""
    original_name: str = ""
    original_mtime: str = ""
    sealed: bool = False
    redacted_from: int | None = None  # a redacted copy: the id of the capture it was made from

    @property
    def sha256(self) -> str:
        """SHA-256 (hex) of the original bytes: the evidence's fingerprint, as the chain's
        ``sha256_hex`` computes it."""
        return hashlib.sha256(self.original).hexdigest()

    def columns(self, created_at: str) -> dict[str, Any]:
        return {
            "source": self.source,
            "mime": self.mime,
            "sha256": self.sha256,
            "size": len(self.original),
            "width": self.width,
            "height": self.height,
            "captured_at": self.captured_at,
            "utc_offset": self.utc_offset,
            "trigger": self.trigger,
            "monitor": json.dumps(self.monitor, sort_keys=True),
            "crop": json.dumps(self.crop, sort_keys=True) if self.crop else None,
            "window_title": self.window_title[:500],
            "window_program": self.window_program[:200],
            "original_name": self.original_name[:500],
            "original_mtime": self.original_mtime,
            "sealed": int(self.sealed),
            "redacted_from": self.redacted_from,
            "created_at": created_at,
        }
