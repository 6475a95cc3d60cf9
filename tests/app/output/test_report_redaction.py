"""Redaction: opaque black boxes on a copy; the original and the chain stay intact."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

from PIL import Image
from vidne.app.evidence import redaction
from vidne.app.evidence.store import CaptureStore
from vidne.app.output import bundle
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault import chain
from vidne.app.vault.integrity import check
from vidne.app.vault.store import Vault

from tests.helpers.report import add_episode, pdf_text


def test_redacted_copy_is_black_where_boxed_and_original_untouched(vault: Vault) -> None:
    add_episode(vault, "2026-02-03T09:00:00+01:00", "REDMARK", images=1)
    store = CaptureStore(vault)
    original = store.all()[0]
    before = store.data(original.id)
    new_id = redaction.redact(vault, original.id, [(10, 20, 50, 40), (300, 180, 100, 100)])
    assert store.data(original.id) == before
    copy = store.get(new_id)
    assert copy.source == "redaction"
    assert copy.sha256 == chain.sha256_hex(store.data(new_id)) != original.sha256
    with Image.open(io.BytesIO(store.data(new_id))) as im:
        rgb = im.convert("RGB")
        assert rgb.getpixel((10, 20)) == (0, 0, 0)
        assert rgb.getpixel((59, 59)) == (0, 0, 0)
        assert rgb.getpixel((319, 199)) == (0, 0, 0)  # clipped at the edge
        assert rgb.getpixel((100, 100)) != (0, 0, 0)  # outside the boxes: unchanged
        assert rgb.getpixel((100, 100)) == Image.open(io.BytesIO(before)).convert("RGB").getpixel(
            (100, 100)
        )
    assert redaction.redactions(vault, original.id) == [new_id]
    assert check(vault).problem is None


def test_report_uses_redacted_copy_and_bundle_keeps_both(vault: Vault, tmp_path: Path) -> None:
    add_episode(vault, "2026-02-03T09:00:00+01:00", "REDMARK", images=1)
    store = CaptureStore(vault)
    original = store.all()[0]
    new_id = redaction.redact(vault, original.id, [(0, 0, 100, 100)])
    plan = pdf.plan(vault, Selection())
    assert [i.id for i in plan.items] == [new_id]
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(), out)
    text = pdf_text(out)
    assert store.get(new_id).sha256 in text  # the copy's own hash under the image
    assert original.sha256 in text  # and which original it was made from
    zpath = tmp_path / "b.zip"
    bundle.write(vault, Selection(), zpath)
    with zipfile.ZipFile(zpath) as zf:
        names = zf.namelist()
        zf.extractall(tmp_path / "x")
    assert sum("bilag/" in n for n in names) == 2
    assert any("-tildaekket-" in n for n in names)
    assert (
        subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path / "x", capture_output=True
        ).returncode
        == 0
    )
