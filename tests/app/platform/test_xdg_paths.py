"""On Linux Vidne finds its folders from the XDG variables itself (no platformdirs import in
``vidne capture``): the answers must be platformdirs' own for the same environment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest
from vidne.app import APP_NAME, paths
from vidne.app.platform import user_dirs

pytestmark = pytest.mark.skipif(not user_dirs._xdg(), reason="XDG folders: Linux and the BSDs")

ENVIRONMENTS = [
    {},  # nothing set: ~/.local/share, ~/.local/state
    {"XDG_DATA_HOME": "/srv/data", "XDG_STATE_HOME": "/srv/state"},
    {"XDG_DATA_HOME": "/srv/data/", "XDG_STATE_HOME": "/srv//state/"},
    {"XDG_DATA_HOME": "relative/data", "XDG_STATE_HOME": "~/state"},  # not absolute: ignored
    {"XDG_DATA_HOME": "", "XDG_STATE_HOME": "   "},
    {"HOME": "/home/someone/"},
    {"HOME": "relative-home"},  # the password database's home instead
    {"HOME": None},
]


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_folders_are_the_ones_platformdirs_names(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str | None]
) -> None:
    for name in ("VIDNE_DATA_DIR", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert paths.data_dir() == Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    assert paths.state_dir() == Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
    assert paths.data_dir().is_absolute() and paths.state_dir().is_absolute()


def test_the_data_dir_option_and_variable_come_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("VIDNE_DATA_DIR", str(tmp_path / "from-env"))
    assert paths.data_dir() == tmp_path / "from-env"
    assert paths.data_dir(tmp_path / "explicit") == tmp_path / "explicit"


def test_the_command_line_does_not_load_platformdirs() -> None:
    """What the saving is for: ``vidne capture`` starts without platformdirs' imports."""
    probe = "import sys; from vidne.app import paths; paths.data_dir(); paths.state_dir(); "
    probe += "print('platformdirs' in sys.modules, 'tempfile' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
