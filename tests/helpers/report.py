"""Shared helpers for the report and bundle tests: a small vault with known content."""

from __future__ import annotations

import io
import subprocess
import zlib
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault.store import Vault

HOSTILE = [
    "<b>fed</b>",
    "Tom & Jerry",
    '<img src="/etc/hostname"/>',
    '<a href="https://evil.example/x">klik her</a>',
]


def png(width: int = 320, height: int = 200, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def _colour(seed: str) -> tuple[int, int, int]:
    """A distinct colour per image, so identical images are never merged into one in the PDF."""
    crc = zlib.crc32(seed.encode())
    return crc & 255, (crc >> 8) & 255, (crc >> 16) & 255


def add_episode(vault: Vault, when: str, marker: str, images: int = 1, **extra: object) -> int:
    """An episode whose description carries *marker*, with *images* attached screenshots."""
    ep = EpisodeStore(vault).add(
        Episode(
            occurred_at=when,
            channel="facebook",
            sender="Forælder Ærø",
            severity=3,
            description=f"{marker} skrev æøå ÆØÅ",
            **extra,
        )
    )
    assert ep.id is not None
    caps = CaptureStore(vault)
    ids = [
        caps.add(
            NewCapture(
                original=png(colour=_colour(f"{marker}{i}")),
                mime="image/png",
                captured_at=f"{when[:10]}T10:0{i}:00+00:00",
                utc_offset="+01:00",
                trigger="hotkey",
                width=320,
                height=200,
                window_title=f"Vindue {marker} {i}",
            )
        )
        for i in range(images)
    ]
    caps.attach(ids, ep.id)
    return ep.id


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def image_count(path: Path) -> int:
    """Image XObjects drawn on the pages (each annex image once)."""
    names = set()
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for name, ref in xobjects.items():
            if ref.get_object().get("/Subtype") == "/Image":
                names.add(ref.idnum if hasattr(ref, "idnum") else name)
    return len(names)


def qpdf_ok(path: Path) -> bool:
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def rendered_pages(path: Path, out_dir: Path) -> int:
    out_dir.mkdir(exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-r", "15", "-png", str(path), str(out_dir / "p")],
        check=True,
        capture_output=True,
    )
    return len(list(out_dir.glob("p-*.png")))
