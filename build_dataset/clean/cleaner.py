"""clean: lines -> a label and a rule id for every line -> the article.

Order of decisions: blank lines; line rules (first match wins); page rules (comments, related
lists); the body classifier (a small model over line shape and context) picks the article's lines
among those still undecided (and the sentence-ending lines between two of them), and the article
ends at the first share bar, comment prompt or related-articles list below its middle (what the
classifier kept past it is not article text); the headline picker (another small model) picks the
headline among the rest; every other line is page furniture, named by where it stands: before the
body (page header), after it (page trailer), or inside it (classifier debris). The article is
assembled from the lines labelled ``title`` and ``body`` only, so every word of the output stands
in the input, and every input line has exactly one decision. Last, the article is cleaned again as
a page of its own until that changes nothing (:func:`settle`), so cleaning the cleaner's output
changes nothing. The classifier scores a batch of pages at once (:func:`clean_pages`); a page's
result does not depend on the batch.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from itertools import compress

from build_dataset.clean import classify, headline, meta
from build_dataset.clean.lines import TERMINAL, Line, split_lines, suspect_lines
from build_dataset.clean.rules import REGISTRY, by_page, page_rules
from build_dataset.clean.rules.dispatch import first_rules, first_rules_batch


@dataclass(frozen=True)
class Decision:
    label: str
    rule: str


@dataclass
class Cleaned:
    """A cleaned page: every line with its decision, and the article fields."""

    lines: list[Line]
    decisions: list[Decision]
    #: Cleaning the article again changes nothing (see :func:`clean_lines`); False only if that
    #: could not be reached in ``MAX_PASSES`` passes.
    stable: bool
    title: str | None
    text: str
    author: str | None
    published: dt.date | None
    publisher: str | None
    #: The article's language (ISO 639-1), or None without text.
    language: str | None

    def removed(self) -> list[tuple[int, str, str]]:
        """(line number, text, rule) of every non-blank line that is not part of the article."""
        return [(ln.no, ln.text, d.rule) for ln, d in zip(self.lines, self.decisions)
                if d.label not in ("title", "body", "blank")]


_DECISIONS = {r.id: Decision(r.label, r.id) for r in REGISTRY.values()}
_BEFORE_BODY, _AFTER_BODY = page_rules(after_body=False), page_rules(after_body=True)
_PARAGRAPH, _HEADING, _TABLE_CELL, _HEADER, _TRAILER, _CLASSIFIED = (
    _DECISIONS[r.id] for r in (by_page.PARAGRAPH, by_page.HEADING, by_page.TABLE_CELL, by_page.HEADER, by_page.TRAILER,
                               by_page.CLASSIFIED))


@functools.cache
def body_model() -> classify.BodyModel:
    """The body-line classifier's weights, shipped as plain JSON in the package."""
    return classify.weights_from_dict(json.loads((resources.files("build_dataset") / "data" / "body_model.json").read_text()))


@functools.cache
def headline_model() -> headline.HeadlineModel:
    """The headline picker's weights, shipped as plain JSON in the package."""
    return headline.weights_from_dict(json.loads((resources.files("build_dataset") / "data" / "headline_model.json").read_text()))


#: A paragraph right after the article's last body line continues it if the classifier gives it this much.
TAIL_THRESHOLD = 0.1
#: Below it, up to this many short lines (a sub-heading and a caption) do not end the article when one of them is marked
#: as one of the article's last ``TAIL_HEADINGS`` sub-headings are and a paragraph follows them that the classifier gives
#: at least ``TAIL_BRIDGE``: the article's next section (see :func:`_extend_tail`).
TAIL_BRIDGE_LINES = 2
TAIL_BRIDGE = 0.2
TAIL_HEADINGS = 3
#: A paragraph above the classifier's first body line is the article's (a lead, a first paragraph split from the rest
#: by a caption or a credit) if the classifier gives it this much: the start of an article is less often furniture
#: than its end (on dev_multi's trafilatura-eval pages, of the paragraphs above the article scored 0.4-0.6 that hold a
#: snippet, 20 hold one that must stay and 1 one that must go; below it, 11 and 28).
HEAD_PARAGRAPH = 0.4
#: A paragraph in the run of undecided lines right above the classifier's first body line (no line a rule decided between
#: them: no byline, caption, share bar or menu item) joins the article at this lower probability: the article's first
#: paragraph, split from the rest by a sub-heading, a photo or a fact box the classifier doubted. Right under the
#: headline such a paragraph is the headline's summary (a dek), which stays out (see :func:`decide`).
HEAD_RUN_PARAGRAPH = 0.3


