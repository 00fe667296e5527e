"""The personal-data policy of the published records (the card's "Personal and sensitive information").

A ``lines`` row of third-party personal content keeps its line number, label and rule, but its
``text`` is withheld (null): ``text_sha256`` lets an auditor who holds the raw page check it, and
``withheld`` says why (a key of :data:`russia_israel_news.contract.WITHHELD`). Personal content is
the lines of a rule whose ``personal`` attribute names a reason (reader comments; an author box,
unless it names the article's byline author), and any line with an e-mail address or a phone
number. An article's text keeps no contact detail: each is masked with its kind's token.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from build_dataset.clean.cleaner import Cleaned
from build_dataset.clean.rules import personal_reasons
from russia_israel_news import personal

_BY_RULE = personal_reasons()
#: Personal-content rules whose lines are published when they are the article's own (the byline author's box).
PUBLISHED_WHEN_OWN = frozenset({"author_box"})


def reasons(cleaned: Cleaned) -> list[str | None]:
    """Why each line's text is withheld (None: it is published)."""
    out = [_BY_RULE.get(d.rule) for d in cleaned.decisions]
    author = (cleaned.author or "").casefold()
    i = 0
    while i < len(out):  # an author box of the byline's author is the article's own: it is published
        if out[i] not in PUBLISHED_WHEN_OWN:
            i += 1
            continue
        j = i
        while j < len(out) and (out[j] == out[i] or not cleaned.lines[j].text):
            j += 1
        if author and any(author in cleaned.lines[k].text.casefold() for k in range(i, j)):
            out[i:j] = [None] * (j - i)
        i = j
    return [r or ("contact_detail" if personal.has_contact_detail(ln.text) else None)
            for r, ln in zip(out, cleaned.lines)]


def withhold(cleaned: Cleaned, keep_text: bool = False) -> tuple[list, list, list]:
    """Each line's published ``text``, ``text_sha256`` and ``withheld`` (``keep_text``: a private build
    publishes the withheld text too, still marked and hashed)."""
    texts, digests, why = [], [], []
    for line, reason in zip(cleaned.lines, reasons(cleaned)):
        texts.append(line.text if reason is None or keep_text else None)
        digests.append(None if reason is None else hashlib.sha256(line.text.encode("utf-8")).hexdigest())
        why.append(reason)
    return texts, digests, why


def mask_article(text: str) -> tuple[str, Counter]:
    """The article's text with each e-mail address and phone number masked, and how many of each kind."""
    masked, counts = personal.mask(text)
    return masked, Counter({kind: n for kind, n in counts.items() if n})
