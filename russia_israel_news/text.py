"""The canonical form of a text field (stdlib only, shared by the schema and the builder).

A canonical line is NFC, has no control or format characters, uses plain spaces (a
non-breaking or other Unicode space becomes a space), has no runs of spaces, and is trimmed.
A canonical text is canonical non-empty lines ("paragraphs") joined by exactly one blank line.
Curly quotes, dashes and other meaningful punctuation are kept as they are.
"""

from __future__ import annotations

import re
import unicodedata

# Unicode space separators (NBSP, thin space, ideographic space, ...) and tabs become a space.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# Control (Cc, bar newline) and invisible format characters (Cf: zero-width space, soft hyphen,
# BOM, bidi marks), which carry no text. ZWJ/ZWNJ are kept: they change how scripts render.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_RUNS = re.compile("  +")  # two or more spaces (a literal prefix: faster to find than " {2,}")


def canonical_line(line: str) -> str:
    """Return ``line`` in canonical form (see the module docstring). Newlines become spaces."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line.replace("\r", " ").replace("\n", " "))
    line = _SPACES.sub(" ", line)
    return _RUNS.sub(" ", line).strip()


def canonical_lines(text: str) -> list[str]:
    """``[canonical_line(line) for line in text.split("\n")]``, computed on the whole text at once."""
    text = unicodedata.normalize("NFC", text)  # "\n" never composes, so NFC of the whole is NFC of each line
    text = _INVISIBLE.sub("", text.replace("\r", " "))
    text = _RUNS.sub(" ", _SPACES.sub(" ", text))
    return [line.strip() for line in text.split("\n")]


def canonical_text(paragraphs) -> str:
    """Join paragraphs (each made canonical, empty ones dropped) with one blank line."""
    return "\n\n".join(p for p in (canonical_line(p) for p in paragraphs) if p)


def is_canonical_text(text: str) -> bool:
    """True when ``text`` is already canonical: building it again changes nothing."""
    return bool(text) and canonical_text(text.split("\n\n")) == text
