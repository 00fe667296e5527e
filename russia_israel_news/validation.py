"""Validate records against the contract, lazily, with a report a person can read.

Needs the ``validate`` extra (pandas, pandera).
"""

from __future__ import annotations

import copy

import os
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq


class DataValidationError(ValueError):
    """Records broke the contract. ``str(err)`` is the report; ``err.failures`` the rows of it."""

    def __init__(self, report: str, failures: list[dict]):
        super().__init__(report)
        self.failures = failures


def _models():
    from russia_israel_news.schema import MODELS

    return MODELS


def config_of(columns, version: str | None = None, dist_dir=None) -> str:
    """The config whose contract shares the most columns with ``columns`` (the first config on a tie)."""
    present = set(columns)
    overlap = {name: len(present & set(schema_for(name, version, dist_dir).columns)) for name in _models()}
    return max(overlap, key=overlap.get)


def read_parquet_frame(path: str | os.PathLike) -> pd.DataFrame:
    """Read a Parquet file as the loader does (strings as str, dates as ``datetime.date``)."""
    return pq.read_table(path).to_pandas()


def schema_for(config: str, version: str | None = None, dist_dir=None):
    """The contract of ``config``: the installed package's model, or the published contract of ``version``.

    A published contract is the pandera YAML in the version folder; its custom checks load because
    :mod:`russia_israel_news.schema` (which registers them) is imported first.
    """
    if version is None:
        return _models()[config].to_schema()
    import russia_israel_news
    import russia_israel_news.schema  # noqa: F401  (registers the custom checks)
    from pandera.io.pandas_io import from_yaml

    folder = russia_israel_news._folder(version, dist_dir)
    return from_yaml((folder / "schema" / f"{config}.yaml").read_text(encoding="utf-8"))


def failures_of(frame: pd.DataFrame, config: str | None = None, version: str | None = None, dist_dir=None,
                strict: bool = True, without: tuple[str, ...] = ()) -> list[dict]:
    """Every failure of ``frame`` against the contract, one per missing column and per failing value; [] if valid.

    ``strict`` (the builder's own tables) also fails columns the contract does not have and columns out of its
    order; otherwise the contract's columns are checked and extra ones are left alone. ``without``: the names of
    table-wide checks to leave out (the build checks one shard of many without the checks across records).
    """
    import pandera.errors

    config = config or config_of(frame.columns, version, dist_dir)
    schema = schema_for(config, version, dist_dir)
    if without:
        schema = copy.deepcopy(schema)
        schema.checks = [c for c in schema.checks if c.name not in without]
    expected = list(schema.columns)
    failures = [_table_failure(c, f"missing (a column of the {config} contract)") for c in expected
                if c not in frame.columns]
    if strict:
        failures += [_table_failure(c, f"not a column of the {config} contract (strict)")
                     for c in frame.columns if c not in expected]
        if not failures and list(frame.columns) != expected:
            failures.append(_table_failure(None, f"not in the contract's order ({', '.join(expected)})"))
    if any(f["check"].startswith("missing") for f in failures):
        return failures  # the row-wise checks read the missing columns: fix those first
    try:
        schema.validate(frame[expected], lazy=True)
    except pandera.errors.SchemaErrors as err:
        failures += _rows_of(err.failure_cases, frame, schema)
    return failures


def _table_failure(column: str | None, check: str) -> dict:
    return {"row": None, "id": None, "columns": (column,) if column else (), "check": check, "value": None}


def _rows_of(cases: pd.DataFrame, frame: pd.DataFrame, schema) -> list[dict]:
    rows, by_row = [], {}
    for case in cases.to_dict("records"):
        index = case.get("index")
        row = None if index is None or index != index else int(index)
        column = case["column"] if case.get("column") == case.get("column") else None
        record_id = frame["id"].get(index) if row is not None and "id" in frame.columns else None
        if case.get("schema_context") == "DataFrameSchema" and row is not None:
            # a check of the whole row fails once per column of the row: report it once, with the columns it reads
            key = (row, str(case["check"]))
            if key not in by_row:
                number = case.get("check_number")
                reads = schema.checks[int(number)].statistics.values() if number == number and number is not None else ()
                by_row[key] = {"row": row, "id": record_id, "columns": tuple(c for c in reads if c in frame.columns),
                               "check": key[1], "value": {}}
                rows.append(by_row[key])
            failure = by_row[key]
            if not failure["columns"] or column in failure["columns"]:
                failure["value"][column] = frame.loc[index, column]
            continue
        rows.append({"row": row, "id": record_id, "columns": (column,) if column else (), "check": str(case.get("check")),
                     "value": case.get("failure_case")})
    for failure in rows:
        if isinstance(failure["value"], dict):
            failure["columns"] = tuple(failure["value"])
    rows.sort(key=lambda r: (r["row"] if r["row"] is not None else -1, r["columns"], r["check"]))
    return rows


