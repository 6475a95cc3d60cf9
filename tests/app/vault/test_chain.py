"""The chain check knows every record kind, whatever the process imported before."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault import record_kinds
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE


def fill(vault: Vault) -> None:
    EpisodeStore(vault).add(Episode(description="Sms om natten", severity=3))
    SenderStore(vault).add(Sender(name="Ukendt", relation="unknown"))
    CaptureStore(vault).add(
        NewCapture(
            original=b"\x89PNG fake",
            thumb=b"\x89PNG fake",
            mime="image/png",
            captured_at="2026-03-14T17:05:00.000+00:00",
            utc_offset="+01:00",
            trigger="tray",
            width=1,
            height=1,
        )
    )


def test_every_kind_in_the_chain_has_its_payload_function(vault: Vault) -> None:
    fill(vault)
    with vault.read() as conn:
        kinds = {row[0] for row in conn.execute("SELECT DISTINCT kind FROM chain")}
        assert record_kinds.verify(conn) is None
    assert kinds == {"revision", "sender", "capture", "thumb"}
    assert kinds <= record_kinds.NAMES


def test_a_process_that_imports_only_the_integrity_check_verifies_every_kind(
    vault_dir: Path,
) -> None:
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as vault:
        fill(vault)
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from vidne.app.vault import integrity
        from vidne.app.vault.store import Vault
        with Vault.open(Path({str(vault_dir)!r}), {PASSPHRASE!r}) as vault:
            report = integrity.check(vault)
        print(report.problem or "ok", report.entries)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ok", "4"]  # the capture's thumbnail has its own entry
