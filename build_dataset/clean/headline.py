"""Pick the article's headline line from a page rendered to plain text (pure Python, no sklearn).

    w = weights_from_dict(json.load(f))     # the shipped model: build_dataset/data/headline_model.json
    i = pick_title(lines, body_mask, decided_mask, w)   # index into lines, or None

``lines`` are ``build_dataset.clean.lines.Line`` objects (``.text``, ``.key``, ``.words``, ``.blank``);
anything with those attributes works. ``body_mask[i]`` is true for article-body lines (from the
line classifier), ``decided_mask[i]`` for lines some rule already decided (debris, metadata).

Method: the *anchor* is the first body line that looks like a paragraph (>= ANCHOR_WORDS words;
falling back to the first body line). Candidates are the undecided, non-body lines that can be a
headline (of headline length and not a sentence) in a window around it: up to BEFORE of them before
the anchor and AFTER after it, above the page's last paragraph (a headline below the first paragraph
has its article below it; picking one with none below would take the article away). A short
body-labelled line before the anchor, e.g. a navigation item the classifier took for a heading, does
not move the anchor. A first paragraph that is one long headline-shaped sentence (ten words or more, not ending like a
statement) with a paragraph under it is a candidate too, and the paragraph under it the anchor. Each candidate gets a few cheap features (distance to the anchor in candidate
lines, word count, capitalisation, punctuation, site-name separators, repetition on the page, word
overlap with the first paragraphs and whether no other candidate has more, a shorter candidate just above it or
a longer one just below it: a kicker over its headline, a headline over its dek, a one-to-three-word label just above
it, a byline or a date just below it or just above it, a line inside a run of short lines: a list or a menu, and how
it stands in a stack of headline-shaped lines: one under it that reads as a dek, one under it with the byline under
that, more of the first paragraphs' words than its neighbours, its dek's overlap with them, ...); a linear model
trained as a softmax over the candidates of a page (conditional logit) scores them and the best one is returned; markup,
code, datelines, lines with a time of day, bylines, tag lines and breadcrumbs (:func:`can_be_headline`) are never
scored. When the first paragraph is a lone short run of body lines far above the page's main run (a promo box, a
newsletter teaser), the window above the main run's first paragraph is scored too, and the higher-scored pick of
the two wins. ``None`` when there is no candidate (or when the best candidate's softmax probability is
below the weights' ``min_prob``, 0 by default).

Every candidate gets the full model's score, as in training (a cheaper first stage that passed only the four best
on lost held-out pages it ranked fifth or lower: benchmarks/results.md, "titles8").
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from operator import mul

from build_dataset.clean.lines import word_count
from build_dataset.clean.rules import patterns as R
from build_dataset.clean.rules import phrases
from build_dataset.clean.rules.matching import alternation, every

ANCHOR_WORDS = 10     # a body line with this many words starts the article proper
BEFORE = 40           # candidates considered before the anchor (a headline over a table of contents or a long menu)
AFTER = 3             # candidates considered after it (title below a section label / teaser)
AFTER_LINES = 12      # ... but only within this many lines of it
MAX_WORDS = 40        # longer lines are never headlines
PARA_LINES = 3        # body lines (from the anchor) whose words count as the article's
PARA_CHARS = 300      # ... first this many characters of each
MIN_WORDS = 2         # nor one-word lines (1 gold title in 995 pages; 30% of the lines in the window) ...
ONE_WORD_CHARS = 4    # ... but one word of this many characters that the first paragraphs repeat
RUN_GAP = 8           # more non-body lines than this in a row end a run of body lines
LONE_WORDS = 60       # a first run of at most this many words ...
MAIN_RATIO = 4        # ... over a run of this many times its words may be a promo or teaser: score that run's window too

# ASCII punctuation -> space, on UTF-8 bytes (bytes.translate is C speed; str.translate is not)
_PUNCT = bytes(32 if chr(i) in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" else i for i in range(256))
_STOP = frozenset(x.encode() for x in (
    "a an the and or but nor of in on at to for by with from as vs via into over per is are was were be "
    "it its this that these those he she they we you i his her their our your not no new how what why "
    "who when where will can has have had after before about up out more than".split()))
_TERMINAL = (".", "!", ".\u201d", "!\u201d", '."', '!"', ".'", ".)", ".\u2019", "\u2026", "...")
_SMALL = frozenset("a an the and or but nor of in on at to for by with from as vs via into over per is are".split())
_NAVWORDS = frozenset(
    "home menu search login log sign subscribe share print email comments comment related popular trending latest "
    "advertisement cookie privacy newsletter read more next previous contact about skip tags".encode().split()
)

# position and shape
CHEAP = (
    "k0", "k1", "k2", "k3", "k_log", "after", "after_first_body",
    "w_log", "w_le2", "w_3_15", "w_gt25", "chars_log", "terminal", "colon_end",
    "prev_blank", "next_blank", "longest", "longest_k2", "w3_k0",
    "meta_below", "meta_above", "in_run", "in_body", "w1",
)
# text and the neighbours
RICH = (
    "title_case", "all_caps", "lower_start", "question", "colon_in",
    "sep", "sep_pipe", "starts_symbol", "navword", "repeat", "overlap", "overlap_any",
    "stamp", "list", "under_shorter", "over_longer", "under_label", "ov_best",
    "over_cand", "under_cand", "dek_below", "after_run", "ov_gt_near", "over_meta", "stack_ov",
)
FEATURES = CHEAP + RICH
_LOG = [math.log1p(i) for i in range(MAX_WORDS + BEFORE + AFTER + 2)]
_SEP = re.compile(r" (?:\||-|\u2013|\u2014|::|\u00bb|>|/|\u2022|\u00b7) ")
_QUOTES = "\"'\u201c\u2018("
# a date or a time of day
_DIGIT = re.compile(r"\d")
_STAMP = re.compile(rf"{R.DATE_IN_LINE.pattern}|(?<!\d)\d\d?:\d\d(?!\d)")
#: A time of day ("09:53", "8:01 a.m."): a timestamp's, never a headline's (2 of 2,168 such lines on the dev pages).
_CLOCK = re.compile(r"(?<![\d.:/,])\d\d?:\d\d(?!\d)")


#: How a sentence ends, and a headline almost never does.
FULL_STOP = (".", ".\u201d", '."', ".'", ".)", ".\u2019")


#: Markup or code: an HTML tag with attributes or a closing tag, a call "f()", a statement's end, a server error.
_CODE = re.compile(r"<[a-z][a-z0-9]*\s[^<>]*=|</[a-z]|\w\(\)|[{};]$|-->$|^<!--|^(?:warning|notice|strict standards|"
                   r"deprecated|fatal error|parse error): ")
#: A link's or a button's arrow at the line's end ("Event Management >", "Book now ›", "Mehr »"; a French closing
#: guillemet has its opening one): a link to another page, never the headline.
_LINK_ARROW = re.compile(r"\s(?:>|›|→|»)$")


#: A breadcrumb's or a menu's separators; three or more short parts ("首页 > 科技 > 正文", "Home » News » Local",
#: "Home | News | Sport") are navigation (none of the 413 such lines on both dev files is a gold headline).
_CRUMB = re.compile(r"\s*(?:>|\u00bb|\u203a)\s*|\s+[/|\u2022\u00b7]\s+")  # a slash only between spaces ("TCP/IP/UDP" is a word)


#: A breadcrumb's lead ("Sie sind hier:", "You are here:", "Vous êtes ici :"), then its parts.
_CRUMB_LEAD = re.compile(r"^(?:%s)\s*(?::\s*(?:[>\u00bb\u203a/|]\s*)?|[>\u00bb\u203a/|]\s*|$)"
                         % alternation(every(phrases.BREADCRUMB_LEADS)), re.I)


_HOMES = frozenset(every(phrases.BREADCRUMB_HOMES))


def _breadcrumb(key):
    """Three or more parts of at most two words each, between breadcrumb separators; or, after a breadcrumb's lead
    ("sie sind hier: startseite » essen"), any parts of at most three words each; or the home page's name and one part
    of at most three words ("home > long-distance movers", "start » politik", "accueil > monde >")."""
    lead = _CRUMB_LEAD.match(key)
    if lead:
        parts = [p for p in _CRUMB.split(key[lead.end():]) if p.strip()]
        return all(len(p.split()) <= 3 for p in parts)
    parts = _CRUMB.split(key)
    if len(parts) >= 3 and all(0 < len(p.split()) <= 2 for p in parts):
        return True
    parts = [p.strip() for p in parts if p.strip()]
    return len(parts) == 2 and parts[0] in _HOMES and len(parts[1].split()) <= 3


def title_text(text):
    """The headline line's text as the title: a breadcrumb that ends with the headline (three or more parts, all but
    the last of one to three words: "Home » Blog » Ten tips for ...", "Start / Politik / Wahl: ...") gives its last
    part; any other line is the title as it stands."""
    lead = _CRUMB_LEAD.match(text)
    if lead:  # "Sie sind hier: Startseite » Politik » Headline", "You are here: Headline"
        text = text[lead.end():]
    if not _CRUMB.search(text):
        return text
    parts = _CRUMB.split(text.strip())
    if not parts[0]:  # a breadcrumb's leading separator ("» Home » News » ...")
        parts = parts[1:]
    if len(parts) < (2 if lead else 3) or not all(0 < word_count(p) <= 3 for p in parts[:-1]):  # home, section, headline
        return text
    last = parts[-1].strip()
    return last if word_count(last) >= MIN_WORDS else text


def _dateline(key):
    """A date or a time of day, and at most one other word ("Dienstag, 28. April 2020", "Updated 14:35")."""
    if len(key) > 40 or not _DIGIT.search(key):  # longer than any dateline, or no digit: no costly pattern
        return False
    return _STAMP.search(key) is not None and len(_STAMP.sub(" ", key).encode().translate(_PUNCT).split()) <= 1


def _headline_shape(line):
    """Of headline length, and not a sentence (a full stop after ANCHOR_WORDS words or more)."""
    w = line.words
    return MIN_WORDS <= w <= MAX_WORDS and not (w >= ANCHOR_WORDS and line.text.endswith(FULL_STOP))


def _not_furniture(line):
    """Neither markup or code, a dateline or a line with a time of day, a link's arrow, a byline, a tag line, a
    breadcrumb nor a caption with its picture's credit (patterns: tested only on the candidates that are scored)."""
    key = line.key
    return not (_CODE.search(key) or _dateline(key) or _link_arrow(key) or (":" in key and _CLOCK.search(key))
                or R.BYLINE_IN_LINE.search(line.text) or R.TAG_LINE.search(key) or _breadcrumb(key)
                or R.CREDIT_IN_LINE.search(key))


