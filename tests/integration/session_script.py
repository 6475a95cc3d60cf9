"""A scripted Vidne session in its own process, for the no-network and no-plaintext tests.

Usage: ``session_script.py DATA_DIR SOURCE_DIR REPORT_PDF MARKER``. It drives the real GUI
(offscreen): first-run setup, the episode editor (new episode, then an edit), the single-instance
server (pinged once), a screen capture (when $DISPLAY works; else a PNG through the same store),
a capture sealed while locked and imported, image/JPEG/.eml import from SOURCE_DIR, a CSV import,
the PDF report to REPORT_PDF, a backup, the daily automatic backup, then Lock and quit. It
prints one ``INCLUDED:`` line naming what ran and ``SESSION OK`` at the end.

With ``VIDNE_AUDIT_NET=FILE`` an audit hook records every Internet socket this process opens.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
AUDIT_FILE = os.environ.get("VIDNE_AUDIT_NET")


def _audit(event: str, args: tuple[object, ...]) -> None:
    """Record socket creation/connection outside AF_UNIX (family 1)."""
    if event == "socket.__new__" and args and args[1] not in (1,):
        _record(f"{event} family={args[1]}")
    elif (
        event in ("socket.connect", "socket.sendto")
        and len(args) > 1
        and not isinstance(args[1], str | bytes)
    ):
        _record(f"{event} {args[1]!r}")
    elif event == "socket.getaddrinfo":
        _record(f"{event} {args[0]!r}")


def _record(line: str) -> None:
    assert AUDIT_FILE is not None
    with open(AUDIT_FILE, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")


if AUDIT_FILE:
    sys.addaudithook(_audit)

from PySide6.QtCore import QCoreApplication  # noqa: E402
from vidne.app.errors import VidneError  # noqa: E402
from vidne.app.evidence import file_import as evidence_import  # noqa: E402
from vidne.app.evidence import grab as capture  # noqa: E402
from vidne.app.evidence import sealed_inbox  # noqa: E402
from vidne.app.evidence.capturer import store  # noqa: E402
from vidne.app.output import csv_import  # noqa: E402
from vidne.app.output.report import pdf  # noqa: E402
from vidne.app.output.report.selection import Selection  # noqa: E402
from vidne.app.platform import instance  # noqa: E402
from vidne.app.vault.keyfile import KdfParams  # noqa: E402
from vidne.ui.security.autolock import AutoLock, set_idle_minutes  # noqa: E402
from vidne.ui.security.backup_actions import BackupActions  # noqa: E402
from vidne.ui.settings import settings  # noqa: E402
from vidne.ui.tasks import wait_idle  # noqa: E402
from vidne.ui.window.controller import VidneApp, make_qapp  # noqa: E402

FAST_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
PASSPHRASE = "session passphrase for the test"


def spin(done: Callable[[], bool], timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise SystemExit("session: timed out")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def set_up(controller: VidneApp) -> None:
    controller.start()
    dialog = controller.setup_dialog
    assert dialog is not None
    dialog.pages.setCurrentIndex(1)
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog.create_button.click()
    spin(lambda: dialog.pages.currentWidget() is dialog.intro)  # the hotkey page comes last
    dialog.intro.done_button.click()
    spin(lambda: controller.window is not None)


def edit_in_gui(controller: VidneApp, marker: str) -> None:
    window = controller.window
    assert window is not None
    spin(lambda: window.editor.save_button.isEnabled())
    window.editor.sender_edit.setText(f"{marker} sender")
    window.editor.severity.setCurrentIndex(window.editor.severity.findData(3))
    window.editor.description.setPlainText(f"{marker} first text")
    window.editor.save_button.click()
    spin(lambda: window.model.rowCount() == 1)
    window.editor.description.setPlainText(f"{marker} edited text")
    window.editor.save_button.click()
    spin(lambda: "edited" in window.model.episode(0).description)


def captures(controller: VidneApp, data_dir: Path) -> str:
    vault = controller.vault
    assert vault is not None
    try:
        grab = capture.grab(None, "hotkey")
    except VidneError as exc:
        return f"capture:none({exc.message()[:60]!r})"
    store(grab, vault, data_dir)
    store(grab, None, data_dir)  # as if locked: sealed into the inbox…
    result = sealed_inbox.import_pending(vault)  # …and imported at unlock
    assert result.imported and not result.rejected, result
    return "capture:screen+sealed"


def imports(controller: VidneApp, source: Path, marker: str) -> None:
    vault = controller.vault
    assert vault is not None
    report = evidence_import.import_files(
        vault, [source / "photo.png", source / "photo.jpg", source / "message.eml"]
    )
    assert not report.rejected, report.rejected
    rows = f"when,channel,description,severity\n2026-03-10 10:00,email,{marker} csv row,2\n"
    csv_import.import_file(vault, rows.encode())


def main() -> int:
    data_dir, source, report_pdf, marker = (
        Path(sys.argv[1]),
        Path(sys.argv[2]),
        Path(sys.argv[3]),
        sys.argv[4],
    )
    make_qapp("en")
    controller = VidneApp(data_dir, kdf=FAST_KDF)
    safety = (AutoLock(controller), BackupActions(controller))
    set_idle_minutes(10)  # so that the Qt settings file exists and is scanned too
    settings().sync()
    server = instance.InstanceServer(data_dir)
    assert server.listen()
    assert Path(instance.server_name(data_dir)).exists()  # the local (AF_UNIX) socket
    set_up(controller)
    edit_in_gui(controller, marker)
    included = [captures(controller, data_dir)]
    imports(controller, source, marker)
    vault = controller.vault
    assert vault is not None
    pdf.write(vault, Selection(lang="en"), report_pdf)
    done: list[object] = []
    safety[1].backup_done.connect(done.append)
    safety[1].back_up_to(data_dir / "manual.vidnebackup")
    spin(lambda: bool(done))
    wait_idle()
    controller.lock()
    wait_idle()
    server.close()
    included += [
        "setup",
        "editor:new+edit",
        "single-instance",
        "import:png+jpg+eml",
        "csv",
        "report",
        "backup",
        "auto-backup",
        "lock",
    ]
    print("INCLUDED: " + " ".join(included))
    controller.quit()
    print("SESSION OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
