"""Metadata from labelled lines: author, publication date, publisher, language.

Nothing is invented: each value is read from a line the page states (a byline, a dateline, a
footer that names the site), or is None.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
import re

from build_dataset.clean.lines import Line, ascii_digits
from build_dataset.clean.rules import ids_where, patterns as R, phrases as P
from build_dataset.clean.rules.matching import Phrases, every

_DATEPARSER_SETTINGS = {
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
    # A fixed base, so that parsing never depends on the day the build runs.
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
}


#: Bylines and datelines stand this close to the headline: this many non-blank lines above it and below it.
NEAR_ABOVE, NEAR_BELOW = 8, 10
#: Below the headline, a byline or dateline may also stand anywhere in the article or this many non-blank lines past
#: its last paragraph (a blog's "Posted by Jane Doe at 18:52" under a long article).
PAST_ARTICLE_END = 4
#: A removed line of this many words past the article's last body line is text (a note, a reference), not a label.
TEXT_LINE_WORDS = 10
#: A line that ends with a byline word ("Von", "12.03.2021 11:46 von", "Artikel von:") has at most this many words.
MAX_INTRO_WORDS = 6
#: A byline or dateline is short; a longer line near the headline is article text.
MAX_META_WORDS = 25
#: The rules of a comment section's lines: its header and its first comment.
_COMMENT_RULES = frozenset(("comment_section", "comment_prompt"))
#: A blog's filing line ("This entry was posted in News on March 3, 2020").
_FILED = Phrases(every(P.POST_FILED_MARKERS))
#: A line that is only a name is the author's when it stands this close to the headline (non-blank lines).
NAME_LINE_REACH = 3
#: Below the headline, a removed line that is only a full name is the author's this much farther down when a removed
#: dateline stands this close to it (non-blank lines): a "Follow" button or a share bar may stand between them.
NAME_LINE_REACH_BELOW, NAME_DATE_REACH = 4, 2
#: Words never part of a name: headings' words, a page's metadata words ("Published", "Updated", "Staff") and
#: the words of a dateline's prefix in every listed language.
_NOT_NAME = frozenset(P.NOT_NAME_WORDS + every(P.NOT_A_COMMENTER)) | {
    w.strip(":") for p in every(P.DATE_PREFIXES) for w in p.split()}


def _anchor(decisions) -> int | None:
    """The headline's index, or the first body line's if there is no headline."""
    return next((i for i, d in enumerate(decisions) if d.label == "title"),
                next((i for i, d in enumerate(decisions) if d.label == "body"), None))


#: Lines removed only because the classifier did not keep them (not a rule's related list, appeal or comment).
_UNREAD = frozenset(("page_trailer", "line_classifier"))


def _article_end(lines: list[Line], decisions, below: list[int]) -> int:
    """The place in ``below`` (non-blank lines under the headline) of the article's last line: its last body line, or a
    line the classifier dropped that reads as text (a sentence, or a line of ``TEXT_LINE_WORDS``: a reference) at most
    ``PAST_ARTICLE_END`` lines past it, again and again, up to a comment section: an article's notes or boxes the
    classifier dropped stand between it and its byline."""
    end = max((k for k, i in enumerate(below) if decisions[i].label == "body"), default=-1)
    if end < 0:
        return end
    for k in range(end + 1, len(below)):
        i = below[k]
        if k - end > PAST_ARTICLE_END or decisions[i].rule in _COMMENT_RULES:
            break
        if decisions[i].label == "body" or decisions[i].rule in _UNREAD and (
                lines[i].terminal or lines[i].words >= TEXT_LINE_WORDS):
            end = k
    return end


def _near_headline(lines: list[Line], decisions, title_index: int | None) -> list[tuple[int, int]]:
    """(index, distance) of the short lines around the headline (below it, down to just past the article's end),
    nearest first (below before above at a tie),
    then the page's other byline and date lines in order; with the headline itself first (distance 0): a
    headline picked wrongly may be the dateline."""
    anchor = title_index if title_index is not None else _anchor(decisions)
    near: list[tuple[int, int]] = []
    if anchor is not None:
        below = [i for i in range(anchor + 1, len(lines)) if lines[i].text]
        end = _article_end(lines, decisions, below) + 1 + PAST_ARTICLE_END
        below = below[:max(NEAR_BELOW, end)]
        above = [i for i in range(anchor - 1, -1, -1) if lines[i].text][:NEAR_ABOVE]
        ranked = sorted([(0, 0, anchor)] + [(d, 0, i) for d, i in enumerate(below, 1)] + [(d, 1, i) for d, i in enumerate(above, 1)])
        near = [(i, d) for d, _, i in ranked if lines[i].words <= MAX_META_WORDS]
    seen = {i for i, _ in near}
    return near + [(i, len(lines)) for i, d in enumerate(decisions) if d.label in ("byline", "date") and i not in seen]


#: A personal name has at most this many words ("Jan de Vries", "Maria del Carmen Ruiz").
MAX_NAME_WORDS = 4
_STAFF = sorted(every(P.STAFF_WORDS), key=len, reverse=True)
_PARTICLES = frozenset(P.NAME_PARTICLES)


#: A date glued to the end of a capitalised name's word ("Nadja Demel13.12.2022"); a user name keeps its digits
#: ("Marianne1", "berg2012").
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_])\d{1,4}(?:[./:-]\d{1,4})+\.?$")


#: A capitalised word glued to the end of another ("GiuffridaMar", "UpdatedJanuary"): split where it starts.
_CAMEL = re.compile(r"(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])")


def _unglued(words: list[str]) -> list[str]:
    """``words`` cut before a month's, a weekday's or a non-name word glued to a name's word by the rendering
    ("Kathryn GiuffridaMar 5" -> "Kathryn Giuffrida"); a name's own capitals stay ("MacFarlane", "DiBiase")."""
    for k, word in enumerate(words):
        parts = _CAMEL.split(word)
        bad = next((m for m, part in enumerate(parts) if m and (part.lower() in _NOT_NAME or part.lower() in R.CALENDAR_WORDS
                                                              or R.DATE_IN_LINE.match(part.lower() + " 1, 2000"))), None)
        if bad is not None:
            return words[:k] + ["".join(parts[:bad])]
    return words


def _names(names: str) -> str | None:
    """The names of a byline joined with ", ", each cut at a word that cannot be part of a name ("Jule Radeck Vom"),
    though not at a particle inside it ("Walter von Aachen"); a newsroom ("Redaktion") stands for a name."""
    parts = []
    for name in re.split(R.NAME_SPLIT, names):
        words = [_GLUED_DIGITS.sub("", w) if w[:1].isupper() else w for w in name.strip(" .").split()]
        words = _unglued(words)
        staff = next((s for s in _STAFF if " ".join(words[:len(s.split())]).lower() == s), None)
        cut = len(staff.split()) if staff else next(
            (k for k, w in enumerate(words) if w.lower() in _NOT_NAME
             and not (w.lower() in _PARTICLES and 0 < k < len(words) - 1 and len(words) <= MAX_NAME_WORDS)),
            len(words))
        if cut:
            parts.append(" ".join(words[:cut]))
    return ", ".join(parts) if parts and all(len(p.split()) <= MAX_NAME_WORDS for p in parts) else None


def _byline_names(text: str, whole: bool = False) -> str | None:
    """The names of a byline in ``text``; with ``whole``, only of a line that is a byline from its start."""
    if whole:
        m = (R.BYLINE.match(text) or R.AUTHOR_LABEL.match(text) or R.BYLINE_HANDLE.match(text)
             or R.KO_BYLINE.search(text) or R.AR_BYLINE.match(text) or R.name_first_byline(text))
    else:
        text = R.GLUED_DAY.sub(" ", R.GLUED_BYLINE.sub(r"\g<word> ", text))
        m = (R.BYLINE.match(text) or R.AUTHOR_LABEL.match(text) or R.BYLINE_IN_LINE.search(text)
             or R.BYLINE_HANDLE.search(text) or R.CJK_BYLINE.search(text) or R.KO_BYLINE.search(text)
             or R.AR_BYLINE.match(text) or R.name_first_byline(text))
    return _names(m.group("names")) if m else None


#: At most this many words stand between a name and the date on its line.
MAX_REST_WORDS = 6


def _name_line(text: str) -> tuple[str | None, bool]:
    """The name of a line that is only a person's name (two to four capitalised words; one if a date stands
    with it), and whether a date stands with it: after it ("Jane Doe | 12.03.2021") or before it
    ("12.03.2021 | 15:33 | Jane Doe")."""
    lead = _DIGIT.search(text) and R.DATE_IN_LINE.match(text.lower())  # every date has a digit (see _has_date)
    if lead:
        text = R.TIME_AND_SEPARATORS.sub("", text[lead.end():])
    if _desk_line(text):
        return text, False  # whole, not cut at a heading's word ("Local News Desk" is no "Local"): no person (_people)
    short = R.SHORT_BYLINE_LEAD.match(text)
    text = text[short.end():] if short else text
    m = R.NAME_LINE.match(text) or R.UNCASED_NAME_LINE.match(text)
    if not m or "," in m.group("names") or short and len(m.group("names").split()) < 2:
        return None, False
    if any(w in R.FUNCTION_WORDS for w in m.group("names").split()) and not m.group("names")[:1].isupper():
        return None, False  # a phrase of a script without capitals ("על החוף"), not a name
    rest = m.group("rest")
    # the date follows the name, or a few words after it ("Zuletzt geändert am 06.11.2023", "lundi 9 décembre 2019")
    dated = bool(lead) or bool(rest and _DIGIT.search(rest) and (R.DATE_IN_LINE.match(rest.lower()) or (
        len(rest.split()) <= MAX_REST_WORDS and R.DATE_IN_LINE.search(rest.lower()))))
    words = m.group("names").split()
    # a full name before a dateline's word and a date it cannot parse: "Jane Doe | Published 3 hours ago"
    dated = dated or bool(len(words) >= 2 and rest and R.DATE_PREFIX_LEAD.match(rest.lower()))
    if (rest and not dated) or not (1 if dated else 2) <= len(words) <= 4 or all(w.lower() in R.CALENDAR_WORDS for w in words):
        return None, False
    mark = text[m.end("names"):].lstrip()[:1]
    if len(words) == 1 and (words[0].isupper() or mark in (":", ",") or (lead and rest.strip().isdigit())):
        # a label ("Online: Feb 18, 2020"), a place's dateline ("Lübeck, 31. März"), a time zone, an issue's number
        # after a date ("Mardi 15 janvier 2008 - No. 16400")
        return None, False
    return _names(m.group("names")), dated


_DIGIT = re.compile(r"\d")


def _has_date(line: Line) -> bool:
    # every date has a digit: the cheap test spares most lines the long pattern of month names; a spaced date ("12. 3.
    # 2024") counts on a line of its own
    return _DIGIT.search(line.key) is not None and (
        R.DATE_IN_LINE.search(line.key) is not None or R.DATE_LINE.match(line.key) is not None)


def author(lines: list[Line], decisions, title_index: int | None = None) -> str | None:
    """The author: the names on the byline nearest the headline ("By", "Von", "Par", "Autor:", ... in any
    listed language; the headline itself only if it is a dated byline picked as the headline; a byline word
    ending a line names the next line's name); else a name standing with a date by the headline ("Jane Doe |
    12.03.2021"), or a name alone on the line next to a dateline; else the author box between the article and
    its comments; else the name on a link to the author's other articles ("More from Jane Doe")."""
    near = _near_headline(lines, decisions, title_index)
    candidates = near + _near_article_start(lines, decisions, near)
    # a byline far from the headline (a comment's, a related article's) comes after a full name beside the headline's
    # dateline (one word or a list there is more often a label: "Energie", "Recht, Gesetz")
    finds = (lambda: _byline(lines, decisions, [(i, d) for i, d in candidates if d <= NEAR_BELOW]),
             lambda: _name_by_dateline(lines, decisions, near, full=True),
             lambda: _byline(lines, decisions, [(i, d) for i, d in candidates if d > NEAR_BELOW]),
             lambda: _name_by_dateline(lines, decisions, near),
             lambda: _name_over_dateline(lines, decisions, near, title_index),
             lambda: _author_box(lines, decisions), lambda: _more_by(lines))
    # the first names found decide: an organisation's there ("Marketing Team") means no author, not the next guess
    return next((_people(names) for find in finds if (names := find())), None)


_ORGANISATION = frozenset(every(P.ORGANISATION_WORDS))
_AGENCIES = frozenset(every(P.NEWS_AGENCIES))


def _people(names: str | None) -> str | None:
    """``names`` without an organisation's or a section's ("Sports Desk", "Guardian Unlimited": its last word an
    organisation's word), unless a news agency ("Reuters"); None if no person is left."""
    kept = [n for n in (names or "").split(", ") if n and (
        n.lower() in _AGENCIES or n.split()[-1].lower() not in _ORGANISATION)]
    return ", ".join(kept) or None


def _desk_line(text: str) -> bool:
    """Whether ``text`` is only an organisation's or a section's name of two to four capitalised words ("Local News
    Desk"), which stands where a byline stands."""
    words = text.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words) \
        and words[-1].lower() in _ORGANISATION and R.NAME_LINE.match(text) is not None


