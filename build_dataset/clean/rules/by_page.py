"""Page rules and outcomes: decisions from a line's place in the page, after the line rules ran.

A page rule's ``find`` takes the page's lines, the decisions so far (``None`` = undecided) and,
for a rule that runs after the body classifier, its body lines; it returns the indices it
decides. The cleaner runs the page rules in the order they are registered here. The outcomes name
what the cleaner's models and its assembly of the article decided. (Registration order is the
order of the card's rule table.)
"""

from __future__ import annotations

import re

from build_dataset.clean.lines import TERMINAL, UNSPACED_RUN, Line, word_count
from build_dataset.clean.rules import ids_where, outcome, page_rule, patterns as R, phrases as P
from build_dataset.clean.rules.matching import alternation, every

def is_paragraph(line: Line) -> bool:
    """Sentence-shaped and long enough to be running text."""
    return line.words >= 20 or (line.words >= 10 and line.terminal)


def first_paragraph(lines: list[Line], decisions) -> int | None:
    return next((i for i, ln in enumerate(lines) if decisions[i] is None and is_paragraph(ln)), None)


_NOT_COMMENTER = frozenset(every(P.NOT_A_COMMENTER))
_COMMENT_HEADER_LEADS = every(P.COMMENT_HEADER_LEADS)


def _commenter(name: str) -> bool:
    """A commenter's name: at most four words, no metadata word, no punctuation of a label."""
    words = name.strip(" ,:-\u2013\u2014|").split()
    return (0 < len(words) <= 4 and not any(c in name for c in ":|<>[],")
            and not any(w.strip(".,") in _NOT_COMMENTER for w in words))


def _without_place(name: str) -> str:
    """A commenter's name without the place after it ("tom3465, farnworth": local papers ask for both)."""
    person, _, place = name.partition(",")
    return person if place and "," not in place and len(place.split()) <= 3 else name


def comment_header(line: Line) -> bool:
    """"NAME DATE TIME", "Posted by: NAME, PLACE | DATE TIME" or "NAME says:" (a reader-comment header)."""
    key = line.key
    says = key.endswith(("says", "says:"))
    if not says and ":" not in key and "." not in key:  # a time has ":" or "."
        return False
    stamped = R.CLOCK.search(key) is not None  # both headers with a date end in a clock time
    posted = stamped and key.startswith(_COMMENT_HEADER_LEADS) and R.COMMENT_POSTED.match(key)
    if posted:
        return _commenter(_without_place(posted.group("name")))
    m = stamped and R.COMMENT_HEADER.match(key)
    if m:
        return _commenter(m.group("name"))
    m = says and R.COMMENT_SAYS.match(key)
    return bool(m) and _commenter(m.group("name"))


#: A name that ends with an initial ("Олена К.", "Martin S."): its dot ends no sentence.
_INITIAL_END = re.compile(r"(?:^|\s)[^\W\d_]\.$")


#: A user name of one word with digits ("Jorge_87", "tom3465"): a commenter's handle, not a count or a date.
_HANDLE = re.compile(r"^[^\W\d_][\w.]*\d$")


def _split_header(lines: list[Line], decisions, i: int) -> bool:
    """A comment header on two lines: a commenter's bare name (no digit but a handle's, no sentence) right over a date
    and a time ("Petr Dvořák" / "13. 6. 2024 16:42") or the comment's age ("Marta G." / "hace 2 horas")."""
    if i + 1 >= len(lines) or lines[i].terminal and not _INITIAL_END.search(lines[i].text):
        return False
    below = decisions[i + 1]  # most often a blank line: the cheap test first
    text = lines[i].text.strip()
    if below is not None and below.label != "date" or any(map(str.isdigit, text)) and not _HANDLE.match(text):
        return False
    key = lines[i + 1].key
    m = R.DATE_LINE.match(key)
    if m is not None and m.group("time") is not None:
        return _commenter(lines[i].text)
    # an age heads a comment when a sentence follows it: over a section's name and a headline, a listing's teaser
    # ("Diego Ramírez" / "hace 21 minutos" / "Crónica" / headline)
    after = next((j for j in range(i + 2, len(lines)) if not lines[j].blank), None)
    return (R.RELATIVE_TIME.match(key) is not None and after is not None and lines[after].terminal
            and _commenter(lines[i].text))


def _counted(lines: list[Line], decisions, header: int) -> bool:
    """The line above the comment header (blank lines aside) counts the comments ("One Response to "TITLE"", "3
    thoughts on "TITLE""): a section of one comment."""
    above = next((j for j in range(header - 1, -1, -1) if not lines[j].blank), None)
    return above is not None and decisions[above] is not None and decisions[above].rule == "comment_count"


#: A reader comment is at most this many words (longer ones are rare); an article under an agency byline
#: ("Reuters 12 March 2021 14:05": a name, a date and a time) is longer, so its byline opens no comment section.
MAX_COMMENT_WORDS = 400


def comment_section(lines: list[Line], decisions, body=None) -> list[int]:
    """From the first comment header that stands in a comment section, every undecided line: at least two
    headers from it on, and it follows a comment prompt or is followed by a short comment before the next header. Or,
    without such headers, every undecided line under a comment prompt that comments under bare names follow
    (:func:`_named_comments`)."""
    start = first_paragraph(lines, decisions)
    if start is None:
        return []
    headers = [i for i in range(start + 1, len(lines)) if decisions[i] is None and lines[i].words <= 14
               and (comment_header(lines[i]) or _split_header(lines, decisions, i))]
    prompt = next((i for i in range(start + 1, len(lines))
                   if decisions[i] is not None and decisions[i].rule == "comment_prompt"), len(lines))
    for first, second in zip(headers, headers[1:]):
        if prompt < first or sum(lines[j].words for j in range(first + 1, second)) <= MAX_COMMENT_WORDS:
            return [j for j in range(first, len(lines)) if decisions[j] is None]
    if headers and _counted(lines, decisions, headers[0]):
        return [j for j in range(headers[0], len(lines)) if decisions[j] is None]
    above = sum(1 for j in range(start, prompt) if decisions[j] is None and is_paragraph(lines[j]))
    if prompt < len(lines) and above >= NAMED_COMMENTS_MIN and _named_comments(lines, decisions, prompt):
        return [j for j in range(prompt + 1, len(lines)) if decisions[j] is None]
    return []


def stamped_byline(lines: list[Line], decisions, body=None) -> list[int]:
    """Each undecided short line shaped like a comment header (a name, a date and a time) that no comment section
    took: an agency's byline and timestamp ("ANSA 12 marzo 2024 14:05"), not article text."""
    return [i for i, line in enumerate(lines) if decisions[i] is None and line.words <= 14 and comment_header(line)]


#: Under a comment prompt with at least this many paragraphs above it (not a jump link at the article's top), at least
#: this many comments in a row, each under its commenter's bare name, make a section.
NAMED_COMMENTS_MIN = 3


def _named_comments(lines: list[Line], decisions, prompt: int) -> bool:
    """Right under the comment prompt, ``NAMED_COMMENTS_MIN`` blocks in a row that each open with a commenter's name
    alone on its line ("Stephen B", "puddin and pie": no date, no sentence) over a comment that ends like a sentence
    (maybe with more paragraphs in blocks of their own)."""
    named = 0
    for block in _blocks(lines, prompt + 1):
        if any(decisions[i] is not None for i in block):
            if named == 0:  # a count or a form's line between the prompt and the comments
                continue
            break
        head, rest = lines[block[0]], block[1:]
        if named and all(lines[i].terminal for i in block):  # the comment's next paragraph
            continue
        if not (rest and not head.terminal and _commenter(head.text) and not any(c.isdigit() for c in head.text)
                and lines[rest[0]].terminal):
            break
        named += 1
        if named >= NAMED_COMMENTS_MIN:
            return True
    return False


_RELATED_HEADINGS = frozenset(every(P.RELATED_HEADINGS))
_RESOURCE_HEADINGS = frozenset(every(P.RELATED_RESOURCE_HEADINGS))
_MAX_ITEMS = 20


_CORE_STRIP = " .:!?\u2026\u00bb\u203a>|-\u2013\u2014"  # what stands around a heading's words


_RELATED_LEADS = re.compile(r"^(?:" + alternation(every(P.RELATED_HEADING_LEADS)) + r")(?!\w)")
#: A heading that names its list's topic ("Mehr zum Thema Klima") is at most this long.
_TOPIC_HEADING_WORDS = 9


_READ_ALSO_WHOLE = frozenset(p for p in every(P.READ_ALSO_LEADS) if " " in p)
#: A "read also" lead on a line of its own heads a list when at least this many short lines follow it (over fewer, it
#: is an inline box the article goes on under: "Leggi anche:" / a headline / its author).
READ_ALSO_ITEMS = 3


def _related_heading(line: Line) -> bool:
    return line.words <= 6 and line.key.strip(_CORE_STRIP) in _RELATED_HEADINGS


