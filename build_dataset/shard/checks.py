"""validate: the built tables against the pandera models, lazily.

Every failing record and check is collected before anything is reported; the build publishes
nothing when there is one. (That cleaning an article again leaves it unchanged is checked page
by page, before its records are made: see :func:`build_dataset.shard.pipeline.publishable`.)
"""

from __future__ import annotations

import pyarrow as pa

from russia_israel_news.validation import failures_of, format_report


def report(tables: dict[str, pa.Table]) -> str | None:
    """A readable report of every failure in ``tables`` (config -> table), or None if all is valid."""
    parts = []
    for config, table in tables.items():
        failures = failures_of(table.to_pandas(), config)
        if failures:
            parts.append(format_report(failures, config))
    return "\n".join(parts) if parts else None
