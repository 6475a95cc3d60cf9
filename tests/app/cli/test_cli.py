"""The CLI contract: init, add, export, verify, --data-dir anywhere, one-line errors."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SECRET = "korrekt hest batteri hæfteklamme"


def vidne(
    *args: str,
    stdin: str = SECRET + "\n",
    env_extra: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LANGUAGE": ""}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)  # the CLI must work with no display at all
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "vidne.ui.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    r = vidne("init", "--data-dir", str(d), "--passphrase-stdin")
    assert r.returncode == 0, r.stderr
    return d


def add(data: Path, *extra: str, **opts: str) -> subprocess.CompletedProcess[str]:
    base = {
        "when": "2026-03-14T18:05:00+01:00",
        "channel": "facebook",
        "sender": "Mor til Emil",
        "severity": "3",
        "description": "Kaldte mig løgner",
    }
    base.update(opts)
    args = [x for k, v in base.items() for x in (f"--{k}", v)]
    return vidne("add", *args, "--passphrase-stdin", "--data-dir", str(data), *extra)


def test_version() -> None:
    r = vidne("--version", stdin="")
    assert r.returncode == 0 and r.stdout.startswith("Vidne ")


def test_init_refuses_to_overwrite(data: Path) -> None:
    before = (data / "vidne.key").read_bytes()
    r = vidne("init", "--data-dir", str(data), "--passphrase-stdin")
    assert r.returncode == 1
    assert "already exists" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert (data / "vidne.key").read_bytes() == before


def test_init_rejects_a_short_passphrase(tmp_path: Path) -> None:
    r = vidne("init", "--data-dir", str(tmp_path / "d"), "--passphrase-stdin", stdin="kort\n")
    assert r.returncode == 1 and "at least 10" in r.stderr
    assert not (tmp_path / "d" / "vidne.key").exists()


def test_add_prints_id_and_data_dir_works_before_the_subcommand(data: Path) -> None:
    r1 = add(data)
    assert r1.returncode == 0, r1.stderr
    assert r1.stdout.strip() == "1"
    r2 = vidne(
        "--data-dir",
        str(data),
        "add",
        "--channel",
        "sms",
        "--severity",
        "2",
        "--description",
        "Anden",
        "--passphrase-stdin",
    )
    assert r2.returncode == 0, r2.stderr
    assert r2.stdout.strip() == "2"


def test_data_dir_from_environment(data: Path) -> None:
    r = vidne(
        "add",
        "--channel",
        "sms",
        "--severity",
        "2",
        "--description",
        "env",
        "--passphrase-stdin",
        env_extra={"VIDNE_DATA_DIR": str(data)},
    )
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize(
    "opts,fragment",
    [
        ({"severity": "9"}, "1 to 5"),
        ({"channel": "myspace"}, "Unknown channel"),
        ({"when": "i går"}, "not valid"),
    ],
)
def test_add_errors_are_one_line(data: Path, opts: dict[str, str], fragment: str) -> None:
    r = add(data, **opts)
    assert r.returncode == 1
    assert fragment in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_wrong_passphrase_is_one_line_and_translated(data: Path) -> None:
    r = vidne(
        "add",
        "--channel",
        "sms",
        "--severity",
        "2",
        "--description",
        "x",
        "--passphrase-stdin",
        "--data-dir",
        str(data),
        stdin="forkert\n",
    )
    assert r.returncode == 1 and "passphrase is wrong" in r.stderr
    r = vidne(
        "--lang",
        "da",
        "add",
        "--channel",
        "sms",
        "--severity",
        "2",
        "--description",
        "x",
        "--passphrase-stdin",
        "--data-dir",
        str(data),
        stdin="forkert\n",
    )
    assert r.returncode == 1 and "forkert" in r.stderr.lower() and "wrong" not in r.stderr


def test_missing_vault_and_missing_passphrase(tmp_path: Path) -> None:
    r = vidne(
        "export",
        "--format",
        "json",
        "--out",
        str(tmp_path / "x.json"),
        "--passphrase-stdin",
        "--data-dir",
        str(tmp_path / "none"),
    )
    assert r.returncode == 1 and "no vault" in r.stderr
    r = vidne(
        "export",
        "--format",
        "json",
        "--out",
        str(tmp_path / "x.json"),
        "--data-dir",
        str(tmp_path / "none"),
        stdin="",
    )
    assert r.returncode == 1 and "--passphrase-stdin" in r.stderr


def test_export_json_and_csv(data: Path, tmp_path: Path) -> None:
    assert add(data, description='=HYPERLINK("http://x")', sender="@anon").returncode == 0
    assert add(data, description="Æbler, øl og å", when="2026-03-15T09:00").returncode == 0
    out_json, out_csv = tmp_path / "e.json", tmp_path / "e.csv"
    r = vidne(
        "export",
        "--format",
        "json",
        "--out",
        str(out_json),
        "--passphrase-stdin",
        "--data-dir",
        str(data),
    )
    assert r.returncode == 0, r.stderr
    doc = json.loads(out_json.read_text("utf-8"))
    assert [e["description"] for e in doc["episodes"]] == [
        '=HYPERLINK("http://x")',
        "Æbler, øl og å",
    ]
    r = vidne(
        "export",
        "--format",
        "csv",
        "--out",
        str(out_csv),
        "--passphrase-stdin",
        "--data-dir",
        str(data),
    )
    assert r.returncode == 0, r.stderr
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))  # English (the system's language here): commas, labels
    assert rows[0]["Description"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["Sender"] == "'@anon"
    assert rows[1]["Description"] == "Æbler, øl og å"


def test_export_to_an_unwritable_place_is_one_line(data: Path) -> None:
    r = vidne(
        "export",
        "--format",
        "csv",
        "--out",
        "/proc/vidne-cannot-write.csv",
        "--passphrase-stdin",
        "--data-dir",
        str(data),
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_verify_passes_then_detects_tampering(data: Path) -> None:
    assert add(data).returncode == 0
    r = vidne("verify", "--passphrase-stdin", "--data-dir", str(data))
    assert r.returncode == 0 and "OK" in r.stdout
    sys.path.insert(0, str(ROOT))
    from vidne.app.vault.store import Vault

    with Vault.open(data, SECRET) as v, v.transaction() as tx:
        tx.execute("UPDATE chain SET payload = 'ab' WHERE seq = 1")
    r = vidne("verify", "--passphrase-stdin", "--data-dir", str(data))
    assert r.returncode != 0 and "chain entry 1" in r.stdout + r.stderr
