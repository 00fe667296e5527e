"""croissant.json: valid Croissant 1.0 that mlcroissant can load, matching the Parquet it describes."""

from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest

from conftest import DIST


@pytest.fixture(scope="module")
def folder(version):
    return DIST / version


def _dataset(path):
    import mlcroissant as mlc

    return mlc.Dataset(jsonld=str(path))


def test_croissant_validates_without_issues(folder):
    ds = _dataset(folder / "croissant.json")
    issues = ds.metadata.ctx.issues
    assert not issues.errors, issues.report()
    assert not issues.warnings, issues.report()
    doc = json.loads((folder / "croissant.json").read_text())
    manifest = json.loads((folder / "manifest.json").read_text())
    assert doc["version"] == manifest["version"] and doc["datePublished"] and doc["license"] and doc["citeAs"]
    for obj in doc["distribution"]:
        assert obj["sha256"] == manifest["files"][obj["contentUrl"]]["sha256"]


@pytest.mark.parametrize("config", ["articles", "lines"])
def test_croissant_records_equal_the_parquet_rows(folder, config):
    records = list(_dataset(folder / "croissant.json").records(config))
    table = pq.read_table(next((folder / config).glob("*.parquet")))
    assert len(records) == table.num_rows
    ids = [r[f"{config}/id"].decode() for r in records]
    assert ids == table.column("id").to_pylist()
    assert set(records[0]) == {f"{config}/{name}" for name in table.schema.names}


def test_a_field_pointing_at_a_missing_column_fails_to_load(folder, tmp_path):
    """Static validation alone would pass this file; loading the records is what catches it."""
    copy = tmp_path / "v"
    shutil.copytree(folder, copy)
    doc = json.loads((copy / "croissant.json").read_text())
    doc["recordSet"][0]["field"][0]["source"]["extract"]["column"] = "no_such_column"
    (copy / "croissant.json").write_text(json.dumps(doc))
    with pytest.raises(Exception):
        list(_dataset(copy / "croissant.json").records("articles"))