def _link_arrow(key):
    m = _LINK_ARROW.search(key)
    return m is not None and not (key.endswith("\u00bb") and "\u00ab" in key)


def timestamp(line):
    """A short line with a date and a time of day that does not end like a sentence ("发稿时间:2017-03-10 08:42:00 来源:
    ...", "11.09.2011, 16:20 von Anna"): under a headline, the article's dateline."""
    key = line.key
    return (line.words <= 12 and ":" in key and not line.text.endswith(FULL_STOP) and _CLOCK.search(key) is not None
            and R.DATE_IN_LINE.search(key) is not None)


def can_be_headline(line):
    """A line of headline length that is neither a sentence, markup or code, a dateline or a timestamp, a byline nor a
    tag line."""
    return _headline_shape(line) and _not_furniture(line)


def candidates(lines, body, decided, anchor=None):
    """(candidate indices in page order, anchor index, first body index, number before anchor); ``anchor`` given: the
    window around that body line instead of the first paragraph."""
    n = len(lines)
    try:
        first_body = body.index(True)  # list.index runs in C; 1 == True
    except ValueError:
        first_body = n
    except AttributeError:  # not a list (e.g. a numpy array)
        body = [bool(b) for b in body]
        first_body = body.index(True) if True in body else n
    if first_body >= n:  # no article body: no anchor, no headline
        return [], n, n, 0
    if anchor is None:
        anchor = first_body
        for i in range(first_body, n):
            if body[i] and lines[i].words >= ANCHOR_WORDS:
                anchor = i
                break
    head = _long_headline(lines, body, decided, anchor)
    if head is not None:  # the classifier took a long headline for the first paragraph: the next one is
        anchor, head = head, anchor
    before = []
    i = anchor - 1
    para = None
    while i >= 0 and len(before) < BEFORE:
        ln = lines[i]
        if (not body[i] or i == head) and not decided[i]:
            if MIN_WORDS <= ln.words <= MAX_WORDS and (
                    ln.words < ANCHOR_WORDS or not ln.text.endswith(FULL_STOP)):  # _headline_shape, inlined
                before.append(i)
            elif ln.words == 1:
                if para is None:
                    para = _para_text(lines, body, anchor)
                if _one_word_title(ln, para):
                    before.append(i)
        i -= 1
    before.reverse()
    after = []
    i = anchor + 1
    # a headline below the first paragraph has the article below it: the last paragraph stands under it
    last = n - 1
    while last > anchor and not (body[last] and lines[last].words >= ANCHOR_WORDS):
        last -= 1
    stop = min(last, anchor + 1 + AFTER_LINES)
    while i < stop and len(after) < AFTER:
        ln = lines[i]
        if not body[i] and not decided[i] and MIN_WORDS <= ln.words <= MAX_WORDS and (
                ln.words < ANCHOR_WORDS or not ln.text.endswith(FULL_STOP)):  # _headline_shape, inlined
            after.append(i)
        i += 1
    return before + after, anchor, first_body, len(before)


