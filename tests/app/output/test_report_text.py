"""User text in the report: escaped, visible, nothing dropped."""

from __future__ import annotations

from vidne.app.output.report import text


def test_markup_is_escaped() -> None:
    markup = text.para('<b>x</b> & <img src="/etc/hostname"/> <a href="http://e">l</a>')
    assert "<b>" not in markup and "<img" not in markup and "<a " not in markup
    assert "&lt;img src=&quot;/etc/hostname&quot;/&gt;" in markup
    assert "&amp;" in markup


def test_emoji_stay_emoji_and_are_set_in_the_emoji_face() -> None:
    out = text.visible("Hej 😂 æøå ÆØÅ 👍🏽 ✓ ❤️")
    assert out == "Hej 😂 æøå ÆØÅ 👍🏽 ✓ ❤"  # only the invisible variation selector goes
    markup = text.markup(out)
    assert '<font name="VidneEmoji">😂</font>' in markup
    assert '<font name="VidneEmoji">👍🏽</font>' in markup
    assert "æøå ÆØÅ" in markup


def test_fancy_letters_keep_their_look_and_undrawable_ones_fall_back() -> None:
    fancy = "𝕳𝖊𝖑𝖑𝖔 𝓗𝓮𝓵𝓵𝓸"
    assert text.visible(fancy) == fancy  # Noto Sans Math draws them
    assert '<font name="VidneMath">' in text.markup(fancy)
    assert text.visible("Ｈｅｌｌｏ") == "Hello"  # no face has fullwidth letters: their plain form
    assert text.visible("\U000e0001x") == "x"  # a tag character is a format character


def test_fit_shortens_with_an_ellipsis_and_keeps_short_text() -> None:
    assert text.fit("kort navn", 200, 9) == "kort navn"
    long = text.fit("x" * 2000, 100, 9)
    assert long.endswith("…") and text.width(long, 9) <= 100
    accented = text.fit("e\u0301" * 500, 50, 9)
    assert accented.endswith("…") and len(accented[:-1]) % 2 == 0  # no letter loses its accent


def test_control_and_bidi_characters_are_removed_line_breaks_kept() -> None:
    out = text.visible("a\x00b\x1bc\u202ed\r\ne\tf")
    assert out == "abcd\ne\tf"
    assert text.para("a\nb") == "a<br/>b"


def test_lines_splits_for_page_breaks() -> None:
    assert text.lines("a\n\nb") == ["a", "&nbsp;", "b"]


def test_long_lines_are_chunked_without_losing_text() -> None:
    sentence = "Du er en skændsel for skolen. " * 500
    text_ = sentence.strip()
    pieces = text.chunks(text_)
    assert len(pieces) > 5 and all(len(p) <= text.CHUNK for p in pieces)
    assert " ".join(pieces) == text_
    assert all(p.endswith(".") for p in pieces)  # cut at sentence ends
    word = "x" * 5000
    assert "".join(text.chunks(word)) == word
