"""The rule registry: every decision about a line is made by a rule, or is an outcome, with a stable id.

Each has a snake_case id (published in the ``lines`` config and the card, never renamed), a
one-sentence description, the label it gives, and examples that run as tests:

* a *line* rule decides one line on its own (``decides(line) -> bool``: a line of at most
  ``max_words`` words that ``match`` accepts); its examples are lines it must decide (``drop``)
  and lines it must not (``keep``);
* a *page* rule decides lines from their place in the page (``find``); the cleaner runs the page
  rules in the order they are registered, those with ``after_body`` once the body classifier has
  chosen the article's lines;
* an *outcome* names what the cleaner's models and its assembly of the article decided (the
  headline the picker chose, page furniture around the body, a paragraph).

Page rules' and outcomes' examples are small pages whose lines start with ``-`` (it must decide
the line), ``+`` (it must not) or a space (either). Facts about what a rule's lines are
(``ends_article``, ``names_publisher``, ``personal``) are attributes of the rule.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

from build_dataset.clean.lines import Line
from russia_israel_news.contract import WITHHELD


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    label: str = "boilerplate"
    drop: tuple = ()
    keep: tuple = ()
    #: The test of a line rule, for non-blank lines of at most ``max_words`` words.
    match: Callable[[Line], bool] | None = None
    max_words: int = 0
    #: Words of which a line must contain one for ``match`` to be worth trying (None: always try).
    anchors: frozenset | None = None
    #: For a rule with anchors: a regex; a line whose key it finds is tried even without an anchor
    #: word (with empty anchors, the only way in). A cheap necessary condition of a branch of ``match``.
    gate: str | None = None
    #: The test of a page rule: ``find(lines, decisions, body)`` -> the indices it decides
    #: (``body``: the classifier's body lines, for a rule that runs ``after_body``; else None).
    find: Callable | None = None
    after_body: bool = False
    #: Its lines are page furniture that follows an article: one below the article's middle ends it.
    ends_article: bool = False
    #: Its lines can name the site (a share bar, a newsletter prompt, a copyright footer).
    names_publisher: bool = False
    #: Its lines are third-party personal content: the reason (a key of ``contract.WITHHELD``) for which
    #: the ``lines`` config withholds their text.
    personal: str | None = None

    def __post_init__(self):
        if self.personal is not None and self.personal not in WITHHELD:
            raise ValueError(f"rule {self.id!r}: personal={self.personal!r} is not a reason of contract.WITHHELD")

    @property
    def kind(self) -> str:
        return "line" if self.match is not None else "page" if self.find is not None else "outcome"

    def decides(self, line: Line) -> bool:
        """Whether this line rule decides ``line`` (its word limit and its match)."""
        return 0 < line.words <= self.max_words and bool(self.match(line))


REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    if rule.id in REGISTRY:
        raise ValueError(f"rule id {rule.id!r} registered twice")
    REGISTRY[rule.id] = rule
    ids_where.cache_clear()
    return rule


def rule(id: str, description: str, label: str = "boilerplate", drop=(), keep=(), *, max_words: int, needs=None,
         gate=None, ends_article: bool = False, names_publisher: bool = False):
    """Decorator: register a line rule whose ``match`` is the decorated function.

    ``max_words``: the rule never decides a longer line (``match`` is not even tried).
    ``needs``: the phrase lists the rule matches (``Phrases`` or plain phrase collections); a line
    containing none of their words is never tried. ``gate``: a regex under which the rule is tried
    anyway (for a branch that matches shape, not words).
    """
    from build_dataset.clean.rules.matching import anchor_words

    anchors = None
    if needs is not None:  # needs=[] with a gate: a rule tried on its gate alone
        parts = [anchor_words(n) for n in needs]
        anchors = None if any(a is None for a in parts) else frozenset().union(*parts)

    def wrap(fn: Callable[[Line], bool]) -> Callable[[Line], bool]:
        register(Rule(id, description, label, tuple(drop), tuple(keep), fn, max_words, anchors, gate,
                      ends_article=ends_article, names_publisher=names_publisher))
        return fn

    return wrap


def page_rule(id: str, description: str, find: Callable, label: str = "boilerplate", drop=(), keep=(), *,
              after_body: bool = False, ends_article: bool = False, personal: str | None = None) -> Rule:
    """Register a page rule (see :class:`Rule`'s ``find``)."""
    return register(Rule(id, description, label, tuple(drop), tuple(keep), find=find, after_body=after_body,
                         ends_article=ends_article, personal=personal))


def outcome(id: str, description: str, label: str = "boilerplate", drop=(), keep=()) -> Rule:
    """Register an outcome: a decision of the cleaner's models or of its assembly of the article, not of a rule."""
    return register(Rule(id, description, label, tuple(drop), tuple(keep)))


def line_rules() -> list[Rule]:
    """The line rules in the order they are tried (first match wins)."""
    return [r for r in REGISTRY.values() if r.kind == "line"]


def page_rules(after_body: bool) -> list[Rule]:
    """The page rules that run before the body classifier (or, ``after_body``, after it), in registry order."""
    return [r for r in REGISTRY.values() if r.kind == "page" and r.after_body == after_body]


@functools.cache  # cleared by register(): the cleaner asks for every page
def ids_where(fact: str) -> frozenset[str]:
    """The ids of the rules of which ``fact`` (an attribute such as ``ends_article``) holds."""
    return frozenset(r.id for r in REGISTRY.values() if getattr(r, fact))


def personal_reasons() -> dict[str, str]:
    """Rule id -> the reason its lines' text is withheld, for the rules whose lines are personal content."""
    return {r.id: r.personal for r in REGISTRY.values() if r.personal}


# Importing the modules registers their rules, in this order.
from build_dataset.clean.rules import by_line as _by_line  # noqa: E402,F401
from build_dataset.clean.rules import by_page as _by_page  # noqa: E402,F401