def _read_also_heading(lines: list[Line], decisions, i: int) -> bool:
    """A "read also" lead of two words or more alone on its line ("Διαβάστε επίσης", "Lue myös") over at least
    ``READ_ALSO_ITEMS`` short lines that end at a decided line or the page's end, not at a line of text (there the
    article goes on, or begins under its headline): a related list's heading."""
    if lines[i].words > 6 or lines[i].key.strip(_CORE_STRIP) not in _READ_ALSO_WHOLE:
        return False
    items = [j for j in _lists(lines, decisions, [i]) if j != i]
    after = next((j for j in range(items[-1] + 1, len(lines)) if lines[j].text), None) if items else None
    return len(items) >= READ_ALSO_ITEMS and (after is None or decisions[after] is not None)


def _resource_heading(lines: list[Line], decisions, i: int) -> bool:
    """A related-resources heading ("Related resources", "Recursos relacionados"), not a lead-in ending in ":", over
    another post's headline and a whole paragraph of it: a list of other posts; over short lines only, or under a lead-in,
    a list of links the author chose for the reader, which is the article's."""
    line = lines[i]
    if line.words > 6 or line.text.rstrip().endswith(":") or line.key.strip(_CORE_STRIP) not in _RESOURCE_HEADINGS:
        return False
    # the first item's headline, then its paragraph: not a lead-in ("Check out the following links:") over links, nor
    # the article's own paragraphs under its heading
    under = _next_nonblank(lines, i, 2)
    return (len(under) == 2 and all(decisions[j] is None for j in under) and not is_paragraph(lines[under[0]])
            and not lines[under[0]].text.endswith(":") and is_paragraph(lines[under[1]]))


def _topic_heading(line: Line) -> bool:
    """A heading's lead and the topic of its list ("Mehr zum Thema Gesundheit:", "Weitere Meldungen aus Berlin")."""
    return line.words <= _TOPIC_HEADING_WORDS and not line.terminal and _RELATED_LEADS.match(line.key) is not None


_LISTED_LEADS = frozenset(every(P.LISTED_ARTICLE_LEADS))
_LISTED_NOUNS = frozenset(every(P.LISTED_ARTICLE_NOUNS))
_HEADLINE_NOUNS = frozenset(every(P.HEADLINE_NOUNS))
#: A heading named by what its list holds ("More Manitoba headlines", "Hockey headlines") is at most this long.
_LISTED_HEADING_WORDS = 6


def _listed_heading(line: Line) -> bool:
    """A heading that says its list holds other articles: "More Manitoba headlines »", "Other recent articles...",
    "More videos", "Weitere Nachrichten", "Hockey headlines" (a lead word and a listed noun, or a section's name and
    "headlines")."""
    if line.words > _LISTED_HEADING_WORDS or line.text.endswith(("!", "?")):
        return False
    words = line.key.strip(_CORE_STRIP).split()
    if len(words) < 2 or words[-1] not in _LISTED_NOUNS:
        return False
    return words[0] in _LISTED_LEADS or (len(words) <= 3 and words[-1] in _HEADLINE_NOUNS)


def related_list(lines: list[Line], decisions, body=None) -> list[int]:
    """Each related-articles heading (if undecided) and the short lines under it: up to ``_MAX_ITEMS`` of them,
    blank lines skipped, until a decided, long or sentence-ending line. A heading that names what its list holds
    (:func:`_listed_heading`) counts below the article's first paragraph only (above it, it heads a menu, over the
    headline)."""
    start = first_paragraph(lines, decisions)
    return _lists(lines, decisions, [i for i, ln in enumerate(lines) if _related_heading(ln) or (
        start is not None and i > start and (_listed_heading(ln) and _opens_block(lines, decisions, i)
                                             or _read_also_heading(lines, decisions, i)
                                             or _resource_heading(lines, decisions, i)))], start)


def _opens_block(lines: list[Line], decisions, i: int) -> bool:
    """The line above (blank lines aside) is a rule's or a sentence's end, not a short item of a list of the
    article's own ("They need:", "More code examples", "More blog posts")."""
    above = next((j for j in range(i - 1, -1, -1) if not lines[j].blank), None)
    return above is None or decisions[above] is not None or lines[above].terminal or is_paragraph(lines[above])


def topic_list(lines: list[Line], decisions, body=None) -> list[int]:
    """:func:`related_list` under a heading that names the list's topic, below the article's first paragraph (above
    it, such a line can be the headline or a breadcrumb)."""
    start = first_paragraph(lines, decisions)
    return [] if start is None else _lists(lines, decisions, [i for i in range(start + 1, len(lines))
                                                              if decisions[i] is None and _topic_heading(lines[i])])


def _lists(lines: list[Line], decisions, headings: list[int], start: int | None = None) -> list[int]:
    """Each of ``headings`` (if undecided) and the short lines under it (see :func:`related_list`), up to the article's
    own headline over the page's first paragraph ``start`` (:func:`_heads_article`)."""
    out: list[int] = []
    end = 0  # the line after the last list
    for i in headings:
        if i < end:  # inside the list under the heading before
            continue
        if decisions[i] is None:
            out.append(i)
        items = 0
        end = i + 1
        while end < len(lines) and items < _MAX_ITEMS:
            ln = lines[end]
            if ln.blank:
                end += 1
                continue
            if (decisions[end] is not None or ln.words > 15 or ln.text.endswith(".")
                    or (start is not None and end < start and _heads_article(lines, decisions, end, start))):
                break
            out.append(end)
            items += 1
            end += 1
    return out


def _heads_article(lines: list[Line], decisions, i: int, start: int) -> bool:
    """Line ``i`` stands over a byline or a date and then the page's first paragraph ``start``: the article's own
    headline under a list ("Most read" above it), not the list's last item (a teaser list's items over their dates
    and teasers lower on the page stay items)."""
    near = _next_nonblank(lines, i, HEADER_BODY_NEAR)
    return start in near and any(_article_meta(lines[j], decisions[j]) for j in near[:HEADER_META_NEAR])


#: A line of a form's options or a flattened menu: at least this many words...
OPTIONS_MIN_WORDS = 20
#: ...of which at least this share of those that start with a letter are capitalised (cased scripts only).
OPTIONS_CAPITALISED = 0.95
_SENTENCE_MARK = re.compile("[.!?;\u3002\uff01\uff1f]")
#: An initialism's full stops ("U.S.", "F.Y.R.") are an item's own, not a sentence's (a name's initial, "John W.", is
#: not spared: a list of names with initials reads as a byline as often as a menu).
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")


#: A form's options may follow a label of up to this many words ("Seleziona la provincia", "Kies je provincie").
OPTIONS_LABEL_WORDS = 3
#: A line without a single function word of any listed language is options from this many words on.
OPTIONS_MIN_BARE_WORDS = 15
#: A word of a list of options: letters and digits, maybe hyphenated; a headline in a language whose function words are
#: not listed has its colon, dash or quotes.
_BARE_ITEM = re.compile(r"^[^\W_][\w'\u2019-]*$")
#: An item of a Chinese or Japanese list of options: a few Han or kana characters between spaces.
_CJK_ITEM = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff]{1,6}$")


