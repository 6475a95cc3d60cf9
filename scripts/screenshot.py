"""Take the README's screenshot of the main window on a real X screen.

Run under Xvfb:  xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshot.py
It makes a throw-away demo vault with made-up episodes, opens the real window, and grabs the
screen (QScreen.grabWindow) into docs/screenshot.png (or the path given).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QTimer  # noqa: E402
from vidne.app.episodes.store import Episode, EpisodeStore  # noqa: E402
from vidne.app.vault.keyfile import KdfParams  # noqa: E402
from vidne.app.vault.store import Vault  # noqa: E402
from vidne.ui.evidence.capture_controller import CaptureController  # noqa: E402
from vidne.ui.window.controller import VidneApp, make_qapp  # noqa: E402

DEMO = [
    (
        "2026-09-02T21:14:00+02:00",
        "facebook",
        "Forælder i 7.B's forældregruppe",
        2,
        "Opslag i forældregruppen: kalder min undervisning 'spild af børnenes tid'.",
    ),
    (
        "2026-09-09T22:40:00+02:00",
        "facebook",
        "Forælder i 7.B's forældregruppe",
        3,
        "Nyt opslag med mit fulde navn og et billede fra skolens hjemmeside; 14 kommentarer.",
    ),
    (
        "2026-09-15T07:55:00+02:00",
        "aula",
        "Forælder i 7.B's forældregruppe",
        2,
        "Besked på Aula sendt kl. 6.12 med krav om, at jeg fjernes fra klassen.",
    ),
    (
        "2026-10-01T23:02:00+02:00",
        "sms",
        "Ukendt nummer (+45 …)",
        4,
        "Sms: 'Vi ved godt, hvor du bor.' Ingen afsender; sendt sent om aftenen.",
    ),
    (
        "2026-10-20T16:30:00+02:00",
        "x",
        "@anon_fa4r",
        3,
        "Post på X deler et foto af min bil foran skolen med nedsættende tekst.",
    ),
    (
        "2026-11-03T19:45:00+01:00",
        "email",
        "mor.til.emil@…",
        1,
        "Mail med ironisk 'tak for ingenting' efter forældremødet.",
    ),
]


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshot.png"
    app = make_qapp("da" if os.environ.get("VIDNE_SHOT_LANG", "da") == "da" else "en")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "vault"
        secret = "demo demo demo demo"
        with Vault.create(data, secret, KdfParams(1, 8192, 1)) as vault:
            store = EpisodeStore(vault)
            for when, channel, sender, severity, text in DEMO:
                store.add(
                    Episode(
                        occurred_at=when,
                        channel=channel,
                        sender=sender,
                        severity=severity,
                        description=text,
                    )
                )
        controller = VidneApp(data)
        capturing = CaptureController(controller)  # the Inbox tab, the Capture menu, the tray
        capturing.start()
        controller._open(Vault.open(data, secret))
        window = controller.window
        assert window is not None
        window.resize(1200, 720)
        window.move(40, 40)

        def shoot() -> None:
            window.table.selectRow(1)
            app.processEvents()
            screen = window.screen()
            geo = window.frameGeometry()
            screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height()).save(str(out))
            print(f"wrote {out}")
            capturing.shutdown()
            controller.quit()

        QTimer.singleShot(1500, shoot)
        app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