def _byline(lines: list[Line], decisions, candidates: list[tuple[int, int]]) -> str | None:
    """The names of the first byline among ``candidates`` (index, distance from the headline)."""
    for i, distance in candidates:
        text = lines[i].text
        if not distance and not _has_date(lines[i]):
            continue
        deep = distance > NEAR_BELOW and decisions[i].label == "body"
        if deep and lines[i].terminal:
            continue
        if lines[i].words <= MAX_INTRO_WORDS and R.INTRO_END.search(text):
            names = _byline_names(text + " " + next((lines[j].text for j in range(i + 1, len(lines)) if lines[j].text), ""))
        else:
            # deep in the article, a byline is a line of its own or stands with a date: "Von Kopf bis Fuß" is a heading
            names = _byline_names(text, whole=deep and not _has_date(lines[i]))
        if names:
            return names
    return None


def _name_by_dateline(lines: list[Line], decisions, near: list[tuple[int, int]], full: bool = False) -> str | None:
    """A name standing with a date by the headline ("Jane Doe | 12.03.2021"), or alone on the line next to a dateline;
    with ``full``, only one name of two words or more."""
    for i, distance in near:
        if not 0 < distance <= NEAR_BELOW:
            continue
        names, dated = _name_line(lines[i].text)
        listed = None if names else _full_names(lines[i].text, lines)
        names = listed or _without_tools(names)
        if full and names and not listed and (len(names.split()) < 2 or "," in names):
            continue
        # a name alone in the article is a heading, unless the date beside it is a removed dateline
        # a name the cleaner took for the byline beside its dateline (cleaner.decide) may stand farther down
        near_enough = distance <= NAME_LINE_REACH or decisions[i].rule == "name_byline"
        if names and (dated or near_enough and any(
                _has_date(lines[j]) and (decisions[i].label != "body" or decisions[j].label != "body")
                for j in _neighbours(lines, i))) and not _between_dates(lines, i) and not _a_heading(names, lines):
            return names
    return None


