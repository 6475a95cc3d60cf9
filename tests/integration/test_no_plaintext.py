"""After a whole session, no user text and no image is readable in any file Vidne wrote.

The session (tests/integration/session_script.py, a separate process with its own $TMPDIR, home,
XDG dirs and Qt settings file) sets up a vault through the GUI, saves and edits an episode in
the editor, captures the screen (and a capture sealed while locked), imports a PNG, a JPEG and an
.eml, imports a CSV, writes the PDF report to a path outside those dirs, makes a backup and the
daily backup, and locks. Then every file in the data dir, the temp dir and the home (settings,
state, cache, runtime) is searched for the marker text and for PNG/JPEG signatures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import scan_for
from tests.helpers.xserver import xvfb
from tests.integration.session_support import MARKER, prepare, run

SIGNATURES = {
    "marker": MARKER.encode(),
    "marker (UTF-16)": MARKER.encode("utf-16-le"),
    "PNG": b"\x89PNG\r\n\x1a\n",
    "PNG header chunk": b"IHDR",
    "JPEG/JFIF": b"JFIF\x00",
    "JPEG/Exif": b"Exif\x00\x00",
}


def test_no_plaintext_anywhere_after_a_session(tmp_path: Path) -> None:
    session = prepare(tmp_path)
    with xvfb() as display:  # a 24-bit X screen so that the session takes a real capture
        r = run(session, extra_env={"DISPLAY": display})
    assert r.returncode == 0 and "SESSION OK" in r.stdout, r.stdout[-2000:] + r.stderr[-3000:]
    included = next(line for line in r.stdout.splitlines() if line.startswith("INCLUDED:"))
    print(included)
    assert scan_for(MARKER.encode(), session.source), "the scanner finds the marker in the inputs"
    assert session.report.stat().st_size > 0
    files = [p for d in session.private_dirs() for p in d.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"vidne.db", "vidne.key", "manual.vidnebackup", "Vidne.conf"} <= names, names
    assert any(p.parent.name == "backups" for p in files)  # the automatic backup ran
    hits = {
        label: scan_for(needle, *session.private_dirs()) for label, needle in SIGNATURES.items()
    }
    assert {label: found for label, found in hits.items() if found} == {}
    assert "Traceback" not in r.stderr
    assert "capture:screen+sealed" in included


@pytest.mark.parametrize("needle", [MARKER.encode(), b"\x89PNG\r\n\x1a\n"])
def test_the_scan_would_notice_plaintext(tmp_path: Path, needle: bytes) -> None:
    """Negative control: the same scan finds a marker written in plain."""
    (tmp_path / "leak.bin").write_bytes(b"xx" + needle + b"yy")
    assert scan_for(needle, tmp_path) == [tmp_path / "leak.bin"]
