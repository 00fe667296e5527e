"""Matching phrase lists against lines: whole words, anywhere or at the start of a line."""

from __future__ import annotations

import re

from build_dataset.clean.lines import Line

_WORD = re.compile(r"\w+")


def every(by_language: dict) -> tuple:
    """A concept's phrases in all its languages (``phrases.LANGUAGES``), once each, in order.

    The union, not the page's language: restricting a page to English and its own language scored the same
    on dev_multi (benchmarks/results.md) and would need the language before cleaning, which is detected on
    the cleaned article.
    """
    return tuple(dict.fromkeys(p for phrases in by_language.values() for p in phrases))


def anchor_words(phrases) -> frozenset | None:
    """For each phrase its longest word: a line can only match a phrase if it contains that word.

    None when some phrase has no word at all (then nothing can be ruled out by words).
    """
    if isinstance(phrases, Phrases):
        return phrases.anchors
    anchors = [max(_WORD.findall(p), key=len, default=None) for p in phrases]
    return None if None in anchors else frozenset(anchors)


class Phrases:
    """Any of ``phrases`` as whole words: anywhere in a line, or (``lead=True``) at its start."""

    def __init__(self, phrases, lead: bool = False):
        ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
        body = "|".join(re.escape(p) for p in ordered)
        regex = re.compile(rf"^(?:{body})(?!\w)" if lead else rf"(?<!\w)(?:{body})(?!\w)")
        self._find = regex.match if lead else regex.search
        self.anchors = anchor_words(ordered)

    def search(self, line: Line) -> re.Match | None:
        return self._find(line.key)

    def search_text(self, text: str) -> re.Match | None:
        """The same search on any (lower-cased) text."""
        return self._find(text)