def name_byline(lines: list[Line], decisions, i: int) -> bool:
    """Whether line ``i``, between the headline and the article's first paragraph, is only a person's name (two to four
    words, not a heading of the page's common words) with a date on it or on a removed line next to it: the byline
    ("Karin Berg" / "7 oktober 2024"), not the article's text."""
    names, dated = _name_line(lines[i].text)  # a desk's name where the byline stands too: no author, but no text
    # a full name, not a dated line of text ("2021-08-09 Emphasizing the steps.": a changelog's entry)
    if not names or len(names.split()) < 2 or lines[i].terminal or _without_tools(names) != names \
            or _a_heading(names, lines) or _between_dates(lines, i):
        return False
    return dated or any(decisions[j] is not None and decisions[j].label == "date" for j in _neighbours(lines, i))


_AGENCIES = frozenset(every(P.NEWS_AGENCIES))


def agency_byline(lines: list[Line], decisions, i: int) -> bool:
    """Whether line ``i`` is only a news agency's name ("PAP", "(dpa)") beside a removed dateline: the byline of an
    agency's report, like a name's (:func:`name_byline`)."""
    if lines[i].key.strip(" ()[]|-\u2013\u2014/.,:") not in _AGENCIES:
        return False
    return any(decisions[j] is not None and decisions[j].label == "date" for j in _neighbours(lines, i))


