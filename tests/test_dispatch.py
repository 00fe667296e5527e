"""Rule dispatch (build_dataset/clean/rules/dispatch.py): the first line rule that decides each line.

The pre-tests (word limits, anchor words, gates) run over a whole batch of pages at once; they only
save time. The result must equal trying every rule on every line, in registry order.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.clean.lines import Line, make_line, split_lines
from build_dataset.clean.rules import REGISTRY, Rule, dispatch as D
from build_dataset.clean.rules.dispatch import first_rules, first_rules_batch
from conftest import SEEDS

RULES = list(REGISTRY.values())
LINE_RULES = [r for r in RULES if r.kind == "line"]
#: The shard size of the build: the cleaner decides this many pages in one batch.
BATCH = 200


#: Lines a rule decides that its pre-tests never give it, kept as they are so that the cleaner's
#: output does not change: lone_number's gate is a digit, but its pattern (``^[\d,.]+[km]?$``) also
#: takes a line of commas and dots only (23 lines of the dev pages: ".", ",", "...").
KNOWN_GAPS = {"lone_number": re.compile(r"[,.]+")}


def _every_rule_tried(line):
    return next((r for r in LINE_RULES if r.decides(line)
                 and not (r.id in KNOWN_GAPS and KNOWN_GAPS[r.id].fullmatch(line.key))), None)


def test_the_known_gaps_are_still_there():
    """When a gap is closed (in the rule's gate or pattern, changing the output), drop it from KNOWN_GAPS."""
    for rule_id, shape in KNOWN_GAPS.items():
        line = make_line(1, "...")
        assert shape.fullmatch(line.key) and REGISTRY[rule_id].decides(line) and first_rules([line]) == [None]


def _dispatch_pages():
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    examples = [ex for r in RULES for ex in r.drop + r.keep]
    pages.append("\n".join(ex if r.kind == "line" else ex[2:] for r in RULES for ex in r.drop + r.keep))
    # shapes the gates and anchors look at: digits, brackets, parentheses, glyphs, non-ASCII words
    pages.append("\n".join(["7", "12K", "example.com", "\u00a9 2020 Site", "\u00d7 close", "[shortcode]", "Photo: x (AP)",
                            "\u201cSubscribe\u201d", "Caf\u00e9 subscribe", "sub\u00adscribe now", "SUBSCRIBE!!", "By\u00a0Jane Doe"]
                           + [e.upper() for e in examples if isinstance(e, str)]))
    # anchor words are whole ASCII words: not inside a longer word (letters, digits, "_"), but between
    # any other characters, non-ASCII ones included; adjacent, first or last on a line
    pages.append("\n".join(["Subscribers", "subscribe_now", "re-subscribe", "\u00e1subscribe now", "subscribe\u00e9 now",
                            "Share Share", "Share", "x", "X.com", "2subscribe", "subscribe2", "by", "By by Jane",
                            "Donate now", "caf\u00e9donate now", "donate\u00a0now", "\u00a9", "(c) 2020", "c", "a a a",
                            "Top", "Back to top", "\u0661\u0662", "Photo (AP)", "leave a reply", "Reply"]))
    return pages


def _lines_of(pages: list[str]) -> list[list[Line]]:
    return [split_lines(page) for page in pages]


def _assert_every_rule_tried(pages: list[list[Line]]) -> int:
    checked = 0
    for start in range(0, len(pages), BATCH):
        for lines, got_page in zip(pages[start:start + BATCH], first_rules_batch(pages[start:start + BATCH])):
            for line, got in zip(lines, got_page, strict=True):
                want = _every_rule_tried(line)
                assert got is want, f"{line.text!r}: dispatch gave {got and got.id}, every rule gives {want and want.id}"
                checked += want is not None
    return checked


def test_dispatch_never_skips_a_rule_that_would_decide_the_line():
    """The anchor and gate pre-tests only save time: the result equals trying every rule in order."""
    checked = 0
    for page in _dispatch_pages():
        lines = split_lines(page)
        for line, got in zip(lines, first_rules(lines)):
            want = _every_rule_tried(line)
            assert got is want, f"{line.text!r}: dispatch gave {got and got.id}, trying every rule gives {want and want.id}"
            checked += want is not None
    assert checked > 50  # the pages exercise many rules, not just blank lines


def test_a_batch_decides_every_line_as_trying_every_rule_does():
    assert _assert_every_rule_tried(_lines_of(_dispatch_pages())) > 50


@pytest.mark.slow  # the seeds and rule-example pages keep a quick version in the fast loop
def test_dispatch_equals_trying_every_rule_on_the_dev_pages(dev_rows):
    """Every line of every dev page, in batches of a shard's size."""
    assert _assert_every_rule_tried(_lines_of([r["raw_text"] for r in dev_rows])) > 10_000


def test_a_batch_of_pages_is_decided_as_each_page_alone(dev_rows):
    pages = _lines_of(_dispatch_pages() + [r["raw_text"] for r in dev_rows[:BATCH]])
    pages[3:3] = [[], [make_line(1, "")], [make_line(1, "Share"), make_line(2, "")]]  # no lines, blank lines
    alone = [first_rules(lines) for lines in pages]
    assert first_rules_batch(pages) == alone
    assert first_rules_batch(pages[::-1]) == alone[::-1]
    assert first_rules_batch([]) == [] and first_rules_batch([[]]) == [[]]
    assert sum(r is not None for page in alone for r in page) > 1_000


def _pre_tests(line: Line) -> int:
    """The rules (bits) a line tries, by definition: those whose word limit it fits and which have no
    anchor words, one of whose ASCII anchor words is a word of the line (a run of ASCII letters, digits
    and "_" in its key's UTF-8 bytes), one of whose other anchor words is in its key, or whose gate a
    search of the key finds."""
    words = {w.decode("ascii") for w in re.findall(rb"[A-Za-z0-9_]+", line.key.encode("utf-8", "surrogatepass"))}
    mask = 0
    for k, rule in enumerate(D.RULES):
        if not 0 < line.words <= rule.max_words:
            continue
        if (rule.anchors is None or not rule.anchors.isdisjoint(words)
                or any(not re.fullmatch(r"[A-Za-z0-9_]+", w) and w in line.key for w in rule.anchors)
                or (rule.gate is not None and re.search(rule.gate, line.key))):
            mask |= 1 << k
    return mask


# A batch of dev pages in the fast loop (two batches with the other pages), two in the full run (three batches).
@pytest.mark.parametrize("dev_pages", [BATCH, pytest.param(2 * BATCH, marks=pytest.mark.slow)])
def test_the_batch_pre_tests_are_those_of_each_line(dev_rows, dev_pages):
    """The columnar pre-tests give each line exactly the candidate rules of the line-by-line definition."""
    pages = _lines_of(_dispatch_pages() + [r["raw_text"] for r in dev_rows[:dev_pages]])
    pages.append([make_line(1, "\ud800 by Jane Doe"), make_line(2, "\ud83d\ude00 Share \u00a9 2024"), make_line(3, "x\u00d7 7")])
    for start in range(0, len(pages), BATCH):
        lines = [line for page in pages[start:start + BATCH] for line in page]
        got = [0] * len(lines)
        where, masks = D._candidates(lines)
        for i, mask in zip(where.tolist(), masks.tolist()):
            got[i] = mask
        assert got == [_pre_tests(line) for line in lines]


@pytest.fixture()
def extra_rules():
    """Line rules of kinds the registry has none of yet, registered last for one test (dispatch rebuilt; as
    for any rule, a line ``match`` accepts has one of its anchor words or its gate):
    a non-ASCII anchor word and an anchor that is not a word (both found as a part of the key), no anchor
    words (tried on every line they fit), a gate that looks behind (searched key by key)."""
    import importlib

    added = [Rule("test_non_ascii_anchor", "A caf\u00e9.", match=lambda line: "caf\u00e9" in line.key, max_words=3,
                  anchors=frozenset({"caf\u00e9", "bar"})),
             Rule("test_no_anchors", "An exclamation.", match=lambda line: line.key.endswith("!"), max_words=2),
             Rule("test_non_word_anchor", "Mail.", match=lambda line: re.search(r"\bmail\b", line.key, re.ASCII), max_words=4,
                  anchors=frozenset({"e-mail", "mail"})),
             Rule("test_looks_behind", "A percentage.", match=lambda line: re.search(r"\d%", line.key), max_words=5,
                  anchors=frozenset(), gate=r"(?<=\d)%")]
    for rule in added:
        REGISTRY[rule.id] = rule
    try:
        yield importlib.reload(D)
    finally:
        for rule in added:
            del REGISTRY[rule.id]
        importlib.reload(D)


def test_rules_of_every_kind_are_dispatched_as_trying_every_rule(extra_rules):
    texts = ["caf\u00e9", "Caf\u00e9 au lait", "CAF\u00c9!", "ok!", "Well done!", "Wait for it!", "e-mail", "E-mail us today", "mail",
             "gmail", "50%", "5 %", "x%", "Share!", "7"]
    lines = [make_line(i, t) for i, t in enumerate(texts, start=1)] + split_lines(_dispatch_pages()[-1])
    want = [next((r for r in extra_rules.RULES if r.decides(line)), None) for line in lines]
    assert extra_rules.first_rules_batch([lines[:5], [], lines[5:]]) == [want[:5], [], want[5:]]
    assert {r.id for r in want if r is not None} >= {"test_non_ascii_anchor", "test_no_anchors", "test_non_word_anchor",
                                                      "test_looks_behind"}
    where, masks = extra_rules._candidates(lines)
    got = [0] * len(lines)
    for i, mask in zip(where.tolist(), masks.tolist()):
        got[i] = mask
    assert got == [_pre_tests(line) for line in lines]


GATES = [r"\d", r"\.", "\u00a9", r"\)[ .]*$", r"[\u00d7\[]", "^b", "b$", r"^$", "$", "^", r"\bb\b", r"\Bb", "a*", r"a\s",
         r"\s", "[^a]", r"(?s)a.b", "a\nb", r"(?<=a)b", r"(?<!a)b", r"(?=b)", r"\Ab", r"b\Z", r"(a)\1", "(?m)^a", "(?-m:b$)", "(?i-m:^B)"]


@pytest.mark.parametrize("gate", GATES)
@settings(max_examples=60, deadline=None)
@given(keys=st.lists(st.text(alphabet="ab 1.)\u00a9\u00d7[\u00e9", max_size=6), max_size=8))
def test_a_gate_finds_in_the_joined_keys_the_lines_a_search_of_each_key_finds(gate, keys):
    """Over a line break a match would join two lines, and a look-around would see the line before:
    those gates (or batches) fall back to searching each key, so the lines found are always the same."""
    want = [j for j, key in enumerate(keys) if re.search(gate, key)]
    assert D._Gate(gate).lines(keys, "\n".join(keys)) == want
