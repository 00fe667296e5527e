"""Property tests (hypothesis, deterministic for CI): the cleaner on arbitrary text, the seed parser on random bytes."""

from __future__ import annotations

import codecs
import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from build_dataset.clean.cleaner import article_as_page, article_lines, clean_text, decide
from build_dataset.clean.lines import split_lines
from build_dataset.clean.rules import REGISTRY
from build_dataset.clean.rules.matching import alternation
from build_dataset.read.pages import SeedError, decode
from build_dataset.shard.pipeline import publishable
from conftest import SEEDS
from russia_israel_news.schema import LINE_LABELS
from russia_israel_news.text import _INVISIBLE, _SPACES, canonical_line, canonical_lines, canonical_text, is_canonical_text

#: Deterministic: the same examples on every run and machine; nothing stored between runs. The number of
#: examples is the profile's (tests/conftest.py): 200 in the full run (CI), 50 in the fast loop.
PROPERTY = settings(derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SEED_LINES = sorted({line for path in SEEDS.glob("*.txt") for line in path.read_text(encoding="utf-8").split("\n")})
#: What breaks text handling: mojibake, entities, escapes, odd line and space characters, ligatures, combining marks.
ODD = ["â€™", "Ã©", "&amp;", "&#8217;", "&nbsp;", "\x1b[31m", "\r", "\u2028", "\x85", "\ufeff", "\ufb01", "\uff26\uff55",
       "\x00", "\t", "\u00a0", "e\u0301", "\u200b", "\u202e", "\ud7ff", "\U0001f600", "Subscribe", "Leave a Comment"]
odd_line = st.lists(st.one_of(st.sampled_from(ODD), st.text(max_size=6)), max_size=12).map("".join)
line = st.one_of(st.sampled_from(SEED_LINES), st.text(max_size=120), odd_line, st.just(""))
#: Arbitrary text, and pages made of real seed lines mixed with arbitrary and awkward ones.
pages = st.one_of(st.text(), st.lists(line, max_size=60).map("\n".join))


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n") if text else []


def is_subsequence(items: list[str], of: list[str]) -> bool:
    it = iter(of)
    return all(any(x == y for y in it) for x in items)


@PROPERTY
@given(pages)
def test_cleaner_never_raises_and_accounts_for_every_line(text):
    cleaned = clean_text(text)
    assert len(cleaned.lines) == len(cleaned.decisions) == text.count("\n") + 1
    assert [ln.no for ln in cleaned.lines] == list(range(1, len(cleaned.lines) + 1))
    assert all(d.label in LINE_LABELS and d.rule in REGISTRY for d in cleaned.decisions)
    kept = [ln.no for ln, d in zip(cleaned.lines, cleaned.decisions) if d.label in ("title", "body")]
    blank = [ln.no for ln, d in zip(cleaned.lines, cleaned.decisions) if d.label == "blank"]
    removed = [no for no, _, _ in cleaned.removed()]
    assert sorted(kept + blank + removed) == [ln.no for ln in cleaned.lines]  # each line once: kept, blank or removed
    assert all(cleaned.lines[no - 1].blank for no in blank) and not any(cleaned.lines[no - 1].blank for no in kept + removed)
    # the output is exactly the kept lines: the title, then the body in order
    kept_text = [cleaned.lines[no - 1].text for no in kept]
    assert kept_text == ([cleaned.title] if cleaned.title else []) + paragraphs(cleaned.text)


@PROPERTY
@given(pages)
def test_cleaner_never_invents_text(text):
    cleaned = clean_text(text)
    normalised = [ln.text for ln in split_lines(text)]  # the input, repaired and in canonical form
    output = ([cleaned.title] if cleaned.title else []) + paragraphs(cleaned.text)
    assert is_subsequence(output, normalised)
    assert all(piece and "\n" not in piece for piece in output)


@PROPERTY
@given(pages)
def test_the_build_never_publishes_a_record_that_cleaning_again_would_change(text):
    cleaned = clean_text(text)
    again = clean_text(article_as_page(cleaned.title, cleaned.text))
    problems = publishable(cleaned)
    if (again.title, again.text) != (cleaned.title, cleaned.text):
        assert problems, "a page the cleaner is not idempotent on would be published"
    if not problems:
        assert (again.title, again.text) == (cleaned.title, cleaned.text)


@PROPERTY
@given(pages)
def test_cleaner_is_idempotent(text):
    """Cleaning an article the cleaner made (text, and its headline if any: what the build publishes) changes nothing."""
    cleaned = clean_text(text)
    if publishable(cleaned):
        return  # the build publishes no record for it (no text, or repair would change it again)
    again = clean_text(article_as_page(cleaned.title, cleaned.text))
    assert (again.title, again.text) == (cleaned.title, cleaned.text)


@PROPERTY
@given(pages)
def test_settling_sees_the_article_as_a_parsed_page_would(text):
    """The settling pass's shortcut (the kept lines reused, no line rules) equals parsing the article as a new page
    and deciding it in full."""
    cleaned = clean_text(text)
    kept = [ln for ln, d in zip(cleaned.lines, cleaned.decisions) if d.label in ("title", "body")]
    if not kept:
        return
    page = article_lines(kept)
    parsed = split_lines("\n\n".join(ln.text for ln in kept))
    if page is None:  # repairing the article again would change it: the page is held back (stable is False)
        assert [ln.text for ln in parsed[::2]] != [ln.text for ln in kept]
        return
    assert [(ln.no, ln.text, ln.key, ln.words) for ln in page] == [(ln.no, ln.text, ln.key, ln.words) for ln in parsed]
    assert decide(page, line_rules=False) == decide(parsed)


# -- the seed parser --------------------------------------------------------------------------------------------------

BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]
ENCODINGS = ["utf-8", "utf-16", "utf-16-be", "cp1252", "latin-1", "koi8_r", "shift_jis", "gb18030"]
raw_pages = st.one_of(
    st.binary(max_size=4096),
    st.builds(lambda bom, data: bom + data, st.sampled_from(BOMS), st.binary(max_size=2048)),
    st.builds(lambda text, enc: text.encode(enc, errors="replace"), pages, st.sampled_from(ENCODINGS)),
)


