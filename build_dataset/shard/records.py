"""Read pages and their cleaning -> the records of both configs."""

from __future__ import annotations

import hashlib
from collections import Counter

import pyarrow as pa

from build_dataset.clean.cleaner import Cleaned
from build_dataset.read.pages import RawPage
from build_dataset.shard import privacy
from russia_israel_news.contract import arrow_schema


def article_row(page: RawPage, cleaned: Cleaned, masked: Counter | None = None) -> dict:
    """The page's ``articles`` record; its text's contact details are masked (counted into ``masked``)."""
    text, counts = privacy.mask_article(cleaned.text)
    if masked is not None:
        masked.update(counts)
    return {
        "id": page.id,
        "title": cleaned.title,
        "text": text,
        "author": cleaned.author,
        "published": cleaned.published,
        "publisher": cleaned.publisher,
        "language": cleaned.language,
        "source_file": page.name,
        "source_sha256": page.sha256,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "word_count": len(text.split()),
        "char_count": len(text),
    }


def lines_table(pages: list[RawPage], cleaned: list[Cleaned], keep_personal_text: bool = False) -> pa.Table:
    """The ``lines`` records of the pages, column by column (no per-line dicts), in key order; the text of
    personal content is withheld (:mod:`build_dataset.shard.privacy`) unless ``keep_personal_text``."""
    cols: dict[str, list] = {name: [] for name in arrow_schema("lines").names}
    for page, c in sorted(zip(pages, cleaned), key=lambda pc: pc[0].id):
        n = len(c.lines)
        cols["id"].extend([page.id] * n)
        cols["line_no"].extend(ln.no for ln in c.lines)
        texts, digests, reasons = privacy.withhold(c, keep_personal_text)
        cols["text"].extend(texts)
        cols["text_sha256"].extend(digests)
        cols["withheld"].extend(reasons)
        cols["label"].extend(d.label for d in c.decisions)
        cols["rule"].extend(d.rule for d in c.decisions)
    schema = arrow_schema("lines")
    return pa.Table.from_pydict({name: cols[name] for name in schema.names}, schema=schema)
