"""The screenshot file a portal hands back: taken into memory, hashed and deleted at once.

The Screenshot portal answers with a ``file://`` URI of a plaintext PNG it wrote somewhere we
do not choose (xdg-desktop-portal-wlr: always ``/tmp/out.png``; GNOME: the Pictures folder).
Vidne's evidence must never lie around unencrypted, so the file is read once, through a
descriptor that refuses symbolic links and files of other users (``/tmp`` is shared), removed
right away, hashed, and decoded from those same bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

from vidne.app.errors import CaptureImpossible
from vidne.app.platform.base import Monitor, Pixels

MAX_BYTES = 512 * 1024 * 1024  # 8K screens times several monitors fit easily


def user_id() -> int:
    if sys.platform == "win32":  # no portals there; also tells mypy where getuid exists
        return 0
    return os.getuid()


def local_path(uri: str) -> Path:
    """The local file of a ``file://`` URI; CaptureImpossible for anything else."""
    parts = urlparse(uri)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost") or not parts.path:
        raise CaptureImpossible(f"not a local file: {uri!r}")
    return Path(unquote(parts.path))


def take(path: Path) -> bytes:
    """Read *path* (ours, a regular file, no link) and delete it, whatever happens."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise CaptureImpossible(f"{path}: {exc.strerror}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            raise CaptureImpossible(f"{path}: not a screenshot file")
        if info.st_uid != user_id():
            raise CaptureImpossible(f"{path}: belongs to another user")
        with os.fdopen(os.dup(fd), "rb") as stream:
            data = stream.read()
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_uid == user_id():
                path.unlink()
    return data


def pixels_of(data: bytes) -> Pixels:
    """Decode the PNG (from the bytes that were hashed) into BGRX pixels of the whole desktop."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            rgb = img.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise CaptureImpossible(str(exc)) from None
    mon = Monitor(0, 0, 0, rgb.width, rgb.height)
    sha = hashlib.sha256(data).hexdigest()
    return Pixels(rgb.tobytes("raw", "BGRX"), rgb.width, rgb.height, mon, source_sha256=sha)


def pixels_from_uri(uri: str) -> Pixels:
    return pixels_of(take(local_path(uri)))


def pixels_from_file(path: Path) -> Pixels:
    """Kept for callers of the earlier name: read, delete, decode."""
    return pixels_of(take(path))