@settings(derandomize=True, max_examples=5 * settings.default.max_examples // 2, deadline=None, database=None)  # 500 in CI
@given(raw_pages)
def test_the_seed_parser_returns_text_or_raises_seed_error(data):
    try:
        text, warnings = decode(data, "fuzz.txt")
    except SeedError as err:
        assert str(err).startswith("fuzz.txt") and err.reason
        return
    assert isinstance(text, str) and text.strip()
    assert "\r" not in text and "\x00" not in text
    assert isinstance(warnings, tuple) and all(isinstance(w, str) and w for w in warnings)
    if data.startswith(codecs.BOM_UTF8) or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        assert warnings


#: Texts near the canonical form (canonical paragraphs, some joined wrongly) as well as arbitrary ones.
near_canonical = st.one_of(
    pages,
    st.lists(line.map(canonical_line), max_size=12).map("\n\n".join),
    st.tuples(st.lists(line.map(canonical_line), min_size=1, max_size=12),
              st.sampled_from(["\n", "\n\n", "\n\n\n", " \n\n", "\n\n\u200b"])).map(lambda t: t[1].join(t[0])),
)


def reference_canonical_line(line: str) -> str:
    """The canonical form by its definition: every step applied, none skipped."""
    line = unicodedata.normalize("NFC", line).replace("\r", " ").replace("\n", " ")
    return re.sub("  +", " ", _SPACES.sub(" ", _INVISIBLE.sub("", line))).strip()


@PROPERTY
@given(pages)
def test_canonical_lines_of_a_text_are_its_lines_made_canonical(text):
    assert canonical_lines(text) == [reference_canonical_line(line) for line in text.split("\n")]
    assert [canonical_line(line) for line in text.split("\n")] == canonical_lines(text)


@PROPERTY
@given(near_canonical)
def test_is_canonical_text_is_its_definition(text):
    assert is_canonical_text(text) == (canonical_text(text.split("\n\n")) == text != "")


_TRIE_CHARS = "abAB.| ıI"
_trie_words = st.lists(st.text(alphabet=_TRIE_CHARS, min_size=1, max_size=5), min_size=1, max_size=8)


@PROPERTY
@given(_trie_words, st.lists(st.text(alphabet=_TRIE_CHARS + "x", max_size=9), min_size=1, max_size=8),
       st.sampled_from(["", r"(?!\w)", "a", r"(?P<rest>a*)b"]), st.booleans())
@example(["ab", "A"], ["ab"], "", True)  # a trie would try "A" first and stop at "a"
def test_trie_alternation_matches_as_the_flat_one_does(words, texts, tail, ignore_case):
    """The phrase patterns' trie alternation finds the same span and groups as the flat one sorted longest first,
    in any context and case mode."""
    flat = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    mode = "(?i:{})" if ignore_case else "{}"
    patterns = [re.compile(rf"(?P<word>{mode.format(a)}){tail}") for a in (flat, alternation(words))]
    for text in texts:
        found = [(m.span(), m.groupdict()) if m else None for m in (p.search(text) for p in patterns)]
        assert found[0] == found[1], (words, text)


def test_trie_alternation_shares_prefixes():
    assert alternation(["jan", "january", "janvier", "feb"]) == "(?:feb|jan(?:uary|vier)?)"
    assert alternation(["Von", "von"]) == "Von|von"  # branches differing in case only: left flat
