"""More fresh pages (tests/fresh_pages2.py, written for these tests) in languages and layouts not covered elsewhere:
Greek, Romanian, Ukrainian, Korean, Indonesian, Vietnamese, Finnish, Arabic (right to left), Chinese with a full-width
colon, German events one a line, and English live blog, Q&A interview, obituary, press release, opinion with an author
box, paywalled teaser and photo gallery. Each page is cleaned whole by the production entry point: the article's lines
come out, the furniture's do not, and the title, author and date are the page's."""

from __future__ import annotations

import unicodedata

import pytest

from build_dataset.clean.cleaner import clean_text
from fresh_pages2 import Q

#: What still comes out wrong (benchmarks/results.md, heldout4): a newsletter box's pitch that does not name the
#: newsletter ("Primește cele mai importante știri în fiecare dimineață.") between its heading and its form.
KNOWN = {"ro_newsletter"}


def wrong(name: str) -> list[str]:
    """Lines of the article lost, lines of furniture kept as lines of their own, and fields that differ."""
    page, keep, drop, expect = Q[name]
    c = clean_text(page)
    nfkc = lambda t: unicodedata.normalize("NFKC", t)  # noqa: E731 - the cleaner reads text in NFKC
    got = {"title": c.title, "author": c.author, "published": c.published and c.published.isoformat()}
    # the byline and dateline between the headline and the article's first line are metadata, not text
    raw = [nfkc(x) for x in page.split("\n") if x]
    top = raw.index(nfkc(expect["title"])) + 1
    meta = raw[top:raw.index(nfkc(keep[0]))]
    return ([f"lost {k!r}" for k in keep if nfkc(k) not in c.text]
            + [f"kept {k!r} under the headline" for k in meta if k in c.text.split("\n")]
            + [f"kept {k!r}" for k in drop if nfkc(k) in c.text.split("\n")]
            + [f"{f}={got[f]!r}" for f, v in expect.items() if got[f] != nfkc(v)])


@pytest.mark.parametrize("name", sorted(set(Q) - KNOWN))
def test_a_fresh_page_comes_out_right(name):
    assert wrong(name) == []


def test_the_known_failures_are_still_failures():
    """A known failure that comes out right is to be taken off KNOWN."""
    assert [name for name in sorted(KNOWN) if wrong(name) == []] == []
