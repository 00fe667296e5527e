"""Build -> publish -> load, end to end; atomic, immutable, deterministic."""

from __future__ import annotations

import hashlib
import json
import os
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

import russia_israel_news as rin
from build_dataset.build import build
from build_dataset.publish.atomic import PublishError
from build_dataset.publish.manifest import file_entries
from build_dataset.shard.pipeline import BuildError
from conftest import DIST, ROOT, SEEDS, run_cli, tree


def test_version_folder_layout(built):
    files = set(tree(built))
    assert {"README.md", "manifest.json", "articles/train-00000-of-00001.parquet",
            "lines/train-00000-of-00001.parquet", "schema/articles.yaml", "schema/lines.yaml",
            "hf/articles/state.json", "hf/lines/dataset_info.json"} <= files


def test_manifest_checksums_match_the_files(built, version):
    manifest = json.loads((built / "manifest.json").read_text())
    assert manifest["version"] == version
    assert manifest["files"] == file_entries(built)
    assert manifest["records"] == {"articles": 5, "lines": pq.read_metadata(built / "lines/train-00000-of-00001.parquet").num_rows}
    seeds = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.glob("*.txt")}
    assert {k: v["sha256"] for k, v in manifest["seeds"].items()} == seeds
    assert set(manifest["build"]) >= {"builder", "python", "pyarrow", "pandera", "datasets"}


def test_committed_version_equals_a_fresh_build_byte_for_byte(built, version):
    committed = DIST / version
    assert committed.is_dir(), f"dist/{version} is not committed: run build-dataset build"
    assert tree(committed) == tree(built)


def test_round_trip_load_every_format(built):
    dist = built.parent
    df = rin.load(format="pandas", dist_dir=dist)
    assert len(df) == 5 and df["id"].is_unique
    table = rin.load(format="arrow", dist_dir=dist)
    assert table.schema.field("text").type == pa.string()
    assert table.schema.field("published").type == pa.date32()
    assert table.column("id").to_pylist() == sorted(table.column("id").to_pylist())
    ds = rin.load(dist_dir=dist)
    assert ds.num_rows == 5 and ds.features["published"].dtype == "date32"
    lines = rin.load(config="lines", format="pandas", dist_dir=dist)
    assert set(lines["id"]) == set(df["id"])
    rin.validate(df)
    rin.validate(built)


def test_load_dataset_reads_both_configs(built, hf_cache):
    import datasets

    articles = datasets.load_dataset(str(built), "articles", split="train", cache_dir=str(hf_cache))
    lines = datasets.load_dataset(str(built), "lines", split="train", cache_dir=str(hf_cache))
    assert articles.num_rows == 5 and lines.num_rows > 100
    assert sorted(articles["id"]) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    default = datasets.load_dataset(str(built), split="train", cache_dir=str(hf_cache))
    assert default.column_names == articles.column_names


def test_card_front_matter_matches_the_data(built):
    card = (built / "README.md").read_text()
    meta = yaml.safe_load(card.split("---\n")[1])
    assert [c["config_name"] for c in meta["configs"]] == ["articles", "lines"]
    assert meta["configs"][0]["default"] is True
    features = {f["name"]: f["dtype"] for f in meta["dataset_info"][0]["features"]}
    assert features["published"] == "date32" and features["text"] == "string"
    assert "remain the property of their publishers" in card
    assert "| `comment_section` |" in card


def test_same_content_is_unchanged_and_different_content_is_refused(built, seeds_copy):
    before = tree(built)
    assert build(SEEDS, built.parent, previous=DIST).status == "unchanged"
    page = seeds_copy / "003_0cfae077b6775c94.txt"
    page.write_text(page.read_text().replace("Sochi", "Sochi, on the Black Sea,"))
    with pytest.raises(PublishError, match="already published with different content"):
        build(seeds_copy, built.parent, previous=built.parent)
    assert tree(built) == before
    assert [p.name for p in built.parent.iterdir()] == [built.name]  # no staging folder left