#: A related list's heading ("Most Emailed") under a headline, never a name.
_RELATED = frozenset(every(P.RELATED_HEADINGS) + every(P.RELATED_RESOURCE_HEADINGS))
_TOOL_PHRASES = [p.lower() for p in every(P.COUNT_NOUNS) + every(P.NAVIGATION_WHOLE) + every(P.SHARE_WORDS)
                 + every(P.COMMENT_PROMPTS_WHOLE)]
#: A short word of a longer tool phrase, not a function word, or a particle may be a name's ("Ana" of "Ana Sayfa", "de",
#: "La" of "Edilson La Rosa").
MIN_TOOL_WORD = 4
#: Words of a page's tools, never of a name under a headline ("Keine Kommentare", "Medien Kommentieren").
_TOOL_WORDS = frozenset(w for p in _TOOL_PHRASES for w in p.split() if w not in _PARTICLES and (
    " " not in p or len(w) >= MIN_TOOL_WORD or w in R.FUNCTION_WORDS)) | {
    n for n in P.SOCIAL_NETWORKS if len(n) >= 5 and " " not in n}  # not "X", "Line", "Mix": a name's words too


def _without_tools(names: str | None) -> str | None:
    """A name cut at a word of a page's tools ("Jane Doe Schreibe einen Kommentar"), or None if less than a full name
    stands before it ("Facebook Twitter", "Keine Kommentare")."""
    words = (names or "").split()
    cut = next((k for k, w in enumerate(words) if w.lower().strip(",") in _TOOL_WORDS), None)
    if cut is None:
        return names
    return " ".join(words[:cut]).strip(",") if cut >= 2 else None


