"""Nothing a user can type stops the report or the bundle, and every script prints faithfully.

The corpus is what real harassment looks like in a log: display names of "fancy font" letters,
names and words thousands of characters long, emoji sequences, Arabic, Persian and Hebrew,
combining accents. It goes into every text field of an episode, the evidence's window title,
the cover's name and workplace and the request.
"""

from __future__ import annotations

import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.output import bundle
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import RECIPIENTS, Selection
from vidne.app.vault import profile
from vidne.app.vault.store import Vault

from tests.helpers.report import pdf_text, png, qpdf_ok, rendered_pages

FANCY = "𝕳𝖆𝖗𝖆𝖘𝖘𝖊𝖗𝖓𝖊 𝓣𝓱𝓮 𝓖𝓻𝓮𝓪𝓽 𝐁𝐎𝐋𝐃 𝙼𝙾𝙽𝙾 ℌ𝔞𝔯𝔞𝔰 Ｈｅｌｌｏ ⓗⓘ"  # about 40 fancy letters
HEBREW = "אחד שניים שלושה ארבעה"
ARABIC = "سوف ندمر حياتك المهنية"
PERSIAN = "تو را پیدا خواهیم کرد"
EMOJI = "😡🤬👍🏽👨‍👩‍👧🇩🇰❤️"
COMBINING = "e\u0301 a\u0308 n\u0303 Z\u0335\u0336a\u0337\u0338l\u0334go"
CORPUS = [
    FANCY,
    "x" * 2000,  # one 2,000-character word
    "Navn " * 400,  # 2,000 characters of words
    EMOJI * 20,
    HEBREW,
    ARABIC,
    PERSIAN,
    f"Blandet {HEBREW} og {ARABIC} {EMOJI} {COMBINING}",
    COMBINING * 40,
    "\u202eesrever\u202c <b>&amp;</b> \x00\x1b",
]
TEXT_FIELDS = ("description", "quote", "context", "own_reply", "experience", "symptoms")


def fill(vault: Vault) -> None:
    """One episode per corpus entry, the entry in every field; one capture each."""
    episodes, captures = EpisodeStore(vault), CaptureStore(vault)
    for n, hostile in enumerate(CORPUS, start=1):
        ep = episodes.add(
            Episode(
                occurred_at=f"2026-02-{n:02d}T09:00:00+01:00",
                channel="facebook",
                sender=hostile,
                severity=n % 5 + 1,
                url="https://example.org/" + "a" * 500,
                kinds=["threats"],
                witnesses=[{"name": hostile, "role": hostile, "contact": ""}],
                told=[{"who": "leader", "when": "2026-02-28", "note": hostile}],
                follow_up=hostile,
                tags=[hostile[:200]],
                sick_days=1,
                **dict.fromkeys(TEXT_FIELDS, hostile),
            )
        )
        item = captures.add(
            NewCapture(
                original=png(colour=(n * 20, 0, 0)),
                mime="image/png",
                captured_at=f"2026-02-{n:02d}T10:00:00+00:00",
                utc_offset="+01:00",
                trigger="hotkey",
                width=320,
                height=200,
                window_title=hostile,
                window_program=hostile[:300],
            )
        )
        assert ep.id is not None
        captures.attach([item], ep.id)
    profile.set_profile(vault, "Ａｎｎａ " + "𝓐𝓷𝓷𝓪 " * 300 + HEBREW, "Skole " * 350 + ARABIC)


@pytest.mark.parametrize("recipient", RECIPIENTS)
def test_the_corpus_in_every_field_still_makes_the_report(
    vault: Vault, tmp_path: Path, recipient: str
) -> None:
    fill(vault)
    out = tmp_path / f"{recipient}.pdf"
    sel = Selection(recipient=recipient, lang="da", request="Jeg beder om " + " ".join(CORPUS))
    plan = pdf.write(vault, sel, out)
    assert len(plan.ctx.episodes) == len(CORPUS)
    assert qpdf_ok(out)
    assert rendered_pages(out, tmp_path / "png") > 3
    text = pdf_text(out)
    assert "[emoji" not in text and "[MATHEMATICAL" not in text
    for n in range(1, len(CORPUS) + 1):
        assert f"Bilag {n} – til episode {n}" in text


def test_the_corpus_still_makes_the_bundle(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    out = tmp_path / "pakke.zip"
    bundle.write(vault, Selection(lang="da", request=FANCY), out)
    with zipfile.ZipFile(out) as zf:
        zf.extractall(tmp_path / "x")
    check = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path / "x", capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout
    assert qpdf_ok(tmp_path / "x" / "rapport.pdf")
    csv_text = (tmp_path / "x" / "episodes.csv").read_text("utf-8-sig")
    assert HEBREW in csv_text and "x" * 2000 in csv_text  # the data file keeps everything


def words_on_line(path: Path, containing: str) -> list[tuple[float, str]]:
    """(x, text) of the words on the first line that holds *containing*, as drawn."""
    import re

    box = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>'
    for page in box.split("<page ")[1:]:
        words = [
            (float(x), float(y), unicodedata.normalize("NFKC", w))
            for x, y, w in re.findall(pattern, page)
        ]
        found = [y for _x, y, w in words if containing in w]
        if found:
            return sorted((x, w) for x, y, w in words if abs(y - found[0]) < 1)
    raise AssertionError(f"{containing!r} is not in the PDF")


def test_right_to_left_reads_in_order_and_arabic_is_joined(vault: Vault, tmp_path: Path) -> None:
    from tests.helpers.report import add_episode

    add_episode(vault, "2026-02-01T09:00:00+01:00", "RTL", images=0, quote=HEBREW)
    add_episode(vault, "2026-02-02T09:00:00+01:00", "RTL2", images=0, quote=ARABIC)
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(recipient="police"), out)
    # Drawn left to right, the words are the sentence from its end: the first word rightmost,
    # each word's letters in drawing order, i.e. reversed.
    hebrew = words_on_line(out, "דחא")
    assert " ".join(w[::-1] for _x, w in reversed(hebrew)) == HEBREW
    arabic = words_on_line(out, "فوس")
    assert " ".join(w[::-1] for _x, w in reversed(arabic)) == ARABIC
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert any("\ufe70" <= c <= "\ufefc" for c in raw)  # joined letter forms, not isolated ones


def test_emoji_and_fancy_letters_are_drawn_not_named(vault: Vault, tmp_path: Path) -> None:
    EpisodeStore(vault).add(
        Episode(occurred_at="2026-02-01T09:00:00+01:00", sender=FANCY, quote="Hej 😡 🤬")
    )
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(), out)
    text = pdf_text(out)
    assert "😡" in text and "🤬" in text  # searchable and copyable as the emoji
    assert "𝕳𝖆𝖗𝖆𝖘𝖘𝖊𝖗𝖓𝖊" in text
    assert "POUTING" not in text and "MATHEMATICAL" not in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "NotoEmoji" in fonts and "NotoSansMath" in fonts  # embedded (subsets)