def body_mask(lines: list[Line], decisions, scored, threshold: float, leads: list[int] | None = None) -> list[bool]:
    """Which undecided lines the classifier keeps as article body. ``scored``: the classifier's
    (non-empty lines, their body probabilities) for the page.

    Lines a rule decided are never body. If the classifier keeps nothing, the lines close to
    its best are kept (an article page has an article). Above its first body line, a paragraph
    it gives ``HEAD_PARAGRAPH`` is kept too. A long line that repeats an earlier
    body line is not kept twice.
    """
    keep = scored[0]
    p = _line_probs(len(lines), scored)
    open_ = [i for i in keep if decisions[i] is None]
    chosen = [i for i in open_ if p[i] >= threshold]
    if not chosen and open_:
        best = max(p[i] for i in open_)
        chosen = [i for i in open_ if p[i] >= 0.5 * best and p[i] > 0]
    if chosen:  # the article's paragraphs above the first line the classifier was sure of
        first = min(chosen)
        run = _undecided_run_above(lines, decisions, first)
        lead = [i for i in open_ if i < first and by_page.is_paragraph(lines[i])
                and p[i] >= (HEAD_RUN_PARAGRAPH if i in run else HEAD_PARAGRAPH)]
        chosen += lead
        if leads is not None:
            leads += lead
    mask = [False] * len(lines)
    for i in chosen:
        mask[i] = True
    _fill_gaps(lines, decisions, mask, p)
    # The classifier is least sure where an article ends: paragraphs that follow its last body
    # line without a break (only blank lines between) continue the article.
    last = max(chosen, default=None)
    if last is not None:
        _extend_tail(lines, decisions, mask, p, last)
    return mask


def _line_probs(n: int, scored) -> list[float]:
    """The classifier's body probability of each of a page's ``n`` lines (0 for a line it did not score)."""
    keep, probs = scored
    p = [0.0] * n
    for i, v in zip(keep, probs.tolist()):
        p[i] = v
    return p


def _undecided_run_above(lines: list[Line], decisions, first: int) -> set[int]:
    """The non-blank lines above ``first`` up to the nearest line a rule decided (or the page's top)."""
    run = set()
    for i in range(first - 1, -1, -1):
        if lines[i].blank:
            continue
        if decisions[i] is not None:
            break
        run.add(i)
    return run


def _extend_tail(lines: list[Line], decisions, mask: list[bool], p: list[float], last: int) -> None:
    """Continue the article below its last body line ``last``: over paragraphs the classifier gives
    ``TAIL_THRESHOLD``, and over up to ``TAIL_BRIDGE_LINES`` short undecided lines when one of them is marked like
    one of the article's last ``TAIL_HEADINGS`` sub-headings (:func:`_heading_marks`: numbered, a question, capitals)
    and a paragraph the classifier gives ``TAIL_BRIDGE`` follows them: the article's next section (a list article's
    next item, an FAQ's next question), where a bio, a promo or another story's teaser under a heading of another
    kind ends it."""
    heads = [j for j in range(last) if mask[j] and not by_page.is_paragraph(lines[j])][-TAIL_HEADINGS:]
    marks = {_heading_marks(lines[j].text) for j in heads} - {None}
    short: list[int] = []
    for i in range(last + 1, len(lines)):
        if lines[i].blank:
            continue
        if decisions[i] is not None:
            break
        if not by_page.is_paragraph(lines[i]):
            if len(short) >= TAIL_BRIDGE_LINES:
                break
            short.append(i)
            continue
        if short and (p[i] < TAIL_BRIDGE or not any(_heading_marks(lines[j].text) in marks for j in short)):
            break
        if not short and p[i] < TAIL_THRESHOLD:
            break
        for j in short + [i]:
            mask[j] = True
        short = []


#: A numbered heading ("25. Martin Parr", "3) Évora").
_NUMBERED = re.compile(r"^\W*\d+\s*[.):-]")


