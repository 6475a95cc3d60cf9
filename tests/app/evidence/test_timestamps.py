"""Trusted timestamps (RFC 3161) against a local service on 127.0.0.1 (tests/helpers/local_tsa):
tokens kept in the vault and chained, the queue and its back-off while the service is down,
the bundle's tokens and certificates, and verify-bundle noticing a bundle changed afterwards."""

from __future__ import annotations

import hashlib
import socket
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from vidne.app.evidence.store import CaptureStore
from vidne.app.evidence.trusted_time import bundle_check, client, settings, stamping, tokens
from vidne.app.output import bundle
from vidne.app.output.report.selection import Selection
from vidne.app.vault import integrity
from vidne.app.vault.store import Vault

from tests.app.evidence.test_store import item
from tests.helpers.local_tsa import LocalTsa, TsaFiles, make_tsa
from tests.helpers.report import add_episode


@pytest.fixture(scope="module")
def tsa_files(tmp_path_factory: pytest.TempPathFactory) -> TsaFiles:
    return make_tsa(tmp_path_factory.mktemp("tsa"))


@pytest.fixture
def tsa(tsa_files: TsaFiles) -> Iterator[LocalTsa]:
    with LocalTsa(tsa_files) as service:
        yield service


def dead_url() -> str:
    """An address on this machine where nothing listens (the port was free a moment ago)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsr"


def turn_on(vault: Vault, urls: tuple[str, ...], ca: Path) -> settings.TrustedTime:
    return settings.save(vault, settings.TrustedTime(True, urls, str(ca)))


def test_off_by_default_with_public_services_to_choose_from(vault: Vault) -> None:
    config = settings.load(vault)
    assert config.enabled is False
    assert "https://freetsa.org/tsr" in config.services
    assert settings.parse_services("ftp://x  https://a.example/tsr\nnonsense") == (
        "https://a.example/tsr",
    )


def test_nothing_is_queued_or_sent_while_it_is_off(vault: Vault, tsa: LocalTsa) -> None:
    CaptureStore(vault).add(item())
    jobs = stamping.prepare(vault, settings.load(vault))
    assert jobs == [] and tsa.requests == []


def test_a_new_capture_gets_a_token_that_only_its_hash_was_sent_for(
    vault: Vault, tsa: LocalTsa, tsa_files: TsaFiles
) -> None:
    CaptureStore(vault).add(item((1, 2, 3)))  # before it was turned on: not stamped by itself
    config = turn_on(vault, (tsa.url,), tsa_files.ca)
    new = item((4, 5, 6))
    capture_id = CaptureStore(vault).add(new)
    jobs = stamping.prepare(vault, config)
    assert [(j.kind, j.ref) for j in jobs] == [("capture", capture_id)]
    stamping.record(vault, stamping.ask(jobs, config.services, config.ca_file))
    with vault.read() as conn:
        token = tokens.for_captures(conn, [capture_id])[capture_id]
    assert token.stamp.sha256 == hashlib.sha256(new.original).hexdigest()
    assert token.stamp.tsa_name == "Test TSA" and token.stamp.chain_ok
    when = datetime.fromisoformat(token.stamp.gen_time)
    assert abs(when - datetime.now(UTC)) < timedelta(minutes=2)
    assert "BEGIN CERTIFICATE" in token.stamp.certs
    assert tsa.requests and max(tsa.requests) < 200  # a request, not the 1 kB image
    assert integrity.check(vault).problem is None


def test_offline_the_item_waits_and_is_retried_later_with_growing_waits(
    vault: Vault, tsa: LocalTsa, tsa_files: TsaFiles
) -> None:
    config = turn_on(vault, (dead_url(),), tsa_files.ca)
    capture_id = CaptureStore(vault).add(item())
    outcome = stamping.ask(stamping.prepare(vault, config), config.services)
    assert outcome.stamped == [] and "could not be reached" in outcome.failed[0][1]
    stamping.record(vault, outcome)
    assert stamping.prepare(vault, config) == []  # not due again at once
    with vault.transaction() as tx:
        tokens.failed(tx, "capture", capture_id, "down", datetime.now(UTC))
        row = tx.execute("SELECT attempts, next_try FROM trusted_time_queue").fetchone()
    assert row[0] == 2
    assert datetime.fromisoformat(row[1]) - datetime.now(UTC) > timedelta(seconds=50)
    # back online, the queue is sent (here: the user switched to a working service)
    config = turn_on(vault, (tsa.url,), tsa_files.ca)
    outcome = stamping.stamp_missing(vault, config, config.services)
    assert ("capture", capture_id) in [(j.kind, j.ref) for j, _ in outcome.stamped]
    with vault.read() as conn:
        assert tokens.waiting(conn) == 0


def test_the_log_head_is_stamped_too_and_a_second_run_asks_for_nothing(
    vault: Vault, tsa: LocalTsa, tsa_files: TsaFiles
) -> None:
    CaptureStore(vault).add(item())
    config = settings.load(vault)  # off: 'vidne timestamp' is asked explicitly
    outcome = stamping.stamp_missing(vault, config, (tsa.url,))
    kinds = sorted(job.kind for job, _ in outcome.stamped)
    assert kinds == ["capture", "log"] and outcome.failed == []
    before = len(tsa.requests)
    again = stamping.stamp_missing(vault, config, (tsa.url,))
    assert [j.kind for j, _ in again.stamped] == ["log"]  # the head moved by the tokens
    assert len(tsa.requests) == before + 1


def test_a_reply_for_another_hash_is_refused(tsa: LocalTsa, tsa_files: TsaFiles) -> None:
    from rfc3161_client import HashAlgorithm, TimestampRequestBuilder, decode_timestamp_response

    from tests.helpers.local_tsa import reply

    other = TimestampRequestBuilder().data(b"other").hash_algorithm(HashAlgorithm.SHA256).build()
    mine = TimestampRequestBuilder().data(b"mine").hash_algorithm(HashAlgorithm.SHA256).build()
    answer = decode_timestamp_response(reply(tsa_files, other.as_bytes()))
    with pytest.raises(client.ServiceError, match="another request"):
        client.check(answer, mine, b"mine", tsa.url, str(tsa_files.ca))


def test_a_token_deleted_outside_vidne_is_named_by_verify(
    vault: Vault, tsa: LocalTsa, tsa_files: TsaFiles
) -> None:
    CaptureStore(vault).add(item())
    stamping.stamp_missing(vault, settings.load(vault), (tsa.url,))
    with vault.transaction() as tx:
        tx.execute("DELETE FROM trusted_timestamps WHERE kind = 'capture'")
    problem = integrity.check(vault).problem
    assert problem is not None and "trusted timestamp" in problem


def stamped_bundle(vault: Vault, tsa: LocalTsa, tsa_files: TsaFiles, out: Path) -> None:
    add_episode(vault, "2026-02-03T09:00:00+01:00", "FEBMARK", images=2)
    config = turn_on(vault, (tsa.url,), tsa_files.ca)
    stamping.stamp_missing(vault, config, config.services)
    bundle.write(vault, Selection(), out)


def test_the_bundle_holds_each_token_the_manifest_token_and_the_certificates(
    vault: Vault, tsa: LocalTsa, tsa_files: TsaFiles, tmp_path: Path
) -> None:
    out = tmp_path / "pakke.zip"
    stamped_bundle(vault, tsa, tsa_files, out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        readme = zf.read("LAES-MIG_README.txt").decode()
        pem = zf.read("certs.pem").decode()
    images = [n for n in names if n.startswith("bilag/") and not n.endswith(".tsr")]
    assert len(images) == 2 and all(f"{n}.tsr" in names for n in images)
    assert "SHA256SUMS.tsr" in names
    assert pem.count("BEGIN CERTIFICATE") == 2  # the signer and its root
    for name in images:
        assert f'openssl ts -verify -in "{name}.tsr" -data "{name}" -CAfile certs.pem' in readme
    result = bundle_check.check(out)
    assert result.ok, result.lines
    assert sum("trusted time" in line for _s, line in result.lines) == 3


def rewrite(src: Path, dst: Path, name: str, new: bytes) -> None:
    """The bundle with *name* replaced and SHA256SUMS recomputed: a careful forger."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        members = {n: zin.read(n) for n in zin.namelist()}
    members[name] = new
    lines = members["SHA256SUMS"].decode().splitlines()
    fixed = []
    for line in lines:
        digest, listed = line.split("  ", 1)
        if listed == name:
            digest = hashlib.sha256(new).hexdigest()
        fixed.append(f"{digest}  {listed}\n")
    members["SHA256SUMS"] = "".join(fixed).encode()
    with zipfile.ZipFile(dst, "w") as zout:
        for n, data in members.items():
            zout.writestr(n, data)


