"""Run tests/integration/session_script.py in a fresh environment and say where it wrote."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve().parent / "session_script.py"
MARKER = "PLAINMARKER-8812-QX"


@dataclass
class Session:
    data: Path
    source: Path
    report: Path
    tmp: Path
    home: Path
    env: dict[str, str]

    def private_dirs(self) -> list[Path]:
        """Everything Vidne may write to besides the report the user chose."""
        return [self.data, self.tmp, self.home]


def prepare(base: Path) -> Session:
    home, tmp, source, exports = (base / n for n in ("home", "tmp", "source", "exports"))
    for d in (
        home,
        tmp,
        source,
        exports,
        home / "config",
        home / "state",
        home / "cache",
        home / "share",
        home / "runtime",
    ):
        d.mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    buf = io.BytesIO()
    Image.new("RGB", (64, 40), (200, 30, 30)).save(buf, "PNG")
    (source / "photo.png").write_bytes(buf.getvalue())
    buf = io.BytesIO()
    Image.new("RGB", (64, 40), (30, 30, 200)).save(buf, "JPEG")
    (source / "photo.jpg").write_bytes(buf.getvalue())
    (source / "message.eml").write_bytes(
        f"From: troll@example.org\r\nTo: me@example.org\r\nSubject: {MARKER} subject\r\n"
        f"Date: Sat, 14 Mar 2026 18:05:00 +0100\r\n\r\n{MARKER} mail body\r\n".encode()
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "LANGUAGE": "",
    }
    env.pop("VIDNE_DATA_DIR", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no bus: the watcher must cope without one
    return Session(home / "share" / "Vidne", source, exports / "report.pdf", tmp, home, env)


def run(
    session: Session, prefix: list[str] | None = None, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    cmd = [
        *(prefix or []),
        sys.executable,
        str(SCRIPT),
        str(session.data),
        str(session.source),
        str(session.report),
        MARKER,
    ]
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**session.env, **(extra_env or {})},
    )