#: A word standing alone between spaces, maybe with punctuation around it (not a piece of an address, a handle or a
#: link: "jane.doe@example.com", "@janedoe", "/author/jane-doe").
_WORD = re.compile(r"(?:^|(?<=\s))[\"'(\u201c\u201e\u00ab]*([^\W\d_]+)[\"')\u201d\u00bb.,;:!?]*(?=\s|$)")


def _a_heading(names: str, lines: list[Line]) -> bool:
    """Whether a would-be name alone on a line is a heading of common words ("Most Emailed", "Key Features"), stated
    once on the page (an author's name mostly is stated twice: byline, author box, footer): its first word is written in
    lower case elsewhere on the page, or a later word is, twice (a common noun or adjective; a surname may be a common
    word, "Ayşe Demir" where "demir" is iron, a given name rarely is)."""
    if sum(line.text.count(names) for line in lines) > 1:
        return False
    if names == names.lower():  # a script without capitals: a heading's words stand elsewhere on the page, a name's not
        seen = Counter(w for line in lines for w in re.findall(R.UNCASED_WORD, line.text))
        return any(seen[w] > 1 for w in names.split())
    words = [w.lower() for w in names.replace(",", " ").split() if w.lower() not in _PARTICLES and not w.islower()]
    lower = Counter(w for line in lines for w in _WORD.findall(line.text) if w.islower() and w in words)
    return bool(words) and (lower[words[0]] >= 1 or any(lower[w] >= 2 for w in words[1:]))