def _option_items(line: Line) -> bool:
    """Many items and nothing of a sentence: no sentence punctuation, few commas, and after a label either few
    lower-case words (prose in any cased language has articles, verbs and prepositions in lower case) or no
    function word at all (options that are lower-case adjectives, "dolnośląskie kujawsko-pomorskie ..."), or
    short Han or kana items between spaces (Chinese and Japanese prose has no spaces)."""
    if line.words < OPTIONS_MIN_BARE_WORDS or line.terminal or _SENTENCE_MARK.search(_INITIALISM.sub("", line.text)):
        return False
    words = line.text.split()
    if line.text.count(",") > 0.1 * len(words):  # a comma-separated list of labels reads as a sentence's list
        return False
    if sum(bool(_CJK_ITEM.match(w)) for w in words) >= max(OPTIONS_MIN_WORDS * 3 // 4, 0.9 * len(words)):
        return True
    lettered = [w for w in words[OPTIONS_LABEL_WORDS:] if w[0].isalpha()]
    if len(lettered) < OPTIONS_MIN_BARE_WORDS * 2 // 3:
        return False
    if line.words >= OPTIONS_MIN_WORDS and sum(w[0].isupper() for w in lettered) >= OPTIONS_CAPITALISED * len(lettered):
        return True
    return (len(words) >= OPTIONS_MIN_BARE_WORDS and all(_BARE_ITEM.match(w) for w in words)
            and not any(w.lower() in R.FUNCTION_WORDS for w in words))


def option_list(lines: list[Line], decisions, body=None) -> list[int]:
    """Each undecided line that is a form's options or a menu flattened into one line (:func:`_option_items`)."""
    return [i for i, line in enumerate(lines) if line.words >= OPTIONS_MIN_BARE_WORDS and decisions[i] is None
            and _option_items(line)]


#: A news ticker's item: a clock time, then a headline of at least three words ("14:44 Accusations de viols : ...",
#: "09:02 Lances abertos ..."); a time range ("13:00 - 13:15") is a programme's slot, not a ticker's item.
_TICKER_ITEM = re.compile(r"^(?:[01]?\d|2[0-3])[:h][0-5]\d(?:\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.))?\s+"
                          r"(?![-\u2013\u2014]\s*\d)(?:[-\u2013|\u2022]\s+)?\w+(?:\W+\w+){2,}", re.IGNORECASE)
#: A page has a ticker when at least this many lines are its items.
TICKER_MIN = 3
#: A ticker's item is a headline: at most this many words.
TICKER_MAX_WORDS = 30


#: A ticker's clock time alone on its line, over its headline ("15:44" / "Italy: Students protest ...").
_TICKER_TIME = re.compile(r"^(?:[01]?\d|2[0-3])[:h][0-5]\d(?:\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.))?$", re.IGNORECASE)


def news_ticker(lines: list[Line], decisions, body=None) -> list[int]:
    """The undecided lines of a news ticker, when the page has at least ``TICKER_MIN`` items: lines that are a time
    and a headline (:data:`_TICKER_ITEM`), or a time alone over the next line, a headline of more than 3 words."""
    items = [[i] for i, line in enumerate(lines) if 3 < line.words <= TICKER_MAX_WORDS and decisions[i] is None
             and _TICKER_ITEM.match(line.text)]
    for i, line in enumerate(lines[:-1]):
        head = i + 1
        if _TICKER_TIME.match(line.text) and decisions[head] is None and 3 < lines[head].words <= TICKER_MAX_WORDS \
                and not lines[head].terminal:
            items.append([j for j in (i, head) if decisions[j] is None])
    if len(items) < TICKER_MIN:
        return []
    out = sorted(j for item in items for j in item)
    return sorted(set(out) | {h for h in (_ticker_heading(lines, decisions, i) for i in out) if h is not None})


#: A ticker's heading ("Key events", "Latest") is at most this many words.
TICKER_HEADING_WORDS = 4


def _ticker_heading(lines: list[Line], decisions, i: int) -> int | None:
    """The undecided short line right above a ticker's item (blank lines aside), not a sentence: the ticker's heading."""
    above = next((j for j in range(i - 1, -1, -1) if lines[j].text), None)
    if above is None or decisions[above] is not None or lines[above].terminal or lines[above].words > TICKER_HEADING_WORDS:
        return None
    return above if not _TICKER_ITEM.match(lines[above].text) and not _TICKER_TIME.match(lines[above].text) else None


#: A page lists events when at least this many lines are an event's date, time and title (an article's chronology ends
#: its sentences and seldom gives each event a clock time).
EVENTS_MIN = 3
#: An event's line is short: at most this many words.
EVENT_MAX_WORDS = 30


def event_list(lines: list[Line], decisions, body=None) -> list[int]:
    """The undecided lines of an event listing written one event a line (:data:`R.EVENT_ITEM`), not ending like a
    sentence, when the page has at least ``EVENTS_MIN`` of them."""
    items = [i for i, line in enumerate(lines) if decisions[i] is None and line.words <= EVENT_MAX_WORDS
             and not line.terminal and R.EVENT_ITEM.match(line.key)]
    return items if len(items) >= EVENTS_MIN else []


_SPONSORED_HEADINGS = frozenset(every(P.SPONSORED_LINK_HEADINGS))
#: An advertiser's address alone on its line ("www.example.co.uk", "shop.example.com/offer").
_ADDRESS = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:/\S*)?/?$")
#: A text ad's title is at most this many words, its text at most ``AD_TEXT_WORDS``...
AD_TITLE_WORDS = 8
AD_TEXT_WORDS = 40
#: ...and a block of ads has at least this many.
ADS_MIN = 2


def sponsored_links(lines: list[Line], decisions, body=None) -> list[int]:
    """Under a heading of text ads ("Sponsored Links", "Ads by Google", "Liens sponsorisés"), the undecided lines of
    the ads that follow one another, each a title and a line of text over the advertiser's address on a line of its
    own, when there are at least ``ADS_MIN`` of them (an article's paragraph over a link is not an ad)."""
    out: list[int] = []
    for h in (i for i, line in enumerate(lines) if line.words <= 4 and line.key.strip(_CORE_STRIP) in _SPONSORED_HEADINGS):
        ads: list[int] = []
        ad: list[int] = []
        count = 0
        for j in range(h + 1, len(lines)):
            if lines[j].blank:
                continue
            if _ADDRESS.match(lines[j].key):
                if len(ad) != 2 or lines[ad[0]].words > AD_TITLE_WORDS or lines[ad[1]].words > AD_TEXT_WORDS:
                    break
                ads += ad + [j]
                count += 1
                ad = []
            elif len(ad) == 2:
                break
            else:
                ad.append(j)
        if count >= ADS_MIN:
            out += [i for i in [h, *ads] if decisions[i] is None]
    return out


#: A gallery's item: its place and the gallery's size, then a caption's headline ("1/50 United goin down", "3 / 12 Der
#: Neubau"); a date ("03/05/2022") has a third number.
_GALLERY_ITEM = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})\s+(?![\d/.])(\S.*)$")
#: A gallery of other stories has at least this many items with headlines of their own...
GALLERY_MIN = 3
#: ...each at most this many lines above the next (its caption; a longer gap is the article's text).
GALLERY_GAP = 6


def _gallery_item(line: Line) -> tuple[int, int, str] | None:
    """(place, size, headline) of a gallery item's line: a headline of 2 to 16 words that does not end like a sentence
    (a caption that tells a story in slides is a sentence, and is the article)."""
    m = _GALLERY_ITEM.match(line.text)
    if m is None:
        return None
    place, size, head = int(m.group(1)), int(m.group(2)), m.group(3)
    if not (1 <= place <= size and size >= GALLERY_MIN) or head.endswith(TERMINAL) or not 2 <= word_count(head) <= 16:
        return None
    return place, size, head


def gallery_list(lines: list[Line], decisions, body=None) -> list[int]:
    """Below the article's first paragraph, a numbered gallery of other stories: at least ``GALLERY_MIN`` items of
    one size in a row, places rising, headlines all different (a gallery whose items repeat one credit, "2/28 photos
    (c) NAME", carries the article in its captions), each item's line and the lines under it up to the next item
    (its caption), and the caption under the last item when it is one block."""
    start = first_paragraph(lines, decisions)
    if start is None:
        return []
    items = [(i, *found) for i in range(start + 1, len(lines))
             if decisions[i] is None and (found := _gallery_item(lines[i])) is not None]
    out: list[int] = []
    run: list[tuple] = []
    for item in items + [None]:
        if item is not None and run and item[2] == run[-1][2] and item[1] > run[-1][1] and sum(
                1 for j in range(run[-1][0] + 1, item[0]) if not lines[j].blank) <= GALLERY_GAP:
            run.append(item)
            continue
        if len(run) >= GALLERY_MIN and len({head for *_, head in run}) == len(run):
            out += [j for j in range(run[0][0], run[-1][0] + 1) if decisions[j] is None]
            caption = _blocks(lines, run[-1][0] + 1)[:1]
            if caption and len(caption[0]) == 1 and decisions[caption[0][0]] is None:
                out.append(caption[0][0])
        run = [item] if item is not None else []
    return out


#: A line of link texts run together has at least this many joins (:func:`_joins`)...
GLUED_MIN_JOINS = 5
#: ...and at least one join in this many words.
GLUED_WORDS_PER_JOIN = 8


def _joins(text: str) -> int:
    """Places where a word in lower case runs straight into a capitalised one ("slackGhost frogs"): where a scraper
    joined link texts without a space. The part before the join starts in lower case and has three letters or more,
    so a brand's inner capital ("iPhone", "YouTube", "MacBook") is none; a run of letters with more than one such
    place is a program's name ("showDeathMessages"), not two links. Any cased script."""
    if not _MAY_JOIN.search(text):
        return 0
    count = 0
    for run in _LETTER_RUN.findall(text):
        if run.islower() or not run[0].islower():  # no capital, or not a part in lower case before it
            continue
        humps = [k for k in range(1, len(run)) if run[k].isupper() and run[k - 1].islower()]
        if len(humps) == 1:
            k = humps[0]
            count += run[0].islower() and k >= 3 and k + 1 < len(run) and run[k + 1].islower()
    return count


_LETTER_RUN = re.compile(r"[^\W\d_]+")
# A lower-case letter followed by a capital, or a character past the scripts whose cases the class lists (the
# alphabets, punctuation and symbols before the CJK blocks): a line without either (most lines) has no join.
_MAY_JOIN = re.compile("[{}][{}]|[^\\x00-\\u2fff]".format(*(
    "".join(re.escape(c) for c in map(chr, range(0x3000)) if test(c)) for test in (str.islower, str.isupper))))


def glued_links(lines: list[Line], decisions, body=None) -> list[int]:
    """Each undecided line of link texts run together: at least ``GLUED_MIN_JOINS`` joins and one in every
    ``GLUED_WORDS_PER_JOIN`` words (a list of headlines or a menu the scraper wrote without spaces), and no code's
    brackets, semicolons or "="."""
    return [i for i, line in enumerate(lines) if decisions[i] is None and line.words
            and (j := _joins(line.text)) >= GLUED_MIN_JOINS and j * GLUED_WORDS_PER_JOIN >= line.words
            and _CODE_MARKS.search(line.text) is None]


#: Program code has camelCase names too, and brackets, semicolons or "=" (link texts have none of them).
_CODE_MARKS = re.compile(r"[{}();=<>\[\]]")


