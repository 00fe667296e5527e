"""Data for the headline picker's training: dev pages parsed as the builder parses them, with oracle masks.

Only the rows asked for are read (training reads wcxb rows only); nothing is cached on disk.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

DEV = os.path.join(ROOT, "..", "shared", "bench", "dev.jsonl.gz")
#: dev_multi's file name, next to dev's: its readability and trafilatura-eval rows carry title gold (Apache-2.0).
MULTI = "dev_multi.jsonl.gz"
MULTI_SOURCES = ("readability", "trafilatura-eval")
_TOK = re.compile(r"\w+")


def norm(s):
    return " ".join(_TOK.findall((s or "").lower()))


def load_pages(path: str = DEV, source: str | None = "wcxb"):
    """Dev pages of ``source`` parsed: dict(id, source, host, title, lines, body, decided)."""
    from build_dataset.clean.lines import split_lines
    from build_dataset.clean.rules.dispatch import first_rules
    from training.labels import line_labels

    pages = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in f:
            r = json.loads(row)
            if source is not None and r["source"] != source:
                continue
            lines = split_lines(r["raw_text"])
            body = line_labels([ln.text for ln in lines], r["gold_text"])
            decided = [(not ln.blank) and r is not None for ln, r in zip(lines, first_rules(lines))]
            pages.append(dict(id=r["id"], source=r["source"], host=r["host"], title=r["gold_title"],
                              lines=lines, body=body, decided=decided))
    return pages


def cleaner_masks(lines):
    """(body, decided) as the cleaner hands them to the headline picker for these lines (None, None if it does not
    call the picker: no body paragraph, or a page laid out as its own output)."""
    from unittest import mock

    from build_dataset.clean import cleaner, headline

    seen = []

    def spy(lines_, body, decided, weights):
        seen.append((list(body), list(decided)))
        return None

    with mock.patch.object(headline, "pick_title", spy), mock.patch.object(cleaner, "headline_model", lambda: None):
        cleaner.decide(lines)
    return seen[0] if seen else (None, None)


def load_multi_pages(path: str, sources=MULTI_SOURCES):
    """dev_multi pages of ``sources`` with title gold, parsed, with the cleaner's own masks (most have no gold text)."""
    from build_dataset.clean.lines import split_lines

    pages = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in f:
            r = json.loads(row)
            if r["source"] not in sources or not r.get("gold_title"):
                continue
            lines = split_lines(r["raw_text"])
            body, decided = cleaner_masks(lines)
            if body is not None:
                pages.append(dict(id=r["id"], source=r["source"], host=r["host"], title=r["gold_title"],
                                  lines=lines, body=body, decided=decided))
    return pages


def gold_lines(page):
    """Indices of lines whose normalised text equals the normalised gold title (any line)."""
    g = norm(page["title"])
    if not g:
        return set()
    return {i for i, ln in enumerate(page["lines"]) if ln.key and norm(ln.key) == g}


def shift_body(page, s):
    """The body mask with the start of the article moved by ``s`` non-blank lines.

    s > 0: the classifier misses the first ``s`` non-blank body lines (they become candidates);
    s < 0: it also takes the ``-s`` non-blank lines before the first body line (which may be the
    headline itself).
    """
    body = list(page["body"])
    lines = page["lines"]
    fb = next((i for i, b in enumerate(body) if b), None)
    if fb is None or s == 0:
        return body
    if s > 0:
        i, left = fb, s
        while i < len(lines) and left:
            if body[i]:
                body[i] = 0
                left -= 1
            i += 1
    else:
        i, left = fb - 1, -s
        while i >= 0 and left:
            if not lines[i].blank:
                body[i] = 1
                left -= 1
            i -= 1
    return body


TERMINAL = (".", "!", "?", "\u2026", ".\u201d", "?\u201d", "!\u201d", '."', '?"', '!"', ".'", ".)", ".\u2019")


def c4_body(page):
    """A crude, realistic body classifier: undecided lines ending in terminal punctuation with >= 5 words."""
    return [int(ln.words >= 5 and ln.text.endswith(TERMINAL) and not d)
            for ln, d in zip(page["lines"], page["decided"])]
