"""parse: a decoded page -> lines with the features the rules need.

Unicode repair happens here, once per page: ftfy fixes mojibake and stray controls (keeping
curly quotes and dashes), then every line is put in canonical form (see
:mod:`russia_israel_news.text`). The line count never changes, so line numbers stay those of
the raw file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ftfy

from russia_israel_news.text import canonical_line, canonical_lines

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, explain=False)
TERMINAL = (".", "!", "?", "\u2026", ".\u201d", "?\u201d", "!\u201d", '."', '?"', '!"', ".'", ".)", ".\u2019")


# What ftfy could change: UTF-8 read as Latin-1/cp1252 (a lead byte 0xC2-0xF4 then a continuation
# byte, as cp1252 shows them), C1 controls, HTML entities, terminal escapes, ligatures, full-width
# forms, surrogates. A page with none of these is left to canonical_line: ftfy is the slow step.
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[\u0080-\u009f\x1b\ufb00-\ufb06\uff01-\uff5e\ud800-\udfff\ufffd]|&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"
)


# Every match of _SUSPECT starts with one of these characters: a plain class scan finds candidates fast.
_SUSPECT_START = re.compile("[\u00c2-\u00f4\u0080-\u009f\x1b\ufb00-\ufb06\uff01-\uff5e\ud800-\udfff\ufffd&]")


def needs_repair(text: str) -> bool:
    return any(_SUSPECT.match(text, m.start()) for m in _SUSPECT_START.finditer(text))


def repair(text: str) -> str:
    """Fix mojibake and broken Unicode in ``text`` without touching meaningful characters."""
    return ftfy.fix_text(text, config=_FTFY) if needs_repair(text) else text


@dataclass(slots=True)
class Line:
    """One line of a page. ``no`` is 1-based; ``key`` is the lower-cased text with straight apostrophes."""

    no: int
    text: str
    key: str = field(repr=False)
    words: int
    tokens: str = field(default="", repr=False, compare=False)  #: the key's \\w+ words, space-separated

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def terminal(self) -> bool:
        """Ends like a sentence."""
        return self.text.endswith(TERMINAL)


def _key(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


_NON_WORD = re.compile(r"[^\w\n]+")


def make_line(no: int, text: str) -> Line:
    """One line from any text (made canonical)."""
    text = canonical_line(text)
    key = _key(text)
    return Line(no, text, key, len(text.split()), _NON_WORD.sub(" ", key))


def split_lines(text: str) -> list[Line]:
    """Repair ``text`` (already decoded, with ``\\n`` line ends) and split it into canonical lines."""
    count = text.count("\n")
    fixed = repair(text)
    if fixed.count("\n") != count:  # ftfy joined or split a line: repair line by line instead
        fixed = "\n".join(repair(line) for line in text.split("\n"))
    texts = canonical_lines(fixed)
    joined = _key("\n".join(texts))
    keys = joined.split("\n")
    words = _NON_WORD.sub(" ", joined).split("\n")  # one pass over the page, not one per line
    # canonical lines have single spaces and no others, so the words are the spaces plus one
    return [Line(i, t, k, t.count(" ") + 1 if t else 0, w) for i, (t, k, w) in enumerate(zip(texts, keys, words), start=1)]

