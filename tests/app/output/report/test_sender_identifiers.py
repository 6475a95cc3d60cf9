"""The police report prints who wrote: the sender registry's identifiers (handles, profile
names, e-mail addresses, phone numbers) in each episode's first block, beside the quote, and a
table of senders near the start; other reports print them lower down in the details. Hostile
identifiers (2,000 characters, fancy letters, emoji, right-to-left) never stop the report."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.output import bundle
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault.store import Vault

from tests.helpers.report import pdf_text, qpdf_ok, rendered_pages

from .pages import page_texts

ACCOUNTS = ["@kaptajn_hævn", "Kaptajn Hævn (profil)", "hævn@example.org", "+45 12 34 56 78"]


def _episode(vault: Vault, day: int, quote: str, sender: Sender | None, **extra: object) -> int:
    ep = EpisodeStore(vault).add(
        Episode(
            occurred_at=f"2026-03-{day:02d}T20:00:00+01:00",
            channel="facebook",
            sender=sender.name if sender else str(extra.pop("typed", "")),
            sender_id=sender.id if sender else None,
            severity=3,
            description=f"Beskrivelse {day}",
            quote=quote,
            **extra,
        )
    )
    assert ep.id is not None
    return ep.id


def first_block(pages: list[str], number: int, quote: str) -> str:
    """Episode *number*'s text from its heading up to its quote, as printed."""
    page = next(p for p in pages if f"Episode {number} ·" in p and quote in p)
    at = page.index(f"Episode {number} ·")
    return page[at : page.index(quote, at)]


def test_police_see_every_identifier_before_the_quote(vault: Vault, tmp_path: Path) -> None:
    kaptajn = SenderStore(vault).add(Sender("Kaptajn Hævn", "citizen", ACCOUNTS))
    other = SenderStore(vault).add(Sender("Anden Afsender", "parent", ["anden@example.org"]))
    first = _episode(vault, 2, "CITAT-EN du skal passe på", kaptajn)
    second = _episode(vault, 5, "CITAT-TO vi ved hvor du bor", other)
    third = _episode(vault, 9, "CITAT-TRE igen", kaptajn)
    out = tmp_path / "politi.pdf"
    pdf.write(vault, Selection(recipient="police", lang="da"), out)
    pages = page_texts(out)
    for number, quote, accounts in (
        (first, "CITAT-EN", ACCOUNTS),
        (second, "CITAT-TO", ["anden@example.org"]),
        (third, "CITAT-TRE", ACCOUNTS),
    ):
        block = first_block(pages, number, quote)
        assert "Afsenderens kendetegn" in block
        for account in accounts:
            assert account in block, (number, account)
    assert "anden@example.org" not in first_block(pages, first, "CITAT-EN")
    # near the start: each sender once, with relation, identifiers and their episodes
    table = next(p for p in pages if "Afsendere" in p and "Kendetegn" in p)
    whole = "\f".join(pages)
    assert whole.index("Afsendere\n") < whole.index("CITAT-EN")  # before the first episode
    line = next(row for row in table.splitlines() if row.lstrip().startswith("Kaptajn Hævn"))
    assert "Borger" in line and "@kaptajn_hævn" in line and f"{first}, {third}" in line
    assert " 2 " in f" {line} "  # two episodes


def test_other_readers_find_identifiers_lower_down(vault: Vault, tmp_path: Path) -> None:
    kaptajn = SenderStore(vault).add(Sender("Kaptajn Hævn", "citizen", ACCOUNTS))
    number = _episode(vault, 2, "CITAT-EN du skal passe på", kaptajn, follow_up="OPFØLGNING")
    out = tmp_path / "leder.pdf"
    pdf.write(vault, Selection(recipient="leader", lang="da"), out)
    text = " ".join(pdf_text(out).split())
    details = text[text.rindex(f"Episode {number} ·") :]
    assert details.index("CITAT-EN") < details.index("Afsenderens kendetegn")
    assert details.index("OPFØLGNING") < details.index("Afsenderens kendetegn")
    for account in ACCOUNTS:
        assert account in details
    assert "Kendetegn" not in text.split("Episodeoversigt")[0].split("Indhold")[1]  # no table


