"""Take the README's screenshots on a real X screen.

Run under Xvfb:  xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot.py
From throw-away vaults with made-up data, in Danish (VIDNE_SHOT_LANG=en for English), it writes

- docs/screenshot.png: the main window with a few episodes (1200×720),
- docs/first-run.png: the first run's last page, which teaches the capture key,
- docs/main-window-1366x768.png: the main window filling a 1366×768 laptop screen, with the
  sample vault of scripts/sample_vault.py (episodes, senders, captures).

``scripts/screenshot.py SHOT [PATH]`` takes one (main, first-run, laptop). Each shot runs in a
process of its own, with its own settings and state folders: the user's Vidne is not touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from vidne.app.episodes.store import Episode, EpisodeStore  # noqa: E402
from vidne.app.vault.keyfile import KdfParams  # noqa: E402
from vidne.app.vault.store import Vault  # noqa: E402
from vidne.ui.evidence.capture_controller import CaptureController  # noqa: E402
from vidne.ui.window.controller import VidneApp, make_qapp  # noqa: E402

FAST_KDF = KdfParams(1, 8192, 1)
SECRET = "demo demo demo demo"
SHOTS = {
    "main": "screenshot.png",
    "first-run": "first-run.png",
    "laptop": "main-window-1366x768.png",
}
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


def demo_vault(data: Path) -> None:
    with Vault.create(data, SECRET, FAST_KDF) as vault:
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


def sample_vault(data: Path) -> None:
    """The sample vault, with the list thumbnails a real capture gets (the sample has none)."""
    import io

    from PIL import Image
    from vidne.app.evidence.grab import thumbnail
    from vidne.app.evidence.store import CaptureStore

    from scripts import sample_vault as sample

    vault = sample.make(data, SECRET, episodes=14, captures_per=1)
    captures = CaptureStore(vault)
    for info in captures.all():
        picture = Image.open(io.BytesIO(captures.data(info.id)))
        captures.set_thumb(info.id, thumbnail(picture))
    vault.lock()


Shot = Callable[[Callable[[], None]], None]  # takes the picture, then calls what it is given


def grab(widget: QWidget, out: Path) -> None:
    """What the screen shows of *widget* (frame included where a window manager draws one)."""
    QApplication.processEvents()
    geo = widget.frameGeometry()
    widget.screen().grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height()).save(str(out))
    print(f"wrote {out}")


def open_window(controller: VidneApp, data: Path) -> QWidget:
    controller._open(Vault.open(data, SECRET))
    assert controller.window is not None
    return controller.window


def select_then_grab(window: QWidget, row: int, out: Path) -> Shot:
    """Select *row*, then grab once its editor and captures have loaded (worker threads)."""

    def shoot(then: Callable[[], None]) -> None:
        window.table.selectRow(row)  # type: ignore[attr-defined]
        QTimer.singleShot(1500, lambda: (grab(window, out), then()))

    return shoot


def shoot_main(controller: VidneApp, data: Path, out: Path) -> Shot:
    demo_vault(data)
    window = open_window(controller, data)
    window.resize(1200, 720)
    window.move(40, 40)

    return select_then_grab(window, 1, out)


def shoot_laptop(controller: VidneApp, data: Path, out: Path) -> Shot:
    sample_vault(data)
    window = open_window(controller, data)
    window.setGeometry(window.screen().availableGeometry())  # maximised, without a WM to ask
    window.showMaximized()

    return select_then_grab(window, 2, out)


def shoot_first_run(controller: VidneApp, data: Path, out: Path) -> Shot:
    controller.kdf = FAST_KDF
    controller.start()  # no vault yet: the first run
    dialog = controller.setup_dialog
    assert dialog is not None
    dialog.move(200, 80)
    dialog.pages.setCurrentIndex(1)
    dialog.first.setText(SECRET + " regnvejr 47")
    dialog.second.setText(SECRET + " regnvejr 47")
    dialog.create_button.click()  # the vault is made; then the page with the key

    def shoot(then: Callable[[], None]) -> None:
        if dialog.pages.currentWidget() is not dialog.intro:  # the vault is still being made
            QTimer.singleShot(200, lambda: shoot(then))
            return
        grab(dialog, out)
        then()

    return shoot


def take(name: str, out: Path) -> int:
    app = make_qapp("da" if os.environ.get("VIDNE_SHOT_LANG", "da") == "da" else "en")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "vault"
        controller = VidneApp(data)
        capturing = CaptureController(controller)  # the Inbox tab, the Capture menu, the tray
        controller.hotkeys = capturing  # the first run shows the hotkey it registered
        capturing.start()
        setup = {"main": shoot_main, "laptop": shoot_laptop, "first-run": shoot_first_run}
        shoot = setup[name](controller, data, out)

        def done() -> None:
            capturing.shutdown()
            for window in (controller.window, controller.setup_dialog):
                if window is not None:
                    window.hide()  # no "quit Vidne?" question: this is a script
            vault = controller.vault or (controller.setup_dialog and controller.setup_dialog.vault)
            if vault is not None:
                vault.lock()
            app.quit()

        taken: list[bool] = []
        QTimer.singleShot(2000, lambda: shoot(lambda: (taken.append(True), done())))  # settled
        app.exec()
    return 0 if taken else 1


def own_folders(tmp: str) -> dict[str, str]:
    """Settings, state, data and cache folders of a shot's own (QSettings reads them), and
    Danish time."""
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = os.path.join(tmp, var.lower())
        os.makedirs(env[var])
    env.pop("VIDNE_DATA_DIR", None)
    env["TZ"] = "Europe/Copenhagen"  # the made-up episodes are Danish: shown in Danish time
    return env


def main() -> int:
    if len(sys.argv) > 1:
        name = sys.argv[1]
        out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / SHOTS[name]
        return take(name, out)
    failed = 0
    for name in SHOTS:
        with tempfile.TemporaryDirectory() as tmp:
            done = subprocess.run([sys.executable, __file__, name], env=own_folders(tmp))
            failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
