"""Which line rule decides each line of a page: the first, in registry order, that decides it.

Trying every rule on every line would be the cleaner's slowest step, so a line tries only the
rules that could decide it: those whose word limit it fits and, of those, the ones whose anchor
words it contains, whose gate (a cheap test of its shape) holds, or that have no anchors. These
are pre-tests only: they never skip a rule that would decide the line (a test compares them with
trying every rule).
"""

from __future__ import annotations

import re

from build_dataset.lines import Line
from build_dataset.rules import Rule, line_rules

RULES: list[Rule] = line_rules()
#: No line rule decides a longer line.
MAX_RULE_WORDS = max(r.max_words for r in RULES)

_ALWAYS = 0  # rules tried on every line their word limit allows
_BITS: dict[str, int] = {}  # anchor word -> the rules (bits) that need it
_GATED: dict[str, list[int]] = {}  # gate regex -> [the rules (bits) it lets in, their largest word limit]
for _k, _r in enumerate(RULES):
    _bit = 1 << _k
    # Lines are looked up by their ASCII words; a rule with another anchor is tried on every line.
    if _r.anchors is None or not all(w.isascii() for w in _r.anchors):
        _ALWAYS |= _bit
        continue
    for _word in _r.anchors:
        _BITS[_word] = _BITS.get(_word, 0) | _bit
    if _r.gate is not None:
        _bits, _limit = _GATED.get(_r.gate, (0, 0))
        _GATED[_r.gate] = [_bits | _bit, max(_limit, _r.max_words)]
_ANCHORS = frozenset(_BITS)
# Each gate is searched in the lines short enough for one of its rules.
_GATES = [(re.compile(gate).search, bits, limit) for gate, (bits, limit) in _GATED.items()]
#: For a line of w words, the rules whose word limit it fits.
_FITS = [sum(1 << k for k, r in enumerate(RULES) if r.max_words >= w) for w in range(MAX_RULE_WORDS + 1)]

# Bytes to words: ASCII letters, digits and "_" stay, every other byte (punctuation, any byte of a
# non-ASCII character) separates words. A line's anchor words are among its words so found.
_WORD_BYTES = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c in b"_\n") else 32 for c in range(256))


def first_rules(lines: list[Line]) -> list[Rule | None]:
    """For each line, the first line rule (in registry order) that decides it, or None."""
    keys = "\n".join(line.key for line in lines)
    words_by_line = keys.encode("utf-8", "surrogatepass").translate(_WORD_BYTES).decode("ascii").split("\n")
    out: list[Rule | None] = [None] * len(lines)
    for i, line in enumerate(lines):
        n = line.words
        if not 0 < n <= MAX_RULE_WORDS:
            continue
        mask = _ALWAYS
        for search, bits, limit in _GATES:
            if n <= limit and search(line.key):
                mask |= bits
        words = words_by_line[i].split()
        if not _ANCHORS.isdisjoint(words):
            for word in _ANCHORS.intersection(words):
                mask |= _BITS[word]
        mask &= _FITS[n]
        while mask:
            low = mask & -mask
            rule = RULES[low.bit_length() - 1]
            if rule.match(line):
                out[i] = rule
                break
            mask ^= low
    return out
