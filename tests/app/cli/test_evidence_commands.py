"""The evidence on the command line: import, inbox, attach, list, show, redact (a contract).

Each command runs as a script would run it (a subprocess, no display), against a real vault;
the JSON shapes asserted here are the ones the README documents.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
ITEM_KEYS = {
    "id",
    "kind",
    "mime",
    "source",
    "source_label",
    "trigger",
    "trigger_label",
    "captured_at",
    "captured_local",
    "sha256",
    "size",
    "width",
    "height",
    "original_name",
    "window_title",
    "window_program",
    "note",
    "redacted",
    "redacted_from",
    "redacted_copies",
    "taken_while_locked",
    "episodes",
}


def vidne(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LANGUAGE": ""}
    env.pop("DISPLAY", None)  # scripts run without a display
    return subprocess.run(
        [sys.executable, "-m", "vidne.app.cli.main", *args, "--data-dir", str(data)]
        + ["--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def png(size: tuple[int, int] = (40, 30), colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as v:
        EpisodeStore(v).add(
            Episode(
                occurred_at="2026-03-14T18:05:00+01:00",
                channel="facebook",
                sender="Mor til Emil",
                severity=3,
                description="Kaldte mig løgner i forældregruppen",
            )
        )
        EpisodeStore(v).add(
            Episode(
                occurred_at="2026-04-02T09:00:00+02:00",
                channel="email",
                severity=2,
                description="Truende mail om skolefesten",
            )
        )
    return folder


def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    good = tmp_path / "skærmbillede.png"
    good.write_bytes(png())
    broken = tmp_path / "halv.png"
    broken.write_bytes(png()[:50])
    second = tmp_path / "besked.png"
    second.write_bytes(png(colour=(10, 10, 200)))
    return good, broken, second


def test_import_prints_each_id_and_each_refusal_and_exits_1(data: Path, tmp_path: Path) -> None:
    good, broken, second = files(tmp_path)
    r = vidne(data, "import", str(good), str(broken), str(second))
    assert r.returncode == 1
    ids = [int(line) for line in r.stdout.split()]
    assert len(ids) == 2  # stdout holds the new ids only, one a line
    assert "halv.png: The image is damaged or incomplete." in r.stderr
    assert r.stderr.strip().splitlines()[-1] == "2 imported, 1 refused"
    assert "Error" not in r.stderr and "Traceback" not in r.stderr
    with Vault.open(data, PASSPHRASE) as v:
        stored = CaptureStore(v)
        assert stored.data(ids[0]) == good.read_bytes()
        assert stored.data(ids[1]) == second.read_bytes()
    r = vidne(data, "import", str(good))
    assert r.returncode == 0 and r.stdout.strip().isdigit()


def test_inbox_lists_unfiled_items_as_text_and_json(data: Path, tmp_path: Path) -> None:
    good, _, second = files(tmp_path)
    ids = [int(x) for x in vidne(data, "import", str(good), str(second)).stdout.split()]
    text = vidne(data, "inbox")
    assert text.returncode == 0
    assert [int(line.split()[0]) for line in text.stdout.splitlines()] == sorted(ids, reverse=True)
    doc = json.loads(vidne(data, "inbox", "--json").stdout)
    assert doc["format"] == "vidne-inbox" and doc["version"] == 1
    assert doc["imported_while_locked"] == []
    assert {i["id"] for i in doc["items"]} == set(ids)
    item = next(i for i in doc["items"] if i["id"] == ids[0])
    assert set(item) == ITEM_KEYS
    assert item["kind"] == "image" and item["mime"] == "image/png"
    assert item["source"] == "import" and item["source_label"]
    assert item["original_name"] == "skærmbillede.png"
    assert item["sha256"] == __import__("hashlib").sha256(good.read_bytes()).hexdigest()
    assert (item["width"], item["height"], item["episodes"]) == (40, 30, [])
    assert item["redacted"] is False and item["taken_while_locked"] is False


def test_attach_files_items_and_list_and_show_find_them(data: Path, tmp_path: Path) -> None:
    good, _, second = files(tmp_path)
    ids = [x for x in vidne(data, "import", str(good), str(second)).stdout.split()]
    r = vidne(data, "attach", *ids, "--episode", "1")
    assert r.returncode == 0, r.stderr
    assert json.loads(vidne(data, "inbox", "--json").stdout)["items"] == []
    doc = json.loads(vidne(data, "list", "--json").stdout)
    assert doc["format"] == "vidne-list"
    assert [e["id"] for e in doc["episodes"]] == [2, 1]  # newest first
    first = doc["episodes"][1]
    assert set(first) == {
        "id",
        "occurred_at",
        "occurred_until",
        "channel",
        "severity",
        "sender",
        "description",
        "evidence",
    }
    assert [e["id"] for e in first["evidence"]] == [int(i) for i in ids]
    assert set(first["evidence"][0]) == {"id", "sha256", "redacted"}
    shown = json.loads(vidne(data, "show", "1", "--json").stdout)
    assert shown["format"] == "vidne-episode"
    episode = shown["episode"]
    assert episode["description"] == "Kaldte mig løgner i forældregruppen"
    assert episode["channel"] == "facebook" and episode["channel_label"] == "Facebook"
    assert [i["episodes"] for i in episode["evidence"]] == [[1], [1]]
    assert set(episode["evidence"][0]) == ITEM_KEYS
    text = vidne(data, "show", "1")
    assert "Kaldte mig løgner" in text.stdout and ids[0] in text.stdout


def test_list_filters_by_period_and_words(data: Path) -> None:
    def listed(*args: str) -> list[int]:
        r = vidne(data, "list", *args)
        assert r.returncode == 0, r.stderr
        return [int(line.split()[0]) for line in r.stdout.splitlines()]

    assert listed() == [2, 1]
    assert listed("--from", "2026-04-01") == [2]
    assert listed("--to", "2026-03-31") == [1]
    assert listed("--search", "løgner") == [1]
    assert listed("--search", "skolefest") == [2]  # a word's beginning is enough
    assert listed("--from", "2026-05-01") == []
    bad = vidne(data, "list", "--from", "i går")
    assert bad.returncode == 1 and bad.stderr.startswith("vidne: Not a date")


def test_attach_to_an_unknown_episode_changes_nothing(data: Path, tmp_path: Path) -> None:
    good, _, _ = files(tmp_path)
    capture = vidne(data, "import", str(good)).stdout.strip()
    r = vidne(data, "attach", capture, "--episode", "99")
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "99" in r.stderr
    assert len(json.loads(vidne(data, "inbox", "--json").stdout)["items"]) == 1
    assert vidne(data, "show", "99").returncode == 1


def test_redact_makes_a_marked_copy_and_prints_its_id(data: Path, tmp_path: Path) -> None:
    good, _, _ = files(tmp_path)
    original = int(vidne(data, "import", str(good)).stdout)
    r = vidne(data, "redact", str(original), "--box", "0,0,20,30", "--box", "30,0,5,5")
    assert r.returncode == 0, r.stderr
    copy = int(r.stdout)
    with Vault.open(data, PASSPHRASE) as v:
        store = CaptureStore(v)
        assert store.get(copy).redacted_from == original
        with Image.open(io.BytesIO(store.data(copy))) as im:
            assert im.convert("RGB").getpixel((5, 5)) == (0, 0, 0)
            assert im.convert("RGB").getpixel((25, 20)) == (200, 30, 30)
        assert store.data(original) == good.read_bytes()  # the original is untouched
    doc = json.loads(vidne(data, "inbox", "--json").stdout)
    by_id = {i["id"]: i for i in doc["items"]}
    assert by_id[copy]["redacted"] is True and by_id[copy]["redacted_from"] == original
    assert by_id[original]["redacted_copies"] == [copy]
    line = next(x for x in vidne(data, "inbox").stdout.splitlines() if x.startswith(f"{copy} "))
    assert f"[redacted copy of {original}]" in line
    for box in ("1,2,3", "a,b,c,d", "0,0,0,5"):
        bad = vidne(data, "redact", str(original), "--box", box)
        assert bad.returncode == 1 and bad.stderr.startswith("vidne: Not a box")
    assert vidne(data, "redact", "99", "--box", "0,0,5,5").returncode == 1
