"""``vidne selftest``: the checks a person can watch on a new system, PASS or FAIL each.

Windows and macOS are tested in CI only against fakes of their system calls; this command is
how a person proves them on a real machine (and any Linux desktop): the global hotkey is
registered and released, one screen capture is taken, a vault is created in a temporary folder,
the capture and an episode are stored, the vault is locked, opened and verified, and a PDF
report and an evidence bundle (its SHA256SUMS checked) are written from it. Each step prints
PASS or FAIL with the reason; a failed step does not stop the others that can still run.
Everything made is removed at the end: the temporary folder and the per-user state records the
test vault left (trusted keys, anchors), found by comparing the state folder before and after.
Exit status 0 when every step passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import platform as host
import secrets
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vidne.app import APP_NAME, __version__
from vidne.app.errors import VidneError
from vidne.app.i18n import translate

# A combination no desktop binds and that differs from Vidne's default, so a running Vidne
# holding the default does not make the check fail.
TEST_HOTKEY = "Ctrl+Alt+Shift+F11"
BIND_WAIT_S = 60.0  # the portal's backend may ask the user to confirm the shortcut


@dataclass
class Run:
    """What the steps share: the temporary folder, the passphrase, what earlier steps made."""

    folder: Path
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    grab: Any = None
    vault: Any = None  # opened again after the check, for the report and the bundle
    results: list[tuple[str, bool, str]] = field(default_factory=list)

    def step(self, name: str, check: Callable[[Run], str]) -> None:
        """Run one check; its text on success, the error's on failure."""
        try:
            ok, text = True, check(self)
        except VidneError as exc:
            ok, text = False, exc.message()
        except (OSError, ValueError, RuntimeError, zipfile.BadZipFile) as exc:
            ok, text = False, f"{type(exc).__name__}: {exc}"
        self.results.append((name, ok, text))
        print(f"{'PASS' if ok else 'FAIL'}  {name:8} {text}", flush=True)


def check_hotkey(run: Run) -> str:
    from vidne.app import platform
    from vidne.app.errors import HotkeyUnavailable

    backend = platform.pick_hotkey_backend()
    if backend is None:
        from vidne.app.platform.wayland_portal import fallback_text

        raise HotkeyUnavailable(fallback_text())
    try:
        backend.register(TEST_HOTKEY, lambda: None)
        bound = getattr(backend, "bound", None)  # the portal binds after the user agreed
        if bound is not None and not bound.wait(BIND_WAIT_S):
            raise HotkeyUnavailable(
                getattr(backend, "problem", "") or translate("Selftest", "not bound in time")
            )
    finally:
        backend.close()
    return (
        translate("Selftest", "%1 registered through %2, then released")
        .replace("%1", TEST_HOTKEY)
        .replace("%2", backend.name)
    )


def check_capture(run: Run) -> str:
    from vidne.app import platform
    from vidne.app.evidence import grab as capture

    run.grab = capture.grab(None, "cli")
    return (
        translate("Selftest", "%1×%2 pixels through %3")
        .replace("%1", str(run.grab.width))
        .replace("%2", str(run.grab.height))
        .replace("%3", platform.screen_grabber().name)
    )


def sample_grab() -> Any:
    """A small image standing in for the screen when the capture step failed, so the vault,
    report and bundle steps still run."""
    from vidne.app.evidence.grab import Grab, now_with_offset
    from vidne.app.platform.base import Monitor

    when, offset = now_with_offset()
    raw = bytes([40, 90, 200, 0]) * (64 * 48)
    return Grab(raw, 64, 48, Monitor(0, 0, 0, 64, 48), when, offset, "cli")


