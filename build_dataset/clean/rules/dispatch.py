"""Which line rule decides each line of a page: the first, in registry order, that decides it.

Trying every rule on every line would be the cleaner's slowest step, so a line tries only the
rules that could decide it: those whose word limit it fits and, of those, the ones whose anchor
words it contains, whose gate (a cheap test of its shape) holds, or that have no anchors. These
are pre-tests only: they never skip a rule that would decide the line (a test compares them with
trying every rule). They run over all the lines of a batch of pages at once (:func:`first_rules_batch`,
the cleaner's way: a shard's pages); ``match`` is then called on the few lines with a rule to try.
"""

from __future__ import annotations

import re
from itertools import chain

import ahocorasick_rs
import numpy as np

from build_dataset.clean.lines import Line
from build_dataset.clean.rules import Rule, line_rules

RULES: list[Rule] = line_rules()
#: No line rule decides a longer line.
MAX_RULE_WORDS = max(r.max_words for r in RULES)

_ALWAYS = 0  # rules tried on every line their word limit allows
_BITS: dict[str, int] = {}  # anchor word -> the rules (bits) that need it
_GATED: dict[str, list[int]] = {}  # gate regex -> [the rules (bits) it lets in, their largest word limit]
for _k, _r in enumerate(RULES):
    _bit = 1 << _k
    if _r.anchors is None:
        _ALWAYS |= _bit
        continue
    for _word in _r.anchors:
        _BITS[_word] = _BITS.get(_word, 0) | _bit
    if _r.gate is not None:
        _bits, _limit = _GATED.get(_r.gate, (0, 0))
        _GATED[_r.gate] = [_bits | _bit, max(_limit, _r.max_words)]
#: For a line of w words, the rules whose word limit it fits.
_FITS = [sum(1 << k for k, r in enumerate(RULES) if r.max_words >= w) for w in range(MAX_RULE_WORDS + 1)]

# The pre-tests run over all the lines of a batch at once. The lines are grouped in tiers by word
# count; each tier's keys are joined with line breaks into one text, searched once for the anchor words
# of the rules a line of the tier may fit (Aho-Corasick) and for their gates, and a match's offset gives
# its line. Each line then keeps the rules its word count fits, and ``match`` is called on the lines
# with a rule left to try. A line's candidate rules are bits of one unsigned 64-bit integer.
if len(RULES) > 64:
    raise RuntimeError(f"{len(RULES)} line rules: dispatch keeps a line's candidate rules in 64 bits")

# Bytes to words: ASCII letters, digits and "_" stay, every other byte (punctuation, the line break,
# any byte of a non-ASCII character) becomes a space. A line's words are then the runs of word bytes
# between spaces, and " word " is found in the joined keys where ``word`` is a whole word of a line.
_WORD_BYTES = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 95) else 32 for c in range(256))
# An anchor of word bytes is looked up as one of a line's words; any other (non-ASCII: "lesezeit" is, "чтения"
# is not) as a part of the line's UTF-8 bytes, which it must be to be a word of the line.
_WORDS = sorted(w for w in _BITS if re.fullmatch(r"[A-Za-z0-9_]+", w))
_PARTS = sorted(set(_BITS) - set(_WORDS))
#: Gates that look around, at the text's ends or turn re.MULTILINE off: always searched key by key
#: (in a joined text a look-behind at a line's start would see the line before it).
_KEY_BY_KEY = re.compile(r"\\[AZ]|\(\?[=!<]|\(\?[aiLmsux]*-")


class _Gate:
    """A gate regex, searched in the keys of many lines at once: in their text joined with line breaks
    (re.MULTILINE puts ^ and $ at each line's ends), each line searched from its start to its first
    match. That finds the lines a search of each key finds, unless a match runs over a line break:
    then, and for the gates of _KEY_BY_KEY, each key is searched."""

    def __init__(self, pattern: str):
        self.search_key = re.compile(pattern).search
        self.search_text = None if _KEY_BY_KEY.search(pattern) else re.compile(pattern, re.MULTILINE).search

    def lines(self, keys: list[str], text: str) -> list[int]:
        """The indices of the ``keys`` (``text``: the keys joined with "\\n") in which the gate is found."""
        if not keys:
            return []
        found = None if self.search_text is None else self._lines_in(text)
        return [j for j, key in enumerate(keys) if self.search_key(key)] if found is None else found

    def _lines_in(self, text: str) -> list[int] | None:
        found, pos, line, search, find, count = [], 0, 0, self.search_text, text.find, text.count
        while (m := search(text, pos)) is not None:
            start = m.start()
            line += count("\n", pos, start)
            end = find("\n", start)
            if end != -1 and m.end() > end:
                return None  # the match runs over a line break
            found.append(line)
            if end == -1:
                break
            pos, line = end + 1, line + 1
        return found


