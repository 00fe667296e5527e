"""Contact details in text: e-mail addresses and phone numbers (stdlib only, shared by the schema and the builder).

The policy (see the card's "Personal and sensitive information"): no published text contains an
e-mail address or a phone number. The builder withholds a ``lines`` row that has one and masks one
in an article's text with :data:`TOKENS`; the schema checks that no published text has one left.

The phone pattern is conservative: a number counts only in a layout that dates, money, scores,
counts and years do not take (an international ``+`` prefix, a North American ``(555) 123-4567`` or
``555-123-4567``, or digits after a word such as "Tel." or "Phone:"); its false positives on the
dev pages' article text are measured in ``benchmarks/contact_details.py``.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")

_GROUPS = r"\d{1,4}(?:[ .\-]\d{1,4}){1,5}"  # digit groups joined by one space, dot or hyphen
# Each branch starts with its literal and looks behind it afterwards: the engine skips ahead to the literal.
PHONE = re.compile(
    r"\+(?<![\w+]\+)\d{1,3}[ .\-]?(?:\(\d{1,4}\)[ .\-]?)?(?:" + _GROUPS + r"|\d{6,12})(?![\w-])"  # +44 20 7946 0958
    r"|\((?<![\w(]\()\d{3}\)[ .\-]?\d{3}[ .\-]\d{4}(?![\w-])"                                   # (555) 123-4567
    r"|\d(?<![\w.\-]\d)\d{2}([.\-])\d{3}\1\d{4}(?![\w.\-]*\d)"                                # 555-123-4567
)
#: Digits in groups after a word that announces a phone number ("Tel.", "Phone:", "Call our newsroom:"): the
#: number is group ``n``.
PHONE_AFTER_WORD = re.compile(r"(?i:\b(?:tel|telephone|phone|mobile|cell|fax|call|whatsapp)\b(?:[\w ]{0,24}?:)?\.?:?) ?"
                              r"(?P<n>(?:\+ ?)?(?:\(\d{1,4}\)[ .\-]?)?\d{2,4}(?:[ .\-]\d{2,4}){1,4})(?![\w-])")

#: The kinds of contact detail -> the token that replaces one in an article's text.
TOKENS = {"email": "[email]", "phone": "[phone]"}


def _digits(s: str) -> int:
    return sum(map(str.isdigit, s))


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each contact detail in ``text``, in order (a phone has 7 to 15 digits)."""
    found = [(m.start(), m.end(), "email") for m in EMAIL.finditer(text)] if "@" in text else []
    phones = [m.span() for m in PHONE.finditer(text)] + [m.span("n") for m in PHONE_AFTER_WORD.finditer(text)]
    for start, end in sorted(set(phones)):
        if 7 <= _digits(text[start:end]) <= 15 and not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, "phone"))
    return sorted(found)


def has_contact_detail(text: str) -> bool:
    return ("@" in text or any(map(str.isdigit, text))) and bool(find(text))  # map: no Python frame per character


def mask(text: str) -> tuple[str, dict[str, int]]:
    """``text`` with every contact detail replaced by its kind's token, and how many of each kind."""
    counts = dict.fromkeys(TOKENS, 0)
    out, at = [], 0
    for start, end, kind in find(text):
        out += [text[at:start], TOKENS[kind]]
        counts[kind] += 1
        at = end
    return "".join(out) + text[at:], counts
