"""Arrow tables whose schema is generated from the pandera models (never written by hand).

Strings are ``string`` (not ``large_string``), dates ``date32``, integers ``int64``; columns
are non-nullable unless the model says otherwise. Rows are sorted by their key, and no pandas
metadata is attached, so the same records always give the same table.
"""

from __future__ import annotations

import pyarrow as pa

from russia_israel_news.schema import MODELS

#: Sort keys of each config: the stable example keys.
KEYS = {"articles": ("id",), "lines": ("id", "line_no")}


def _arrow_type(dtype) -> pa.DataType:
    name = str(dtype)
    if name.startswith(("str", "string")):
        return pa.string()
    if name == "int64":
        return pa.int64()
    if name == "date":
        return pa.date32()
    raise TypeError(f"no Arrow type for pandera dtype {name!r}")


def arrow_schema(config: str) -> pa.Schema:
    columns = MODELS[config].to_schema().columns
    return pa.schema([pa.field(name, _arrow_type(col.dtype), nullable=bool(col.nullable)) for name, col in columns.items()])


def to_table(rows: list[dict], config: str) -> pa.Table:
    """Rows (dicts) -> a table with the config's schema, sorted by the config's key."""
    schema = arrow_schema(config)
    keys = KEYS[config]
    rows = sorted(rows, key=lambda r: tuple(r[k] for k in keys))
    return pa.Table.from_pylist(rows, schema=schema)