def check_vault(run: Run) -> str:
    from vidne.app.episodes.store import Episode, EpisodeStore
    from vidne.app.evidence.intake import store
    from vidne.app.evidence.store import CaptureStore
    from vidne.app.vault.integrity import check
    from vidne.app.vault.store import Vault

    vault_dir = run.folder / "vault"
    with Vault.create(vault_dir, run.passphrase) as vault:
        capture_id, _sealed, _sha = store(run.grab or sample_grab(), vault, vault_dir)
        episode = EpisodeStore(vault).add(
            Episode(
                channel="other", severity=1, description=translate("Selftest", "Vidne self-test")
            ),
            "cli",
        )
        assert episode.id is not None
        CaptureStore(vault).attach([capture_id], episode.id)
    run.vault = Vault.open(vault_dir, run.passphrase)
    report = check(run.vault)
    if report.problem:
        raise RuntimeError(report.problem)
    return translate("Selftest", "created, locked, opened and verified (%n records)").replace(
        "%n", str(report.entries)
    )


def check_report(run: Run) -> str:
    from vidne.app.output.report import pdf

    out = run.folder / "report.pdf"
    pdf.write(test_vault(run), test_selection(), out)
    data = out.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise RuntimeError(translate("Selftest", "the file is not a complete PDF"))
    return translate("Selftest", "PDF of %1 kB").replace("%1", str(round(len(data) / 1024)))


def check_bundle(run: Run) -> str:
    from vidne.app.output import bundle

    out = run.folder / "bundle.zip"
    bundle.write(test_vault(run), test_selection(), out)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        for line in zf.read("SHA256SUMS").decode("utf-8").splitlines():
            digest, name = line.split(maxsplit=1)
            name = name.lstrip("*")
            if name not in names or hashlib.sha256(zf.read(name)).hexdigest() != digest:
                raise RuntimeError(
                    translate("Selftest", "%1 does not match SHA256SUMS").replace("%1", name)
                )
    return translate("Selftest", "ZIP of %1 files, every SHA-256 in SHA256SUMS matches").replace(
        "%1", str(len(names))
    )


def test_vault(run: Run) -> Any:
    if run.vault is None:
        raise RuntimeError(translate("Selftest", "no test vault (its step failed)"))
    return run.vault


def test_selection() -> Any:
    from vidne.app import i18n
    from vidne.app.output.report.selection import Selection

    return Selection(recipient="self", lang=i18n.system_language(), images=True)


STEPS: tuple[tuple[str, Callable[[Run], str]], ...] = (
    ("hotkey", check_hotkey),
    ("capture", check_capture),
    ("vault", check_vault),
    ("report", check_report),
    ("bundle", check_bundle),
)


def state_files() -> set[Path]:
    """The state folder and everything in it (empty when it does not exist yet)."""
    from vidne.app.paths import state_dir

    folder = state_dir()
    return {folder, *folder.rglob("*")} if folder.is_dir() else set()


def handle(args: argparse.Namespace) -> int:
    started = time.monotonic()
    title = translate("Selftest", "%1 %2: self-test on %3")
    system = host.platform(terse=True)  # e.g. Linux-6.1, Windows-11, macOS-14.5
    print(title.replace("%1", APP_NAME).replace("%2", __version__).replace("%3", system))
    before = state_files()
    folder = Path(tempfile.mkdtemp(prefix="vidne-selftest-"))
    run = Run(folder)
    try:
        for name, check in STEPS:
            run.step(name, check)
    finally:
        if run.vault is not None:
            run.vault.lock()
        shutil.rmtree(folder, ignore_errors=True)
        made = sorted(state_files() - before, key=lambda p: len(p.parts), reverse=True)
        for path in made:  # files first, then the folders the test vault's records created
            (path.unlink if path.is_file() else path.rmdir)()
    passed = sum(ok for _, ok, _ in run.results)
    print(
        translate(
            "Selftest", "Removed %1 and what the test vault left in the state folder."
        ).replace("%1", str(folder))
    )
    print(
        translate("Selftest", "%1 of %2 checks passed in %3 s.")
        .replace("%1", str(passed))
        .replace("%2", str(len(run.results)))
        .replace("%3", f"{time.monotonic() - started:.1f}")
    )
    return 0 if passed == len(run.results) else 1