def _heading_marks(text: str) -> tuple[bool, ...] | None:
    """What marks a short line as a heading of its kind (numbered, a question, in capitals, a lead-in ending in ":", a
    Markdown heading), or None if nothing does (a plain line: a name, a promo's or a teaser's title look the same)."""
    text = text.strip()
    marks = (bool(_NUMBERED.match(text)), text.endswith(("?", "？")), text.isupper(), text.endswith((":", "：")),
             text.startswith("#"))
    return marks if any(marks) else None


_LONE_NUMBER = REGISTRY["lone_number"]


#: A short undecided line the classifier gives at least this much belongs to the article when it stands between two of
#: its lines: the items of a list or a table's cells inside an article score just under the body threshold (their
#: context is the article's), while a box of links or other stories inside it scores lower.
GAP_PROB = 0.5
#: Only below a paragraph the classifier gives this much (the article has begun for sure; above it, a menu line taken for
#: a paragraph would pull the headline into the body).
GAP_SURE = 0.8
#: Fewer such lines than this in a run (a list has more) fill a gap only between two lines that read as text (a
#: sub-heading between two paragraphs); between a label and a button such a line is one more label ("Ausgabe kaufen").
GAP_PROB_LIST = 2


def _reads_as_text(line: Line) -> bool:
    """A paragraph, a sentence, or a list's lead-in ("They need:")."""
    return by_page.is_paragraph(line) or line.terminal or line.text.endswith(":")


def _doubted(line: Line, decision: Decision | None, prob: float) -> bool:
    """A line :func:`_fills_gap` lets in on the classifier's probability alone."""
    return decision is None and not line.terminal and not _LONE_NUMBER.decides(line) and prob >= GAP_PROB


def _fills_gap(line: Line, decision: Decision | None, prob: float = 0.0) -> bool:
    """A line that belongs to the article when it stands between two of its lines: an undecided line that
    ends like a sentence, that the classifier gives ``GAP_PROB``, or a number standing alone (a table's cell,
    written one cell per line)."""
    if decision is None:
        return line.terminal or (prob >= GAP_PROB and not by_page.is_paragraph(line)) or _LONE_NUMBER.decides(line)
    return decision.rule == _LONE_NUMBER.id


#: A run between two body lines may open with a table's header row, labels of at most this many words, when only
#: numbers follow, at least this many per label: a table whose header the classifier dropped keeps it and its numbers.
TABLE_LABEL_WORDS = 4
TABLE_NUMBERS_PER_LABEL = 2


def _table_rows(lines: list[Line], run: list[int]) -> bool:
    """Whether ``run`` reads as a table's rows written one cell per line: numbers standing alone, each short label
    among them followed by a number (a label then its numbers), and at least ``TABLE_NUMBERS_PER_LABEL`` numbers."""
    number = [_LONE_NUMBER.decides(lines[j]) for j in run]
    return (sum(number) >= TABLE_NUMBERS_PER_LABEL and bool(number) and number[-1]
            and all(n or nxt for n, nxt in zip(number, number[1:])))


def _cell(line: Line) -> bool:
    """A body line shaped like a table's cell: a label of at most ``TABLE_LABEL_WORDS`` words that does not read as
    text."""
    return line.words <= TABLE_LABEL_WORDS and not _reads_as_text(line)