def test_a_failing_build_publishes_nothing(tmp_path, seeds_copy):
    (seeds_copy / "zz_debris_only.txt").write_text("Subscribe\n\nLeave a Comment\n\nScroll to Top\n")
    (seeds_copy / "zz_empty.txt").write_text("  \n")
    out = tmp_path / "out"
    with pytest.raises(BuildError) as err:
        build(seeds_copy, out, previous=DIST)
    message = str(err.value)
    assert "zz_debris_only.txt: no article text left" in message and "zz_empty.txt" in message and "empty" in message
    assert not out.exists() or list(out.iterdir()) == []


@pytest.mark.slow
def test_cli_build_and_validate(tmp_path, version):
    out = tmp_path / "out"
    result = run_cli("build", "--out", str(out), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert f"published {out / version}" in result.stdout
    parquet = out / version / "articles/train-00000-of-00001.parquet"
    ok = run_cli("validate", str(parquet))
    assert ok.returncode == 0 and "valid" in ok.stdout
    assert run_cli("validate", str(out / version)).returncode == 0

    # one text emptied: validate names the row and the check, without a traceback
    table = pq.read_table(parquet)
    texts = table.column("text").to_pylist()
    texts[2] = ""
    broken = tmp_path / "broken.parquet"
    pq.write_table(table.set_column(2, "text", pa.array(texts, pa.string())), broken)
    bad = run_cli("validate", str(broken))
    assert bad.returncode == 1
    row_id = table.column("id")[2].as_py()
    assert f"row 2 (id '{row_id}') column 'text': check str_length" in bad.stderr
    assert "Traceback" not in bad.stderr


_CLOCK = (
    "import sys, time; from build_dataset.cli import main; "
    "time.time = lambda: 4102444800.0 + 13 * 3600; time.time_ns = lambda: int(time.time() * 1e9); "
    "sys.exit(main(sys.argv[1:]))"
)


@pytest.mark.slow  # the fast loop has test_committed_version_equals_a_fresh_build_byte_for_byte (its own hash seed)
@pytest.mark.parametrize("factor", ["time zone", "hash seed", "locale", "working directory", "listing order",
                                    "time of day"])
def test_builds_are_identical_across_environments(factor, tmp_path, version):
    """Each factor alone, against the committed version (which a fresh build equals; one with other content would be
    refused): the bytes never change."""
    seeds, cwd, env = SEEDS, None, {"TZ": "UTC", "PYTHONHASHSEED": "1", "LC_ALL": "C"}
    if factor == "time zone":
        env["TZ"] = "Pacific/Kiritimati"
    elif factor == "hash seed":
        env["PYTHONHASHSEED"] = "4242"
    elif factor == "locale":
        env["LC_ALL"] = "C.UTF-8"
    elif factor == "working directory":
        cwd = tmp_path
    elif factor == "listing order":
        seeds = tmp_path / "seeds"
        seeds.mkdir()
        for path in sorted(SEEDS.iterdir(), reverse=True):  # created in reverse order
            shutil.copy(path, seeds / path.name)
    out = tmp_path / "out"
    args = ["build", "--seeds", str(seeds), "--out", str(out), "--previous", str(DIST)]
    if factor == "time of day":  # the clock reads 2100-01-01 13:00 UTC
        import subprocess
        import sys

        result = subprocess.run([sys.executable, "-c", _CLOCK, *args], capture_output=True, text=True,
                                env={**os.environ, **env}, cwd=ROOT)
    else:
        result = run_cli(*args, cwd=cwd, env=env)
    assert result.returncode == 0, result.stderr
    (folder,) = list(out.iterdir())
    assert tree(folder) == tree(DIST / version)


def test_cli_errors_are_one_line(tmp_path):
    missing = run_cli("build", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert missing.returncode == 1
    assert "not a folder" in missing.stderr and "Traceback" not in missing.stderr
    helped = run_cli("--help")
    assert helped.returncode == 0 and "build" in helped.stdout and "validate" in helped.stdout