_AUTHOR_BOX_HEADINGS = frozenset(every(P.AUTHOR_BOX_HEADINGS))
_BOX_LINES = 6


def author_box(lines: list[Line], decisions, body=None) -> list[int]:
    """An "About the author" heading after the article's first paragraph and the undecided lines under it, to
    the first blank line after them (at most six)."""
    out: list[int] = []
    start = first_paragraph(lines, decisions)
    for i in range(len(lines) if start is None else start + 1, len(lines)):
        line = lines[i]
        if decisions[i] is not None or line.words > 4 or line.key.strip(_CORE_STRIP) not in _AUTHOR_BOX_HEADINGS:
            continue
        out.append(i)
        box = 0
        for j in range(i + 1, len(lines)):
            if lines[j].blank:
                if box:
                    break
                continue
            if decisions[j] is not None or box == _BOX_LINES:
                break
            out.append(j)
            box += 1
    return out


_CONSENT_BUTTONS = every(P.CONSENT_WHOLE)  # the banner's buttons and headings, whole lines of the line rule
_CONSENT_WORDS = frozenset(every(P.CONSENT_WORDS))
_BUTTON_WORDS = 6      # a button line is at most this long ("Accept all | Manage preferences")
_BANNER_WORDS = 120    # a banner block is at most this long


def _blocks(lines: list[Line], start: int) -> list[list[int]]:
    """The blocks of lines (runs without a blank line) from ``start`` on, as lists of indices."""
    out: list[list[int]] = [[]]
    for i in range(start, len(lines)):
        if lines[i].blank:
            if out[-1]:
                out.append([])
        else:
            out[-1].append(i)
    return [b for b in out if b]


def consent_block(lines: list[Line], decisions, body) -> list[int]:
    """A block with a consent button line and a consent word ("cookies", "Datenschutz", ...), and the block
    just before it if that has a consent word too (the banner's text above its buttons)."""
    def consent(block):
        return any(w.strip(".,:;!?()") in _CONSENT_WORDS for i in block for w in lines[i].key.split())

    out: list[int] = []
    blocks = _blocks(lines, 0)
    for n, block in enumerate(blocks):
        if sum(lines[i].words for i in block) > _BANNER_WORDS:
            continue
        if not any(lines[i].words <= _BUTTON_WORDS and lines[i].key.startswith(_CONSENT_BUTTONS) for i in block):
            continue
        before = blocks[n - 1] if n else []
        if consent(block) or consent(before):
            above = before if consent(before) and sum(lines[i].words for i in before) <= _BANNER_WORDS else []
            out += [i for i in (*above, *block) if decisions[i] is None]
    return out


_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--.*?-->")


def markup_line(lines: list[Line], decisions, body) -> list[int]:
    """Undecided lines of HTML tags and nothing else above the article's first paragraph (a scraper's leftovers
    around the headline; below it, such a line can be an article's code sample)."""
    end = first_paragraph(lines, decisions)
    return [i for i in range(len(lines) if end is None else end)
            if decisions[i] is None and "<" in lines[i].text and not _TAG.sub("", lines[i].text).strip()]


#: A link or an image to an absolute address, in markup: an ad's or a widget's code when nothing else is on its line.
_LINK_TAG = re.compile(r"<(?:a|img|iframe)\s[^<>]*\b(?:href|src)\s*=\s*[\"']?https?://", re.IGNORECASE)


def markup_link(lines: list[Line], decisions, body=None) -> list[int]:
    """Undecided lines of HTML tags and nothing else, anywhere on the page, with a link or an image to an absolute
    address: a banner's code the scraper left (an article's code sample quotes markup inside its text)."""
    return [i for i, line in enumerate(lines) if decisions[i] is None and "<" in line.text
            and _LINK_TAG.search(line.text) and not _TAG.sub("", line.text).strip()]


def _middle(lines: list[Line], body: list[bool]) -> int | None:
    """The body line where half of the body's words have been read (None without body)."""
    kept = [i for i, b in enumerate(body) if b]
    half, seen = sum(lines[i].words for i in kept) / 2, 0
    for middle in kept:
        seen += lines[middle].words
        if seen >= half:
            return middle
    return None


#: Top stories above the article: at least this many other headlines stand above the article's own headline...
TOP_STORIES_MIN = 2
#: ... each of this many words (fewer: a menu item or a label, "Most read")...
TOP_HEADLINE_WORDS = (3, 16)
#: ... each teaser among them (a paragraph under one of those headlines) at most this long...
TOP_TEASER_WORDS = 60
#: ... and the article under its own headline holds at least this many times the words of the body lines above it.
TOP_STORIES_RATIO = 2
#: The article's own headline has its byline or date among the next this many non-blank lines, and its first
#: paragraph among the next this many.
HEADER_META_NEAR, HEADER_BODY_NEAR = 2, 6
#: The block of other stories holds at most this many undecided lines above its first teaser, and below it.
TOP_STORIES_SPAN = 12


def _other_headline(line: Line) -> bool:
    """Shaped like another story's headline: a few words, not a sentence, not a label ("Read more:")."""
    low, high = TOP_HEADLINE_WORDS
    return low <= line.words <= high and not line.terminal and not line.text.endswith(":")


def _article_meta(line: Line, decision) -> bool:
    """A byline or a date: a line a rule decided as one, or a short undecided line with a byline or a date in it."""
    if decision is not None:
        return decision.label in ("byline", "date")
    return line.words <= 12 and (R.BYLINE_IN_LINE.search(line.text) is not None
                                 or R.DATE_IN_LINE.search(line.key) is not None)


def _next_nonblank(lines: list[Line], i: int, count: int) -> list[int]:
    out = []
    for j in range(i + 1, len(lines)):
        if lines[j].text:
            out.append(j)
            if len(out) == count:
                break
    return out


def _article_header(lines: list[Line], decisions, body: list[bool], i: int) -> int | None:
    """The article's first paragraph under line ``i`` when ``i`` reads as the article's own headline: undecided, not a
    sentence, a byline or a date right under it, then a body paragraph; else None."""
    from build_dataset.clean.headline import can_be_headline  # it reads the rules' patterns: imported when used

    line = lines[i]
    if decisions[i] is not None or line.terminal or not 3 <= line.words <= 40 or not can_be_headline(line):
        return None
    near = _next_nonblank(lines, i, HEADER_BODY_NEAR)
    if not any(_article_meta(lines[j], decisions[j]) for j in near[:HEADER_META_NEAR]):
        return None
    return next((j for j in near if body[j] and is_paragraph(lines[j])), None)


def top_stories(lines: list[Line], decisions, body: list[bool]) -> list[int]:
    """Above the article's own headline (:func:`_article_header`), a block of other stories that the body classifier
    took for the article's start: from its first teaser down to that headline only other headlines (at least
    ``TOP_STORIES_MIN`` of them, counting those right above the teaser), short teasers each right under one, and
    lines a rule decided, at most ``TOP_STORIES_SPAN`` of them; the article under its headline ``TOP_STORIES_RATIO``
    times as long as the block's body lines, and its headline sharing more of its first paragraphs' words than any of
    the block's headlines (another story is about something else). The block's undecided lines, from its first
    headline down to the article's headline."""
    n = len(lines)
    first = next((i for i in range(n) if body[i] and is_paragraph(lines[i])), None)
    if first is None or not _teaser_under_headline(lines, first):
        return []
    head = start = None
    seen = 0
    for i in range(first + 1, n):  # down to the article's headline, over other headlines and their teasers only
        line = lines[i]
        if line.blank or decisions[i] is not None:
            continue
        seen += 1
        if seen > TOP_STORIES_SPAN:
            return []
        if line.terminal or (body[i] and is_paragraph(line)):
            if not _teaser_under_headline(lines, i):
                return []  # a paragraph that is no teaser above any headline with a byline: the article has begun
            continue
        start = _article_header(lines, decisions, body, i)
        if start is not None:
            head = i
            below = _next_nonblank(lines, i, 1)  # a headline between it and its byline is the article's own
            if below and _article_header(lines, decisions, body, below[0]) is not None:
                head = below[0]
            break
        if not _other_headline(line):
            return []  # a line of another shape (a menu item, a label): no block of stories
    if head is None:
        return []
    above = sum(lines[i].words for i in range(first, head) if body[i])
    below = sum(lines[i].words for i in range(start, n) if body[i])
    if below < TOP_STORIES_RATIO * above:
        return []
    para = set().union(*(_terms(lines[i].key) for i in [i for i in range(start, n) if body[i]][:TOP_PARAGRAPHS]))
    top = first  # the block's first line: up over the headlines (and blank lines) right above the first teaser
    for i in range(first - 1, max(-1, first - 1 - TOP_STORIES_SPAN), -1):
        if lines[i].blank:
            continue
        if not _listed_or_undecided(decisions[i]) or not _other_headline(lines[i]):
            break
        top = i
    headlines = [i for i in range(top, head) if _listed_or_undecided(decisions[i]) and _other_headline(lines[i])]
    # the article's headline tells of what its first paragraphs tell, more than any other story's does
    if len(headlines) < TOP_STORIES_MIN or _overlap(lines[head], para) <= max(_overlap(lines[i], para) for i in headlines):
        return []
    return [i for i in range(top, head) if decisions[i] is None and lines[i].text]


