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
# BOM, bidi marks, embeddings and isolates, the Arabic letter mark), which carry no text. ZWJ/ZWNJ are kept: they
# change how scripts render.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_RUNS = re.compile("  +")  # two or more spaces (a literal prefix: faster to find than " {2,}")


def _odd_characters_replaced(text: str) -> str:
    """``text`` with invisible characters removed, odd spaces made plain spaces, and runs of spaces collapsed."""
    # Every character that _INVISIBLE or _SPACES finds is a Unicode "Other" (Cc, Cf) or "Separator" (Zs,
    # Zl, Zp), which str.isprintable() rejects: a printable text (newlines apart) has none of them, and
    # is spared both scans (most lines and pages are).
    if not text.replace("\n", "").isprintable():
        text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    return _RUNS.sub(" ", text) if "  " in text else text


def canonical_line(line: str) -> str:
    """Return ``line`` in canonical form (see the module docstring). Newlines become spaces."""
    line = unicodedata.normalize("NFC", line)
    return _odd_characters_replaced(line.replace("\r", " ").replace("\n", " ")).strip()


def canonical_lines(text: str) -> list[str]:
    """``[canonical_line(line) for line in text.split("\n")]``, computed on the whole text at once."""
    text = unicodedata.normalize("NFC", text)  # "\n" never composes, so NFC of the whole is NFC of each line
    return [line.strip() for line in _odd_characters_replaced(text.replace("\r", " ")).split("\n")]


def canonical_text(paragraphs) -> str:
    """Join paragraphs (each made canonical, empty ones dropped) with one blank line."""
    return "\n\n".join(p for p in (canonical_line(p) for p in paragraphs) if p)


def is_canonical_text(text: str) -> bool:
    """True when ``text`` is already canonical: building it again changes nothing
    (``canonical_text(text.split("\\n\\n")) == text``, checked on the whole text at once)."""
    lines = text.split("\n")
    # paragraphs at the even places, one blank line between each two, every line already canonical
    return (len(lines) % 2 == 1 and all(lines[0::2]) and not any(lines[1::2])
            and canonical_lines(text) == lines)
