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

from russia_israel_news.text import canonical_line

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, explain=False)
_WORD = re.compile(r"\w+")
TERMINAL = (".", "!", "?", "\u2026", ".\u201d", "?\u201d", "!\u201d", '."', '?"', '!"', ".'", ".)", ".\u2019")


def repair(text: str) -> str:
    """Fix mojibake and broken Unicode in ``text`` without touching meaningful characters."""
    return ftfy.fix_text(text, config=_FTFY)


@dataclass(slots=True)
class Line:
    """One line of a page. ``no`` is 1-based; ``key`` is the lower-cased text with straight apostrophes."""

    no: int
    text: str
    key: str = field(repr=False)
    words: int

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def terminal(self) -> bool:
        """Ends like a sentence."""
        return self.text.endswith(TERMINAL)


def make_line(no: int, text: str) -> Line:
    text = canonical_line(text)
    key = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return Line(no=no, text=text, key=key, words=len(text.split()))


def split_lines(text: str) -> list[Line]:
    """Repair ``text`` (already decoded, with ``\\n`` line ends) and split it into lines."""
    raw = text.split("\n")
    fixed = repair(text).split("\n")
    if len(fixed) != len(raw):  # ftfy joined or split a line: repair line by line instead
        fixed = [repair(line) for line in raw]
    return [make_line(i, t) for i, t in enumerate(fixed, start=1)]


def word_tokens(text: str) -> list[str]:
    return _WORD.findall(text)
