"""Matching phrase lists against lines: whole words, anywhere or at the start of a line."""

from __future__ import annotations

import re

from build_dataset.clean.lines import Line

_WORD = re.compile(r"\w+")


def every(by_language: dict) -> tuple:
    """A concept's phrases in all its languages (``phrases.LANGUAGES``), once each, in order.

    The union, not the page's language: restricting a page to English and its own language scored the same
    on dev_multi (benchmarks/results.md) and would need the language before cleaning, which is detected on
    the cleaned article.
    """
    return tuple(dict.fromkeys(p for phrases in by_language.values() for p in phrases))


def alternation(words) -> str:
    """A regex alternation of the literal ``words`` that tries them longest first, as one sorted by length would,
    written as a trie ("jan(?:uary|vier)?"): the engine tests one branch per character, not one per word, and the
    pattern compiles in a fraction of the time. Every word that fits at a position is still tried, longest first,
    so matches and groups are the same as the flat alternation's (also inside ``(?i:...)``: words whose letters
    differ only in case are left a flat alternation, where two branches could match the same character)."""
    words = list(words)
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # the end of a word
    if _cased(set().union(*words)) and _cased_siblings(trie):
        return "|".join(re.escape(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True))
    return _branches(trie)


def _cased(chars) -> bool:
    """Whether two of ``chars`` are one letter in two cases ("V", "v"; "ı", "I")."""
    return len({c.lower() for c in chars}) < len(chars) or len({c.upper() for c in chars}) < len(chars)


def _cased_siblings(node: dict) -> bool:
    stack = [node]
    while stack:
        node = stack.pop()
        if len(node) > 1 and _cased(node):
            return True
        stack.extend(node.values())
    return False


#: Each character as a regex literal (``re.escape`` of one character, looked up once).
_ESCAPED: dict = {}


def _literal(char: str) -> str:
    esc = _ESCAPED.get(char)
    if esc is None:
        esc = _ESCAPED[char] = re.escape(char)
    return esc


def _branches(root: dict) -> str:
    # children before their parent, in a loop: a word's length is no limit
    done: dict = {}
    stack = [(root, False)]
    while stack:
        node, ready = stack.pop()
        if ready:
            done[id(node)] = _node(node, done)
            continue
        stack.append((node, True))
        stack.extend((child, False) for char, child in node.items() if char)
    return done[id(root)]


def _node(node: dict, done: dict) -> str:
    ends = "" in node
    children = sorted((char, child) for char, child in node.items() if char)
    if not children:
        return ""
    # one character each: a class, which parses and runs faster than the same alternation
    if all(len(child) == 1 and "" in child for _, child in children):
        chars = "".join(_literal(char) for char, _ in children)
        body = chars if len(children) == 1 else f"[{chars}]"
    else:
        alts = [_literal(char) + done[id(child)] for char, child in children]
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
    # a longer word before the one ending here: greedy "?" tries the continuation first
    return body + "?" if ends else body


def anchor_words(phrases) -> frozenset | None:
    """For each phrase its longest word: a line can only match a phrase if it contains that word.

    None when some phrase has no word at all (then nothing can be ruled out by words).
    """
    if isinstance(phrases, Phrases):
        return phrases.anchors
    anchors = [max(_WORD.findall(p), key=len, default=None) for p in phrases]
    return None if None in anchors else frozenset(anchors)


class Phrases:
    """Any of ``phrases`` as whole words: anywhere in a line, or (``lead=True``) at its start."""

    def __init__(self, phrases, lead: bool = False):
        ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
        body = alternation(ordered)
        regex = re.compile(rf"^(?:{body})(?!\w)" if lead else rf"(?<!\w)(?:{body})(?!\w)")
        self._find = regex.match if lead else regex.search
        self.anchors = anchor_words(ordered)

    def search(self, line: Line) -> re.Match | None:
        return self._find(line.key)

    def search_text(self, text: str) -> re.Match | None:
        """The same search on any (lower-cased) text."""
        return self._find(text)
