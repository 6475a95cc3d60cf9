"""The desktop shortcut for ``vidne capture`` where no program may register a global one.

GNOME's custom keybinding is written through the real ``gsettings`` and GNOME's real schema
(gnome-settings-daemon-common) into a private keyfile backend; KDE's through its config files
in a private config folder. A user's own shortcuts are kept, creating twice gives one
binding, removing leaves nothing of Vidne's.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from vidne.app import platform
from vidne.app.platform.base import LaunchCommand
from vidne.app.platform.desktop_shortcut import (
    GNOME_PATH,
    MEDIA_KEYS,
    GnomeShortcut,
    KdeShortcut,
    gnome_binding,
    parse_gvariant_strings,
)

pytestmark = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="GNOME and KDE desktops are Linux and BSD"
)

VIDNE = LaunchCommand(("/opt/vidne/bin/vidne",))
THEIRS = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/custom0/"


@pytest.fixture
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    return tmp_path


def gsettings(*args: str) -> str:
    return subprocess.run(["gsettings", *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def gnome(private_settings: Path, monkeypatch: pytest.MonkeyPatch) -> GnomeShortcut:
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    if not GnomeShortcut.is_available():
        pytest.skip("gsettings or GNOME's media-keys schema missing (gnome-settings-daemon-common)")
    found = platform.desktop_shortcut_backend()
    assert isinstance(found, GnomeShortcut)
    return found


def test_gnome_gets_a_custom_keybinding_that_runs_vidne_capture(gnome: GnomeShortcut) -> None:
    gsettings("set", MEDIA_KEYS, "custom-keybindings", f"['{THEIRS}']")  # the user's own
    gnome.create("Ctrl+Alt+Shift+S", VIDNE)
    gnome.create("Ctrl+Alt+Shift+S", VIDNE)  # again: replaced, not doubled
    listed = parse_gvariant_strings(gsettings("get", MEDIA_KEYS, "custom-keybindings"))
    assert listed == [THEIRS, GNOME_PATH]
    where = f"{MEDIA_KEYS}.custom-keybinding:{GNOME_PATH}"
    assert gsettings("get", where, "binding").strip() == "'<Control><Alt><Shift>s'"
    assert gsettings("get", where, "command").strip() == "'/opt/vidne/bin/vidne capture'"
    assert gsettings("get", where, "name").strip() == "'Vidne: capture the screen'"
    assert gnome.current() == "/opt/vidne/bin/vidne capture"
    gnome.remove()
    listed = parse_gvariant_strings(gsettings("get", MEDIA_KEYS, "custom-keybindings"))
    assert listed == [THEIRS] and gnome.current() == ""


def test_a_command_with_spaces_and_quotes_survives_gsettings(gnome: GnomeShortcut) -> None:
    odd = LaunchCommand(("/home/an o'brien/Vidne app/bin/vidne",))
    gnome.create("Meta+F9", odd)
    assert gnome.current() == """'/home/an o'"'"'brien/Vidne app/bin/vidne' capture"""
    assert gnome_binding("Meta+F9") == "<Super>F9"


@pytest.mark.parametrize(
    ("version", "group", "launch"),
    [
        ("6", "[services][dk.vidne.Vidne.capture.desktop]", "_launch=Ctrl+Alt+Shift+S"),
        (
            "5",
            "[dk.vidne.Vidne.capture.desktop]",
            "_launch=Ctrl+Alt+Shift+S,none,Vidne: capture the screen",
        ),
    ],
)
def test_kde_gets_a_command_shortcut_in_kglobalshortcutsrc(
    private_settings: Path, monkeypatch: pytest.MonkeyPatch, version: str, group: str, launch: str
) -> None:
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "KDE")
    monkeypatch.setenv("KDE_SESSION_VERSION", version)
    monkeypatch.setenv("PATH", "/usr/bin:/bin")  # kwriteconfig is not installed here
    if shutil.which("kwriteconfig6") or shutil.which("kwriteconfig5"):
        pytest.skip("kwriteconfig would write the real user's file layout; checked by hand")
    rc = private_settings / "config" / "kglobalshortcutsrc"
    rc.parent.mkdir(parents=True)
    rc.write_text("[kwin]\nWindow Close=Alt+F4,Alt+F4,Close Window\n", "utf-8")
    kde = platform.desktop_shortcut_backend()
    assert isinstance(kde, KdeShortcut)
    kde.create("Ctrl+Alt+Shift+S", VIDNE)
    text = rc.read_text("utf-8")
    assert "[kwin]\nWindow Close=Alt+F4,Alt+F4,Close Window\n" in text
    assert f"{group}\n{launch}\n" in text
    entry = private_settings / "data" / "applications" / "dk.vidne.Vidne.capture.desktop"
    assert "Exec=/opt/vidne/bin/vidne capture\n" in entry.read_text("utf-8")
    assert kde.current() == "/opt/vidne/bin/vidne capture"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout
    kde.remove()
    assert not entry.exists() and "vidne" not in rc.read_text("utf-8").lower()
    assert "[kwin]" in rc.read_text("utf-8")


def test_other_desktops_get_no_offer_only_the_explanation(
    private_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for desktop in ("sway", "Hyprland", "wlroots", ""):
        monkeypatch.setenv("XDG_CURRENT_DESKTOP", desktop)
        assert platform.desktop_shortcut_backend() is None