#: How a paragraph's last sentence ends, in any script (a headline ends with a word, a question mark or a quote).
_PARA_END = (".", "!", "\u2026", ":", ";", ",", "\u3002", "\uff01", "\uff1a", "\uff1b", "\uff0c", "\u3001", "\u0964")
_CLOSERS = "\"'\u201d\u2019\u00bb)]\u300d\u300f\uff09 "
#: A sentence's end inside a line: two sentences are a paragraph, not a headline.
_SENTENCE_INSIDE = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u201d\u2019\u00bb)]*\s+\S|[\u3002\uff01\uff1f]\S")


def _body_runs(lines, body, start):
    """[first, last, words] of each run of body lines from ``start``: more than RUN_GAP non-blank, non-body lines in a
    row end a run."""
    runs, cur, gap = [], None, 0
    for i in range(start, len(lines)):
        if body[i]:
            if cur is None:
                cur = [i, i, 0]
                runs.append(cur)
            cur[1] = i
            cur[2] += lines[i].words
            gap = 0
        elif not lines[i].blank:
            gap += 1
            if gap > RUN_GAP:
                cur = None
    return runs


def _main_run_anchor(lines, body, anchor):
    """The first paragraph of the page's main run of body lines when the anchor's own run is a lone short one (a promo
    box, a newsletter teaser, a consent text above the headline) far above a run of MAIN_RATIO times its words."""
    runs = _body_runs(lines, body, anchor)
    if len(runs) < 2 or runs[0][2] > LONE_WORDS:
        return anchor
    main = max(runs, key=lambda r: r[2])
    if main is runs[0] or main[2] < MAIN_RATIO * runs[0][2]:
        return anchor
    return next((i for i in range(main[0], main[1] + 1) if body[i] and lines[i].words >= ANCHOR_WORDS), anchor)


