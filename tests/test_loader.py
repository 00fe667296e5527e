"""The consumer API: versions, formats, and the integrity check on first open."""

from __future__ import annotations

import shutil

import pytest

import russia_israel_news as rin


def test_versions_and_manifest(built, version):
    assert rin.versions(dist_dir=built.parent) == [version]
    assert rin.manifest(version, dist_dir=built.parent)["version"] == version


def test_unknown_version_and_bad_arguments(built, version):
    with pytest.raises(FileNotFoundError, match="available: ") as err:
        rin.load(version="0.0.1", dist_dir=built.parent)
    assert f"no version 0.0.1 in {built.parent}" in str(err.value)
    # the package's own versions: the message names the two ways to get another one
    with pytest.raises(FileNotFoundError) as err:
        rin.validate(rin.load(format="pandas"), version="9.9.9")
    assert "pip install --upgrade 'russia-israel-news'" in str(err.value) and "dist_dir=" in str(err.value)
    with pytest.raises(ValueError, match="an exact version such as '1.0.0'"):
        rin.load(version="1.0")
    with pytest.raises(ValueError, match="unknown config"):
        rin.load(config="nope", dist_dir=built.parent)
    with pytest.raises(ValueError, match="unknown format"):
        rin.load(format="csv", dist_dir=built.parent)


def test_a_flipped_byte_is_caught_on_first_open(built, tmp_path, version):
    dist = tmp_path / "dist"
    shutil.copytree(built, dist / version)
    parquet = dist / version / "articles/train-00000-of-00001.parquet"
    data = bytearray(parquet.read_bytes())
    data[len(data) // 2] ^= 0x01
    parquet.write_bytes(bytes(data))
    with pytest.raises(rin.DataIntegrityError, match="articles/train-00000-of-00001.parquet: sha256"):
        rin.load(format="arrow", dist_dir=dist)


def test_the_checkout_loads_its_committed_version(version):
    """In a source checkout (editable install) load() finds ../dist; installed, the bundled data."""
    assert version in rin.versions()
    assert rin.load(format="arrow").num_rows == 5


def test_the_namespace_exposes_only_the_api():
    """Tab completion and dir() show what a consumer may use, not the modules the package imports."""
    api = {"load", "validate", "manifest", "versions", "schema", "CONFIGS", "DataIntegrityError",
           "DataValidationError", "__version__"}
    assert set(dir(rin)) == api
    assert set(rin.__all__) == api
    for leaked in ("Path", "json", "re", "resources", "metadata", "mismatches"):
        assert not hasattr(rin, leaked), leaked
    assert rin.schema.MODELS["articles"].to_schema().name == "articles"
    assert issubclass(rin.DataValidationError, ValueError)
