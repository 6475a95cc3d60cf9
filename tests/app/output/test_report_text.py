"""User text in the report: escaped, visible, nothing dropped."""

from __future__ import annotations

from vidne.app.output.report import text


def test_markup_is_escaped() -> None:
    markup = text.para('<b>x</b> & <img src="/etc/hostname"/> <a href="http://e">l</a>')
    assert "<b>" not in markup and "<img" not in markup and "<a " not in markup
    assert "&lt;img src=&quot;/etc/hostname&quot;/&gt;" in markup
    assert "&amp;" in markup


def test_emoji_become_named_markers_and_danish_letters_stay() -> None:
    out = text.visible("Hej 😂 æøå ÆØÅ 👍🏽 ✓")
    assert "[emoji: FACE WITH TEARS OF JOY]" in out
    assert "[emoji: THUMBS UP SIGN]" in out
    assert "[emoji: EMOJI MODIFIER FITZPATRICK TYPE-4]" in out
    assert "æøå ÆØÅ" in out and "✓" in out


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
