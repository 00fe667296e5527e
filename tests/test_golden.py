"""Golden output for each seed, reviewed by reading it (tests/golden/<id>.json).

After a deliberate cleaner change, regenerate with ``UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py``
and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
import re

import pytest

from build_dataset.shard.pipeline import process
from conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

#: Debris that must never reach an article text, whatever the page (formulas, not sentences of a seed).
DEBRIS = [
    "Subscribe", "newsletter", "By signing up", "Leave a Comment", "No Comments", "Let your voice be heard",
    "Share On", "Follow us", "Google News", "Read also", "Related articles", "Photo:", "Image by", "reCAPTCHA",
    "not responsible for the content", "[email", "contact-form", "Scroll to Top", "We need your support",
    "used in accordance with",
]


def snapshot(path) -> dict:
    result = process(path, SEEDS)
    a = result.article
    return {
        "id": a["id"],
        "title": a["title"],
        "author": a["author"],
        "published": a["published"].isoformat() if a["published"] else None,
        "publisher": a["publisher"],
        "language": a["language"],
        "paragraphs": a["text"].split("\n\n"),
        "removed": [f"{no}: {rule}: {text}" for no, text, rule in result.cleaned.removed()],
    }


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_seed_matches_golden(path):
    actual = snapshot(path)
    golden = GOLDEN / f"{path.stem}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert golden.is_file(), f"no golden file for {path.name}: run with UPDATE_GOLDEN=1 and review it"
    assert actual == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_seed_text_has_no_debris_and_keeps_the_body(path):
    result = process(path, SEEDS)
    text = result.article["text"]
    for phrase in DEBRIS:
        assert phrase.lower() not in text.lower(), f"{phrase!r} left in {path.name}"
    assert not re.search(r"\b\d{1,2}:\d\d\s*(?:am|pm)\b", text), "a comment or page timestamp was left in"
    # every paragraph-length raw line that no debris rule removed is in the text: the full body is kept
    raw_lines = [ln.text for ln, d in zip(result.cleaned.lines, result.cleaned.decisions) if d.label == "body"]
    assert all(line in text for line in raw_lines)
    assert "\xa0" not in text and "  " not in text
    assert result.article["title"] and result.article["title"] not in text.split("\n\n")


def test_goldens_cover_exactly_the_seeds():
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == [p.stem for p in SEED_FILES]
