"""clean: lines -> a label and a rule id for every line -> the article.

Order of decisions: blank lines; line rules (first match wins); page rules (comments, related
lists); the headline; then every line still undecided is placed by the body block (the span
from the first to the last paragraph): inside it is body, before it page header, after it
page trailer. The article is assembled from the lines labelled ``title`` and ``body`` only, so
every word of the output stands in the input, and every input line has exactly one decision.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from build_dataset import meta
from build_dataset.lines import Line, split_lines
from build_dataset.rules import by_page, line_rules
from russia_israel_news.text import canonical_text


@dataclass(frozen=True)
class Decision:
    label: str
    rule: str


@dataclass
class Cleaned:
    """A cleaned page: every line with its decision, and the article fields."""

    lines: list[Line]
    decisions: list[Decision]
    title: str | None
    text: str
    author: str | None
    published: dt.date | None
    publisher: str | None

    def removed(self) -> list[tuple[int, str, str]]:
        """(line number, text, rule) of every non-blank line that is not part of the article."""
        return [(ln.no, ln.text, d.rule) for ln, d in zip(self.lines, self.decisions)
                if d.label not in ("title", "body", "blank")]

    def rule_counts(self) -> Counter:
        return Counter(d.rule for d in self.decisions if d.label not in ("title", "body", "blank"))


_LINE_RULES = line_rules()


def decide(lines: list[Line]) -> list[Decision]:
    decisions: list[Decision | None] = [None] * len(lines)
    for i, line in enumerate(lines):
        if line.blank:
            decisions[i] = Decision("blank", by_page.BLANK.id)
            continue
        for r in _LINE_RULES:
            if r.match(line):
                decisions[i] = Decision(r.label, r.id)
                break
    for rule, find in ((by_page.COMMENTS, by_page.comment_section), (by_page.RELATED, by_page.related_list)):
        for i in find(lines, decisions):
            decisions[i] = Decision(rule.label, rule.id)
    title = by_page.headline(lines, decisions)
    if title is not None:
        decisions[title] = Decision(by_page.HEADLINE.label, by_page.HEADLINE.id)
    block = by_page.body_block(lines, decisions)
    for i, line in enumerate(lines):
        if decisions[i] is not None:
            continue
        if block is None or i < block[0]:
            rule = by_page.HEADER
        elif i > block[1]:
            rule = by_page.TRAILER
        else:
            rule = by_page.PARAGRAPH if by_page.is_paragraph(line) or line.terminal else by_page.HEADING
        decisions[i] = Decision(rule.label, rule.id)
    return decisions  # type: ignore[return-value]


def clean_lines(lines: list[Line]) -> Cleaned:
    decisions = decide(lines)
    title_index = next((i for i, d in enumerate(decisions) if d.label == "title"), None)
    return Cleaned(
        lines=lines,
        decisions=decisions,
        title=lines[title_index].text if title_index is not None else None,
        text=canonical_text(ln.text for ln, d in zip(lines, decisions) if d.label == "body"),
        author=meta.author(lines, decisions),
        published=meta.published(lines, decisions, title_index),
        publisher=meta.publisher(lines, decisions),
    )


def clean_text(text: str) -> Cleaned:
    """Clean one page of decoded text (``\\n`` line ends)."""
    return clean_lines(split_lines(text))


def article_as_page(title: str | None, text: str) -> str:
    """The cleaner's output as a page again (headline, blank line, body): cleaning it must change nothing."""
    return f"{title}\n\n{text}" if title else text