def _listed_or_undecided(decision) -> bool:
    """Undecided, or a headline of a related list that a heading named ("Mest lästa"): either is a story's headline."""
    return decision is None or decision.rule == "related_list"


#: The article's first paragraphs that its headline is compared with.
TOP_PARAGRAPHS = 3
_LONG_WORD = re.compile(r"\w{4,}")


def _terms(key: str) -> set[str]:
    """A line's content terms: its words of four letters or more, cut to five (a crude stem: "opened" and "opens"),
    and the character pairs of a script written without spaces."""
    out = {w[:5] for w in _LONG_WORD.findall(UNSPACED_RUN.sub(" ", key))}
    for run in UNSPACED_RUN.findall(key):
        out.update(run[k:k + 2] for k in range(len(run) - 1))
    return out


def _overlap(line: Line, para: set[str]) -> float:
    """The share of a line's content terms that the article's first paragraphs hold."""
    terms = _terms(line.key)
    return len(terms & para) / len(terms) if terms else 0.0


def _teaser_under_headline(lines: list[Line], i: int) -> bool:
    """A short paragraph or sentence whose line above (the nearest non-blank one) is shaped like a headline."""
    if lines[i].words > TOP_TEASER_WORDS:
        return False
    j = next((j for j in range(i - 1, -1, -1) if lines[j].text), None)
    return j is not None and _other_headline(lines[j])


#: A teaser list has at least this many headline-and-teaser blocks in a row.
TEASERS_MIN = 3


#: A teaser is at least this many words ("Строительство займёт около трёх лет.").
TEASER_MIN_WORDS = 5
#: A section label over a listed story's headline ("Economía", "Local news") is at most this long.
KICKER_WORDS = 3


def _teaser(lines: list[Line], block: list[int]) -> bool:
    """A block of two lines, a headline (not a sentence, not a label) over a teaser of one sentence, or of three
    lines with the story's section label (at most ``KICKER_WORDS`` words) over them or its date under them."""
    if len(block) == 3 and R.DATE_LINE.match(lines[block[2]].key):
        block = block[:2]  # the story's date under its teaser
    elif len(block) == 3:
        kicker = lines[block[0]]
        if kicker.words > KICKER_WORDS or kicker.terminal or kicker.text.endswith(":"):
            return False
        block = block[1:]
    if len(block) != 2:
        return False
    head, teaser = lines[block[0]], lines[block[1]]
    return (2 <= head.words <= 16 and not head.terminal and not head.text.endswith(":")
            and teaser.terminal and TEASER_MIN_WORDS <= teaser.words <= 50)


#: The rules of a list's heading under which a headline and its teaser may stand in blocks of their own.
_LIST_HEADING_RULES = frozenset({"read_also", "related_list", "topic_list"})


def _paired(lines: list[Line], decisions, blocks: list[list[int]]) -> list[list[int]]:
    """``blocks`` with each one-line headline joined to the one-line teaser block under it (:func:`_teaser`), in the
    run right under a one-line block that a list's heading rule decided ("Czytaj także" over "HEADLINE", "TEASER.")."""
    out: list[list[int]] = []
    pairing = False
    k = 0
    while k < len(blocks):
        block = blocks[k]
        if pairing and len(block) == 1 and k + 1 < len(blocks) and len(blocks[k + 1]) == 1 \
                and _teaser(lines, block + blocks[k + 1]):
            out.append(block + blocks[k + 1])
            k += 2
            continue
        rule = decisions[block[0]].rule if len(block) == 1 and decisions[block[0]] is not None else None
        pairing = rule in _LIST_HEADING_RULES  # a block that is no pair ends the run
        out.append(block)
        k += 1
    return out


def teaser_list(lines: list[Line], decisions, body: list[bool]) -> list[int]:
    """Below the article's middle, the undecided lines of each run of at least ``TEASERS_MIN`` headline-and-teaser
    blocks (:func:`_teaser`) standing one after another, and the list's one-line heading right above the run."""
    middle = _middle(lines, body)
    if middle is None:
        return []
    out: list[int] = []
    blocks = _paired(lines, decisions, _blocks(lines, middle + 1))
    run: list[int] = []  # indices into blocks
    for k, block in enumerate(blocks + [[]]):
        if block and _teaser(lines, block):
            run.append(k)
            continue
        if len(run) >= TEASERS_MIN:
            above = blocks[run[0] - 1] if run[0] > 0 else []
            if len(above) == 1 and lines[above[0]].words <= 6 and not lines[above[0]].terminal:
                run.insert(0, run[0] - 1)
            out += [i for r in run for i in blocks[r] if decisions[i] is None]
        run = []
    return out


_COPYRIGHT_LEADS = every(P.COPYRIGHT_LEADS)
_COPYRIGHT = every(P.COPYRIGHT_MARKERS)
#: A copyright notice has a holder or a year: "Copyright" alone, or "Copyright license", is a link or a label.
_COPYRIGHT_WORDS = 3
#: A line without a copyright lead is a notice if it is this short (a longer one is a caption with its image's rights).
_RIGHTS_LINE_WORDS = 12


def _copyright(line: Line, decision) -> bool:
    """A copyright notice that the site_disclaimer rule removed ("Copyright 2008 AP. All rights reserved.", "© AAP
    2008"): an article's footer, while the rule's other notices ("Editor's note: ...") and image credits ("© dpa |
    NAME") can stand above the article's end."""
    if decision.rule != "site_disclaimer" or line.words < _COPYRIGHT_WORDS:
        return False
    if line.words <= _RIGHTS_LINE_WORDS and any(m in line.key for m in _COPYRIGHT):
        return True
    # a year after the lead or at the end ("(c) 2008 AP", "© AAP 2008"); without one, "© NAME" is an image's credit
    return line.key.startswith(_COPYRIGHT_LEADS) and _NOTICE_YEAR.search(line.key) is not None


_NOTICE_YEAR = re.compile(r"^\W*(?:\w+\W+)?(?:19|20)\d\d\b|\b(?:19|20)\d\d\W*$")


def past_article_end(lines: list[Line], decisions, body: list[bool]) -> list[int]:
    """The body lines below the article's end: the first line decided by a rule that ends articles
    (``Rule.ends_article``) below the body line where half of the body's words have been read, or, if earlier, the
    story toolbar repeated below the article (:func:`_closing_toolbar`; it closes the article even when the debris
    under it outweighs the article, so that the middle falls below it). A related-articles box the article goes on
    under (:func:`_inline_box`) is not its end."""
    middle = _middle(lines, body)
    if middle is None:
        return []
    ends = ids_where("ends_article")
    end = next((j for j in range(middle + 1, len(lines))
                if decisions[j] is not None and (decisions[j].rule in ends or _copyright(lines[j], decisions[j]))
                and not _inline_box(lines, decisions, body, j)), None)
    frame = _closing_toolbar(lines, decisions, body)
    if frame is not None and (end is None or frame < end):
        end = frame
    return [] if end is None else [i for i, b in enumerate(body) if b and i > end]


#: A related-articles box inside the article: the article resumes right under its list with at least this many
#: paragraphs in a row the classifier kept...
INLINE_RESUME_PARAGRAPHS = 3
#: ...of at least this many words together.
INLINE_RESUME_WORDS = 80
_INLINE_BOX = "related_list"


def _inline_box(lines: list[Line], decisions, body: list[bool], j: int) -> bool:
    """Whether the related-articles list at ``j`` is a box set inside the article ("Related articles" over three
    headlines, then the article goes on): under its last line, blank lines aside, come at least
    ``INLINE_RESUME_PARAGRAPHS`` body paragraphs in a row, ``INLINE_RESUME_WORDS`` words in all. A list after the
    article's end has the page's furniture under it, or other stories that do not read as paragraphs in a row."""
    if decisions[j].rule != _INLINE_BOX:
        return False
    k = j
    while k < len(lines) and (lines[k].blank or (decisions[k] is not None and decisions[k].rule == _INLINE_BOX)):
        k += 1
    paragraphs = words = 0
    for i in range(k, len(lines)):
        if lines[i].blank:
            continue
        if not (body[i] and is_paragraph(lines[i])):
            break
        paragraphs += 1
        words += lines[i].words
    return paragraphs >= INLINE_RESUME_PARAGRAPHS and words >= INLINE_RESUME_WORDS


def _closing_toolbar(lines: list[Line], decisions, body: list[bool]) -> int | None:
    """The first share bar below the article's first paragraph that repeats, word for word, a share bar of at least
    ``TOOLBAR_WORDS`` words above it: a site's story toolbar (e-mail, print, text size) printed above and below each
    story."""
    first = next((i for i, b in enumerate(body) if b and is_paragraph(lines[i])), None)
    if first is None:
        return None
    above = {lines[i].key for i in range(first)
             if decisions[i] is not None and decisions[i].rule == _TOOLBAR and lines[i].words >= TOOLBAR_WORDS}
    if not above:
        return None
    return next((j for j in range(first + 1, len(lines)) if decisions[j] is not None and decisions[j].rule == _TOOLBAR
                 and lines[j].key in above), None)