def _row_pairs(lines: list[Line], run: list[int]) -> bool:
    """Whether ``run`` is a table's rows as label, number pairs ("南区" / "9"): under a kept cell of the table (its
    header), rows whose labels and numbers the classifier dropped, up to the next kept cell or, two rows or more, the
    next paragraph."""
    number = [bool(_LONE_NUMBER.decides(lines[j])) for j in run]
    return len(run) % 2 == 0 and number == [False, True] * (len(run) // 2)


def _fill_gaps(lines: list[Line], decisions, mask: list[bool], probs: list[float] | None = None) -> None:
    """Keep each run of lines that fill a gap (:func:`_fills_gap`) and stand between two body lines (blank
    lines aside): an article of one-sentence paragraphs (dialogue, short-paragraph news) is read whole, and
    a table's numbers stay with its labels, and so do a list's items the classifier nearly kept (``probs``: its
    body probability of each line), while a link or a label between paragraphs, which does not end like a
    sentence and which it gives less, stays out. Only gaps below the first body paragraph are filled: above it stand the
    headline and the lines around it (a dek, a credit), which the headline picker decides."""
    run: list[int] = []
    labels = 0  # the run's leading lines shaped like a table's labels (short lines that are not sentences)
    header = False  # ... and one of them is in the run only as a label (the run must be a table: numbers follow)
    doubted = 0  # lines in the run let in on the classifier's probability alone (_doubted)
    rows = 0  # labels inside the run after a number: a table's row labels, which the classifier may drop
    after_body = False  # the last non-blank line before the run is a body line
    cell = False  # ... and it is short and no text: a table's cell the classifier kept
    framed = False  # ... and it reads as text (_reads_as_text)
    begun = False  # a body paragraph has been read
    sure = False  # ... and one the classifier gives GAP_SURE
    for i, line in enumerate(lines):
        if line.blank:
            continue
        prob = probs[i] if probs is not None and sure else 0.0
        label = decisions[i] is None and line.words <= TABLE_LABEL_WORDS and not line.terminal
        if mask[i]:
            if header:  # a table: its header row, then numbers only
                fill = (len(run) - labels >= TABLE_NUMBERS_PER_LABEL * labels
                        and all(_LONE_NUMBER.decides(lines[j]) for j in run[labels:])
                        or cell and (_cell(line) or len(run) >= 2 * TABLE_NUMBERS_PER_LABEL)
                        and _row_pairs(lines, run))
            else:
                fill = not doubted or doubted >= GAP_PROB_LIST or (framed and _reads_as_text(line))
            if rows:  # a table's body: its row labels each before a number, numbers only besides
                fill = fill and _table_rows(lines, run[labels:])
            if after_body and begun and fill:
                for j in run:
                    mask[j] = True
            run, labels, header, doubted, rows = [], 0, False, 0, 0
            after_body, framed, cell = True, _reads_as_text(line), _cell(line)
            begun = begun or by_page.is_paragraph(line)
            sure = sure or (probs is not None and probs[i] >= GAP_SURE and by_page.is_paragraph(line))
        elif after_body and _fills_gap(line, decisions[i], prob):
            labels += label and len(run) == labels
            run.append(i)
            doubted += _doubted(line, decisions[i], prob)
        elif after_body and len(run) == labels and label:  # a header row: labels before the table's first number only
            run.append(i)
            labels += 1
            header = True
        elif after_body and label and run and _LONE_NUMBER.decides(lines[run[-1]]):  # a row's label after a number
            run.append(i)
            rows += 1
        else:
            run, labels, header, doubted, rows, after_body = [], 0, False, 0, 0, False


def scores(pages: list[list[Line]], model: classify.BodyModel | None = None) -> list:
    """The body classifier's (non-empty lines, probabilities) for each page, in one batch."""
    return classify.predict([[ln.text for ln in lines] for lines in pages], model or body_model())


def laid_out(lines: list[Line]) -> bool:
    """A page laid out as the cleaner lays out an article (every line stands alone between blank
    lines, as ``article_as_page`` writes it). Scraped pages are almost never laid out so (3 of the
    1,001 dev pages); the cleaner's own output always is."""
    # no two non-blank lines next to each other (on a scraped page the first such pair comes early)
    return sum(1 for ln in lines if ln.text) >= 2 and not any(a.text and b.text for a, b in zip(lines, lines[1:]))


def _laid_out_headline(lines: list[Line], decided: list[bool]) -> int | None:
    """On a laid-out page, its first line when it could be a headline: such a page starts with its
    headline, or has none. (On the cleaner's own output, the headline picker would otherwise re-pick
    among the headline and the short lines under it, or pick a sentence of an article that had no
    headline, and the classifier could take the headline for a paragraph.)"""
    top = next(i for i, ln in enumerate(lines) if ln.text)
    if not decided[top] and (headline.can_be_headline(lines[top]) or headline.one_word_headline(lines, top)):
        return top
    return None


#: Text the classifier kept above the headline the picker chose is the article's, not page furniture, when it holds at
#: least this many words in lines the classifier is sure of...
ABOVE_HEADLINE_WORDS = 40
#: ...each of at least this many words (a menu or a list of links, one short item a line, does not count)...
ABOVE_HEADLINE_LINE_WORDS = 10
#: ...and with at least this body probability.
ABOVE_HEADLINE_SURE = 0.8


def _text_above(lines: list[Line], above: list[int], scored) -> bool:
    """Whether the body lines ``above`` (above the chosen headline) read as article text: at least
    ``ABOVE_HEADLINE_WORDS`` words in lines of ``ABOVE_HEADLINE_LINE_WORDS`` words or more that the classifier gives
    ``ABOVE_HEADLINE_SURE``. (The picker looks for the headline right above the first paragraph-shaped line; when the
    article's first lines are not paragraph-shaped, such as captions or short posts, it can pick a heading inside or
    below the article, and cutting everything above it would drop the article's start.)"""
    keep, probs = scored
    sure = {i for i, v in zip(keep, probs.tolist()) if v >= ABOVE_HEADLINE_SURE}
    return sum(lines[i].words for i in above
               if i in sure and lines[i].words >= ABOVE_HEADLINE_LINE_WORDS) >= ABOVE_HEADLINE_WORDS


def decide(lines: list[Line], model: classify.BodyModel | None = None, line_rules: bool = True,
           scored=None, ruled=None) -> list[Decision]:
    """One decision for every line. ``model`` replaces the shipped classifier (for evaluation);
    ``scored`` is its answer for these lines and ``ruled`` the line rules' (the first line rule that
    decides each line), if already computed for a batch of pages (see :func:`clean_pages`).
    ``line_rules=False`` skips the line rules (for lines known to be decided by none of them)."""
    model = model or body_model()
    scored = scored if scored is not None else scores([lines], model)[0]
    blank = _DECISIONS[by_page.BLANK.id]
    if line_rules:
        ruled = ruled if ruled is not None else first_rules(lines)
        decisions: list[Decision | None] = [blank if not ln.text else None if r is None else _DECISIONS[r.id]
                                            for ln, r in zip(lines, ruled)]
    else:
        decisions = [None if ln.text else blank for ln in lines]
    for rule in _BEFORE_BODY:  # the page rules, in registry order
        for i in rule.find(lines, decisions, None):
            decisions[i] = _DECISIONS[rule.id]
    leads: list[int] = []
    body = body_mask(lines, decisions, scored, model.threshold, leads)
    for rule in _AFTER_BODY:
        for i in rule.find(lines, decisions, body):
            body[i] = False
            decisions[i] = _DECISIONS[rule.id]
    # the headline of a page laid out as the cleaner's output (it is not body, so not a first copy)
    on_layout = laid_out(lines)
    top = _laid_out_headline(lines, [d is not None for d in decisions]) if on_layout else None
    if on_layout and top is None:  # an article without a headline: its first line is its first paragraph
        first = next(i for i, ln in enumerate(lines) if ln.text)
        if decisions[first] is None and by_page.is_paragraph(lines[first]):
            body[first] = True
    seen: set[str] = set()
    for i in compress(range(len(lines)), body):  # the same long paragraph twice (teaser and body, responsive copies)
        text = lines[i].text
        if i != top and len(text) >= by_page.DUPLICATE_MIN_CHARS:
            if text in seen:
                body[i] = False
                decisions[i] = _DECISIONS[by_page.DUPLICATE.id]
            seen.add(text)
    # The headline stands above the article's first paragraph; the classifier may have kept it (and
    # short lines around it) as body. Lines above the first paragraph are all headline candidates,
    # and nothing above the chosen headline is article text: if the classifier is sure of a good deal of text above
    # the line the picker chose (_text_above), that line is not the headline, and the article has none here.
    decided = [d is not None for d in decisions]
    anchor = next((i for i in compress(range(len(lines)), body)
                   if i != top and i not in leads and by_page.is_paragraph(lines[i])), None)
    if anchor is not None:
        title_body = [b and i >= anchor for i, b in enumerate(body)]
        if on_layout:  # its headline is its first line, or it has none
            title = top if top is not None and top < anchor else None
        else:
            title = headline.pick_title(lines, title_body, decided, headline_model())
        if title is not None and _text_above(lines, [i for i in range(title) if body[i]], scored):
            title = None  # the article begins above the line the picker chose: that line is not its headline
        if title is not None:
            decisions[title] = _DECISIONS[by_page.HEADLINE.id]
            for i in range(title + 1):
                body[i] = False
            dek = next((i for i in range(title + 1, len(lines)) if lines[i].text), None)
            if not on_layout and dek in leads and _line_probs(len(lines), scored)[dek] < HEAD_PARAGRAPH:
                body[dek] = False  # a doubted paragraph right under the headline is its summary (a dek), not the article
            for i in range(title + 1, anchor):  # a timestamp under the headline is its dateline, not article text
                if body[i] and headline.timestamp(lines[i]):
                    body[i] = False
                    decisions[i] = _DECISIONS[by_page.HEADLINE_DATELINE.id]
    first = body.index(True) if True in body else len(lines)
    last = len(body) - 1 - body[::-1].index(True) if True in body else len(lines)
    for i in [i for i, d in enumerate(decisions) if d is None or body[i]]:
        if body[i]:
            # a paragraph (by_page.is_paragraph) or a line that ends like a sentence; a lone number is a table's cell
            line = lines[i]
            decisions[i] = (_PARAGRAPH if line.words >= 20 or line.text.endswith(TERMINAL)
                            else _TABLE_CELL if _LONE_NUMBER.decides(line) else _HEADING)
        else:
            decisions[i] = _HEADER if i < first else _TRAILER if i > last else _CLASSIFIED
    _name_bylines(lines, decisions)  # type: ignore[arg-type]
    return decisions  # type: ignore[return-value]


#: A byline stands above the article's first line of at least this many words (a dek or a caption may stand above it).
BYLINE_BEFORE_WORDS = 20
#: A caption over its credit above the byline has at most this many words (a longer line is a dek).
MAX_CAPTION_WORDS = 30


#: After the first pass, the cleaner cleans its own article again until that changes nothing, at most this often (a
#: list of names below the article can lose one line a pass before it settles).
MAX_PASSES = 8


def settle(pages: list[list[Line]], decisions: list[list[Decision]], model: classify.BodyModel | None = None) -> list[bool]:
    """Clean each page's article (headline, blank line, paragraphs: :func:`article_as_page`) as a
    page again, until that changes nothing (at most ``MAX_PASSES`` times); per page, True if it
    came to that. The articles of all pages are scored in one batch each pass.

    A kept line that the new pass labels otherwise takes that decision (and the rule that made it).
    Only an article (text, and its headline if it has one) is settled: a page without text is not an
    article, and the build does not publish it. Each pass can only remove lines or move the headline down, so passes
    end; with the shipped models one pass almost always finds nothing to change.
    """
    model = model or body_model()
    stable = [False] * len(pages)
    pending = range(len(pages))
    for _ in range(MAX_PASSES):
        todo = []
        for n in pending:
            kept = _article(decisions[n])
            if not kept:  # not an article (no text): nothing the build would publish
                stable[n] = True
                continue
            page = article_lines([pages[n][i] for i in kept])
            if page is not None:  # else repairing the text again changed it: not a fixed point, and not one to be had
                todo.append((n, kept, page))
        pending = []
        for (n, kept, page), scored in zip(todo, scores([page for _, _, page in todo], model)):
            # A line rule decides a line on its own, and no line rule decided these lines.
            again = decide(page, model, line_rules=False, scored=scored)
            same = True
            for k, i in enumerate(kept):
                if again[2 * k].label != decisions[n][i].label:
                    decisions[n][i] = again[2 * k]
                    same = False
            if same:
                stable[n] = True
            else:
                pending.append(n)
        if not pending:
            break
    return stable


def _article(decisions: list[Decision]) -> list[int]:
    """The headline's (if any) and the body's lines, in that order ([] without a body)."""
    title = [i for i, d in enumerate(decisions) if d.label == "title"]
    body = [i for i, d in enumerate(decisions) if d.label == "body"]
    return title + body if body else []


def article_lines(kept: list[Line]) -> list[Line] | None:
    """The lines of ``kept`` laid out as a page of their own (one blank line between them), as
    ``split_lines`` would parse that page; None if parsing would change their text (Unicode repair).

    Without anything to repair, the lines are reused: canonical lines stay as they are.
    """
    joined = "\n\n".join(line.text for line in kept)
    if suspect_lines(joined):  # repair may change the text: parse the article as a new page
        page = split_lines(joined)
        return page if all(page[2 * k].text == line.text for k, line in enumerate(kept)) else None
    page: list = [None] * max(2 * len(kept) - 1, 0)
    page[0::2] = [Line(2 * k + 1, line.text, line.key, line.words) for k, line in enumerate(kept)]
    page[1::2] = [Line(2 * k, "", "", 0) for k in range(1, len(kept))]
    return page


def clean_pages(pages: list[list[Line]], model: classify.BodyModel | None = None) -> list[Cleaned]:
    """Decide every line of each page, then settle its article (so that cleaning the output changes
    nothing). The classifier scores all the pages at once: a page's result is the same alone or in
    any batch."""
    model = model or body_model()
    decisions = [decide(lines, model, scored=scored, ruled=ruled)
                 for lines, scored, ruled in zip(pages, scores(pages, model), first_rules_batch(pages))]
    stable = settle(pages, decisions, model)
    moved = [n for n, (lines, d) in enumerate(zip(pages, decisions)) if _name_bylines(lines, d)]
    if moved:  # their articles lost a line: settle them again
        for n, s in zip(moved, settle([pages[n] for n in moved], [decisions[n] for n in moved], model)):
            stable[n] = s
    return [_cleaned(lines, d, s) for lines, d, s in zip(pages, decisions, stable)]


def _name_bylines(lines: list[Line], decisions: list[Decision]) -> bool:
    """A name (or a news agency's) alone on a kept line under the headline, beside a removed dateline, above the
    article's first line of ``BYLINE_BEFORE_WORDS`` (a dek may stand between; without one, its first sentence), is the
    byline (:func:`meta.name_byline`), not the article's text; a caption right above its picture's removed credit, above
    the byline, is the picture's (``by_page.CAPTION_OVER_CREDIT``). Run on each pass and after settling (the headline may
    be picked only there, while the dateline is on the page alone); True if a line was so decided (after settling, its
    article is then settled again)."""
    title = next((i for i, d in enumerate(decisions) if d.label == "title"), None)
    if title is None:
        return False
    below = [i for i in range(title + 1, len(lines)) if decisions[i].label == "body"]
    # an article of short paragraphs: its first sentence
    text = next((i for i in below if lines[i].words >= BYLINE_BEFORE_WORDS), next((i for i in below if lines[i].terminal), title))
    found = [i for i in range(title + 1, text) if decisions[i].label == "body"
             and (meta.name_byline(lines, decisions, i) or meta.agency_byline(lines, decisions, i))]
    for i in found:
        decisions[i] = _DECISIONS[by_page.NAME_BYLINE.id]
    # a caption right above its picture's credit, above the byline: the picture's, not the article's first line
    shown = [i for i in range(title + 1, text) if lines[i].text]
    captions = [i for i, credit in zip(shown, shown[1:]) if decisions[i].label == "body"
                and decisions[credit].rule == "photo_credit" and lines[i].words <= MAX_CAPTION_WORDS
                and any(decisions[j].label in ("byline", "date") for j in range(credit + 1, text))]
    for i in captions:
        decisions[i] = _DECISIONS[by_page.CAPTION_OVER_CREDIT.id]
    return bool(found or captions)


def _cleaned(lines: list[Line], decisions: list[Decision], stable: bool) -> Cleaned:
    title_index = next((i for i, d in enumerate(decisions) if d.label == "title"), None)
    # lines are canonical already, and body lines are never blank: joining them is canonical text
    text = "\n\n".join(ln.text for ln, d in zip(lines, decisions) if d.label == "body")
    language = meta.language(text) if text else None
    return Cleaned(
        lines=lines,
        decisions=decisions,
        stable=stable,
        title=headline.title_text(lines[title_index].text) if title_index is not None else None,
        text=text,
        author=meta.author(lines, decisions, title_index),
        published=meta.published(lines, decisions, title_index, language),
        publisher=meta.publisher(lines, decisions),
        language=language,
    )


def clean_texts(texts: list[str], model: classify.BodyModel | None = None) -> list[Cleaned]:
    """Clean pages of decoded text (``\\n`` line ends), in one batch."""
    return clean_pages([split_lines(t) for t in texts], model)


def clean_text(text: str, model: classify.BodyModel | None = None) -> Cleaned:
    """Clean one page of decoded text (``\\n`` line ends)."""
    return clean_texts([text], model)[0]


def article_as_page(title: str | None, text: str) -> str:
    """The cleaner's output as a page again (headline, blank line, body): cleaning it must change nothing."""
    return f"{title}\n\n{text}" if title else text
