"""Per-line training labels: align raw page lines to the gold article text.

Labelling rule (documented in REPORT.md):
  * tokens = regex \\w+ (case kept), exactly as the official scorer tokenises;
  * a raw line with >= 4 tokens is BODY when >= 50% of its word 4-grams occur in
    the not-yet-consumed gold 4-grams (long lines consume what they match, so a
    repeated paragraph is body only at its first occurrence); matching
    the gold text's 4-gram set (this tolerates small differences such as list
    items prefixed "- " / "1. ", table rows joined with " | ", removed inline
    code, curly-vs-straight quotes);
  * a raw line with 1-3 tokens (headings, short list items, "Share", "Home") is
    BODY only when its token sequence equals the token sequence of a whole gold
    line or of one " | "-separated cell of a gold line.  Merely occurring
    somewhere inside the gold text is not enough (that would mark "Home" or
    "Share" as body whenever the article uses the word);
  * a raw line without tokens is DEBRIS (it contributes nothing to the metric).
The headline is not in gold_text, so it is labelled DEBRIS, as the metric wants.
"""
from __future__ import annotations

import re
from collections import Counter

_TOK = re.compile(r"\w+")


def line_labels(lines: list[str], gold: str, thr: float = 0.5) -> list[int]:
    """Return a 0/1 label per raw line (1 = body).

    Long lines consume the gold 4-grams they match, so a paragraph that the page
    repeats (responsive duplicates, teaser + body) is body only once, in page
    order; the metric counts 4-gram multisets, so a repeat is a false positive.
    """
    gold = gold or ""
    gt = _TOK.findall(gold)
    left = Counter(tuple(gt[i:i + 4]) for i in range(len(gt) - 3))
    short = set()
    for gl in gold.split("\n"):
        for cell in [gl] + gl.split(" | "):
            t = tuple(_TOK.findall(cell))
            if t and len(t) < 8:
                short.add(t)
    out = []
    for ln in lines:
        t = _TOK.findall(ln)
        if not t:
            out.append(0)
        elif len(t) < 4:
            out.append(1 if tuple(t) in short else 0)
        else:
            gs = [tuple(t[i:i + 4]) for i in range(len(t) - 3)]
            need = Counter(gs)
            hit = sum(min(c, left[g]) for g, c in need.items())
            if hit >= thr * len(gs):
                out.append(1)
                left.subtract(need)
            else:
                out.append(0)
    return out


def _ws(s: str) -> str:
    return " ".join(s.split())


def snippet_labels(lines: list[str], keep: list[str], drop: list[str]) -> list[int]:
    """A label per raw line from snippets (trafilatura-eval): 1 for a line holding a snippet that must
    stay, 0 for one holding a snippet that must go, -1 (unlabelled) for the rest and for a line
    holding both kinds (snippets are whitespace-normalised substrings, as the scorer reads them)."""
    keep, drop = [_ws(s) for s in keep if _ws(s)], [_ws(s) for s in drop if _ws(s)]
    out = []
    for ln in lines:
        t = _ws(ln)
        stay, go = any(s in t for s in keep), any(s in t for s in drop)
        out.append(-1 if stay == go else int(stay))
    return out