_TOOLBAR = "share_bar"
#: A toolbar has several tools: a one- or two-word share button ("teilen", "Share this") repeats above photos too.
TOOLBAR_WORDS = 3


BLANK = outcome("blank_line", "An empty line; it separates blocks and is never part of a paragraph.", "blank",
                drop=("- ",))

CONSENT = page_rule(
    "consent_block",
    "The rest of a cookie or privacy consent banner in any language: a short block with a button line (\"Accept all\", "
    "\"Alle akzeptieren\", \"Tout accepter\"...) and a consent word, with the block of its text just above.",
    consent_block,
    drop=("- Your privacy matters to us",
          "- We and selected partners store data on your device to show you relevant ads.",
          "  Accept all",
          "  Manage preferences", "  ",
          "+ Harbour town votes to rebuild its storm wall", "  ",
          "+ Residents voted on Tuesday to rebuild the storm wall that failed during the floods, and to accept all offers."),
    keep=("+ Accept all offers, the mayor told residents who worried about their privacy and the cost of the wall.",
          "+ Residents will accept the plan, the mayor said."),
)

MARKUP = page_rule(
    "markup_line", "A line of HTML tags and nothing else above the article's first paragraph, such as \"</h1></div>\" "
    "left where a headline ends.",
    markup_line,
    drop=('- <div class="article-header"><h1 class="entry-title">', "+ Talks on Syria end without agreement in Vienna",
          "- </h1></div>", "  ",
          "+ The talks ended on Friday without an agreement, the two delegations said in <b>statements</b>."),
)

MARKUP_LINK = page_rule(
    "markup_link", "A line of HTML tags and nothing else with a link or an image to an absolute address, anywhere on "
    "the page: an ad's or a widget's code the scraper left as text.",
    markup_link,
    drop=("+ Talks on Syria end without agreement in Vienna", "  ",
          "+ The talks ended on Friday without an agreement, the two delegations said in <b>statements</b>.", "  ",
          '- <a href="http://ad.example.net/jump/news/world;sz=120x120;ord=1200?" target="_blank"><img '
          'src="http://ad.example.net/ad/news/world;sz=120x120;ord=1200?" width="120" height="120" border="0"></a>', "  ",
          "+ Both sides said they would meet again in the new year.", "  ",
          '- <iframe src="https://widgets.example.org/poll?id=42" width="300" height="250"></iframe>'),
    keep=("+ Talks on Syria end without agreement in Vienna", "  ",
          "+ The talks ended on Friday without an agreement, the two delegations said in statements.", "  ",
          '+ Write the image tag as <img src="https://example.com/logo.png"> and give it a text alternative.',
          "+ </div></div>", '+ <img src="logo.png" alt="">'),
)

COMMENTS = page_rule(
    "comment_section",
    "Reader comments: everything from the first of at least two commenter headers (a name with a date and time, "
    "\"Posted by: NAME | DATE TIME\", or \"NAME says:\"), or from one right under a count of comments, after the "
    "article has begun.", comment_section,
    personal="reader_comment",
    drop=("+ The talks ended on Friday without an agreement, the two delegations said in statements.",
          "- JaneQ March 3, 2021 at 4:12 pm",
          "- I think the talks were doomed from the start, and everyone knew it.",
          "- Posted by: Sam O'Neil | March 4, 2021 9:01 AM",
          "- Agreed.",
          "- Posted by: tom3465, Farnworth on 8:21pm Tue 1 Jan 08",
          "- They should have met again in the new year.",
          "- MilwaukeeBaller32 Jan 09 2008 07:52 PM PST |"),
    keep=("+ Updated March 3, 2021 at 4:12 pm",
          "+ The talks ended on Friday without an agreement, the two delegations said in statements."),
)

STAMPED_BYLINE = page_rule(
    "stamped_byline",
    "A name with a date and a time on one line outside a comment section: an agency's byline and timestamp "
    "(\"ANSA 12 marzo 2024 14:05\", \"ТАСС 12 марта 2024 14:05\").", stamped_byline, label="byline",
    drop=("+ The talks ended on Friday without an agreement, the two delegations said in statements.",
          "- Reuters 12 March 2021 14:05",
          "+ The two delegations will meet again in April, a spokesman for the foreign ministry told reporters."),
    keep=("+ Updated March 3, 2021 at 4:12 pm",
          "+ The talks ended on Friday without an agreement, the two delegations said in statements."),
)

AUTHOR_BOX = page_rule(
    "author_box",
    "An author box: an \"About the author\" heading and the short block under it, outside the article.", author_box,
    personal="author_box",
    drop=("+ The talks ended on Friday without an agreement, the two delegations said in statements.", "  ",
          "- About the author", "  ", "- Jane Roe writes about diplomacy.", "- @janeroe", "  ", "+ Share this article"),
)

RELATED = page_rule(
    "related_list",
    "A related-articles list: a heading such as \"Related articles\" or \"You may also like\" and the short headline "
    "lines under it.", related_list, ends_article=True,
    drop=("+ The talks ended on Friday without an agreement, the two delegations said in statements.",
          "- Related articles",
          "- Why the Vienna talks failed",
          "- Ten years of sanctions: what changed?",
          "+ This sentence is a long paragraph of the article and is not a headline of another article.", "  ",
          "- More Vienna headlines \u00bb",
          "- Ceasefire holds for a second day",
          "- Oil prices fall after the talks"),
    keep=("+ More world news", "+ Talks on Syria end without agreement in Vienna", "  ",
          "+ The talks ended on Friday without an agreement, the two delegations said in statements.", "  ",
          "+ The delegations asked for:",
          "+ More working papers",
          "+ More news from the field",
          "+ More time"),
)

TOPICS = page_rule(
    "topic_list",
    "A list of articles on a named topic, inside the article or after it: a heading that names the topic (\"Mehr zum "
    "Thema Gesundheit\", \"More from Europe\") and the short headline lines under it; it does not end the article.",
    topic_list,
    drop=("+ The talks ended on Friday without an agreement, the two delegations said in statements.", "  ",
          "- More on Syria:",
          "- Why the Vienna talks failed",
          "- Ten years of sanctions: what changed?", "  ",
          "+ This sentence is a long paragraph of the article and is not a headline of another article."),
    keep=("+ More on Syria", "  ", "+ The talks ended on Friday without an agreement, the two delegations said."),
)

OPTIONS = page_rule(
    "option_list",
    "A form's dropdown or a menu flattened into one long line: many capitalised items (countries, job titles, "
    "sections) without sentence punctuation or lower-case words.", option_list,
    drop=("+ The talks ended on Friday without an agreement, the two delegations said in statements.",
          "- Country Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan "
          "Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia",
          "- Anrede Herr Frau Divers Titel Dr Prof Branche Automobil Bau Chemie Energie Finanzen Handel Medien "
          "Pharma Telekommunikation Verkehr Versicherung Tourismus",
          "- Tobago Tunisia Turkey Turkmenistan Turks and Caicos Islands Tuvalu U.A.E. U.S. Virgin Islands Uganda Ukraine "
          "United Kingdom United States Uruguay Uzbekistan Vanuatu Vatican City Venezuela Vietnam Yemen Zambia",
          "- Font Family Default Monospace Serif Proportional Serif Sans-Serif Casual Script Small Caps Window "
          "White Black Red Green Blue Yellow Magenta Cyan Opaque",
          "- Wybierz województwo dolnośląskie kujawsko-pomorskie lubelskie lubuskie łódzkie małopolskie mazowieckie "
          "opolskie podkarpackie podlaskie pomorskie śląskie świętokrzyskie warmińsko-mazurskie wielkopolskie",
          "- 请选择省份 北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东"),
    keep=("+ Key Services: Web Design, Search Engine Optimization, Social Media Marketing Services, Content "
          "Marketing, Conversion Rate Optimization, Email Marketing",
          "+ Die Gespräche in Wien endeten am Freitag ohne Einigung, teilten die beiden Delegationen nach dem Treffen "
          "in einer Erklärung mit",
          "+ Best Budget All-In-One Hammock Kit: Hennessy Expedition Asym Zip ($169)"),
)

TICKER = page_rule(
    "news_ticker",
    "A news ticker or \"latest news\" list: at least three items, each a clock time and a headline (\"14:44 Accusations "
    "de viols : 14 militaires mis en cause\", or the time alone on the line above), in any language, and a short heading "
    "right above an item; below the article's middle it ends the article.",
    news_ticker, ends_article=True,
    drop=("- 14:44 Accusations de viols : 14 militaires mis en cause", "- 14:32 Un artiste arrêté pour avoir coloré un geyser",
          "- 11:20 Rząd Rosji zakazał eksportu kaszy gryczanej", "- 9:02 AM Markets open higher after the Fed's decision",
          "+ The talks ended on Friday without an agreement, the two delegations said in statements.",
          "- 13:53", "- Iraq: Rice makes surprise visit to Baghdad", "- 12:26", "- Serbia: War crimes defendant attacks prosecutors",
          "+ The talks ended on Friday without an agreement, the two delegations said in statements.", "- Key events",
          "- 09:40 Helicopter joins the search for the missing hikers", "- 08:15 Search resumes at first light on the slopes",
          "- 07:30 Police give an update on the missing pair"),
    keep=("+ 13:00 - 13:15 Uhr Begrüßung durch die Veranstalter", "+ 14:00 - 15:30 Workshop on open data in newsrooms",
          "+ 15:30 \u2013 16:00 Pause mit Kaffee und Kuchen", "+ 16:00 - 17:30 Podium mit den Gästen des Abends"),
)

