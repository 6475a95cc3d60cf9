"""The PNG writer for grabs: straight from the grabbed BGRX bytes to the same lossless PNG."""

from __future__ import annotations

import io
import random
import threading

import pytest
from PIL import Image
from vidne.app.evidence import encode as png_encode
from vidne.app.evidence import grab as capture

from tests.helpers.xserver import pattern


def noisy(width: int, height: int, seed: int) -> Image.Image:
    """A pattern with noise in it, so the deflated bands differ from each other."""
    rnd = random.Random(seed)
    img = pattern(width, height)
    for _ in range(200):
        xy = (rnd.randrange(width), rnd.randrange(height))
        img.putpixel(xy, (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    return img


def decoded(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


@pytest.mark.parametrize("size", [(1, 1), (3, 2), (641, 480), (1920, 1080), (1283, 977)])
def test_a_grab_is_written_from_its_bgrx_bytes_pixel_for_pixel(size: tuple[int, int]) -> None:
    img = noisy(*size, seed=size[0])
    raw = img.tobytes("raw", "BGRX")
    data = png_encode.encode_bgrx(raw, *size)
    back = decoded(data)
    assert back.format == "PNG" and back.mode == "RGB" and back.size == size
    assert back.tobytes() == img.tobytes()
    # the same file as the writer makes of the RGB image, from a bytearray as from bytes
    assert data == png_encode.encode(img) == png_encode.encode_bgrx(bytearray(raw), *size)


def test_a_stored_capture_and_its_region_are_the_grabbed_pixels() -> None:
    img = noisy(1600, 900, seed=7)
    monitor = capture.Monitor(1, 0, 0, 1600, 900)
    grab = capture.Grab(
        img.tobytes("raw", "BGRX"), 1600, 900, monitor, "2026-03-14T17:05:00.000+00:00", "+01:00"
    )
    plain = capture.encode(grab, with_thumb=False)
    assert decoded(plain.original).tobytes() == img.tobytes()
    assert plain.view is None and plain.thumb == b""
    grab.crop = {"x": 100, "y": 50, "w": 640, "h": 480}
    region = capture.encode(grab)
    assert region.original == plain.original
    assert region.view is not None
    assert decoded(region.view).tobytes() == img.crop((100, 50, 740, 530)).tobytes()
    assert max(decoded(region.thumb).size) == capture.THUMB_SIZE


def test_a_failure_in_a_band_reaches_the_caller_and_leaves_no_thread() -> None:
    before = threading.active_count()
    short = bytes(1920 * 4 * 500)  # pixels for 500 rows of the 1080 announced
    with pytest.raises(ValueError):
        png_encode.encode_bgrx(short, 1920, 1080)
    assert threading.active_count() == before
    assert decoded(png_encode.encode_bgrx(short, 1920, 500)).size == (1920, 500)


def test_the_same_png_where_pillow_offers_only_its_public_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The writer drives Pillow's raw encoder itself; a Pillow without that (private)
    function still gets the very same file through ``tobytes``."""
    img = noisy(700, 500, seed=3)
    fast = png_encode.encode(img)
    monkeypatch.setattr(png_encode, "_getencoder", None)
    assert png_encode.encode(img) == fast
    assert png_encode.encode_bgrx(img.tobytes("raw", "BGRX"), 700, 500) == fast