class _Tier:
    """The lines of ``lo < words <= hi``: the anchor words and gates of the rules that such a line may fit."""

    def __init__(self, lo: int, hi: int):
        self.lo, self.hi = lo, hi
        fits = _FITS[lo + 1]
        self.always = _ALWAYS & fits
        words = [w for w in _WORDS if _BITS[w] & fits]
        self.word_rules = np.array([_BITS[w] & fits for w in words], dtype=np.uint64)
        self.find_words = (ahocorasick_rs.BytesAhoCorasick([f" {w} ".encode("ascii") for w in words],
                                                           implementation=ahocorasick_rs.Implementation.DFA)
                           if words else None)
        parts = [w for w in _PARTS if _BITS[w] & fits]
        self.part_rules = np.array([_BITS[w] & fits for w in parts], dtype=np.uint64)
        self.find_parts = (ahocorasick_rs.BytesAhoCorasick([w.encode("utf-8") for w in parts],
                                                           implementation=ahocorasick_rs.Implementation.DFA)
                           if parts else None)
        # a gate whose rules fit fewer words than some lines of the tier is searched in the lines it fits
        self.gates = [(_Gate(gate), bits & fits, limit if limit < hi else None)
                      for gate, (bits, limit) in _GATED.items() if bits & fits]

    def candidates(self, keys: list[str], words: np.ndarray) -> np.ndarray:
        """The candidate rules (bits) of each of ``keys`` (the keys of lines of this tier, of ``words`` words),
        before word limits."""
        text = "\n".join(keys)
        rows: list[int] = []  # a line (index into keys) and rules (bits) it tries, for each hit
        bits: list[int] = []
        for gate, gate_bits, limit in self.gates:
            if limit is None:
                found = gate.lines(keys, text)
            else:
                short = np.flatnonzero(words <= limit).tolist()
                some = [keys[j] for j in short]
                found = [short[j] for j in gate.lines(some, "\n".join(some))]
            rows += found
            bits += [gate_bits] * len(found)
        rows, bits = np.array(rows, dtype=np.int64), np.array(bits, dtype=np.uint64)
        raw = text.encode("utf-8", "surrogatepass")
        breaks = None
        for find, rules, padded in ((self.find_words, self.word_rules, True), (self.find_parts, self.part_rules, False)):
            if find is None:
                continue
            # overlapping: two adjacent words share the space between them
            hits = find.find_matches_as_indexes(b" " + raw.translate(_WORD_BYTES) + b" " if padded else raw,
                                                overlapping=True)
            if hits:
                hits = np.fromiter(chain.from_iterable(hits), dtype=np.int64, count=3 * len(hits)).reshape(-1, 3)
                if breaks is None:
                    breaks = np.flatnonzero(np.frombuffer(raw, dtype=np.uint8) == 10)
                # a hit's start in the padded bytes is its word's start in raw: count the line breaks before it
                rows = np.concatenate([rows, np.searchsorted(breaks, hits[:, 1])])
                bits = np.concatenate([bits, rules[hits[:, 0]]])
        mask = np.full(len(keys), self.always, dtype=np.uint64)
        np.bitwise_or.at(mask, rows, bits)
        return mask


#: The tiers' upper word limits. Short lines hold most of the hits (dates, numbers, navigation words) and
#: only they are searched for the digit gate; more tiers cost more in a page or a batch than they save.
_CUTS = sorted({min(12, MAX_RULE_WORDS), MAX_RULE_WORDS})
_TIERS = [_Tier(lo, hi) for lo, hi in zip([0, *_CUTS], _CUTS)]
#: _FITS by word count, 0 for a line of no words or more than any rule's limit.
_FITS_BY_WORDS = np.array([0, *_FITS[1:], 0], dtype=np.uint64)
_ORDERS: dict[int, tuple] = {}  # candidate bits -> their rules and matches, in registry order


def _rules_of(mask: int) -> tuple:
    rules = _ORDERS.get(mask)
    if rules is None:
        rules = _ORDERS[mask] = tuple((r, r.match) for k, r in enumerate(RULES) if mask >> k & 1)
    return rules


def _candidates(lines: list[Line]) -> tuple[np.ndarray, np.ndarray]:
    """The lines with a rule to try (indices into ``lines``) and those rules (bits), from the pre-tests."""
    words = np.fromiter((line.words for line in lines), dtype=np.int64, count=len(lines))
    tier = np.searchsorted(_CUTS, words)  # the first cut a line fits (a line of no words: left out below)
    tier[words <= 0] = len(_TIERS)
    by_tier = np.argsort(tier, kind="stable")
    bounds = np.searchsorted(tier[by_tier], np.arange(len(_TIERS) + 1))
    where, masks = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.uint64)]
    for t, part in enumerate(_TIERS):
        lines_of_tier = by_tier[bounds[t]:bounds[t + 1]]
        if len(lines_of_tier):
            words_of_tier = words[lines_of_tier]
            mask = part.candidates([lines[i].key for i in lines_of_tier.tolist()], words_of_tier)
            mask &= _FITS_BY_WORDS[words_of_tier]
            tried = np.flatnonzero(mask)
            where.append(lines_of_tier[tried])
            masks.append(mask[tried])
    return np.concatenate(where), np.concatenate(masks)


def first_rules_batch(pages: list[list[Line]]) -> list[list[Rule | None]]:
    """For each line of each of ``pages``, the first line rule (in registry order) that decides it, or None.
    The pre-tests run over all their lines at once: a batch of pages is faster than each page alone."""
    lines = [line for page in pages for line in page]
    out: list[Rule | None] = [None] * len(lines)
    where, masks = _candidates(lines)
    for i, mask in zip(where.tolist(), masks.tolist()):
        line = lines[i]
        for rule, match in _rules_of(mask):
            if match(line):
                out[i] = rule
                break
    result, start = [], 0
    for page in pages:
        result.append(out[start:start + len(page)])
        start += len(page)
    return result


def first_rules(lines: list[Line]) -> list[Rule | None]:
    """For each line of a page, the first line rule (in registry order) that decides it, or None."""
    return first_rules_batch([lines])[0]