EVENTS = page_rule(
    "event_list",
    "An event listing written one event a line, in any language: at least three lines, each a day and month, a clock "
    "time and the event's title and place, none ending like a sentence.", event_list,
    drop=("+ The talks ended on Friday without an agreement, the two delegations said in statements.",
          "- Torsdag 10 oktober 18:00 \u2013 Föredrag: Järnvägens historia i Norrland, Stadsbiblioteket",
          "- Lördag 12 oktober 10:00 \u2013 Tågdag för barn på museet, Järnvägsmuseet",
          "- Sun, Oct 13, 2:00 pm | Guided tour of the station, Central Station",
          "- mardi 15 octobre à 20h30 : Ciné-débat au cinéma Rex"),
    keep=("+ 10 October 18:00: the polls closed in the capital, and counting began at once.",
          "+ 11 October 09:30: the commission published the first results.",
          "+ 12 October 14:00: the opposition called for a recount.",
          "+ Thursday 10 October 18:00 – Talk on the railway's history, City Library",
          "+ The talks ended on Friday without an agreement, the two delegations said in statements."),
)

SPONSORED = page_rule(
    "sponsored_links",
    "Text ads under a heading such as \"Sponsored Links\" or \"Ads by Google\": at least two ads in a row, each a title "
    "and a line of text over the advertiser's address.", sponsored_links,
    drop=("+ Talks on Syria end without agreement in Vienna", "  ", "- Sponsored Links", "  ", "- Energy Efficiency Survey",
          "  ", "- Thermal surveys find the energy your home loses. Free quotes and advice.", "  ",
          "  www.thermal-survey.example.co.uk", "  ", "- Thinking of a New PDA?", "  ",
          "- Latest models, lower prices.", "  ", "  pda.example.info", "  ",
          "+ The talks ended on Friday without an agreement, the two delegations said in statements."),
    keep=("+ Sponsored Links", "  ", "+ Energy Efficiency Survey", "+ Thermal surveys find the energy your home loses.",
          "  www.thermal-survey.example.co.uk", "  ", "+ Talks on Syria end without agreement in Vienna", "  ",
          "+ The talks ended on Friday without an agreement, the two delegations said in statements.", "  ",
          "+ Both sides said they would meet again in the new year, after consultations at home.", "  ",
          "+ www.example.org"),
)

GLUED = page_rule(
    "glued_links",
    "Link texts the scraper ran together without spaces, a list of headlines or a menu in one line: many places where "
    "a lower-case letter runs straight into a capitalised word.", glued_links,
    drop=("- Property prices show slackGhost frogs given protectionColeman returns as bossStriker insists on a "
          "riftRain brings fresh flood fearsPeel joins Sale",
          "+ The talks ended on Friday without an agreement, the two delegations said in statements.",
          "- Regierung will Steuern senkenBahn streikt erneutWetter bleibt wechselhaftMuseum öffnet wiederKinder "
          "feiern ausgelassenSchule schließt früher"),
    keep=("+ The new iPhone, the MacBook and the PlayStation were shown at the fair, where YouTube and LinkedIn "
          "also had stands, the organisers said.",
          "+ I released a first version of VSTouchbarTools for @VisualStudio on @ParallelsMac, and more will follow.",
          "+ func TestUserRepo_RoundTrip(t *testing.T) { db := testdb.New(t); repo := NewUserRepo(db); user := NewUser() }",
          "+ Added logAdminCommands, showDeathMessages, reducedDebugInfo, sendCommandFeedback, and randomTickSpeed game "
          "rules"),
)

# A small article page the page rules' examples are made from; _mark puts a marker before each
# line: the rule must decide it ("-"), must not ("+"), or either (" ").
_HEAD = ("World News", "Middle East", "", "Talks on Syria end without agreement in Vienna", "")
_BODY = ("The talks ended on Friday without an agreement, the two delegations said in statements after the meeting.", "",
         "Both sides said they would meet again in the new year, after consultations at home with their leaders.", "",
         "What comes next for the negotiators", "",
         "They agreed to consult their governments and to exchange drafts of a text before the next round of talks.", "")
_END = ("Diplomats said the gap between the two positions had narrowed, but that several questions remained open.", "",
        "Tags", "Syria", "Diplomacy", "Privacy", "Terms")


def _mark(lines: tuple, marks: dict[int, str]) -> tuple:
    """An example page: each line behind its marker ("-", "+" or " " where ``marks`` says nothing)."""
    return tuple(f"{marks.get(i, ' ')} {line}" for i, line in enumerate(lines))


_GALLERY = ("Business in pictures", "", "1/12 Harbour reopens", "", "Ships returned to the port on Monday after the "
            "storm wall was repaired.", "", "2/12 Oil prices fall", "", "Traders said the market had expected an agreement "
            "for weeks.", "", "3/12 Elections set for the spring", "", "The commission said the vote would take place in "
            "April.", "")
GALLERY = page_rule(
    "gallery_list",
    "A numbered photo gallery of other stories below the article's first paragraph: at least three items in a row, "
    "each its place and the gallery's size with a headline (\"1/50 United goin down\") over a caption.", gallery_list,
    drop=_mark(_HEAD + _BODY + _GALLERY + _END, {5: "+", 7: "+", 11: "+", 15: "-", 17: "-", 19: "-", 21: "-", 23: "-",
                                                   25: "-", 27: "+"}),
    keep=_mark(_HEAD + _BODY[:2] + ("1/3 photos \u00a9 Shutterstock", "", "The storm wall failed on the first night of the "
                                    "floods.", "", "2/3 photos \u00a9 Shutterstock", "", "Residents voted to rebuild it.",
                                    "", "3/3 photos \u00a9 Shutterstock", "", "Work begins in the spring.", "",
                                    "1/3 Am Freitagabend krachte ein Auto in eine Mauer.", "", "2/3 Der Fahrer blieb "
                                    "unverletzt.", "", "3/3 Die Polizei sucht Zeugen.", "", "Votes 12/30 in favour", ""),
               {5: "+", 7: "+", 9: "+", 11: "+", 13: "+", 15: "+", 17: "+", 19: "+", 21: "+", 23: "+", 25: "+"}),
)

HEADLINE = outcome(
    "headline", "The article's headline, as the headline picker (a small model over candidate lines before the body) "
    "chose it.", "title",
    drop=_mark(_HEAD + _BODY + _END, {0: "+", 3: "-", 5: "+"}),
)

HEADLINE_DATELINE = outcome(
    "headline_dateline", "A timestamp between the headline and the article's first paragraph (a short line with a date "
    "and a time of day): the article's dateline, not its text.", "date",
    drop=_mark(_HEAD[:4] + ("Published 12.03.2021 14:35 | Source: Wire services", "") + _BODY + _END,
               {3: "+", 4: "-", 6: "+"}),
)

NAME_BYLINE = outcome(
    "name_byline", "A line that is only a person's name (or a news agency's) between the headline and the article's "
    "first paragraph, with a date on it or on the removed line next to it: the article's byline, not its text.", "byline",
    drop=_mark(("Start | Nyheter | Sport | Kultur", "", "Fler nattåg mellan norr och söder", "", "Karin Berg", "7 oktober 2024",
                "", "Regionen ska satsa på fler nattåg mellan norra och södra Sverige, meddelade trafiknämnden på måndagen.",
                "", "Från nästa år ska tre nya avgångar i veckan gå mellan Luleå och Malmö, med sovvagnar och en "
                "restaurangvagn.", "", "Trafiknämnden räknar med att tågen ska vara fullbokade under sommarmånaderna.", ""),
               {2: "+", 4: "-", 7: "+", 9: "+"}),
)

CAPTION_OVER_CREDIT = outcome(
    "caption_over_credit", "A line right above a removed picture credit between the headline and the byline (a byline "
    "or a dateline below the credit, above the article's first paragraph): the picture's caption, not the text.",
    drop=_mark(("Home | News | Obituaries", "", "Ellen Moss, baker, 1931-2024", "", "Ellen Moss at her counter in 1975.",
                "Photo: Town Chronicle archive", "Tom Baker", "March 12, 2024", "",
                "Ellen Moss, who baked the town's bread for more than fifty years, has died at the age of ninety-two.", "",
                "She opened the bakery in 1955 and ran it until her granddaughter took over in 2010, and she still came "
                "in every morning at five.", "", "The funeral will be held at St Anne's Church on Friday.", ""),
               {2: "+", 4: "-", 9: "+", 11: "+", 13: "+"}),
)

HEADER = outcome(
    "page_header", "Page furniture before the article body (section labels, navigation, a site tagline): "
    "undecided lines the body classifier did not keep, above its first body line.",
    drop=_mark(_HEAD + _BODY + _END, {0: "-", 1: "-", 3: "+", 5: "+"}),
)

