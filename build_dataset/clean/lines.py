"""parse: a decoded page -> lines with the features the rules need.

Unicode repair happens here, once per page: ftfy fixes mojibake and stray controls (keeping
curly quotes and dashes), then every line is put in canonical form (see
:mod:`russia_israel_news.text`). The line count never changes, so line numbers stay those of
the raw file.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field

import ftfy

from russia_israel_news.text import canonical_line, canonical_lines

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, explain=False)
_FTFY_AFTER_TAG = _FTFY._replace(unescape_html=False)
TERMINAL = (".", "!", "?", "\u2026", ".\u201d", "?\u201d", "!\u201d", '."', '?"', '!"', ".'", ".)", ".\u2019",
            "\u3002", "\u3002\u201d", "\u3002\u300d", "\u3002\u300f", "!\u300d", "?\u300d")  # 。 and 」』 quotes

#: Scripts written without spaces between words: (first, last code point, characters per word).
#: A run of them counts as its characters over the ratio, measured by word segmenters on
#: frequency-weighted word lists (benchmarks/word_equivalents.py, benchmarks/results.md).
UNSPACED = (
    (0x3040, 0x30FF, 1.7),  # hiragana, katakana
    (0x3400, 0x4DBF, 1.7),  # CJK ideographs, extension A
    (0x4E00, 0x9FFF, 1.7),  # CJK unified ideographs
    (0xF900, 0xFAFF, 1.7),  # CJK compatibility ideographs
    (0x0E00, 0x0E7F, 4.0),  # Thai
)
# one character class (an alternation of classes is searched 100x slower)
UNSPACED_CLASS = "[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi, _ in UNSPACED) + "]"
UNSPACED_RUN = re.compile(UNSPACED_CLASS + "+")
# The first bytes of the UNSPACED characters in UTF-8: a text without any of them has none (bytes are searched fast).
_UNSPACED_LEADS = sorted({chr(c).encode()[:1] for lo, hi, _ in UNSPACED for c in (*range(lo, hi, 0x40), hi)})


def has_unspaced(text: str) -> bool:
    """Whether ``text`` holds a character of a script written without spaces (``UNSPACED_RUN``)."""
    if text.isascii():
        return False
    blob = text.encode("utf-8", "surrogatepass")
    return any(lead in blob for lead in _UNSPACED_LEADS) and UNSPACED_RUN.search(text) is not None


_PER_WORD = [(re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi, r in UNSPACED if r == ratio) + "]"), ratio)
             for ratio in sorted({r for *_, r in UNSPACED})]
_WORD = re.compile(r"\S*\w\S*")  # a spaced word: a whitespace-separated token with a letter or digit


def word_count(text: str) -> int:
    """Words, or their equivalent in a script written without spaces: a canonical line's whitespace-
    separated words; on a line with Chinese, Japanese or Thai characters, its other words (those with
    a letter or digit) plus its unspaced characters over their characters per word, rounded up."""
    if not has_unspaced(text):
        return text.count(" ") + 1 if text else 0
    rest = UNSPACED_RUN.sub(" ", text)
    return len(_WORD.findall(rest)) + math.ceil(sum(len(c.findall(text)) / r for c, r in _PER_WORD))


# What ftfy could change: UTF-8 read as Latin-1/cp1252 (a lead byte 0xC2-0xF4 then a continuation
# byte, as cp1252 shows them, or Â/Ã then a space: a no-break space so read), C1 controls, HTML
# entities, terminal escapes, ligatures, full-width forms, surrogates. Only lines with one of these
# go to ftfy, the slow step; the rest are left to canonical_line.
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u00c2\u00c3] "
    "|[\u0080-\u009f\x1b\ufb00-\ufb06\uff01-\uff5e\ud800-\udfff\ufffd]|&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"
)


# Every match of _SUSPECT starts with one of these characters: a plain class scan finds candidates fast.
_SUSPECT_START = re.compile("[\u00c2-\u00f4\u0080-\u009f\x1b\ufb00-\ufb06\uff01-\uff5e\ud800-\udfff\ufffd&]")


#: ftfy is applied to a line again while it still changes it, at most this often.
MAX_REPAIRS = 3


def suspect_lines(text: str) -> list[int]:
    """Indices of the lines of ``text`` that contain a suspect sequence (each at most once, in order)."""
    found: list[int] = []
    line, pos = 0, 0
    for m in _SUSPECT_START.finditer(text):
        if not _SUSPECT.match(text, m.start()):
            continue
        line += text.count("\n", pos, m.start())
        pos = m.start()
        if not found or found[-1] != line:
            found.append(line)
    return found


def repair_lines(text: str) -> list[str]:
    """``text`` split at ``\n`` with each line that needs it repaired by ftfy, as ``ftfy.fix_text`` would.

    ftfy fixes a text one line at a time; only the lines with something to fix are given to it
    (the slow step), each with its line break and with ftfy's page-wide rule that HTML entities
    are left alone from the first line that contains ``<``. A line break ftfy adds inside a line
    becomes a space, so the line count never changes.
    """
    raw = text.split("\n")
    suspects = suspect_lines(text)
    if not suspects:
        return raw
    first_tag = text.count("\n", 0, text.find("<")) if "<" in text else len(raw)
    fixed = list(raw)
    for i in suspects:
        config = _FTFY if i < first_tag else _FTFY_AFTER_TAG
        line = end = raw[i] + ("\n" if i < len(raw) - 1 else "")
        for _ in range(MAX_REPAIRS):  # until ftfy changes nothing more (mojibake can be two layers deep)
            out = ftfy.fix_text(line, config=config)
            if out == line:
                break
            line = out
        fixed[i] = (line[:-1] if line.endswith("\n") and end.endswith("\n") else line).replace("\n", " ")
    return fixed


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


@functools.cache
def _native_digits() -> dict:
    """Every script's decimal digits as ASCII ones ("١٢ مارس ٢٠٢٤", "১২ মার্চ ২০২৪"): the date patterns read years as
    "19"/"20" and two more digits, and dateparser reads ASCII digits."""
    # built for the first line that has such a digit, not at import: it scans every code point
    return {c: str(unicodedata.digit(chr(c))) for c in range(0x80, 0x20000) if unicodedata.category(chr(c)) == "Nd"}


#: A decimal digit that is not ASCII: a scan for one is several times faster than a dict translate of a whole page.
_NATIVE_DIGIT = re.compile(r"[^\D0-9]")


def ascii_digits(text: str) -> str:
    """``text`` with the decimal digits of any script as ASCII digits (one for one: its length is the same)."""
    return text.translate(_native_digits()) if not text.isascii() and _NATIVE_DIGIT.search(text) else text


def _key(text: str) -> str:
    # Turkish "İ" lower-cases to "i" and a combining dot above: the phrases have the plain "i" ("İlgili Haberler")
    return ascii_digits(text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("i\u0307", "i"))


def make_line(no: int, text: str) -> Line:
    """One line from any text (made canonical)."""
    text = canonical_line(text)
    key = _key(text)
    return Line(no, text, key, word_count(text))


def split_lines(text: str) -> list[Line]:
    """Repair ``text`` (already decoded, with ``\\n`` line ends) and split it into canonical lines."""
    texts = canonical_lines("\n".join(repair_lines(text)))
    for _ in range(MAX_REPAIRS):  # the canonical form can still need repair (a no-break space hid mojibake)
        joined = "\n".join(texts)
        if not suspect_lines(joined):
            break
        again = canonical_lines("\n".join(repair_lines(joined)))
        if again == texts:
            break
        texts = again
    page = "\n".join(texts)
    keys = _key(page).split("\n")  # one pass over the page, not one per line
    if has_unspaced(page):
        return [Line(i, t, k, word_count(t)) for i, (t, k) in enumerate(zip(texts, keys), start=1)]
    # no unspaced script on the page: canonical lines have single spaces, so the words are the spaces plus one
    return [Line(i, t, k, t.count(" ") + 1 if t else 0) for i, (t, k) in enumerate(zip(texts, keys), start=1)]
