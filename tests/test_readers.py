"""Every common reader gets the same rows and types from the published Parquet."""

from __future__ import annotations

import datetime as dt
import math

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import DIST
from russia_israel_news.contract import CONFIGS, KEYS


def _norm(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _rows(records, config):
    rows = [{k: _norm(v) for k, v in r.items()} for r in records]
    return sorted(rows, key=lambda r: tuple(r[k] for k in KEYS[config]))


@pytest.fixture(scope="module")
def folder(version):
    return DIST / version


def _files(folder, config):
    return sorted(str(p) for p in (folder / config).glob("*.parquet"))


@pytest.fixture(scope="module", params=CONFIGS)
def expected(request, folder):
    table = pa.concat_tables(pq.read_table(f) for f in _files(folder, request.param))
    return request.param, _rows(table.to_pylist(), request.param), table.schema


def test_arrow_types_are_plain(expected):
    _, _, schema = expected
    for field in schema:
        assert field.type in (pa.string(), pa.int64(), pa.date32()), field  # never large_string
        assert not pa.types.is_large_string(field.type)


def test_pandas(expected, folder):
    import pandas as pd

    config, rows, _ = expected
    df = pd.concat([pd.read_parquet(f) for f in _files(folder, config)], ignore_index=True)
    assert _rows(df.to_dict("records"), config) == rows
    if config == "articles":
        assert all(v is None or isinstance(v, dt.date) for v in df["published"])


def test_polars(expected, folder):
    import polars as pl

    config, rows, _ = expected
    df = pl.read_parquet(_files(folder, config))
    assert _rows(df.to_dicts(), config) == rows
    if config == "articles":
        assert df.schema["published"] == pl.Date and df.schema["text"] == pl.String


def test_duckdb(expected, folder):
    import duckdb

    config, rows, _ = expected
    con = duckdb.connect()
    files = _files(folder, config)
    result = con.execute("SELECT * FROM read_parquet(?)", [files])
    names = [d[0] for d in result.description]
    assert _rows([dict(zip(names, r)) for r in result.fetchall()], config) == rows
    if config == "articles":
        types = {d[0]: str(d[1]) for d in result.description}
        assert types["published"] == "DATE" and types["text"] == "VARCHAR" and types["word_count"] == "BIGINT"


def test_datasets_load_dataset(expected, folder, hf_cache):
    import datasets

    config, rows, _ = expected
    ds = datasets.load_dataset(str(folder), config, split="train", cache_dir=str(hf_cache))
    assert _rows(ds.to_list(), config) == rows
    assert all(str(f.dtype) in ("string", "int64", "date32") for f in ds.features.values())
