"""Wayland, for real: ``vidne capture`` through xdg-desktop-portal on a headless sway.

A native Wayland Qt window shows a known pattern full screen on sway (headless, pixman, no
Xwayland), with pipewire, xdg-desktop-portal, -wlr (the screenshot) and -gtk (the access
backend the frontend needs) on a private D-Bus session, all as an unprivileged user (sway
refuses root). ``vidne capture`` asks the Screenshot portal and the capture stored in the vault
must equal the pattern pixel for pixel; the plaintext file the portal wrote must be gone.
Missing pieces give a message that names what to install, at once rather than after a timeout.
"""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers import wayland
from tests.helpers.xserver import pattern

pytestmark = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="Wayland desktops are Linux and BSD"
)

HERE = Path(__file__).resolve().parent
SCENARIO = HERE / "wayland_scenario.py"
WLR_OUTPUT = Path("/tmp/out.png")  # xdg-desktop-portal-wlr writes every screenshot here
SIZE = (320, 240)  # the headless output (wayland_desktop.py)


@pytest.fixture
def desktop_user() -> wayland.User:
    wayland.need_programs({"wlr", "gtk", "portal"})
    return wayland.desktop_user()


@pytest.fixture
def work(desktop_user: wayland.User, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The desktop's folder; its state folder (wayland_desktop.py) is ours too, so the test's
    cheap key file is trusted by the user's Vidne as one made here on purpose."""
    with wayland.workdir(desktop_user) as path:
        monkeypatch.setenv("XDG_STATE_HOME", str(path / "state"))
        yield path


def clear_wlr_output() -> None:
    """-wlr cannot replace a stale /tmp/out.png of another user; Vidne deletes its own."""
    try:
        WLR_OUTPUT.unlink(missing_ok=True)
    except PermissionError:
        pytest.skip(f"{WLR_OUTPUT} belongs to another user; xdg-desktop-portal-wlr cannot write it")


def vault_for(user: wayland.User, work: Path) -> Path:
    data = work / "vault"
    Vault.create(data, PASSPHRASE, FAST_KDF).lock()
    wayland.chown_tree(data, user)
    wayland.chown_tree(work / "state", user)
    return data


def test_vidne_capture_stores_the_wayland_screen_pixel_for_pixel(
    desktop_user: wayland.User, work: Path
) -> None:
    clear_wlr_output()
    python = wayland.user_python(desktop_user, work)
    data = vault_for(desktop_user, work)
    shown = pattern(*SIZE)
    shown.save(work / "pattern.png")
    env = ["env", "QT_QPA_PLATFORM=wayland", "QT_WAYLAND_DISABLE_WINDOWDECORATION=1"]
    started = time.monotonic()
    done = wayland.run_desktop(
        desktop_user, work, python, {"sway", "wlr", "gtk", "portal"},
        [*env, python, str(SCENARIO), str(work / "pattern.png"), str(data)],
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}\n{wayland.logs(work)}"
    assert "Capture 1 saved" in done.stdout
    assert elapsed < 30, f"the whole desktop and the capture took {elapsed:.1f} s"
    assert not WLR_OUTPUT.exists(), "the portal's plaintext screenshot was left behind"
    with Vault.open(data, PASSPHRASE) as vault:
        stored = CaptureStore(vault).data(1)
    with Image.open(io.BytesIO(stored)) as img:
        assert img.size == SIZE
        assert img.convert("RGB").tobytes() == shown.tobytes()


def test_a_region_on_sway_whose_portal_refuses_to_pick_takes_the_whole_screen(
    desktop_user: wayland.User, work: Path
) -> None:
    """No Vidne running, so the desktop's own picker is asked (the portal's interactive
    screenshot); xdg-desktop-portal-wlr refuses that: the whole screen is taken and the command
    says so, rather than failing or dropping --region silently."""
    clear_wlr_output()
    python = wayland.user_python(desktop_user, work)
    data = vault_for(desktop_user, work)
    shown = pattern(*SIZE)
    shown.save(work / "pattern.png")
    env = ["env", "QT_QPA_PLATFORM=wayland", "QT_WAYLAND_DISABLE_WINDOWDECORATION=1"]
    done = wayland.run_desktop(
        desktop_user, work, python, {"sway", "wlr", "gtk", "portal"},
        [*env, python, str(SCENARIO), str(work / "pattern.png"), str(data), "--region"],
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}\n{wayland.logs(work)}"
    assert "Capture 1 saved" in done.stdout
    assert "the whole screen was captured" in done.stderr
    with Vault.open(data, PASSPHRASE) as vault:
        stored = CaptureStore(vault).data(1)
    with Image.open(io.BytesIO(stored)) as img:
        assert img.convert("RGB").tobytes() == shown.tobytes()


def test_without_the_portal_vidne_capture_says_what_to_install_at_once(
    desktop_user: wayland.User, work: Path
) -> None:
    python = wayland.user_python(desktop_user, work)
    data = vault_for(desktop_user, work)
    command = [python, "-m", "vidne.ui.main", "--data-dir", str(data), "capture"]
    env = ["env", "WAYLAND_DISPLAY=wayland-9"]  # a Wayland session whose bus has no portal
    started = time.monotonic()
    done = wayland.run_desktop(desktop_user, work, python, set(), [*env, *command])
    assert time.monotonic() - started < 10
    assert done.returncode != 0
    assert "xdg-desktop-portal" in done.stderr and "is not installed or not running" in done.stderr


def test_without_a_screenshot_backend_vidne_capture_names_the_backends(
    desktop_user: wayland.User, work: Path
) -> None:
    """The frontend alone, no backend installed: it has no Screenshot interface to offer."""
    python = wayland.user_python(desktop_user, work)
    data = vault_for(desktop_user, work)
    command = [python, "-m", "vidne.ui.main", "--data-dir", str(data), "capture"]
    env = ["env", "WAYLAND_DISPLAY=wayland-9"]
    done = wayland.run_desktop(desktop_user, work, python, {"portal", "bare"}, [*env, *command])
    assert done.returncode != 0, done.stdout
    assert "xdg-desktop-portal-wlr with xdg-desktop-portal-gtk" in done.stderr, done.stderr


def test_a_stale_portal_file_of_another_user_is_neither_read_nor_deleted(
    tmp_path: Path,
) -> None:
    """/tmp is shared: a file someone else planted under the returned name is refused."""
    from vidne.app.errors import CaptureImpossible
    from vidne.app.platform import portal_file

    planted = tmp_path / "out.png"
    pattern(8, 8).save(planted)
    link = tmp_path / "link.png"
    link.symlink_to(planted)
    with pytest.raises(CaptureImpossible):
        portal_file.pixels_from_uri(link.as_uri())
    assert planted.exists()
    if os.getuid() == 0:
        os.chown(planted, 65534, 65534)
        with pytest.raises(CaptureImpossible, match="another user"):
            portal_file.pixels_from_uri(planted.as_uri())
        assert planted.exists()
