"""The display-free parts of capturing: region crop, PNG fidelity, key sequences, requests."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from vidne.app.errors import CaptureImpossible, HotkeyUnavailable
from vidne.app.evidence import grab as capture
from vidne.app.platform.base import DEFAULT_HOTKEY, parse_sequence
from vidne.app.platform.fake import FakeHotkeyBackend
from vidne.app.platform.instance import capture_request, target_of
from vidne.app.platform.x11 import lock_masks


def pattern(w: int, h: int) -> Image.Image:
    img = Image.new("RGB", (w, h))
    img.putdata(
        [((x * 7) % 256, (y * 13) % 256, (x ^ y) % 256) for y in range(h) for x in range(w)]
    )
    return img


def frozen_two_monitors() -> capture.Grab:
    img = pattern(200, 100)
    raw = img.tobytes("raw", "BGRX")
    desktop = capture.Monitor(0, 0, 0, 200, 100)
    g = capture.Grab(
        raw, 200, 100, desktop, "2026-03-14T17:05:00.000+00:00", "+01:00", "hotkey", "region"
    )
    g.extra["monitors"] = [
        capture.Monitor(1, 0, 0, 100, 100).as_dict(),
        capture.Monitor(2, 100, 0, 100, 100).as_dict(),
    ]
    return g


def test_png_is_lossless_from_bgrx() -> None:
    img = pattern(64, 40)
    g = capture.Grab(
        img.tobytes("raw", "BGRX"), 64, 40, capture.Monitor(1, 0, 0, 64, 40), "t", "+00:00"
    )
    enc = capture.encode(g)
    assert Image.open(io.BytesIO(enc.original)).convert("RGB").tobytes() == img.tobytes()
    assert enc.view is None
    assert Image.open(io.BytesIO(enc.thumb)).size == (64, 40)


def test_region_keeps_the_whole_monitor_and_the_crop_as_view() -> None:
    frozen = frozen_two_monitors()
    region = capture.region_from_frozen(frozen, 120, 10, 30, 20)
    assert region.monitor.index == 2 and (region.width, region.height) == (100, 100)
    assert region.crop == {"x": 20, "y": 10, "w": 30, "h": 20}
    enc = capture.encode(region)
    view = Image.open(io.BytesIO(enc.view or b"")).convert("RGB")
    assert view.tobytes() == pattern(200, 100).crop((120, 10, 150, 30)).tobytes()
    original = Image.open(io.BytesIO(enc.original)).convert("RGB")
    assert original.tobytes() == pattern(200, 100).crop((100, 0, 200, 100)).tobytes()


def test_whole_monitor_selection_is_a_screen_capture() -> None:
    region = capture.region_from_frozen(frozen_two_monitors(), 0, 0, 100, 100)
    assert region.crop is None and region.source == "screen"


def test_key_sequences() -> None:
    combo = parse_sequence(DEFAULT_HOTKEY)
    assert combo.modifiers == {"ctrl", "alt", "shift"} and combo.key == "S"
    assert parse_sequence("Ctrl+Shift+Print").text() == "Ctrl+Shift+Print"
    for bad in ("", "Ctrl+", "Ctrl+Alt", "Hyper+S"):
        with pytest.raises(ValueError):
            parse_sequence(bad)


def test_x11_grabs_every_lock_combination() -> None:
    assert lock_masks() == [0, 2, 16, 18, 128, 130, 144, 146]


def test_fake_backend_reports_a_taken_combination() -> None:
    backend = FakeHotkeyBackend(taken={"Ctrl+Alt+Shift+S"})
    with pytest.raises(HotkeyUnavailable):
        backend.register("Ctrl+Alt+Shift+S", lambda: None)
    hits: list[int] = []
    backend.register("Ctrl+Shift+Print", lambda: hits.append(1))
    assert backend.press() and hits == [1]


def test_capture_requests_are_sanitised() -> None:
    req = capture_request({"region": 1, "monitor": "2; rm -rf", "delay": 999, "all": False})
    assert req == {"region": True, "all": False, "monitor": None, "delay": 0, "trigger": "cli"}
    assert target_of({"all": True, "monitor": 2}) == "all"
    assert target_of(capture_request({"monitor": 2})) == 2


def test_capture_time_has_utc_and_offset() -> None:
    when, offset = capture.now_with_offset()
    assert when.endswith("+00:00") and len(offset) == 6 and offset[0] in "+-"


@pytest.mark.parametrize("size", [(1, 1), (640, 480), (1920, 1080), (1283, 977)])
def test_parallel_png_writer_is_lossless(size: tuple[int, int]) -> None:
    """Screen-sized grabs go through vidne.app.evidence.encode: any decoder must get the same pixels."""
    import random

    from vidne.app.evidence import encode as png_encode

    rnd = random.Random(size[0])
    img = pattern(*size)
    for _ in range(50):  # some noise, so deflate parts differ
        img.putpixel(
            (rnd.randrange(size[0]), rnd.randrange(size[1])),
            (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)),
        )
    data = png_encode.encode(img)
    back = Image.open(io.BytesIO(data))
    back.load()
    assert back.mode == "RGB" and back.size == size and back.tobytes() == img.tobytes()


def test_portal_screenshot_file_is_read_into_memory_and_deleted(tmp_path: Path) -> None:
    """Wayland: the portal leaves a plaintext PNG on disk; Vidne must delete it at once."""
    from vidne.app.platform.wayland_portal import pixels_from_file

    img = pattern(50, 30)
    path = tmp_path / "Screenshot.png"
    img.save(path)
    pixels = pixels_from_file(path)
    assert not path.exists()
    back = Image.frombuffer("RGB", (pixels.width, pixels.height), pixels.raw, "raw", "BGRX", 0, 1)
    assert back.tobytes() == img.tobytes() and pixels.monitor.index == 0
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    with pytest.raises(CaptureImpossible):
        pixels_from_file(broken)
    assert not broken.exists()


def test_macos_without_screen_recording_permission_explains_how_to_grant_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vidne.app.errors import ScreenRecordingDenied
    from vidne.app.platform import macos

    monkeypatch.setattr(macos, "screen_capture_allowed", lambda: False)
    mon = capture.Monitor(index=1, left=0, top=0, width=10, height=10)
    with pytest.raises(ScreenRecordingDenied) as err:
        macos.MacGrabber().grab(mon)
    assert "Screen & System Audio Recording" in err.value.message()


def test_a_grab_takes_the_monitor_under_the_mouse_and_names_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The core asks the platform seams only: a fake screen of two monitors and a fake desktop."""
    from vidne.app import platform
    from vidne.app.platform.fake import FakeDesktop, FakeScreen

    left, right = pattern(40, 30), pattern(20, 30).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    screen = FakeScreen(
        [(40, 30, left.tobytes("raw", "BGRX")), (20, 30, right.tobytes("raw", "BGRX"))]
    )
    desktop = FakeDesktop(("Opslag – Facebook", "firefox"), pointer=(45, 10))
    monkeypatch.setattr(platform, "screen_grabber", lambda: screen)
    monkeypatch.setattr(platform, "active_window", lambda: desktop)
    g = capture.grab(None, "hotkey")
    assert (g.monitor.index, g.monitor.left, g.width) == (2, 40, 20)
    assert g.image().tobytes() == right.tobytes()
    assert (g.window_title, g.window_program, g.trigger) == (
        "Opslag – Facebook",
        "firefox",
        "hotkey",
    )
    assert capture.grab(1, "cli").image().tobytes() == left.tobytes()
    with pytest.raises(CaptureImpossible):
        capture.grab(3, "cli")
