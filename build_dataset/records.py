"""A read page and its cleaning -> the records of both configs."""

from __future__ import annotations

import hashlib

from build_dataset import meta
from build_dataset.clean import Cleaned
from build_dataset.read import RawPage


def article_row(page: RawPage, cleaned: Cleaned) -> dict:
    text = cleaned.text
    return {
        "id": page.id,
        "title": cleaned.title,
        "text": text,
        "author": cleaned.author,
        "published": cleaned.published,
        "publisher": cleaned.publisher,
        "language": meta.language(text) if text else None,
        "source_file": page.name,
        "source_sha256": page.sha256,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "word_count": len(text.split()),
        "char_count": len(text),
    }


def line_rows(page: RawPage, cleaned: Cleaned) -> list[dict]:
    return [{"id": page.id, "line_no": ln.no, "text": ln.text, "label": d.label, "rule": d.rule}
            for ln, d in zip(cleaned.lines, cleaned.decisions)]