def test_the_users_own_copy_has_the_table_of_senders_too(vault: Vault, tmp_path: Path) -> None:
    kaptajn = SenderStore(vault).add(Sender("Kaptajn Hævn", "citizen", ACCOUNTS))
    _episode(vault, 2, "CITAT-EN du skal passe på", kaptajn)
    for recipient, has_table in (("self", True), ("leader", False)):
        out = tmp_path / f"{recipient}.pdf"
        pdf.write(vault, Selection(recipient=recipient, lang="da"), out)
        pages = page_texts(out)
        tables = [p for p in pages if "Afsendere" in p and "Kendetegn" in p and "Relation" in p]
        assert bool(tables) == has_table, recipient


def test_a_sender_without_the_registry_has_no_identifier_line(vault: Vault, tmp_path: Path) -> None:
    _episode(vault, 2, "CITAT-EN", None, typed="Skrevet ind")
    out = tmp_path / "politi.pdf"
    pdf.write(vault, Selection(recipient="police", lang="da"), out)
    text = pdf_text(out)
    assert "Skrevet ind" in text and "Afsenderens kendetegn" not in text


FANCY = "𝕳𝖆𝖗𝖆𝖘𝖘𝖊𝖗𝖓𝖊 𝓣𝓱𝓮 𝓖𝓻𝓮𝓪𝓽 𝐁𝐎𝐋𝐃"
HOSTILE = [
    "x" * 2000,  # one 2,000-character word
    "Navn " * 400,
    "😡🤬👍🏽👨‍👩‍👧🇩🇰❤️" * 20,
    "سوف ندمر حياتك المهنية",
    "אחד שניים שלושה ארבעה",
    FANCY,
    "\u202eesrever\u202c <b>&amp;</b>",
]


@pytest.mark.parametrize("recipient", ["police", "leader"])
def test_hostile_identifiers_still_make_the_report(
    vault: Vault, tmp_path: Path, recipient: str
) -> None:
    hostile = SenderStore(vault).add(Sender(FANCY * 10, "unknown", HOSTILE))
    for day in range(1, 4):
        _episode(vault, day, f"CITAT-{day}", hostile)
    out = tmp_path / f"{recipient}.pdf"
    pdf.write(vault, Selection(recipient=recipient, lang="da"), out)
    assert qpdf_ok(out) and rendered_pages(out, tmp_path / "png") > 3
    text = pdf_text(out)
    flat = "".join(text.split())
    assert "x" * 2000 in flat  # the details print the long identifier in full (wrapped)
    assert "[emoji" not in text and "[MATHEMATICAL" not in text
    assert "CITAT-3" in text


def test_hostile_identifiers_still_make_the_bundle(vault: Vault, tmp_path: Path) -> None:
    hostile = SenderStore(vault).add(Sender("Afsender", "unknown", HOSTILE))
    _episode(vault, 1, "CITAT", hostile)
    out = tmp_path / "pakke.zip"
    bundle.write(vault, Selection(recipient="police", lang="da"), out)
    with zipfile.ZipFile(out) as zf:
        zf.extractall(tmp_path / "x")
    assert qpdf_ok(tmp_path / "x" / "rapport.pdf")
    assert "CITAT" in pdf_text(tmp_path / "x" / "rapport.pdf")


def test_a_sender_known_only_by_identifiers_is_shown_by_them(vault: Vault, tmp_path: Path) -> None:
    anonymous = SenderStore(vault).add(Sender("", "unknown", ["@anonym_konto", "+45 87 65 43 21"]))
    number = _episode(vault, 3, "CITAT-ANONYM", anonymous)
    out = tmp_path / "politi.pdf"
    pdf.write(vault, Selection(recipient="police", lang="da"), out)
    block = first_block(page_texts(out), number, "CITAT-ANONYM")
    assert "Tidspunkt" in block and "@anonym_konto" in block and "+45 87 65 43 21" in block
