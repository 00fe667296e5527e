"""validate: the built tables against the pandera models, lazily, plus the cleaner's own check.

Every failing record and check is collected before anything is reported; the build publishes
nothing when there is one.
"""

from __future__ import annotations

import pyarrow as pa

from build_dataset.clean import article_as_page, clean_text
from russia_israel_news.validation import failures_of, format_report


def idempotency_failures(articles: pa.Table) -> list[dict]:
    """Records whose title and text the cleaner would change if it cleaned them again."""
    failures = []
    for row, (rid, title, text) in enumerate(zip(*(articles.column(c).to_pylist() for c in ("id", "title", "text")))):
        if not isinstance(text, str) or not text:
            continue
        again = clean_text(article_as_page(title, text))
        for column, before, after in (("title", title, again.title), ("text", text, again.text)):
            if before != after:
                failures.append({"row": row, "id": rid, "column": column, "check": "cleaner_idempotent", "value": after})
    return failures


def report(tables: dict[str, pa.Table]) -> str | None:
    """A readable report of every failure in ``tables`` (config -> table), or None if all is valid."""
    parts = []
    for config, table in tables.items():
        failures = failures_of(table.to_pandas(), config)
        if config == "articles":
            failures += idempotency_failures(table)
        if failures:
            parts.append(format_report(failures, config))
    return "\n".join(parts) if parts else None
