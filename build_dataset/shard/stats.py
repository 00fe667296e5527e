"""The statistics a version's card reports, computed per shard and merged.

A shard's statistics are a small JSON-able dict (they travel from workers and sit in the build
cache); merging them in shard order gives exactly what the whole tables would give.
"""

from __future__ import annotations

from collections import Counter

import pyarrow as pa
import pyarrow.compute as pc

#: Article fields the card's sample record shows.
SAMPLE_FIELDS = ("id", "title", "author", "published", "publisher", "language", "word_count")
#: The sample's text is shown up to this many characters.
SAMPLE_CHARS = 400


def _sample_key(row: dict) -> tuple:
    """The sample is the record that states the most metadata (the first by id among equals)."""
    return sum(row[k] is not None for k in ("author", "published", "publisher")), [-ord(c) for c in row["id"]]


def _counts(column: pa.ChunkedArray) -> dict[str, int]:
    """How often each value occurs, sorted by value (counted in Arrow)."""
    counts = pc.value_counts(column).to_pylist() if len(column) else []
    return dict(sorted((c["values"], c["counts"]) for c in counts))


def of_tables(tables: dict[str, pa.Table], masked: dict[str, int] | None = None) -> dict:
    """The statistics of one shard's (or a whole version's) tables, of the configs given (the build
    serialises a shard's ``lines`` before its ``articles``); ``masked``: kind -> contact details masked in the
    articles' text."""
    out = {"rows": {config: table.num_rows for config, table in tables.items()},
           "nbytes": {config: table.nbytes for config, table in tables.items()}}
    if masked is not None:
        out["masked"] = dict(sorted(masked.items()))
    if "lines" in tables:
        lines = tables["lines"]
        out |= {"rules": _counts(lines.column("rule")), "labels": _counts(lines.column("label")),
                "withheld": _counts(lines.column("withheld").drop_null())}
    if "articles" in tables:
        articles = tables["articles"]
        rows = articles.to_pylist()
        dates = sorted(r["published"].isoformat() for r in rows if r["published"] is not None)
        sample = None
        if rows:
            best = max(rows, key=_sample_key)
            sample = {k: best[k].isoformat() if k == "published" and best[k] else best[k] for k in SAMPLE_FIELDS}
            sample["text"] = best["text"][:SAMPLE_CHARS + 1]
        out |= {"dated": len(dates), "dates": [dates[0], dates[-1]] if dates else None,
                "publishers": sorted({r["publisher"] for r in rows if r["publisher"]}),
                "languages": _counts(articles.column("language").drop_null()),
                "words": sum(r["word_count"] for r in rows), "sample": sample,
                "near_duplicates": sum(r["near_duplicate_of"] is not None for r in rows),
                "story_heads": sum(r["story_id"] == r["id"] for r in rows)}
    return out


def merge(parts: list[dict]) -> dict:
    """The statistics of the shards ``parts`` together (a part may hold one config's statistics only)."""
    out = {"rows": Counter(), "nbytes": Counter(), "rules": Counter(), "labels": Counter(), "withheld": Counter(),
           "masked": Counter(), "dated": 0, "dates": None,
           "publishers": set(), "languages": Counter(), "words": 0, "sample": None, "near_duplicates": 0,
           "story_heads": 0}
    for part in parts:
        for key in ("rows", "nbytes", "rules", "labels", "withheld", "masked", "languages"):
            out[key].update(part.get(key, {}))
        for key in ("dated", "words", "near_duplicates", "story_heads"):
            out[key] += part.get(key, 0)
        if part.get("dates"):
            lo, hi = part["dates"]
            out["dates"] = [min(out["dates"][0], lo), max(out["dates"][1], hi)] if out["dates"] else [lo, hi]
        out["publishers"] |= set(part.get("publishers", ()))
        if part.get("sample") and (out["sample"] is None or _sample_key(part["sample"]) > _sample_key(out["sample"])):
            out["sample"] = part["sample"]
    for key in ("rows", "nbytes", "rules", "labels", "withheld", "masked"):
        out[key] = dict(out[key]) if key in ("rows", "nbytes") else dict(sorted(out[key].items()))
    out["publishers"] = sorted(out["publishers"])
    out["languages"] = dict(sorted(out["languages"].items()))
    return out
