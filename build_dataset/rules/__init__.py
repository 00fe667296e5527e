"""The rule registry: every decision about a line is made by a rule with a stable id.

A rule has a snake_case id (published in the ``lines`` config and the card, never renamed),
a one-sentence description, the label it gives, and examples that run as tests:

* a *line* rule decides one line on its own (``decides(line) -> bool``: a line of at most
  ``max_words`` words that ``match`` accepts); its examples are lines it must decide (``drop``)
  and lines it must not (``keep``);
* a *page* rule decides a line from its place in the page (clean.py applies it); its examples
  are small pages whose lines start with ``-`` (this rule must decide the line), ``+`` (this
  rule must not) or a space (either).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from build_dataset.lines import Line


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

    @property
    def kind(self) -> str:
        return "line" if self.match is not None else "page"

    def decides(self, line: Line) -> bool:
        """Whether this line rule decides ``line`` (its word limit and its match)."""
        return 0 < line.words <= self.max_words and bool(self.match(line))


REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    if rule.id in REGISTRY:
        raise ValueError(f"rule id {rule.id!r} registered twice")
    REGISTRY[rule.id] = rule
    return rule


def rule(id: str, description: str, label: str = "boilerplate", drop=(), keep=(), *, max_words: int, needs=None,
         gate=None):
    """Decorator: register a line rule whose ``match`` is the decorated function.

    ``max_words``: the rule never decides a longer line (``match`` is not even tried).
    ``needs``: the phrase lists the rule matches (``Phrases`` or plain phrase collections); a line
    containing none of their words is never tried. ``gate``: a regex under which the rule is tried
    anyway (for a branch that matches shape, not words).
    """
    from build_dataset.rules.matching import anchor_words

    anchors = None
    if needs is not None:  # needs=[] with a gate: a rule tried on its gate alone
        parts = [anchor_words(n) for n in needs]
        anchors = None if any(a is None for a in parts) else frozenset().union(*parts)

    def wrap(fn: Callable[[Line], bool]) -> Callable[[Line], bool]:
        register(Rule(id, description, label, tuple(drop), tuple(keep), fn, max_words, anchors, gate))
        return fn

    return wrap


def line_rules() -> list[Rule]:
    """The line rules in the order they are tried (first match wins)."""
    return [r for r in REGISTRY.values() if r.match is not None]


# Importing the modules registers their rules, in this order.
from build_dataset.rules import by_line as _by_line  # noqa: E402,F401
from build_dataset.rules import by_page as _by_page  # noqa: E402,F401
