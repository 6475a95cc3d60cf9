"""The cover's contents list gives the page each part starts on ("Sagen kort …… side 2"), and
that is the page where the part's heading is printed (read page by page, as drawn)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault.store import Vault

from tests.helpers.report import add_episode, png

from .pages import page_texts

ENTRY = re.compile(r"^\s*(\d+)\. (.+?)\s+(?:side|page) (\d+)\s*$")


def contents(cover: str) -> list[tuple[str, int]]:
    """(title, page) of every line of the contents list on the cover."""
    found = [ENTRY.match(line) for line in cover.splitlines()]
    return [(m.group(2), int(m.group(3))) for m in found if m]


def headings(page: str) -> set[str]:
    """The page's lines that hold one heading alone (a part's title)."""
    return {line.strip() for line in page.splitlines() if line.strip()}


@pytest.fixture
def case(vault: Vault) -> None:
    """Enough of a log for parts to start on pages far from where they would with no content:
    long episodes, several captures each, one of them wide (a landscape page)."""
    sender = SenderStore(vault).add(Sender("Kaptajn Hævn", "citizen", ["@kaptajn"]))
    for day in range(1, 13):
        add_episode(
            vault,
            f"2026-01-{day:02d}T09:00:00+01:00",
            f"MARK{day}",
            images=2,
            sender_id=sender.id,
            quote="Du skal passe på. " * (120 if day % 4 == 0 else 3),
        )
    from vidne.app.evidence.store import CaptureStore, NewCapture

    captures = CaptureStore(vault)
    wide = captures.add(
        NewCapture(
            original=png(1600, 600),
            mime="image/png",
            captured_at="2026-01-05T10:00:00+00:00",
            utc_offset="+01:00",
            trigger="hotkey",
            width=1600,
            height=600,
        )
    )
    captures.attach([wide], 5)


@pytest.mark.parametrize(
    ("recipient", "lang"), [("leader", "da"), ("police", "da"), ("self", "en"), ("amr", "en")]
)
def test_each_part_starts_on_the_page_the_contents_give(
    vault: Vault, case: None, tmp_path: Path, recipient: str, lang: str
) -> None:
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(recipient=recipient, lang=lang), out)
    pages = page_texts(out)
    listed = contents(pages[0])
    assert len(listed) >= 4  # every part is listed with a page
    assert [page for _title, page in listed] == sorted(page for _title, page in listed)
    for title, page in listed:
        assert 2 <= page <= len(pages), title
        assert title in headings(pages[page - 1]), (title, page)  # the heading is there
        earlier = [n for n in range(1, page - 1) if title in headings(pages[n])]
        assert not earlier, (title, page, earlier)  # and not on any page before it


def test_the_last_part_gives_the_last_pages(vault: Vault, case: None, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(recipient="leader", lang="da"), out)
    pages = page_texts(out)
    title, page = contents(pages[0])[-1]
    assert title == "Integritetsbilag"
    assert f"Side {page} af {len(pages)}" in pages[page - 1]  # the footer agrees


def test_the_preview_numbers_only_what_it_shows(vault: Vault, case: None, tmp_path: Path) -> None:
    out = tmp_path / "preview.pdf"
    out.write_bytes(pdf.preview(vault, Selection(recipient="leader", lang="da"), "Anna", ""))
    pages = page_texts(out)
    assert contents(pages[0]) == [("Sagen kort", 2), ("Episodeoversigt", 3)]
    cover = " ".join(pages[0].split())
    assert "4. Overblik" in cover and "5. Episoder" in cover  # listed, without a page
