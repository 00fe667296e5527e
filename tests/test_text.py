"""Unicode: repair what is broken, keep what is meaningful; decoding of raw bytes."""

from __future__ import annotations

import sys

import pytest

from build_dataset.clean.lines import split_lines
from build_dataset.read.pages import SeedError, decode
from russia_israel_news.text import canonical_line, canonical_text, is_canonical_text


@pytest.mark.parametrize("raw, clean", [
    ("Ukraine\u00a0", "Ukraine"),
    ("to\u00a0maintain\u00a0good", "to maintain good"),
    ("“quoted” ‘single’ — dash – en", "“quoted” ‘single’ — dash – en"),
    ("bell\x07 and\x00 nul", "bell and nul"),
    ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    ("tab\tand   runs", "tab and runs"),
    ("cafe\u0301", "caf\u00e9"),  # NFC
])
def test_canonical_line(raw, clean):
    assert canonical_line(raw) == clean
    assert canonical_line(clean) == clean


def test_every_character_the_canonical_form_replaces_is_not_printable():
    """The canonical form skips its character scans on printable text: that is sound only while every
    character they replace is one str.isprintable() rejects."""
    from russia_israel_news.text import _INVISIBLE, _SPACES

    found = [c for c in map(chr, range(sys.maxunicode + 1)) if _INVISIBLE.match(c) or _SPACES.match(c)]
    assert len(found) > 60 and not any(c.isprintable() for c in found)


def test_bidi_controls_of_right_to_left_text_are_dropped():
    """Marks, embeddings and isolates around right-to-left words carry no text; the Persian non-joiner stays."""
    assert canonical_line("\u2067\u05d3\u05e0\u05d4 \u05db\u05d4\u05df\u2069 \u200f| 12.03.2024\u061c") == "\u05d3\u05e0\u05d4 \u05db\u05d4\u05df | 12.03.2024"
    assert canonical_line("\u202bمی\u200cشود\u202c") == "می\u200cشود"


def test_mojibake_is_repaired_and_curly_quotes_kept():
    lines = split_lines("Israel wouldnâ€™t block it\n\nâ€œQuotedâ€\x9d text")
    assert [ln.text for ln in lines] == ["Israel wouldn’t block it", "", "“Quoted” text"]


def test_line_count_never_changes():
    text = "a\u2028b\n\nc\x0cd\n\u0085e\n"
    assert len(split_lines(text)) == len(text.split("\n"))


def test_canonical_text():
    assert canonical_text(["One.", "", " Two\u00a0 words. "]) == "One.\n\nTwo words."
    assert is_canonical_text("One.\n\nTwo.")
    assert not is_canonical_text("One.\n\n\nTwo.") and not is_canonical_text("One.\nTwo.") and not is_canonical_text("")


def test_decode_repairs_and_records_warnings():
    text, warnings = decode(b"\xef\xbb\xbfTitle\r\nBody\rEnd", "x.txt")
    assert text == "Title\nBody\nEnd"
    assert "UTF-8 byte-order mark removed" in warnings and "line endings normalised to LF" in warnings
    text, warnings = decode("Title\nBody".encode("utf-16"), "x.txt")
    assert text == "Title\nBody" and any("UTF-16" in w for w in warnings)


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b" \n\t\n", "empty"),
    ("Title\nline two\nМинистр иностранных дел России провёл переговоры.\n".encode("koi8_r"), "x.txt:3: is not UTF-8"),
    (b"Title\nbody\x00more", "x.txt:2: contains NUL bytes"),
])
def test_decode_rejects_with_file_line_and_reason(data, reason):
    with pytest.raises(SeedError, match=reason.replace(".", r"\.")):
        decode(data, "x.txt")