def _para_text(lines, body, anchor):
    """The first PARA_LINES body lines from the anchor (PARA_CHARS of each), lower-cased, joined."""
    parts = []
    for i in range(anchor, len(lines)):
        if body[i]:
            parts.append(lines[i].key[:PARA_CHARS])
            if len(parts) == PARA_LINES:
                break
    return " ".join(parts)


def _one_word_title(ln, para):
    """A one-word line the first paragraphs repeat: a name or a compound that is the article's subject ("Emden",
    "Baumgutachten", "micropolitics", "Mandarinen-Schmand-Kuchen"), not a menu item ("Home", "Kontakt")."""
    word = ln.key.strip(".!?:;,\"'()[]\u00ab\u00bb\u201c\u201d\u201e")
    return len(word) >= ONE_WORD_CHARS and not word.isdigit() and word.encode() not in _NAVWORDS and word in para


def one_word_headline(lines, i):
    """A one-word line right over a paragraph (the next non-blank line, of ANCHOR_WORDS words or more) that repeats it
    with the paragraphs under it: a candidate of the picker's, so a laid-out article (the cleaner's own output) may
    start with it too; a one-word section label over a headline ("Kraj" over "Rząd ogłosił ...") may not."""
    if lines[i].words != 1:
        return False
    first = next((k for k in range(i + 1, len(lines)) if not lines[k].blank), None)
    if first is None or lines[first].words < ANCHOR_WORDS:
        return False
    paras = [k for k in range(first, min(len(lines), first + AFTER_LINES)) if lines[k].words >= ANCHOR_WORDS]
    body = [False] * len(lines)
    for k in paras:
        body[k] = True
    return _one_word_title(lines[i], _para_text(lines, body, first))


