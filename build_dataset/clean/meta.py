"""Metadata from labelled lines: author, publication date, publisher, language.

Nothing is invented: each value is read from a line the page states (a byline, a dateline, a
footer that names the site), or is None.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from build_dataset.clean.lines import Line
from build_dataset.clean.rules import ids_where, patterns as R

_DATEPARSER_SETTINGS = {
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
    # A fixed base, so that parsing never depends on the day the build runs.
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
}


def author(lines: list[Line], decisions) -> str | None:
    """The names on the first byline, joined with ", "."""
    for line, decision in zip(lines, decisions):
        if decision.label == "byline":
            m = R.BYLINE.match(line.text) or R.AUTHOR_LABEL.match(line.text)
            if m:
                names = re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names"))
                return ", ".join(n.strip() for n in names if n.strip()) or None
    return None


#: The most common layouts of a dateline's date, tried first with ``strptime`` (dateparser's own
#: ``date_formats``) on the date in its plain form (see :func:`_plain`); anything else goes through
#: dateparser's full parser, about a hundred times slower. The answer is the same either way (tested
#: on every dateline of the dev pages). At most five: Python keeps the last five ``strptime``
#: formats compiled.
DATE_FORMATS = ("%B %d, %Y", "%m/%d/%Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d")
_WEEKDAY_LEAD = re.compile(rf"^{R.WEEKDAY},?\s+")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
_MONTH_DOT = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.")


def _plain(date: str) -> str:
    """A lower-cased date without a leading weekday, ordinal suffixes or abbreviation dots ("sept" as "sep"),
    and with single spaces: "tuesday, jan. 15th, 2008" -> "jan 15, 2008"."""
    date = _MONTH_DOT.sub(r"\1", _ORDINAL.sub("", _WEEKDAY_LEAD.sub("", date)))
    return " ".join(date.split()).replace("sept ", "sep ")


@functools.cache
def _date_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=_DATEPARSER_SETTINGS)


@functools.lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """Parse a dateline ("Published: Dec. 1, 2015 at 2:05 pm") into a date with dateparser, or None."""
    m = R.DATE_LINE.match(text.lower())
    if not m:
        return None
    parser = _date_parser()
    value = parser.get_date_data(_plain(m.group("date")), date_formats=list(DATE_FORMATS)).date_obj
    if value is None:  # not in a common layout, or not a date at all: the full parser decides
        value = parser.get_date_data(m.group("date")).date_obj
    return value.date() if value else None


def published(lines: list[Line], decisions, title_index: int | None) -> dt.date | None:
    """The date on the dateline nearest the headline (the first one if there is no headline)."""
    dated = [i for i, d in enumerate(decisions) if d.label == "date"]
    if title_index is not None:
        dated.sort(key=lambda i: (abs(i - title_index), i))
    for i in dated:
        value = parse_date(lines[i].text)
        if value is not None:
            return value
    return None


def publisher(lines: list[Line], decisions) -> str | None:
    """The site named by the first removed line that states it (a copyright line, a newsletter, a bare
    domain): lines of the rules that name the publisher (``Rule.names_publisher``)."""
    naming = ids_where("names_publisher")
    for line, decision in zip(lines, decisions):
        if decision.rule not in naming:
            continue
        for pattern in R.PUBLISHER_STATEMENTS:
            m = pattern.search(line.text)
            if m:
                name = m.group("name").strip(" .,:;|-\u2013\u2014")
                if 1 <= len(name.split()) <= 6:
                    return name
    return None


#: Language identification reads the first characters only: plenty for a reliable answer, and fast.
LANGID_CHARS = 300


def language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid on the first LANGID_CHARS characters; deterministic)."""
    import py3langid

    return py3langid.classify(text[:LANGID_CHARS])[0]
