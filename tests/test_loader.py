"""The consumer API: versions, formats, and the integrity check on first open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
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


@pytest.fixture(scope="module")
def clustered(tmp_path_factory) -> Path:
    """The seeds and a page scraped twice (seed 000 again), built: a folder of one version."""
    from build_dataset.build import build
    from conftest import SEEDS

    tmp = tmp_path_factory.mktemp("clustered")
    shutil.copytree(SEEDS, tmp / "seeds")
    shutil.copy(tmp / "seeds" / "000_903d19389aab4f0c.txt", tmp / "seeds" / "005_scraped_again.txt")
    (tmp / "none").mkdir()
    return build(tmp / "seeds", tmp / "dist", previous=tmp / "none").folder.parent


def _values(data, column: str) -> list:
    """A column as a list, from any of load()'s formats."""
    return data.column(column).to_pylist() if isinstance(data, pa.Table) else list(data[column])


@pytest.mark.parametrize("format", ["arrow", "pandas", "datasets"])
def test_dedup_near_drops_near_duplicates_and_keeps_the_first(clustered, format, hf_cache):
    every = rin.load(format="arrow", dist_dir=clustered)
    assert every.column("near_duplicate_of").to_pylist() == [None] * 5 + ["000_903d19389aab4f0c"]
    kept = rin.load(format=format, dist_dir=clustered, dedup="near")
    assert _values(kept, "id") == every.column("id").to_pylist()[:5]


@pytest.mark.parametrize("format", ["arrow", "pandas", "datasets"])
def test_split_by_story_keeps_each_story_on_one_side(clustered, format, hf_cache):
    ids = rin.load(format="arrow", dist_dir=clustered).column("id").to_pylist()
    sides = {}
    for seed in range(8):  # several seeds: 000, 001 and 005 (one story) always go together
        split = rin.load(format=format, dist_dir=clustered, split_by="story", seed=seed, test_size=0.5)
        train, test = _values(split["train"], "id"), _values(split["test"], "id")
        assert sorted(train + test) == ids
        assert not set(_values(split["train"], "story_id")) & set(_values(split["test"], "story_id"))
        side = {"000": "000_903d19389aab4f0c" in test, "001": "001_b2bd4d933283a214" in test, "005": "005_scraped_again" in test}
        assert len(set(side.values())) == 1
        sides[seed] = tuple(sorted(test))
    assert len(set(sides.values())) > 1  # the seed chooses the stories
    again = rin.load(format="arrow", dist_dir=clustered, split_by="story", seed=3, test_size=0.5)
    assert tuple(sorted(again["test"].column("id").to_pylist())) == sides[3]
    both = rin.load(format="arrow", dist_dir=clustered, split_by="story", dedup="near", seed=3, test_size=0.5)
    assert "005_scraped_again" not in both["train"].column("id").to_pylist() + both["test"].column("id").to_pylist()


def test_cluster_options_need_the_columns_and_the_articles(built, version):
    with pytest.raises(ValueError, match="use config='articles'"):
        rin.load(config="lines", dedup="near", dist_dir=built.parent)
    with pytest.raises(ValueError, match="dedup is None or 'near'"):
        rin.load(dedup="exact", dist_dir=built.parent)
    with pytest.raises(ValueError, match="between 0 and 1"):
        rin.load(split_by="story", test_size=1.5, dist_dir=built.parent, format="arrow")
    with pytest.raises(ValueError, match="version 1.0.0 has no cluster columns"):
        rin.load(version="1.0.0", dedup="near", format="arrow")