def _short(value, width: int) -> str:
    text = repr(value.item() if hasattr(value, "item") else value)  # numpy scalars print as plain numbers
    return text if len(text) <= width else text[:width - 3] + "..."


def format_report(failures: list[dict], source: str) -> str:
    """One line for each failure, naming the row, the record id, the column(s) and the check."""
    lines = [f"{source}: {len(failures)} failure{'' if len(failures) == 1 else 's'}"]
    for f in failures:
        where = "" if f["row"] is None else f"row {f['row']}"
        if f["id"] is not None:
            where += f" (id {f['id']!r})"
        if len(f["columns"]) == 1:
            where += f" column {f['columns'][0]!r}"
        elif f["columns"]:
            where += " columns " + ", ".join(map(repr, f["columns"]))
        where = where.strip() or "columns"
        if f["value"] is None and f["row"] is None:
            lines.append(f"  {where}: {f['check']}")
        elif isinstance(f["value"], dict):
            values = ", ".join(f"{c}={_short(v, 40)}" for c, v in f["value"].items())
            lines.append(f"  {where}: check {f['check']} failed ({values})")
        else:
            lines.append(f"  {where}: check {f['check']} failed (value {_short(f['value'], 80)})")
    return "\n".join(lines)


def validate(obj, config: str | None = None, version: str | None = None, dist_dir=None,
             strict: bool = False) -> pd.DataFrame:
    """Validate a DataFrame, a Parquet file or a version folder against the contract.

    ``version`` pins the published contract to check against (default: this package's own). The contract's
    columns are checked and extra columns (a consumer's embeddings, splits, labels) are allowed, unless
    ``strict``, which also fails extra columns and columns out of the contract's order. Returns the validated
    DataFrame (for a folder, the ``articles`` one); raises :class:`DataValidationError` naming the file and
    every failing column, row and check.
    """
    if isinstance(obj, pd.DataFrame):
        failures = failures_of(obj, config, version, dist_dir, strict)
        if failures:
            raise DataValidationError(format_report(failures, "DataFrame"), failures)
        return obj
    path = Path(obj)
    if path.is_dir():
        files = sorted(path.glob("*/*.parquet"))
        if not files:
            raise DataValidationError(f"{path}: no Parquet files found (expected CONFIG/*.parquet)", [])
        frames, errors = {}, []
        for folder in sorted({file.parent for file in files}):
            shards = [file for file in files if file.parent == folder]
            config = folder.name if folder.name in _models() else None
            try:
                if len(shards) == 1:
                    frames[folder.name] = validate(shards[0], config=config, version=version, dist_dir=dist_dir,
                                                   strict=strict)
                else:  # a config in shards is checked as one frame: a record may name one in another shard
                    frame = pd.concat([read_parquet_frame(f) for f in shards], ignore_index=True)
                    failures = failures_of(frame, config, version, dist_dir, strict)
                    if failures:
                        raise DataValidationError(format_report(failures, f"{folder}/*.parquet"), failures)
                    frames[folder.name] = frame
            except DataValidationError as err:
                errors.append(err)
        if errors:
            raise DataValidationError("\n".join(map(str, errors)), [f for err in errors for f in err.failures])
        return frames.get("articles")
    if not path.is_file():
        raise DataValidationError(f"{path}: no such file or folder", [])
    frame = read_parquet_frame(path)
    failures = failures_of(frame, config, version, dist_dir, strict)
    if failures:
        raise DataValidationError(format_report(failures, str(path)), failures)
    return frame