def _long_headline(lines, body, decided, anchor):
    """The next paragraph's index when the first paragraph is a long headline instead (10 to MAX_WORDS words, one
    sentence that does not start in lower case nor end like a statement: "Do you need 14 USB ports on your Raspberry
    Pi 5?") with a paragraph within AFTER_LINES lines under it; else None."""
    ln = lines[anchor]
    if not body[anchor] or decided[anchor] or not ANCHOR_WORDS <= ln.words <= MAX_WORDS:
        return None
    t = ln.text
    if t.rstrip(_CLOSERS).endswith(_PARA_END) or t[:1].islower() or _SENTENCE_INSIDE.search(t):
        return None
    for i in range(anchor + 1, min(len(lines), anchor + 1 + AFTER_LINES)):
        if body[i] and lines[i].words >= ANCHOR_WORDS:
            return i
    return None


#: A byline or a date stands this many non-blank lines under a headline (or over a dek), at most.
META_NEAR = 2
META_SPAN = 5   # ... within this many lines


def _meta(ln):
    """A byline or a short line with a date: the article's metadata, which stands under its headline."""
    if ln.blank or ln.words > 15:
        return False
    key = ln.key
    return bool((_DIGIT.search(key) and _STAMP.search(key)) or R.BYLINE_IN_LINE.search(ln.text))


def _meta_at(lines, i, memo):
    """_meta of lines[i], remembered in ``memo`` (a dict, or None): neighbouring candidates share their neighbours."""
    if memo is None:
        return _meta(lines[i])
    m = memo.get(i)
    if m is None:
        m = memo[i] = _meta(lines[i])
    return m


def _meta_within(lines, indices, memo):
    """Whether a byline or date stands among the first META_NEAR non-blank lines of ``indices``."""
    seen = 0
    for i in indices:
        if lines[i].blank:
            continue
        if _meta_at(lines, i, memo):
            return True
        seen += 1
        if seen >= META_NEAR:
            return False
    return False


def _layout(lines, body, c, memo=None):
    """(a byline or date among the next META_NEAR non-blank lines, ... among the previous ones, the line stands in a
    run of short lines with no blank line around it: a list or a menu, the line is a body line)."""
    n = len(lines)
    below = _meta_within(lines, range(c + 1, min(n, c + 1 + META_SPAN)), memo)
    above = _meta_within(lines, range(c - 1, max(-1, c - 1 - META_SPAN), -1), memo)
    run = (0 < c < n - 1 and not lines[c - 1].blank and not lines[c + 1].blank and not body[c - 1] and not body[c + 1]
           and lines[c - 1].words < ANCHOR_WORDS and lines[c + 1].words < ANCHOR_WORDS)
    # a body line is a candidate only as a long headline the classifier took for the first paragraph
    return (1.0 if below else 0.0, 1.0 if above else 0.0, 1.0 if run else 0.0, 1.0 if body[c] else 0.0)


def _longest(lines, cands, nb):
    bw = [lines[c].words for c in cands[:nb]]
    bw = [w for w in bw if w <= 30]
    return max(bw) if bw else -1


def _cheap_row(lines, cands, j, first_body, nb, longest, body, memo=None):
    return (_cheap_row0(lines, cands, j, first_body, nb, longest) + _layout(lines, body, cands[j], memo)
            + (1.0 if lines[cands[j]].words == 1 else 0.0,))


