"""Compiled patterns shared by the rules and the metadata extractors (dates, bylines, names).

Date patterns are English; they match lower-cased line keys (see :class:`build_dataset.clean.lines.Line`).
"""

from __future__ import annotations

import re

from build_dataset.clean.rules import phrases

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d\d"
_DATE = (rf"(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+{DAY}(?:,?\s+{YEAR})?|{DAY}\s+(?:of\s+)?{MONTH},?(?:\s+{YEAR})?"
         rf"|{YEAR}-\d\d?-\d\d?|\d\d?[/.]\d\d?[/.](?:{YEAR}|\d\d))")
TIME = (r"\d\d?[:.]\d\d(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?"
        r"(?:\s*\(?(?:gmt|utc|est|edt|cst|cdt|pst|pdt|cet|cest|bst|msk|idt|ist|et|pt)\)?|\s*[+-]\d\d:?\d\d)?")
_PREFIX = "|".join(re.escape(p) for p in sorted(phrases.DATE_PREFIXES, key=len, reverse=True))

#: A line that is only a date (and maybe a time), optionally after "Published", "Updated", ...
DATE_LINE = re.compile(rf"^(?:(?:{_PREFIX})\s*:?\s*)?(?P<date>{_DATE})(?:\s*(?:,|at|-|\u2013|\||\u2022|/|@)?\s*(?P<time>{TIME}))?\.?$")
#: A page-header "today" date: a weekday-date at the start of a line, maybe followed by more ("| 15 Nisan 5784").
HEADER_DATE = re.compile(rf"^{WEEKDAY},?\s+(?:{MONTH}\s+{DAY}|{DAY}\s+{MONTH})\b")
HAS_YEAR = re.compile(rf"\b{YEAR}\b")

#: A reader-comment header: a name, then a date and a time ("SamW October 30, 2021 at 3:42 am").
_STAMP = rf"(?:{_DATE})\s*(?:,|at|-|\u2013|\||\u2022|@)?\s*(?:at\s+)?{TIME}$"  # a date and a time, ending the line
COMMENT_HEADER = re.compile(rf"^(?P<name>\S.{{0,50}}?)\s+(?:says:?\s+)?(?:on\s+)?{_STAMP}")
COMMENT_SAYS = re.compile(r"^(?P<name>\S.{0,50}?)\s+says:?$")
_HEADER_LEADS = "|".join(re.escape(p) for p in phrases.COMMENT_HEADER_LEADS)
#: A comment header led by "posted by" and the like: "posted by: sam | jan 10, 2008 4:49:12 pm".
COMMENT_POSTED = re.compile(
    rf"^(?:{_HEADER_LEADS}):?\s+(?P<name>[^|:]{{1,50}}?)\s*(?:\||,|-|\u2013|\u2014)?\s*(?:on\s+|at\s+)?{_STAMP}"
)

#: A personal name: capitalised words, with the usual particles.
_NAME_WORD = r"[A-Z][\w'\u2019.-]*"
NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|del|della|der|van|von|al|el|bin|ibn|ben|la|le|du|dos))*"
_LEADS = "|".join(re.escape(p) for p in phrases.BYLINE_LEADS if p)
#: "By NAME[, NAME and NAME]" with an optional lead ("avatar by", "Written by") and tail ("| Staff").
BYLINE = re.compile(
    rf"^(?:(?i:{_LEADS}))?(?i:by)\s+(?P<names>{NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){NAME})*)\s*(?:[|,\u2013\u2014-]\s*.{{0,60}})?$"
)
AUTHOR_LABEL = re.compile(
    r"^(?i:" + "|".join(re.escape(p) for p in phrases.AUTHOR_LABELS) + rf")\s*(?P<names>{NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){NAME})*)$"
)
#: A trailing parenthetical, e.g. a photo credit "(AP Photo/Name)".
TRAILING_PAREN = re.compile(r"\(([^()]{2,160})\)\s*\.?$")
#: "... Photo: Facebook." / "... Image credit: X" at the end of a caption.
TRAILING_CREDIT = re.compile(r"(?:^|[.!?\u201d\"]\s+|\s[-\u2013\u2014|]\s+)(?:photo|photos|image|picture|photograph|credit|courtesy)"
                             r"(?:\s+credit)?\s*(?::|by)\s*\S.{0,80}$")
#: An unrendered WordPress-style shortcode: a hyphenated name ([contact-form-7 404 "Not Found"]) or
#: attributes ([caption id="..."]); not a bracketed word such as "[updated]".
SHORTCODE = re.compile(r"\[[a-z][a-z0-9]*[_-][a-z0-9_-]*(?:\s[^\]]*)?\]|\[[a-z][a-z0-9_-]*\s[^\]]*[=\"][^\]]*\]")
#: A number alone (a count): "3", "1,024", "12K".
LONE_NUMBER = re.compile(r"^[\d,.]+[km]?$")
#: A number followed by a count noun: "3 Comments", "No Comments", "Comments (3)".
COUNT_LINE = re.compile(
    r"^(?:(?:\d[\d,.]*[km]?|no|one|two|three)\s+(?:" + "|".join(phrases.COUNT_NOUNS) + r")"
    r"|(?:" + "|".join(phrases.COUNT_NOUNS) + r")\s*[:(]?\s*\d[\d,.]*[km]?\)?)$"
)
#: A bare domain name standing alone.
DOMAIN_LINE = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|info|io|co|ru|ua|il|uk|de|fr|eu|me|tv)$")
PUBLISHER_STATEMENTS = tuple(re.compile(p, re.IGNORECASE) for p in phrases.PUBLISHER_STATEMENTS)
