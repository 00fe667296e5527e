"""Sharded, parallel, distributed and incremental builds: the same bytes every way (issue 7)."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pytest

from build_dataset import build as build_module
from build_dataset.build import build
from build_dataset.shard import cache, pipeline, serialise
from conftest import DEV_INSTALL, SEEDS, need, tree

PAGES_PER_SHARD = 2  # the five seeds make three shards


@pytest.fixture()
def small_shards(monkeypatch):
    monkeypatch.setattr(pipeline, "SHARD_PAGES", PAGES_PER_SHARD)


def _build(seeds: Path, out: Path, **kwargs) -> dict[str, str]:
    empty = out.parent / f"{out.name}-previous"
    empty.mkdir(parents=True, exist_ok=True)
    outcome = build(seeds, out, previous=empty, **kwargs)
    assert outcome.status == "published"
    return tree(outcome.folder)


@pytest.fixture(scope="session")
def small_shard_build(tmp_path_factory) -> Path:
    """The seeds built once a session in shards of PAGES_PER_SHARD pages by one worker: the version folder."""
    out = tmp_path_factory.mktemp("small-shards") / "out"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "SHARD_PAGES", PAGES_PER_SHARD)
        _build(SEEDS, out, workers=1)
    (version,) = out.iterdir()
    return version


def _counting_builds(monkeypatch) -> list[int]:
    """Record the index of every shard actually built (in this process: workers=1)."""
    built: list[int] = []
    real = pipeline.build

    def counted(task):
        built.append(task.index)
        return real(task)

    monkeypatch.setattr(pipeline, "build", counted)
    return built


def test_shards_follow_hugging_face_naming_and_cover_every_page(small_shard_build):
    files = tree(small_shard_build)
    for config in ("articles", "lines"):
        assert [f for f in files if f.startswith(f"{config}/")] == [
            f"{config}/train-{i:05d}-of-00003.parquet" for i in range(3)]
        assert [f for f in files if f.startswith(f"hf/{config}/data-")] == [
            f"hf/{config}/data-{i:05d}-of-00003.arrow" for i in range(3)]
    manifest = json.loads((small_shard_build / "manifest.json").read_text())
    assert manifest["records"]["articles"] == 5
    # the shards together are the records of a one-shard build, in id order
    import pyarrow.parquet as pq

    ids = [i for k in range(3) for i in pq.read_table(small_shard_build / f"articles/train-{k:05d}-of-00003.parquet")
           .column("id").to_pylist()]
    assert ids == sorted(ids) and len(ids) == 5


def test_output_is_byte_identical_for_any_worker_count(small_shard_build, small_shards, seeds_copy, tmp_path):
    one = tree(small_shard_build)
    two = _build(seeds_copy, tmp_path / "w2", workers=2)
    three = _build(seeds_copy, tmp_path / "w3", workers=3)
    assert one == two == three


def test_content_hash_does_not_depend_on_the_shard_layout(small_shard_build, seeds_copy, tmp_path):
    _build(seeds_copy, tmp_path / "a", workers=1)
    a, b = (json.loads((folder / "manifest.json").read_text())
            for folder in (next((tmp_path / "a").iterdir()), small_shard_build))
    assert a["content_sha256"] == b["content_sha256"] and a["records"] == b["records"]
    assert a["files"] != b["files"]  # the layout differs, the content does not


SCRAPED_AGAIN = "005_scraped_again"  # seed 000 again, in the last of four shards


def _scraped_again(seeds: Path) -> None:
    shutil.copy(seeds / "000_903d19389aab4f0c.txt", seeds / f"{SCRAPED_AGAIN}.txt")


def test_clusters_across_shards_are_the_same_for_any_worker_count(small_shards, seeds_copy, tmp_path):
    """A page scraped again, three shards after its first copy: the merge over every shard's signatures links them."""
    import pyarrow.parquet as pq

    _scraped_again(seeds_copy)
    one = _build(seeds_copy, tmp_path / "w1", workers=1)
    assert _build(seeds_copy, tmp_path / "w2", workers=2) == one
    folder = next((tmp_path / "w1").iterdir())
    rows = pq.ParquetDataset(sorted((folder / "articles").glob("*.parquet"))).read()
    import russia_israel_news as rin

    assert rin.validate(folder)["id"].tolist() == rows.column("id").to_pylist()  # the shards checked as one frame
    found = {r["id"][:3]: (r["near_duplicate_of"], r["story_id"]) for r in rows.to_pylist()}
    first = "000_903d19389aab4f0c"
    assert found == {"000": (None, first), "001": (None, first), "002": (None, "002_ebf37fcaf404cbd7"),
                     "003": (None, "003_0cfae077b6775c94"), "004": (None, "004_7066e90908d274df"), "005": (first, first)}


