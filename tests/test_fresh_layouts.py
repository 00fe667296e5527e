"""Fresh pages in layouts unlike tests/kinds_pages.py (tests/fresh_pages.py, written for these tests): related items
under a section label and without a heading, a dense related list, a related-content section holding another post's
whole text, an event listing, a sectors' dropdown in a newsletter form, reader comments with the name and the date on
lines of their own, an agency byline, a mega-menu of sentences, a table one cell per line, a code block and a consent
banner with a heading, related items with their dates or with short teasers, in eleven languages. Each page is
cleaned whole by the production entry point."""

from __future__ import annotations

import unicodedata

import pytest

from build_dataset.clean.cleaner import clean_text
from build_dataset.clean.rules import patterns as R
from fresh_pages import P

#: What still comes out wrong (benchmarks/results.md): nothing since events one a line (day, time, title, place) go
#: (by_page.event_list).
KNOWN: set[str] = set()


def wrong(name: str) -> list[str]:
    """Lines of the article lost and lines of furniture kept as lines of their own."""
    page, keep, drop = P[name]
    text = clean_text(page).text
    nfkc = lambda t: unicodedata.normalize("NFKC", t)  # noqa: E731 - the cleaner reads text in NFKC
    return ([f"lost {k!r}" for k in keep if nfkc(k) not in text]
            + [f"kept {k!r}" for k in drop if nfkc(k) in text.split("\n")])


@pytest.mark.parametrize("name", sorted(set(P) - KNOWN))
def test_a_fresh_page_comes_out_right(name):
    assert wrong(name) == []


def test_the_known_failures_are_still_failures():
    """A known failure that comes out right is to be taken off KNOWN."""
    assert [name for name in sorted(KNOWN) if wrong(name) == []] == []


@pytest.mark.parametrize("line", ["13. 6. 2024 16:42", "1. 12. 2023"])
def test_a_spaced_day_and_month_are_a_date(line):
    """Czech and Slovak write "13. 6. 2024"."""
    assert R.DATE_LINE.match(line)


@pytest.mark.parametrize("line", ["13. 6. 20245", "Ulice 13. 6. patro"])
def test_numbers_with_dots_are_not_always_a_date(line):
    assert not R.DATE_LINE.match(line)

