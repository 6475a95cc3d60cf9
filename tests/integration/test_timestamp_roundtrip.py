"""The trusted-time round trip as a user and a recipient go through it, with the real programs:
an imported file gets a token from a local RFC 3161 service (``openssl ts -reply`` on
127.0.0.1) through ``vidne timestamp``; ``vidne bundle`` puts the tokens, the token over
SHA256SUMS and the certificates in the ZIP; on the extracted files ``sha256sum -c`` and
``openssl ts -verify`` pass for every token; ``vidne verify-bundle`` agrees, and fails a bundle
whose file was changed and whose SHA256SUMS was recomputed."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence import file_import
from vidne.app.evidence.store import CaptureStore
from vidne.app.evidence.trusted_time import settings
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.local_tsa import LocalTsa, TsaFiles, make_tsa
from tests.integration.session_support import ROOT

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


@pytest.fixture(scope="module")
def tsa_files(tmp_path_factory: pytest.TempPathFactory) -> TsaFiles:
    return make_tsa(tmp_path_factory.mktemp("tsa"), "Lokal Tidsstempeltjeneste")


@pytest.fixture
def tsa(tsa_files: TsaFiles) -> Iterator[LocalTsa]:
    with LocalTsa(tsa_files) as service:
        yield service


def vidne(data: Path, *args: str, passphrase: bool = True) -> subprocess.CompletedProcess[str]:
    extra = ["--data-dir", str(data), "--passphrase-stdin"] if passphrase else []
    return subprocess.run(
        [sys.executable, "-m", "vidne.ui.main", *args, *extra, "--lang", "en"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )


def imported_vault(tmp_path: Path, tsa: LocalTsa, tsa_files: TsaFiles) -> Path:
    """A vault with trusted time on and one imported screenshot filed in an episode."""
    data = tmp_path / "data"
    picture = tmp_path / "skærmbillede.png"
    buf = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 40, 40)).save(buf, "PNG")
    picture.write_bytes(buf.getvalue())
    with Vault.create(data, PASSPHRASE, FAST_KDF) as vault:
        settings.save(vault, settings.TrustedTime(True, (tsa.url,), str(tsa_files.ca)))
        file_import.import_files(vault, [picture])
        store = CaptureStore(vault)
        ids = [info.id for info in store.inbox()]
        episode = Episode(
            occurred_at="2026-03-14T18:05:00+01:00", channel="sms", severity=3, description="x"
        )
        store.new_episode(ids, episode)
    return data


def test_import_token_bundle_and_openssl_verifies_every_token(
    tmp_path: Path, tsa: LocalTsa, tsa_files: TsaFiles
) -> None:
    data = imported_vault(tmp_path, tsa, tsa_files)
    stamped = vidne(data, "timestamp")
    assert stamped.returncode == 0, stamped.stderr
    assert "trusted time" in stamped.stdout and "by Lokal Tidsstempeltjeneste" in stamped.stdout
    out = tmp_path / "pakke.zip"
    made = vidne(data, "bundle", "--out", str(out))
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "x"
    with zipfile.ZipFile(out) as zf:
        zf.extractall(folder)
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True)
    assert sums.returncode == 0, sums.stdout
    tokens = sorted(p.relative_to(folder) for p in folder.rglob("*.tsr"))
    assert len(tokens) == 2  # the screenshot's and SHA256SUMS'
    for token in tokens:
        checked = subprocess.run(
            ["openssl", "ts", "-verify", "-in", str(token), "-data", str(token.with_suffix("")),
             "-CAfile", "certs.pem"],
            cwd=folder, capture_output=True, text=True,
        )  # fmt: skip
        assert checked.returncode == 0 and "Verification: OK" in checked.stdout, checked.stderr
    readme = (folder / "LAES-MIG_README.txt").read_text(encoding="utf-8")
    for token in tokens:
        assert f'openssl ts -verify -in "{token}" -data "{token.with_suffix("")}"' in readme
    checked = vidne(data, "verify-bundle", str(out), passphrase=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "by Lokal Tidsstempeltjeneste" in checked.stdout


def test_a_changed_file_with_recomputed_sums_fails_verify_bundle(
    tmp_path: Path, tsa: LocalTsa, tsa_files: TsaFiles
) -> None:
    data = imported_vault(tmp_path, tsa, tsa_files)
    assert vidne(data, "timestamp").returncode == 0
    out = tmp_path / "pakke.zip"
    assert vidne(data, "bundle", "--out", str(out)).returncode == 0
    with zipfile.ZipFile(out) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    members["episodes.json"] = members["episodes.json"].replace(b'"severity": 3', b'"severity": 5')
    members["SHA256SUMS"] = "".join(
        f"{hashlib.sha256(members[name]).hexdigest()}  {name}\n"
        for name in (line.split("  ", 1)[1] for line in members["SHA256SUMS"].decode().splitlines())
    ).encode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as zf:
        for name, payload in members.items():
            zf.writestr(name, payload)
    folder = tmp_path / "f"
    with zipfile.ZipFile(forged) as zf:
        zf.extractall(folder)
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True)
    assert sums.returncode == 0  # the sums alone cannot tell
    checked = vidne(data, "verify-bundle", str(forged), passphrase=False)
    assert checked.returncode == 1
    assert "FAILED  SHA256SUMS: changed after its trusted timestamp" in checked.stdout
    manifest = subprocess.run(
        ["openssl", "ts", "-verify", "-in", "SHA256SUMS.tsr", "-data", "SHA256SUMS",
         "-CAfile", "certs.pem"],
        cwd=folder, capture_output=True, text=True,
    )  # fmt: skip
    assert manifest.returncode != 0


def test_with_trusted_time_off_timestamp_asks_no_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Vault.create(data, PASSPHRASE, FAST_KDF) as vault:
        EpisodeStore(vault)
    refused = vidne(data, "timestamp")
    assert refused.returncode == 1 and "Trusted time is off" in refused.stderr