def _full_names(text: str, lines: list[Line]) -> str | None:
    """The names of a line that is only a list of two or more full names ("Naftali Tishby, Fernando C. Pereira, William
    Bialek"), each of two to four words and none a heading of the page's common words; else None (one-word items are
    labels: "Recht, Gesetz"; a job title is no name: "Jane Doe Founder & Lead Reviewer")."""
    if "," not in text:  # one name, or two joined by "and": _name_line's
        return None
    # the last part may join two names ("Isabel Caro, Rocío Latorre y José Miguel Wilson")
    parts = [p.strip() for p in re.split(R.NAME_SPLIT, text.strip(" ."))]
    names = [_name_line(p)[0] for p in parts]
    if all(n and n == p and len(n.split()) >= 2 and not _a_heading(n, lines) for n, p in zip(names, parts)):
        return ", ".join(names)
    return None


def _between_dates(lines: list[Line], i: int) -> bool:
    """Whether a line stands between two lines that are only dates, one above and one below (an item of a dated listing,
    a fixture list's competition: "Monday Jan 21" / "Carling Cup" / "Tuesday Jan 22"), not by one dateline."""
    above = [j for j in range(i - 1, -1, -1) if lines[j].text][:NAME_DATE_REACH]
    below = [j for j in range(i + 1, len(lines)) if lines[j].text][:NAME_DATE_REACH]
    return all(any(R.DATE_LINE.match(lines[j].key) for j in side) for side in (above, below))


def _name_over_dateline(lines: list[Line], decisions, near: list[tuple[int, int]], title_index: int | None) -> str | None:
    """A full name (two to four words), or a list of them, alone on a line a few lines below the headline, with a line
    holding a date at most ``NAME_DATE_REACH`` lines from it, one of the two removed ("Jane Doe" / "Follow" / "Oct 18,
    2019 · 8 min read"); not between two dates (a listing's item)."""
    if title_index is None:
        return None
    for i, distance in near:
        if not (0 < distance <= NAME_LINE_REACH_BELOW and i > title_index):
            continue
        names, dated = _name_line(lines[i].text)
        listed = None if names else _full_names(lines[i].text, lines)
        if listed or names and not dated and 2 <= len(names.split()) and names.lower() not in _RELATED and names == lines[i].text.strip(" .") and _without_tools(
                names) == names:
            names = listed or names
        else:
            continue
        if any(_has_date(lines[j]) and (decisions[i].label, decisions[j].label) != ("body", "body")
               for j in _neighbours(lines, i, NAME_DATE_REACH)) and not _between_dates(lines, i) and not _a_heading(names, lines):
            return names
    return None


def _more_by(lines: list[Line]) -> str | None:
    """The name of the page's first link to an author's other articles ("More from Jane Doe"): two to four words,
    as a site's or a section's name is one ("More from Politics")."""
    for line in lines:
        m = R.MORE_BY.match(line.text)
        if m and 2 <= len(m.group("names").split()) <= MAX_NAME_WORDS:
            names = _names(m.group("names"))
            if names:
                return names
    return None


