"""Validate records against the contract, lazily, with a report a person can read.

Needs the ``validate`` extra (pandas, pandera).
"""

from __future__ import annotations

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


def config_of(columns) -> str:
    """The config whose model has exactly these columns."""
    columns = list(columns)
    for name, model in _models().items():
        if list(model.to_schema().columns) == columns:
            return name
    for name, model in _models().items():
        if set(model.to_schema().columns) == set(columns):
            return name
    raise DataValidationError(
        f"columns {columns} match no config (expected one of: "
        + "; ".join(f"{n}: {list(m.to_schema().columns)}" for n, m in _models().items())
        + ")",
        [],
    )


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


def failures_of(frame: pd.DataFrame, config: str | None = None, version: str | None = None, dist_dir=None) -> list[dict]:
    """Every failing (row, column, check) of ``frame`` against the contract; [] if it is valid."""
    import pandera.errors

    config = config or config_of(frame.columns)
    model = schema_for(config, version, dist_dir)
    try:
        model.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as err:
        return _rows_of(err.failure_cases, frame)
    return []


def _rows_of(cases: pd.DataFrame, frame: pd.DataFrame) -> list[dict]:
    rows = []
    ids = frame["id"] if "id" in frame.columns else None
    for case in cases.to_dict("records"):
        index = case.get("index")
        record_id = None
        if ids is not None and index is not None and index == index and index in ids.index:
            record_id = ids.loc[index]
        rows.append(
            {
                "row": None if index is None or index != index else int(index),
                "id": record_id,
                "column": case.get("column") if case.get("column") == case.get("column") else None,
                "check": str(case.get("check")),
                "value": case.get("failure_case"),
            }
        )
    rows.sort(key=lambda r: (r["row"] if r["row"] is not None else -1, str(r["column"]), r["check"]))
    return rows


def format_report(failures: list[dict], source: str) -> str:
    """One line for each failure, naming the row, the record id, the column and the check."""
    lines = [f"{source}: {len(failures)} failure(s)"]
    for f in failures:
        where = "table" if f["row"] is None else f"row {f['row']}"
        if f["id"] is not None:
            where += f" (id {f['id']!r})"
        column = f" column {f['column']!r}" if f["column"] else ""
        value = repr(f["value"])
        if len(value) > 80:
            value = value[:77] + "..."
        lines.append(f"  {where}{column}: check {f['check']} failed (value {value})")
    return "\n".join(lines)


def validate(obj, config: str | None = None, version: str | None = None, dist_dir=None) -> pd.DataFrame:
    """Validate a DataFrame, a Parquet file or a version folder against the contract.

    ``version`` pins the published contract to check against (default: this package's own).
    Returns the validated DataFrame (for a folder, the ``articles`` one); raises
    :class:`DataValidationError` listing every failing row and check.
    """
    if isinstance(obj, pd.DataFrame):
        failures = failures_of(obj, config, version, dist_dir)
        if failures:
            raise DataValidationError(format_report(failures, "DataFrame"), failures)
        return obj
    path = Path(obj)
    if path.is_dir():
        files = sorted(path.glob("*/*.parquet"))
        if not files:
            raise DataValidationError(f"{path}: no Parquet files found (expected CONFIG/*.parquet)", [])
        result = None
        for file in files:
            frame = validate(file, config=file.parent.name if file.parent.name in _models() else None,
                             version=version, dist_dir=dist_dir)
            if file.parent.name == "articles" and result is None:
                result = frame
        return result
    if not path.is_file():
        raise DataValidationError(f"{path}: no such file or folder", [])
    frame = read_parquet_frame(path)
    failures = failures_of(frame, config, version, dist_dir)
    if failures:
        raise DataValidationError(format_report(failures, str(path)), failures)
    return frame