TRAILER = outcome(
    "page_trailer", "Page furniture after the article body (footers, tag lists, author names): undecided lines the "
    "body classifier did not keep, below its last body line.",
    drop=_mark(_HEAD + _BODY + _END, {3: "+", 13: "+", 16: "-", 17: "-", 18: "-", 19: "-"}),
)

CLASSIFIED = outcome(
    "line_classifier", "A line inside the article's span that the body classifier judged not to be article text.",
    drop=_mark(_HEAD + _BODY + ("Most read Most shared", "", "Top 10 deals today", "") + _END,
               {5: "+", 7: "+", 11: "+", 13: "-", 15: "-"}),
)

DUPLICATE_MIN_CHARS = 40
DUPLICATE = outcome(
    "duplicate_line", "A long line that repeats an earlier article line word for word (a teaser, a responsive copy).",
    drop=_mark(_HEAD + _BODY + (_BODY[0], "") + _END, {5: "+", 13: "-"}),
)

_TOP = ("Ceasefire holds for a second day", "Residents returned to the town as shops reopened on Sunday morning.", "",
        "Oil prices fall after the talks", "Elections set for the spring", "")
TOP_STORIES = page_rule(
    "top_stories",
    "Other stories above the article's own headline (a headline with a byline or a date under it): at least two "
    "headlines, each paragraph among them a short teaser under one, the article below at least twice as long, and its "
    "headline closer to its first paragraphs' words than theirs.",
    top_stories, after_body=True,
    drop=_mark(_HEAD[:2] + _TOP + _HEAD[3:4] + ("By Jane Doe", "") + _BODY + _END,
               {2: "-", 3: "-", 5: "-", 6: "-", 8: "+", 9: "+", 11: "+", 13: "+"}),
    keep=_mark(_HEAD[3:4] + ("", "Residents returned to the town as shops reopened on Sunday morning after the talks.", "",
                             "Ceasefire holds for a second day", "By Jane Doe", "") + _BODY + _END,
               {0: "+", 2: "+", 4: "+", 7: "+"}),
)

_TEASERS = ("Around the region", "", "Ceasefire holds for a second day", "Residents returned to the town as shops "
            "reopened on Sunday morning.", "", "Oil prices fall after the talks", "Traders said the market had "
            "expected an agreement for weeks.", "", "Elections set for the spring", "The commission said the "
            "vote would take place in April.", "")
TEASERS = page_rule(
    "teaser_list",
    "A list of other articles below the article's middle: at least three blocks in a row, each a headline over a "
    "one-sentence teaser, and the list's heading.", teaser_list, after_body=True, ends_article=True,
    drop=_mark(_HEAD + _BODY + _TEASERS + _END,
               {5: "+", 7: "+", 11: "+", 13: "-", 15: "-", 16: "-", 18: "-", 19: "-", 21: "-", 22: "-", 24: "+"}),
)

#: A newsletter box's pitch is at most this many words, and its prompt below it at most this many lines further down
#: (the e-mail field's label, of at most this many words, between them).
BOX_PITCH_WORDS = 30
BOX_REACH = 2
BOX_LABEL_WORDS = 4


def newsletter_box(lines: list[Line], decisions, body: list[bool]) -> list[int]:
    """Short kept lines inside a newsletter box written as one block: right under a subscription prompt, with another
    prompt (its button) at most ``BOX_REACH`` lines below; the box's pitch ("Cele mai importante știri ale zilei, în fiecare dimineață.")
    need not name the newsletter."""
    def prompt(j: int | None) -> bool:
        return j is not None and decisions[j] is not None and decisions[j].rule == "subscription_prompt"

    out = []
    for i, kept in enumerate(body):
        if not kept or lines[i].words > BOX_PITCH_WORDS or not i or not prompt(i - 1):
            continue
        # one block: no blank line inside the box, and only a field's label between the pitch and the button
        below = next((j for j in range(i + 1, min(i + 1 + BOX_REACH, len(lines))) if not lines[j].text or prompt(j)), None)
        if below is not None and prompt(below) and all(lines[j].words <= BOX_LABEL_WORDS for j in range(i + 1, below)):
            out.append(i)
    return out


NEWSLETTER_BOX = page_rule(
    "newsletter_box",
    "A newsletter box's pitch the body classifier kept: a short line right under a subscription prompt, with the "
    "box's button (another prompt) at most two lines below, in one block.", newsletter_box, after_body=True,
    drop=_mark(("Acasă | Știri | Local | Sport", "", "Toate stațiile de autobuz vor fi modernizate", "",
                "Primăria a anunțat luni că va moderniza toate stațiile de autobuz din oraș până la sfârșitul anului "
                "viitor, cu bani din fonduri europene.", "",
                "Noile stații vor avea acoperiș, bănci, panouri cu orele de sosire ale autobuzelor și prize pentru "
                "încărcarea telefoanelor.", "",
                "Asociațiile de locatari au cerut ca stațiile să fie accesibile și pentru persoanele cu dizabilități.", "",
                "Abonează-te la newsletter", "Primește cele mai importante știri în fiecare dimineață.", "Adresa de e-mail",
                "Abonează-te", "", "© 2024 Gazeta Orașului"), {4: "+", 6: "+", 8: "+", 11: "-"}),
)

_AFTER_END = ("Share this article", "",
              "Readers have asked many questions about the talks, and we will answer them in a live session on Monday.",
              "")
PAST_END = page_rule(
    "past_article_end",
    "Text the body classifier kept below the article's end: the first share bar, comment prompt, "
    "related-articles list or copyright notice that stands below the middle of the article's text ends the article "
    "(not a related box with three of its paragraphs in a row under it), and so does a story toolbar that repeats the "
    "one above the article.", past_article_end, after_body=True,
    drop=_mark(_HEAD + _BODY + _AFTER_END + _END, {5: "+", 7: "+", 11: "+", 15: "-", 17: "-"}),
    keep=_mark(_HEAD + _BODY[:4] + ("Rain over the square, 1960. Oil on canvas. Private collection. All rights reserved, the "
                                    "artist's estate and the gallery of the city, 2025.", "") + _BODY[4:] + _END,
               {5: "+", 7: "+", 11: "+", 13: "+"}),
)


_SENTENCE_INSIDE = re.compile(r"\w[.!?]\s+\S|[:;]-?[)(DP]$|[\U0001F300-\U0001FAFF\u2600-\u27BF]$")


#: A trailing heading is shorter than this: a longer line there is as often the article's (a list's item, a quote).
TRAILING_HEADING_WORDS = 8


def _heading(line: Line) -> bool:
    """A short body line shaped like a heading: not ending like a sentence (nor with a smiley), no sentence's end
    inside it."""
    return line.words < TRAILING_HEADING_WORDS and not line.terminal and _SENTENCE_INSIDE.search(line.text) is None


def trailing_heading(lines: list[Line], decisions, body: list[bool]) -> list[int]:
    """Body lines shaped like headings below the article's last paragraph, above any that ends in ":": a section
    heading heads text, so one with no paragraph under it heads a box or a list after the article (or is a link),
    while a line that ends in ":" opens a list of the article's own."""
    kept = [i for i, b in enumerate(body) if b]
    last = max((i for i in kept if is_paragraph(lines[i])), default=None)
    if last is None:
        return []
    out: list[int] = []
    for i in (i for i in kept if i > last):
        if lines[i].text.endswith(":"):
            break
        if _heading(lines[i]):
            out.append(i)
    return out


TRAILING_HEADING = page_rule(
    "trailing_heading",
    "A heading-like line below the article's last paragraph, with nothing article-like under it: the heading of a "
    "box or a list after the article, not one of its sections.", trailing_heading, after_body=True,
    drop=_mark(_HEAD + _BODY + _END[:2] + ("Around the region", "") + _END[2:], {5: "+", 9: "+", 11: "+", 13: "+", 15: "-"}),
)

PARAGRAPH = outcome(
    "body_paragraph", "A paragraph of the article: a sentence-shaped line the body classifier kept, one that "
    "continues the article right after the classifier's last body line, or a sentence-ending line between two of its lines.", "body",
    drop=_mark(_HEAD + _BODY + _END, {3: "+", 5: "-", 7: "-", 9: "+", 11: "-", 13: "-", 15: "+"}),
)

_TABLE = ("Votes in the first round", "", "Country", "Per cent", "Austria", "41.5", "Hungary", "38", "")
TABLE_CELL = outcome(
    "table_cell", "A number standing alone between two lines of the article, or among other such numbers there: a "
    "table's cell, written one cell per line.", "body",
    drop=_mark(_HEAD + _BODY[:2] + _TABLE + _BODY[2:] + _END + ("", "2"),
               {5: "+", 12: "-", 14: "-", 16: "+", len(_HEAD + _BODY + _TABLE + _END) + 1: "+"}),
)

HEADING = outcome(
    "section_heading", "A section sub-heading of the article: a short, not sentence-shaped line the body classifier "
    "kept.", "body",
    drop=_mark(_HEAD + _BODY + _END, {3: "+", 5: "+", 9: "-"}),
)


