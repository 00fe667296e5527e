"""Arrow tables of the contract's schema (:func:`russia_israel_news.contract.arrow_schema`).

Rows are sorted by their config's key, and no pandas metadata is attached, so the same records
always give the same table.
"""

from __future__ import annotations

import pyarrow as pa

from russia_israel_news.contract import KEYS, arrow_schema


def to_table(rows: list[dict], config: str) -> pa.Table:
    """Rows (dicts) -> a table with the config's schema, sorted by the config's key."""
    schema = arrow_schema(config)
    keys = KEYS[config]
    rows = sorted(rows, key=lambda r: tuple(r[k] for k in keys))
    return pa.Table.from_pylist(rows, schema=schema)