@pytest.mark.slow
def test_dask_executor_gives_the_local_executors_bytes(small_shards, seeds_copy, tmp_path):
    need(importlib.util.find_spec("distributed") is not None, "distributed (the dask extra)", DEV_INSTALL)
    import distributed

    _scraped_again(seeds_copy)  # a cluster across shards
    local = _build(seeds_copy, tmp_path / "local", workers=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = _build(seeds_copy, tmp_path / "dask", executor="dask", scheduler=cluster.scheduler_address)
    assert remote == local


def test_dask_executor_needs_a_scheduler(seeds_copy, tmp_path):
    with pytest.raises(ValueError, match="--scheduler"):
        _build(seeds_copy, tmp_path / "x", executor="dask")
    assert not any((tmp_path / "x").glob("*/manifest.json"))


def test_cache_reuses_unchanged_shards_and_rebuilds_a_changed_one(small_shards, seeds_copy, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    reference = _build(seeds_copy, tmp_path / "first", workers=1, cache_dir=store)
    built = _counting_builds(monkeypatch)
    again = _build(seeds_copy, tmp_path / "again", workers=1, cache_dir=store)
    assert built == [] and again == reference  # everything from the cache, the same bytes

    page = sorted(seeds_copy.glob("*.txt"))[-1]  # in the last shard
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more sentence was added to the end of this article "
                    "by its editors after it was first published.\n", encoding="utf-8")
    changed = _build(seeds_copy, tmp_path / "changed", workers=1, cache_dir=store)
    assert built == [2]  # only the changed page's shard
    monkeypatch.undo()
    monkeypatch.setattr(pipeline, "SHARD_PAGES", PAGES_PER_SHARD)
    assert changed == _build(seeds_copy, tmp_path / "nocache", workers=1)  # as if built from scratch
    assert changed != reference


def test_a_changed_cleaner_invalidates_the_cache(small_shards, seeds_copy, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    _build(seeds_copy, tmp_path / "first", workers=1, cache_dir=store)
    monkeypatch.setattr(cache, "cleaner_fingerprint", lambda: "a different cleaner")
    built = _counting_builds(monkeypatch)
    _build(seeds_copy, tmp_path / "second", workers=1, cache_dir=store)
    assert built == [0, 1, 2]


def test_the_cleaner_fingerprint_covers_code_rules_and_models(tmp_path):
    import shutil

    import build_dataset

    package = Path(build_dataset.__file__).parent
    copy = tmp_path / "build_dataset"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.fingerprint_of([copy])
    assert cache.fingerprint_of([copy]) == before
    for rel in ("clean/rules/phrases.py", "data/body_model.json", "clean/cleaner.py"):
        path = copy / rel
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert cache.fingerprint_of([copy]) != before, f"a change to {rel} must change the fingerprint"
        path.write_bytes(original)
    assert cache.fingerprint_of([copy]) == before


def test_a_damaged_cache_entry_is_not_used(small_shards, seeds_copy, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    reference = _build(seeds_copy, tmp_path / "first", workers=1, cache_dir=store)
    for meta in store.rglob("result.json"):
        meta.write_text("{not json", encoding="utf-8")
    built = _counting_builds(monkeypatch)
    assert _build(seeds_copy, tmp_path / "second", workers=1, cache_dir=store) == reference
    assert built == [0, 1, 2]


def test_a_cache_entry_of_another_layout_or_with_damaged_signatures_is_not_used(small_shards, seeds_copy, tmp_path,
                                                                                 monkeypatch):
    import json

    store = tmp_path / "cache"
    reference = _build(seeds_copy, tmp_path / "first", workers=1, cache_dir=store)
    entries = sorted(meta.parent for meta in store.rglob("result.json"))
    assert len(entries) == 3 and all((entry / "signatures.bin").stat().st_size for entry in entries)
    meta = json.loads((entries[0] / "result.json").read_text(encoding="utf-8"))
    (entries[0] / "result.json").write_text(json.dumps({**meta, "format": cache.FORMAT - 1}), encoding="utf-8")
    signatures = (entries[1] / "signatures.bin").read_bytes()
    (entries[1] / "signatures.bin").write_bytes(signatures[:-8])
    built = _counting_builds(monkeypatch)
    assert _build(seeds_copy, tmp_path / "second", workers=1, cache_dir=store) == reference
    assert len(built) == 2


def test_hf_shards_are_what_save_to_disk_writes(tmp_path):
    """One shard written by serialise.write_hf_shard/write_hf_state equals datasets' own save_to_disk."""
    need(importlib.util.find_spec("datasets") is not None, "datasets (the datasets extra)", DEV_INSTALL)
    import datasets
    from datasets.table import InMemoryTable

    from build_dataset.shard.tables import to_table

    rows = [{"id": f"p{i}", "line_no": i, "text": f"line {i} \u2014 \u201cquoted\u201d", "label": "body",
             "rule": "body_paragraph"} for i in range(1, 2500)]
    table = to_table(rows, "lines")
    ours = tmp_path / "ours"
    serialise.write_hf_shard(table, "lines", ours / serialise.hf_shard_name(0, 1))
    serialise.write_hf_state(ours, 1, "lines", "0123456789abcdef0123", description="a description")
    info = datasets.DatasetInfo(description="a description")
    ds = datasets.Dataset(InMemoryTable(table), info=info, split=datasets.Split.TRAIN, fingerprint="0123456789abcdef")
    ds.save_to_disk(str(tmp_path / "theirs"), num_shards=1)
    assert tree(ours) == tree(tmp_path / "theirs")
    assert isinstance(datasets.load_from_disk(str(ours)).data.table, pa.Table)


@pytest.mark.slow
def test_cli_build_with_workers_and_cache(seeds_copy, tmp_path):
    from conftest import run_cli

    empty = tmp_path / "empty"
    empty.mkdir()
    args = ["build", "--seeds", str(seeds_copy), "--previous", str(empty), "--no-progress", "--cache", str(tmp_path / "c")]
    first = run_cli(*args, "--out", str(tmp_path / "a"), "--workers", "2")
    assert first.returncode == 0, first.stderr
    second = run_cli(*args, "--out", str(tmp_path / "b"), "--workers", "1")
    assert second.returncode == 0, second.stderr
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    bad = run_cli("build", "--workers", "0")
    assert bad.returncode == 2 and "at least 1" in bad.stderr


def test_build_module_runs_shards_through_the_executor(monkeypatch, small_shards, seeds_copy, tmp_path):
    seen = []
    real = build_module.executors.run

    def spy(fn, tasks, workers=1, executor="local", scheduler=None, progress=None):
        seen.append((len(tasks), workers, executor))
        return real(fn, tasks, workers, executor, scheduler, progress)

    monkeypatch.setattr(build_module.executors, "run", spy)
    _build(seeds_copy, tmp_path / "x", workers=2)
    assert seen == [(3, 2, "local"), (3, 2, "local")]  # the shards, then their articles with the clusters of all


def test_content_bytes_are_the_canonical_json_of_each_row():
    """The Arrow-built content hash input equals json.dumps of each row, in key order (the documented definition)."""
    import datetime as dt

    from build_dataset.shard.serialise import content_bytes
    from russia_israel_news.contract import arrow_schema

    tricky = ['plain', 'quote " and backslash \\ and /', 'caf\u00e9 \u201ccurly\u201d \u2014 \U0001f600', 'tab\there',
              '\u2028 separator', '{braces} and {} and {0}', '', 'control \x01 and \x1f']

    def canonical(rows):
        return "".join("\n" + json.dumps({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()},
                                         ensure_ascii=False, sort_keys=True, separators=(",", ":")) for row in rows).encode()

    rows = [{"id": f"id{i}", "title": text or "t", "text": text or "x", "author": None if i % 2 else text,
             "published": dt.date(2020, 1, i + 1) if i % 3 else None, "publisher": None, "language": "en",
             "source_file": f"{i}.txt", "source_sha256": "0" * 64, "text_sha256": "1" * 64, "word_count": i,
             "char_count": -i, "near_duplicate_of": text or None, "story_id": f"id{i}"} for i, text in enumerate(tricky)]
    table = pa.Table.from_pylist(rows, schema=arrow_schema("articles"))
    assert content_bytes(table, "articles") == canonical(rows)
    assert content_bytes(table.take([3, 1, 0, 2, 7, 6, 5, 4]), "articles") == canonical(rows)  # sorted by key
    assert content_bytes(table.slice(2, 3), "articles") == canonical(rows[2:5])
    assert content_bytes(table.slice(0, 0), "articles") == b""
    # lines: repeated ids, labels and rules (each distinct value is encoded once), line numbers, a stable key order
    lines = [{"id": f"p{i // 3}", "line_no": 10 - i % 3, "text": None if i % 5 == 1 else text,
              "label": "body" if i % 2 else "blank", "rule": tricky[i % 4], "text_sha256": "2" * 64 if i % 5 == 1 else None,
              "withheld": "reader_comment" if i % 5 == 1 else None} for i, text in enumerate(tricky * 2)]
    table = pa.Table.from_pylist(lines, schema=arrow_schema("lines"))
    assert content_bytes(table, "lines") == canonical(sorted(lines, key=lambda r: (r["id"], r["line_no"])))


def test_json_strings_escape_as_encode_basestring():
    """The Arrow escaping of the content hash input equals encode_basestring on every control character,
    alone and beside short escapes, quotes, backslashes and non-ASCII text (most strings need none)."""
    from json.encoder import encode_basestring

    from build_dataset.shard.serialise import _json_strings

    controls = [chr(c) for c in range(32)]
    values = (["plain", "", "caf\u00e9 \u2014 \U0001f600", 'a "quote" \\ and \\"', "line\nbreak\r\n\t\b\f"]
              + controls + [f"x{c}\ny\"" for c in controls] + ["".join(controls)])
    for some in (values, values[:5], values[5:]):
        assert _json_strings(pa.array(some, pa.large_string())).to_pylist() == [encode_basestring(v) for v in some]


def test_a_shard_is_built_with_the_garbage_collector_paused_and_restored(seeds_copy, monkeypatch):
    """pipeline.build turns the cyclic collector off while it works and leaves it as it found it."""
    import gc

    seen = []
    real = pipeline.run_steps
    monkeypatch.setattr(pipeline, "run_steps", lambda task, steps: seen.append(gc.isenabled()) or real(task, steps))
    task = pipeline.plan(seeds_copy, sorted(seeds_copy.glob("*.txt")))[0]
    enabled = gc.isenabled()
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            assert pipeline.build(task).summary["pages"]
            assert gc.isenabled() is state
    finally:
        (gc.enable if enabled else gc.disable)()
    assert seen == [False, False]