def _near_article_start(lines: list[Line], decisions, near: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The short lines around the article's first line that are not in ``near``: a byline stands there when the
    headline picked is not the article's."""
    start = next((i for i, d in enumerate(decisions) if d.label == "body"), None)
    seen = {i for i, _ in near}
    return [] if start is None else [(i, d) for i, d in _near_headline(lines, decisions, start) if i not in seen]


def _neighbours(lines: list[Line], i: int, reach: int = 1) -> list[int]:
    """The ``reach`` nearest non-blank lines above and below line ``i``."""
    above = [j for j in range(i - 1, -1, -1) if lines[j].text][:reach]
    below = [j for j in range(i + 1, len(lines)) if lines[j].text][:reach]
    return above + below


def _author_box(lines: list[Line], decisions) -> str | None:
    """The name on the line just above the comments that follow the article, when that line is only a name
    (a blog's author box stands between the article and its comments)."""
    last = max((i for i, d in enumerate(decisions) if d.label == "body"), default=None)
    if last is None:
        return None
    comments = next((i for i in range(last + 1, len(lines)) if decisions[i].rule in _COMMENT_RULES), None)
    above = next((j for j in range(comments - 1, last, -1) if lines[j].text), None) if comments else None
    if above is None:
        return None
    names, dated = _name_line(lines[above].text)
    return names if not dated else None


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
def _date_parser(lang: str = "en"):
    """dateparser for a page in ``lang`` (in each of its scripts: "sr-Latn"; and English), reading numeric dates in the
    language's own order."""
    from dateparser.date import DateDataParser
    from dateparser.languages.loader import default_loader

    lang = dict(P.DATEPARSER_LOCALES).get(lang, lang)
    if lang == "en" or lang not in default_loader.get_locale_map():
        return DateDataParser(languages=["en"], settings=_DATEPARSER_SETTINGS)
    order = default_loader.get_locale(lang).info.get("date_order", "DMY")
    second = [loc for code, loc in P.DATEPARSER_SECOND_SCRIPTS if code == lang]
    return DateDataParser(locales=[lang, *second, "en"], settings={**_DATEPARSER_SETTINGS, "DATE_ORDER": order})


#: htmldate's plausibility rule: no web page is older than this.
EARLIEST = dt.date(1995, 1, 1)
#: A numeric date with a two-digit year ("19.10.19", "11/08/23"): dateparser reads it in the century before its fixed
#: base (1919, then too early), so it is read here in the hundred years from ``EARLIEST``.
_SHORT_YEAR = re.compile(r"^(\d\d?[/.]\d\d?[/.])(\d\d)$")
#: A Solar Hijri date's day, month and year (after a weekday, maybe).
_SOLAR_DATE = re.compile(rf"(?<!\d)(?:(?P<day>\d\d?)\s+(?P<month>{R.SOLAR_MONTH})\s+(?P<year>{R.SOLAR_YEAR})"
                         rf"|(?P<y>{R.SOLAR_YEAR})[-/](?P<m>\d\d?)[-/](?P<d>\d\d?))$")
_SOLAR_MONTHS = {n: k for k, spellings in enumerate(P.SOLAR_HIJRI_MONTHS, 1) for n in spellings}
#: The first day (Nowruz) of the Solar Hijri year 1403; the other years' are counted from it.
_NOWRUZ_1403 = dt.date(2024, 3, 20)


def _solar_leap(year: int) -> bool:
    """Whether a Solar Hijri year has 366 days: the 33-year cycle that matches the calendar from 1210 to 1634 (1831-2256)."""
    return ((year - 1210 + 1) % 33 - 1) % 4 == 0


def solar_hijri(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Solar Hijri one (1402-12-14 -> 2024-03-04), or None if there is no such day."""
    if not (1300 <= year <= 1600 and 1 <= month <= 12 and 1 <= day <= (
            31 if month <= 6 else 30 if month < 12 or _solar_leap(year) else 29)):
        return None
    step = 1 if year >= 1403 else -1
    years = sum(365 + _solar_leap(y) for y in range(min(year, 1403), max(year, 1403)))
    return _NOWRUZ_1403 + dt.timedelta(days=step * years + (month - 1) * 31 - max(0, month - 7) + day - 1)


def _solar_date(m: re.Match) -> dt.date | None:
    if m.group("year"):
        month = _SOLAR_MONTHS[m.group("month").replace("\u064a", "\u06cc").replace("\u0643", "\u06a9")]
        return solar_hijri(int(m.group("year")), month, int(m.group("day")))
    return solar_hijri(int(m.group("y")), int(m.group("m")), int(m.group("d")))


@functools.lru_cache(maxsize=4096)
def _parse(date: str, lang: str = "en") -> dt.date | None:
    """A date's text (lower case) as a date, with dateparser in the page's language, or None (also if implausible)."""
    solar = _SOLAR_DATE.search(date)
    if solar:  # dateparser reads no Solar Hijri date without its calendar's package
        value = _solar_date(solar)
        return value if value and value >= EARLIEST else None
    short = _SHORT_YEAR.match(date)
    if short:
        year = int(short.group(2)) + EARLIEST.year // 100 * 100
        date = short.group(1) + str(year if year >= EARLIEST.year else year + 100)
    parser = _date_parser(lang)
    value = parser.get_date_data(_plain(date), date_formats=list(DATE_FORMATS)).date_obj if lang == "en" else None
    if value is None:  # not in a common layout, or not a date at all: the full parser decides
        value = parser.get_date_data(date).date_obj
    return value.date() if value and value.date() >= EARLIEST else None


def parse_date(text: str, lang: str = "en") -> dt.date | None:
    """Parse a dateline ("Published: Dec. 1, 2015 at 2:05 pm") into a date with dateparser, or None."""
    m = R.DATE_LINE.match(text.lower())
    return _parse(m.group("date"), lang) if m else None


#: A year glued by the rendering to what follows it: the next date ("28. Juni 201914. Januar 2020"), a count
#: ("06/11/20230 Kommentare"), a time ("4 de mayo de 202207:59 hs") or a word ("27.01.2022MineralölINFO").
_GLUED_YEAR = re.compile(r"(?<=[./\s])((?:19|20)\d\d)(?=\d{1,2}(?:[./:\s]|$)|[^\W\d_]{2})")


def line_date(text: str, lang: str = "en") -> dt.date | None:
    """The earliest date a short line states ("Von Max Muster, 12. März 2021 | aktualisiert 14.03.2021"): a
    page's first date is its publication, later ones are updates."""
    if not _DIGIT.search(text):
        return None
    text = _GLUED_YEAR.sub(r"\1 ", ascii_digits(text))
    own = R.own_short_month_date(lang)
    found = [*R.DATE_IN_LINE.finditer(text.lower()), *(own.finditer(text.lower()) if own else ())]
    dates = [d for m in found if (d := _parse(m.group("date"), lang))]
    return min(dates, default=None) if dates else parse_date(text, lang)  # a spaced date is a dateline's alone


def published(lines: list[Line], decisions, title_index: int | None, lang: str | None = None) -> dt.date | None:
    """The date on the dateline or byline nearest the headline (the first one if there is no headline),
    read in the page's language."""
    for i, _ in _near_headline(lines, decisions, title_index):
        if decisions[i].label == "body" and lines[i].terminal:
            continue  # a sentence of the article, not a dateline
        value = line_date(lines[i].text, lang or "en")
        if value is not None:
            return value
    # no dateline by the headline: a blog's filing line below the post dates it ("Dieser Eintrag wurde am 11.
    # Dezember 2012 veröffentlicht"); the first one, not a comment's or a related post's
    for line, decision in zip(lines, decisions):
        if decision.rule == "tag_list" and _FILED.search(line):
            return line_date(line.text, lang or "en")
    return None


_NOT_PUBLISHER = frozenset(every(P.NOT_PUBLISHER_WORDS))
_NAVIGATION = frozenset(every(P.NAVIGATION_WHOLE))
#: A year or a Roman numeral (a copyright line's "MMVIII"): never a publisher's name.
_NUMERAL = re.compile(r"^(?:\d+|[mdclxvi]{2,})$")


#: The years a copyright line ends with ("Le Devoir 2002-2020"): not part of the name.
_TRAILING_YEARS = re.compile(r"\s*\(?\b(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?\)?$")
_FUNCTION_WORDS = frozenset(P.NOT_NAME_WORDS)


def is_publisher_name(name: str) -> bool:
    """A name, not a copyright, legal or navigation fragment ("All Rights Reserved", "Policy", "MMVIII"), a picture's
    credit ("Getty Images", "Jane Doe / Reuters") or a cut sentence ("bei der Autorin", "Zentralanstalt für")."""
    words = re.findall(r"[\w.&'-]+", name)
    return (1 <= len(words) <= 6 and len(name) > 2 and "/" not in name and name.lower() not in _NAVIGATION
            and not any(w.lower() in _NOT_PUBLISHER or _NUMERAL.match(w.lower()) for w in words)
            and not any(w in _FUNCTION_WORDS for w in (words[0], words[-1])))


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
                name = _TRAILING_YEARS.sub("", m.group("name")).strip(" .,:;|-\u2013\u2014")
                if is_publisher_name(name):
                    return name
    return None


#: Language identification reads the first characters only: plenty for a reliable answer, and fast.
LANGID_CHARS = 300


def language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid on the first LANGID_CHARS characters; deterministic)."""
    import py3langid

    return py3langid.classify(text[:LANGID_CHARS])[0]
