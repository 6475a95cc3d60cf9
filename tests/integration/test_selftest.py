"""``vidne selftest`` under Xvfb: every step passes, and nothing it made is left behind."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.x11


def selftest(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vidne.ui.main", "selftest"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_selftest_passes_on_an_x_desktop_and_cleans_up(x_display: str, tmp_path: Path) -> None:
    state = tmp_path / "state"
    (state / "Vidne").mkdir(parents=True)
    (state / "Vidne" / "mine.json").write_text("{}")  # the user's own state stays
    env = {
        **os.environ,
        "DISPLAY": x_display,
        "XDG_STATE_HOME": str(state),
        "TMPDIR": str(tmp_path),
    }
    done = selftest(env)
    assert done.returncode == 0, done.stdout + done.stderr
    steps = re.findall(r"^(PASS|FAIL)  (\w+)", done.stdout, re.M)
    assert steps == [("PASS", s) for s in ("hotkey", "capture", "vault", "report", "bundle")]
    assert "1280×800 pixels through x11" in done.stdout
    assert "5 of 5 checks passed" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state"]  # its folder is gone
    assert [p.name for p in state.rglob("*")] == ["Vidne", "mine.json"]


def test_a_failing_step_says_why_and_the_others_still_run(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "TMPDIR": str(tmp_path)}
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(var, None)
    env["XDG_SESSION_TYPE"] = "tty"
    done = selftest(env)
    assert done.returncode == 1
    assert re.search(r"^FAIL  capture  .*no screen to capture", done.stdout, re.M), done.stdout
    assert re.search(r"^FAIL  hotkey   .*vidne capture", done.stdout, re.M)
    for step in ("vault", "report", "bundle"):  # a stand-in image when there is no screen
        assert re.search(rf"^PASS  {step}", done.stdout, re.M)
    assert "3 of 5 checks passed" in done.stdout
    assert not list(tmp_path.glob("vidne-selftest-*"))