def _cheap_row0(lines, cands, j, first_body, nb, longest):
    n = len(lines)
    c = cands[j]
    t = lines[c].text
    w = lines[c].words
    if j < nb:
        k = nb - 1 - j
        k0 = k == 0
        lng = w == longest
        return (
            1.0 if k0 else 0.0, 1.0 if k == 1 else 0.0, 1.0 if k == 2 else 0.0, 1.0 if k == 3 else 0.0,
            _LOG[k], 0.0, 1.0 if c > first_body else 0.0,
            _LOG[w], 1.0 if w <= 2 else 0.0, 1.0 if 3 <= w <= 15 else 0.0, 1.0 if w > 25 else 0.0,
            math.log1p(len(t)), 1.0 if t.endswith(_TERMINAL) else 0.0, 1.0 if t.endswith(":") else 0.0,
            1.0 if c == 0 or lines[c - 1].blank else 0.0, 1.0 if c + 1 >= n or lines[c + 1].blank else 0.0,
            1.0 if lng else 0.0, 1.0 if lng and k <= 2 else 0.0, 1.0 if k0 and w >= 3 else 0.0,
        )
    return (
        0.0, 0.0, 0.0, 0.0,
        _LOG[j - nb], 1.0, 1.0 if c > first_body else 0.0,
        _LOG[w], 1.0 if w <= 2 else 0.0, 1.0 if 3 <= w <= 15 else 0.0, 1.0 if w > 25 else 0.0,
        math.log1p(len(t)), 1.0 if t.endswith(_TERMINAL) else 0.0, 1.0 if t.endswith(":") else 0.0,
        1.0 if c == 0 or lines[c - 1].blank else 0.0, 1.0 if c + 1 >= n or lines[c + 1].blank else 0.0,
        0.0, 0.0, 0.0,
    )


def _cheap_rows(lines, cands, anchor, first_body, nb, body):
    longest = _longest(lines, cands, nb)
    memo = {}
    return [_cheap_row(lines, cands, j, first_body, nb, longest, body, memo) for j in range(len(cands))]


def _context(lines, body, cands, anchor):
    """Page-level inputs of the rich features: words of the first paragraphs, candidate keys, the page's keys."""
    n = len(lines)
    parts = []
    i = anchor
    while i < n and len(parts) < PARA_LINES:
        if body[i]:
            parts.append(lines[i].key[:PARA_CHARS])
        i += 1
    para = set(" ".join(parts).encode().translate(_PUNCT).split())
    # a title often repeats among the candidates (breadcrumb "Home > News > Title", a second h1)
    window = "\n".join([lines[c].key for c in cands])
    ovs = [_overlap(lines[c].key, para) for c in cands]
    return para, window, max(ovs), ovs


def _overlap(key, para):
    """The share of a line's content words that the first paragraphs repeat."""
    cw = set(key.encode().translate(_PUNCT).split())
    cw -= _STOP
    return len(cw & para) / len(cw) if cw else 0.0


#: A dek stands this close under its headline, in lines (blank lines included).
NEAR = 3


def _neighbours(lines, cands, j, anchor):
    """(a shorter candidate stands just above this one, a longer one just below it): a dek under its headline, a
    headline over its dek (on the same side of the first paragraph)."""
    c = cands[j]
    w = lines[c].words
    up = j > 0 and 0 < c - cands[j - 1] <= NEAR and (cands[j - 1] < anchor) == (c < anchor)
    down = j + 1 < len(cands) and 0 < cands[j + 1] - c <= NEAR and (cands[j + 1] < anchor) == (c < anchor)
    return (1.0 if up and lines[cands[j - 1]].words < w else 0.0,
            1.0 if down and lines[cands[j + 1]].words > w else 0.0,
            _label_above(lines, c))


def _label_above(lines, c):
    """A kicker or a section label just above: the nearest non-blank line above, within NEAR lines, of one to three
    words and no sentence's end ("POLITIK", "World news", "Opinion")."""
    for i in range(c - 1, max(-1, c - 1 - NEAR), -1):
        ln = lines[i]
        if ln.blank:
            continue
        return 1.0 if ln.words <= 3 and not ln.text.endswith(_TERMINAL) and not ln.text.endswith(":") else 0.0
    return 0.0


def _above_run(lines, c):
    """The nearest non-blank line above (within NEAR lines) ends a run of three short lines with no blank line between
    them: a menu, a list or a table of contents."""
    for i in range(c - 1, max(-1, c - 1 - NEAR), -1):
        if lines[i].blank:
            continue
        return i > 1 and all(not lines[k].blank and lines[k].words < ANCHOR_WORDS for k in (i, i - 1, i - 2))
    return False