def test_a_bundle_changed_and_resummed_fails_where_the_manifest_is_stamped(
    vault: Vault, tsa: LocalTsa, tsa_files: TsaFiles, tmp_path: Path
) -> None:
    out = tmp_path / "pakke.zip"
    stamped_bundle(vault, tsa, tsa_files, out)
    forged = tmp_path / "forged.zip"
    rewrite(out, forged, "episodes.json", b'{"episodes": []}')
    result = bundle_check.check(forged)
    assert not result.ok
    failed = [line for status, line in result.lines if status == bundle_check.FAILED]
    assert failed == [failed[0]] and failed[0].startswith("SHA256SUMS: changed after")
    with zipfile.ZipFile(out) as zf:
        image = next(n for n in zf.namelist() if n.endswith(".png"))
    rewrite(out, forged, image, b"not the original")
    failed = [line for s, line in bundle_check.check(forged).lines if s == bundle_check.FAILED]
    assert any(line.startswith(image) for line in failed)  # its own token no longer fits


def test_the_report_annex_prints_the_trusted_time_in_the_report_language(
    vault: Vault, tsa: LocalTsa, tsa_files: TsaFiles, tmp_path: Path
) -> None:
    from vidne.app.output.report import pdf

    from tests.helpers.report import pdf_text

    add_episode(vault, "2026-02-03T09:00:00+01:00", "FEBMARK", images=1)
    stamping.stamp_missing(vault, settings.load(vault), (tsa.url,))
    for lang, words in (("en", "Trusted time:"), ("da", "Betroet tid:")):
        out = tmp_path / f"{lang}.pdf"
        pdf.write(vault, Selection(lang=lang), out)
        text = " ".join(pdf_text(out).split())
        assert words in text and "Test TSA" in text, text[-1500:]
