"""Matching phrase lists against lines: whole words, anywhere or at the start, behind a cheap pre-test."""

from __future__ import annotations

import re

from build_dataset.lines import Line

_WORD = re.compile(r"\w+")


class Phrases:
    """Any of ``phrases`` as whole words: anywhere in a line, or (``lead=True``) at its start.

    Before the regular expression runs, a necessary condition is tested: the longest word of
    some phrase must occur in the line (plain substring tests, fast in C). Most lines fail it,
    and never reach the slower alternation.
    """

    def __init__(self, phrases, lead: bool = False):
        ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
        body = "|".join(re.escape(p) for p in ordered)
        pattern = rf"^(?:{body})(?!\w)" if lead else rf"(?<!\w)(?:{body})(?!\w)"
        regex = re.compile(pattern)
        self._find = regex.match if lead else regex.search
        anchors = [max(_WORD.findall(p), key=len, default=None) for p in ordered]
        # drop anchors that contain another anchor: the shorter one already covers them
        unique = sorted(set(anchors), key=len) if None not in anchors else None
        self._anchors = None if unique is None else tuple(a for i, a in enumerate(unique)
                                                            if not any(b in a for b in unique[:i]))

    def search(self, line: Line) -> re.Match | None:
        key = line.key
        if self._anchors is not None and not any(a in key for a in self._anchors):
            return None
        return self._find(key)

    def search_text(self, text: str) -> re.Match | None:
        """The same search on any (lower-cased) text, without the pre-test."""
        return self._find(text)