def _stack(lines, cands, j, anchor, ovs, memo=None):
    """How a candidate stands among the headline-shaped lines next to it (each within NEAR lines, on its side of the
    first paragraph): (one stands below it, one stands above it, the one below reads as its dek: a sentence's end, a
    lower-case start or three words more; the line above ends a list; it repeats more of the first paragraphs' words
    than these neighbours; the one below has a byline or a date under it and this one has none: a headline over its dek
    over the byline; the larger of its own overlap with the first paragraphs and that of the line under it in the
    stack: a headline shares its dek's)."""
    c = cands[j]
    ln = lines[c]
    n = len(lines)
    up = j > 0 and 0 < c - cands[j - 1] <= NEAR and (cands[j - 1] < anchor) == (c < anchor)
    down = j + 1 < len(cands) and 0 < cands[j + 1] - c <= NEAR and (cands[j + 1] < anchor) == (c < anchor)
    dek = over_meta = False
    if down:
        d = cands[j + 1]
        dt = lines[d].text
        dek = dt.rstrip(_CLOSERS).endswith(_PARA_END) or dt[:1].islower() or lines[d].words >= ln.words + 3
        # the line below a dek, not a breadcrumb or another line that is never a headline ("ログイン" over a breadcrumb)
        over_meta = (_meta_within(lines, range(d + 1, min(n, d + 1 + META_SPAN)), memo)
                     and not _meta_within(lines, range(c + 1, min(n, c + 1 + META_SPAN)), memo)
                     and _not_furniture(lines[d]))
    near = ([ovs[j - 1]] if up else []) + ([ovs[j + 1]] if down else [])
    # a dek restates the lede more than its headline does: the headline is given its stack's overlap too
    k = _stacked_below(lines, cands, j, anchor)
    return (1.0 if down else 0.0, 1.0 if up else 0.0, 1.0 if dek else 0.0, 1.0 if _above_run(lines, c) else 0.0,
            1.0 if near and ovs[j] > max(near) else 0.0, 1.0 if over_meta else 0.0,
            ovs[j] if k is None else max(ovs[j], ovs[k]))


#: A headline and its dek stand this many lines apart at most (a date or a byline may stand between them).
STACK_SPAN = 5


def _stacked_below(lines, cands, j, anchor):
    """The position in ``cands`` of the nearest candidate under cands[j] within STACK_SPAN lines, on its side of the
    first paragraph, that can be a headline (a dateline or a byline between them is passed over); None if none."""
    c = cands[j]
    k = j + 1
    while k < len(cands) and cands[k] - c <= STACK_SPAN and (cands[k] < anchor) == (c < anchor):
        if _not_furniture(lines[cands[k]]):
            return k
        k += 1
    return None


def _rich_row(ln, para, window, near=(0.0, 0.0, 0.0), best=0.0):
    t = ln.text
    key = ln.key
    w = ln.words
    toks = t.split()
    tc = sum(map(str.isupper, [x[0] for x in toks])) / max(1, w - len(_SMALL.intersection(toks)))
    kw = key.encode().translate(_PUNCT).split()
    ov = _overlap(key, para)
    first = t[:1]
    return (
        tc if tc < 1.0 else 1.0,
        1.0 if len(t) >= 4 and t.isupper() else 0.0,
        1.0 if first.islower() else 0.0,
        1.0 if t.endswith("?") else 0.0,
        1.0 if ": " in t else 0.0,
        1.0 if _SEP.search(t) else 0.0,
        1.0 if "|" in t else 0.0,
        1.0 if first and not first.isalnum() and first not in _QUOTES else 0.0,
        1.0 if (w <= 4 and any(x in _NAVWORDS for x in kw)) else 0.0,
        1.0 if window.count(key) > 1 else 0.0,
        ov,
        1.0 if ov > 0 else 0.0,
        # a date or time in a longer line, a comma list: the page's metadata or tags, rarely its headline
        1.0 if _DIGIT.search(key) and _STAMP.search(key) else 0.0,
        1.0 if t.count(",") >= 2 else 0.0,
    ) + near + (1.0 if ov > 0 and ov >= best else 0.0,)


def features(lines, body, decided):
    """(candidate indices, full feature rows) for one page (training): those
    that are not markup, code or a dateline."""
    cands, anchor, first_body, nb = candidates(lines, body, decided)
    if not cands:
        return cands, []
    cheap = _cheap_rows(lines, cands, anchor, first_body, nb, body)
    para, window, best, ovs = _context(lines, body, cands, anchor)
    memo = {}
    rows = [(c, r + _rich_row(lines[c], para, window, _neighbours(lines, cands, j, anchor), best)
             + _stack(lines, cands, j, anchor, ovs, memo))
            for j, (r, c) in enumerate(zip(cheap, cands)) if _not_furniture(lines[c])]
    return [c for c, _ in rows], [r for _, r in rows]


def _fold(raw):
    coef = [w / s for w, s in zip(raw["coef"], raw["scale"])]
    return coef, raw.get("intercept", 0.0) - sum(m * c for m, c in zip(raw["mean"], coef))


class ModelError(ValueError):
    """Weights that do not fit this picker's features."""


@dataclass(frozen=True)
class HeadlineModel:
    """The headline picker's weights, standardisation folded in: score = bias + sum(x_i * coef_i)."""

    coef_cheap: tuple      #: the coefficients of the CHEAP features
    coef_rich: tuple       #: ... and of the RICH ones
    bias: float
    min_prob: float        #: below this softmax probability, no headline

    @classmethod
    def from_dict(cls, raw: dict) -> "HeadlineModel":
        if list(raw["features"]) != list(FEATURES):
            raise ModelError("title weights were trained on a different feature list")
        coef, bias = _fold(raw)
        nc = len(CHEAP)
        return cls(tuple(coef[:nc]), tuple(coef[nc:]), bias, raw.get("min_prob", 0.0))


def weights_from_dict(raw: dict) -> HeadlineModel:
    return HeadlineModel.from_dict(raw)


def _score_window(lines, body_mask, window, weights):
    """(best raw score, index of the best candidate or None, its softmax probability) in one candidate window."""
    cands, anchor, first_body, nb = window
    top = [j for j, c in enumerate(cands) if _not_furniture(lines[c])]
    if not top:
        return -math.inf, None, 0.0
    longest = _longest(lines, cands, nb)
    memo = {}
    para, ctx, best, ovs = _context(lines, body_mask, cands, anchor)
    cc, cr, b = weights.coef_cheap, weights.coef_rich, weights.bias
    scored = [(b + sum(map(mul, _cheap_row(lines, cands, j, first_body, nb, longest, body_mask, memo), cc))
               + sum(map(mul, _rich_row(lines[cands[j]], para, ctx, _neighbours(lines, cands, j, anchor), best)
                         + _stack(lines, cands, j, anchor, ovs, memo), cr)),
               j)
              for j in top]
    best_s, best = max(scored)
    z = sum(math.exp(s - best_s) for s, _ in scored)
    return best_s, cands[best], 1.0 / z


def score_title(lines, body_mask, decided_mask, weights):
    """(index of the best candidate or None, its softmax probability among the scored candidates).

    When the first paragraph is a lone short run far above the page's main run (:func:`_main_run_anchor`), the window
    above the main run is scored too, and the better of the two windows' best candidates wins."""
    window = candidates(lines, body_mask, decided_mask)
    best_s, i, p = _score_window(lines, body_mask, window, weights)
    if window[1] < len(lines):
        main = _main_run_anchor(lines, body_mask, window[1])
        if main != window[1]:
            other = _score_window(lines, body_mask, candidates(lines, body_mask, decided_mask, main), weights)
            if other[0] > best_s:
                best_s, i, p = other
    return i, p


def pick_title(lines, body_mask, decided_mask, weights):
    """Index of the headline line among not-blank, not-body, not-decided lines, or None.

    None when no line qualifies, or when the model's confidence (softmax probability of the best
    candidate among the scored ones) is below ``weights.min_prob`` (0 unless the weights file
    sets it).
    """
    i, p = score_title(lines, body_mask, decided_mask, weights)
    return i if p >= weights.min_prob else None
