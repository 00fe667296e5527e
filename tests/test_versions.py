"""Versions you can trust: verify, diff, the bump rule, release notes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

import russia_israel_news as rin
from build_dataset.build import build
from build_dataset.publish.atomic import PublishError
from build_dataset.versions import compare
from conftest import DIST, ROOT, run_cli
from synthetic_versions import CASES, dumps, random_pair, write_case, write_pair

SEED = "003_0cfae077b6775c94.txt"


@pytest.mark.slow
def test_verify_passes_on_every_committed_version():
    result = run_cli("verify", "all")
    assert result.returncode == 0, result.stdout + result.stderr
    for version in compare.published_versions(DIST):
        assert f"{version}: verified" in result.stdout


@pytest.mark.slow
def test_verify_fails_and_names_the_record_when_a_seed_changes(seeds_copy, version):
    page = seeds_copy / SEED
    page.write_text(page.read_text().replace("Sochi", "Sochi on the Black Sea"))
    result = run_cli("verify", version, "--seeds", str(seeds_copy))
    assert result.returncode == 1
    assert "record 003_0cfae077b6775c94 differs" in result.stderr
    assert "content of config articles differs" in result.stderr


@pytest.fixture()
def base(tmp_path):
    """A private dist with version 1.0.0 built from the seeds."""
    dist = tmp_path / "dist"
    build(ROOT / "seeds", dist, version="1.0.0", previous=dist)
    return dist


def _diff(dist, old, new):
    return compare.diff(compare.Version.read(dist / old), compare.Version.read(dist / new))


def test_added_seed_is_minor(base, seeds_copy):
    (seeds_copy / "005_new.txt").write_text(
        "A new headline about talks\n\nThe talks ended on Friday without an agreement, the two delegations said in "
        "statements after the meeting in Vienna.\n")
    build(seeds_copy, base, version="1.1.0", previous=base)
    d = _diff(base, "1.0.0", "1.1.0")
    assert d.added == ["005_new"] and not d.changed and not d.removed
    assert d.bump == "minor"


def test_changed_seed_is_major_and_a_smaller_version_is_refused(base, seeds_copy):
    page = seeds_copy / SEED
    page.write_text(page.read_text().replace("Sochi", "Sochi on the Black Sea"))
    with pytest.raises(PublishError, match="MAJOR bump is needed, so at least 2.0.0"):
        build(seeds_copy, base, version="1.1.0", previous=base)
    assert compare.published_versions(base) == ["1.0.0"]
    build(seeds_copy, base, version="2.0.0", previous=base)
    d = _diff(base, "1.0.0", "2.0.0")
    assert [c.id for c in d.changed] == ["003_0cfae077b6775c94"] and d.bump == "major"
    assert any("Black Sea" in line for line in d.changed[0].text_diff)
    notes = (base / "2.0.0" / "RELEASE_NOTES.md").read_text()
    assert "`003_0cfae077b6775c94`" in notes and "Black Sea" in notes
    assert "Black Sea" in (base / "2.0.0" / "README.md").read_text()


def test_removed_seed_is_major(base, seeds_copy):
    (seeds_copy / SEED).unlink()
    build(seeds_copy, base, version="2.0.0", previous=base)
    d = _diff(base, "1.0.0", "2.0.0")
    assert d.removed == ["003_0cfae077b6775c94"] and d.bump == "major"


def test_new_schema_field_is_minor(base):
    new = base / "1.1.0"
    shutil.copytree(base / "1.0.0", new)
    parquet = new / "articles/train-00000-of-00001.parquet"
    table = pq.read_table(parquet)
    pq.write_table(table.append_column("section", pa.array([None] * table.num_rows, pa.string())), parquet)
    schema = yaml.safe_load((new / "schema/articles.yaml").read_text())
    schema["columns"]["section"] = {"dtype": "string[pyarrow]", "nullable": True}
    (new / "schema/articles.yaml").write_text(yaml.safe_dump(schema))
    d = _diff(base, "1.0.0", "1.1.0")
    assert d.schema_added == ["articles.section"] and not d.changed
    assert d.bump == "minor"
    # and a changed constraint is breaking
    schema["columns"]["language"]["nullable"] = True
    (new / "schema/articles.yaml").write_text(yaml.safe_dump(schema))
    assert _diff(base, "1.0.0", "1.1.0").bump == "major"


def test_packaging_only_is_patch(base):
    new = base / "1.0.1"
    shutil.copytree(base / "1.0.0", new)
    (new / "README.md").write_text("a better card\n")
    manifest = (new / "manifest.json").read_text().replace('"version": "1.0.0"', '"version": "1.0.1"')
    (new / "manifest.json").write_text(manifest)
    from build_dataset.publish.manifest import file_entries, read_manifest, write_manifest

    m = read_manifest(new)
    m["files"] = file_entries(new)
    write_manifest(new, m)
    assert _diff(base, "1.0.0", "1.0.1").bump == "patch"


def test_a_version_below_the_newest_published_is_refused(base):
    with pytest.raises(PublishError, match="below the newest published version 1.0.0"):
        build(ROOT / "seeds", base, version="0.9.0", previous=base)


@pytest.mark.slow
def test_diff_cli_reports_records_and_the_bump(base, seeds_copy):
    page = seeds_copy / SEED
    page.write_text(page.read_text().replace("Sochi", "Sochi on the Black Sea"))
    build(seeds_copy, base, version="2.0.0", previous=base)
    result = run_cli("diff", "1.0.0", str(base / "2.0.0"), "--dist", str(base))
    assert result.returncode == 0, result.stderr
    assert "record changed: 003_0cfae077b6775c94 (text, source_sha256, text_sha256, word_count, char_count)" in result.stdout
    assert "[-Sochi,-] {+Sochi on the Black Sea,+}" in result.stdout
    assert result.stdout.strip().endswith("required bump: MAJOR (1 record(s) changed)")


@pytest.mark.slow
def test_changelog_is_up_to_date():
    result = run_cli("changelog", "--check")
    assert result.returncode == 0, result.stderr


def test_load_a_pinned_version_and_read_what_was_loaded():
    for version in compare.published_versions(DIST):
        table = rin.load(version=version, format="arrow")
        manifest = rin.manifest(version)
        assert manifest["version"] == version and table.num_rows == manifest["records"]["articles"]
        assert len(manifest["content_sha256"]["articles"]) == 64


# --- the diff's output, pinned -------------------------------------------------------------------------------
#
# tests/golden/diff/*.json hold the output of `build-dataset diff` (the report, the bump, the release notes)
# as the in-memory diff of commit 98d015e gave it, for every pair of published versions and for the synthetic
# versions of tests/synthetic_versions.py. The diff must keep giving exactly this output. Regenerate only
# for a deliberate change of the output (UPDATE_GOLDEN=1), and read the diff of the files before committing.

GOLDEN_DIFF = ROOT / "tests" / "golden" / "diff"


def _golden(name: str, actual: dict) -> None:
    path = GOLDEN_DIFF / f"{name}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(dumps(actual), encoding="utf-8")
    assert path.is_file(), f"no golden file {path.name}: run with UPDATE_GOLDEN=1 and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual.keys() == expected.keys()
    for key in expected:
        assert actual[key] == expected[key], key


def _outputs(old_folder, new_folder) -> dict:
    """What the diff gives between two version folders: as `build-dataset diff` (both ways), and as
    `build` compares a version it has just written (no manifest yet: no file changes)."""
    old, new = compare.Version.read(old_folder), compare.Version.read(new_folder)
    forward, backward = compare.diff(old, new), compare.diff(new, old)
    from build_dataset.publish.manifest import read_manifest

    unpublished = compare.Version.from_files(new_folder, new.version)
    unpublished.folder = None
    building = compare.diff(old, unpublished)
    counts = read_manifest(new_folder)["records"]
    files = compare.file_changes(read_manifest(old_folder)["files"], read_manifest(new_folder)["files"])
    return {"report": compare.report(forward), "bump": forward.bump, "report_backward": compare.report(backward),
            "report_building": compare.report(building), "bump_building": building.bump,
            "notes_building": compare.release_notes(building, new.version, counts, files),
            "changed": [[c.id, c.fields, c.text_diff] for c in forward.changed], "lines_changed": forward.lines_changed}


def test_diff_of_published_versions_is_unchanged():
    published = compare.published_versions(DIST)
    assert len(published) >= 5
    actual = {}
    for old in published:
        for new in published:
            d = compare.diff(compare.Version.read(DIST / old), compare.Version.read(DIST / new))
            actual[f"{old} {new}"] = compare.report(d)
    _golden("published", actual)


@pytest.fixture(scope="session")
def case_folders(tmp_path_factory):
    """A synthetic case's two version folders, written once a session: the tests only read them."""
    written = {}

    def folders(case: str):
        if case not in written:
            written[case] = write_case(case, tmp_path_factory.mktemp(case))
        return written[case]
    return folders


@pytest.mark.parametrize("case", sorted(CASES))
def test_diff_of_synthetic_versions_is_unchanged(case, case_folders):
    old, new = case_folders(case)
    _golden(case, _outputs(old, new))


def test_synthetic_cases_cover_each_bump_and_each_kind_of_change():
    """The pinned outputs exercise what the diff can say (so that pinning them means something)."""
    golden = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in GOLDEN_DIFF.glob("*.json") if p.stem != "published"}
    assert set(golden) == set(CASES)
    assert {g["bump"] for g in golden.values()} == {"patch", "minor", "major"}
    assert {g["bump_building"] for g in golden.values()} == {"none", "minor", "major"}
    text = "\n".join(g["report"] for g in golden.values())
    for phrase in ("records added:", "records removed:", "record changed:", "line labels changed (article unchanged):",
                   "schema fields added:", "schema fields removed:", "schema fields changed:", "more paragraph change(s)",
                   "required bump: PATCH (", "(title)", "(author)", "(published)", "(word_count)"):
        assert phrase in text, phrase
    assert "zz-orphan" not in text


# The fast loop has the CLI on "mixed"; test_diff_of_synthetic_versions_is_unchanged[unsorted] pins that report in process.
@pytest.mark.parametrize("case", ["mixed", pytest.param("unsorted", marks=pytest.mark.slow)])
def test_diff_cli_prints_the_pinned_report(case, case_folders):
    old, new = case_folders(case)
    golden = json.loads((GOLDEN_DIFF / f"{case}.json").read_text(encoding="utf-8"))
    for a, b, key in ((old, new, "report"), (new, old, "report_backward")):
        result = run_cli("diff", str(a), str(b))
        assert result.returncode == 0, result.stderr
        assert result.stdout == golden[key] + "\n"


# --- the streamed diff ------------------------------------------------------------------------------------------

#: Batch sizes (rows) that make every window small, so that ids, shards and batches end at every place.
SMALL_BATCHES = [{"articles": 1, "lines": 1}, {"articles": 2, "lines": 3}, {"articles": 5, "lines": 17}]


def _in_memory_refused(*args):
    raise AssertionError("compared in memory, not streamed")


# Each case with one of the batch sizes in the fast loop, in turn (every case and every size there); all in the full run.
@pytest.mark.parametrize("case, batches", [
    pytest.param(case, batches, id=f"{case}-{batches['articles']}-{batches['lines']}",
                 marks=[] if j == i % len(SMALL_BATCHES) else [pytest.mark.slow])
    for i, case in enumerate(sorted(set(CASES) - {"unsorted"})) for j, batches in enumerate(SMALL_BATCHES)])
def test_streamed_diff_gives_the_pinned_output_whatever_the_batches(case, batches, case_folders, monkeypatch):
    """The versions the builder writes (keys in order) are compared streamed, never in memory, and give
    the pinned output with windows of any size."""
    monkeypatch.setattr(compare, "_BATCH_ROWS", batches)
    monkeypatch.setattr(compare, "_records_in_memory", _in_memory_refused)
    old, new = case_folders(case)
    _golden(case, _outputs(old, new))


# Three random version pairs in the fast loop (one with each batch size); all 24 in the full run.
@pytest.mark.parametrize("seed", [pytest.param(k, marks=[pytest.mark.slow] if k >= 3 else []) for k in range(24)])
def test_streamed_diff_equals_the_in_memory_diff(seed, tmp_path, monkeypatch):
    """Random versions with random changes and shard layouts, both ways, with random batch sizes."""
    old_folder, new_folder = write_pair(random_pair(seed), tmp_path)
    old, new = compare.Version.read(old_folder), compare.Version.read(new_folder)
    monkeypatch.setattr(compare, "_BATCH_ROWS", SMALL_BATCHES[seed % len(SMALL_BATCHES)])
    for a, b in ((old, new), (new, old)):
        streamed, in_memory = compare._records_streamed(a, b), compare._records_in_memory(a, b)
        assert streamed == in_memory
    added, removed, changed, lines_changed = compare._records_streamed(old, new)
    assert changed or added or removed or lines_changed or seed not in (0, 1, 2)


def test_rows_out_of_key_order_are_compared_in_memory(case_folders):
    """Shards out of order, unsorted rows or a repeated key (not what the builder writes): the streamed
    comparison refuses them, and the diff falls back to reading the records, with the pinned output."""
    old, new = case_folders("unsorted")
    for a, b in ((old, new), (new, old), (old, old), (new, new)):
        with pytest.raises(compare._NotStreamable):
            compare._records_streamed(compare.Version.read(a), compare.Version.read(b))
    _, new_sorted = case_folders("mixed")
    compare._records_streamed(compare.Version.read(new_sorted), compare.Version.read(new_sorted))


_MEMORY_PROBE = """
import json, sys, tracemalloc
import pyarrow as pa
from build_dataset.versions import compare
compare._BATCH_ROWS = {"articles": 40, "lines": 300}
old, new = compare.Version.read(sys.argv[1]), compare.Version.read(sys.argv[2])
import pandas  # pyarrow imports it at its first compute call: imported before, it is not part of the peak
tracemalloc.start()
d = compare.diff(old, new)
print(json.dumps({"python": tracemalloc.get_traced_memory()[1], "arrow": pa.default_memory_pool().max_memory(),
                  "bump": d.bump, "changed": len(d.changed), "lines_changed": len(d.lines_changed)}))
"""


def test_the_diffs_memory_does_not_grow_with_the_records(tmp_path):
    """The peak of Python objects (tracemalloc) and of Arrow's memory pool while two versions are diffed,
    at 300 and at 2,400 articles (shards of 50, the same few changes): flat, where reading every record
    into memory grows with them (8x here)."""
    from synthetic_versions import Records, edit_lines, edit_text

    peaks = {}
    for n in (300, 2400):
        old = Records(n, seed=n)
        new = old.copy()
        edit_text(new, "a0003", "words")
        edit_lines(new, "a0006", "label")
        new.remove("a0009")
        old_folder, new_folder = write_pair((old, new, {"shard": 50}, {"shard": 50}), tmp_path / str(n))
        result = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, str(old_folder), str(new_folder)],
                                capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        peaks[n] = json.loads(result.stdout)
        assert (peaks[n]["bump"], peaks[n]["changed"], peaks[n]["lines_changed"]) == ("major", 1, 1)
    for kind in ("python", "arrow"):
        assert peaks[2400][kind] < 1.5 * peaks[300][kind], (kind, peaks)


def test_build_compares_with_the_previous_version_streamed(seeds_copy, tmp_path, monkeypatch):
    """A build in shards of 2 pages, with a seed changed, one removed and one added since the previous
    version: the build's comparison is streamed, refuses a MINOR number, and writes the release notes
    that the in-memory comparison gives."""
    from build_dataset.publish.manifest import read_manifest
    from build_dataset.shard import pipeline

    monkeypatch.setattr(pipeline, "SHARD_PAGES", 2)
    dist = tmp_path / "dist"
    build(seeds_copy, dist, version="1.0.0", previous=dist)
    page = seeds_copy / SEED
    page.write_text(page.read_text().replace("Sochi", "Sochi on the Black Sea"))
    (seeds_copy / "000_903d19389aab4f0c.txt").unlink()
    shutil.copy(ROOT / "seeds" / "000_903d19389aab4f0c.txt", seeds_copy / "005_copy.txt")
    in_memory = compare._records_in_memory
    monkeypatch.setattr(compare, "_records_in_memory", _in_memory_refused)
    monkeypatch.setattr(compare, "_BATCH_ROWS", {"articles": 1, "lines": 50})
    # changed: the edited seed, and 001's story_id (its story's smallest id, 000, was removed; 005 joins it)
    with pytest.raises(PublishError, match=r"too small for the change since 1\.0\.0 in \S+ \(1 record\(s\) removed; 2 record\(s\) "
                                           r"changed; 1 record\(s\) added\): a MAJOR bump is needed, so at least 2\.0\.0"):
        build(seeds_copy, dist, version="1.1.0", previous=dist)
    build(seeds_copy, dist, version="9.0.0", previous=dist)  # not the current version: its notes state no reason
    assert len(list((dist / "9.0.0" / "lines").glob("*.parquet"))) == 3
    monkeypatch.setattr(compare, "_records_in_memory", in_memory)

    def not_streamed(*args):
        raise compare._NotStreamable()
    monkeypatch.setattr(compare, "_records_streamed", not_streamed)
    new = compare.Version.read(dist / "9.0.0")
    new.folder = None
    expected = compare.diff(compare.Version.read(dist / "1.0.0"), new)
    manifests = read_manifest(dist / "1.0.0"), read_manifest(dist / "9.0.0")
    notes = compare.release_notes(expected, "9.0.0", manifests[1]["records"],
                                   compare.file_changes(manifests[0]["files"], manifests[1]["files"]))
    assert (dist / "9.0.0" / "RELEASE_NOTES.md").read_text(encoding="utf-8") == notes
    assert "`003_0cfae077b6775c94`" in notes and "Black Sea" in notes and "`005_copy`" in notes


def test_shards_of_different_schemas_or_key_types_are_compared_in_memory(tmp_path):
    """A version whose shards differ in their columns, or two versions whose keys differ in type, are not
    streamed; the diff reads the records instead and says what the in-memory comparison says."""
    old, new = write_case("mixed", tmp_path)
    shard = sorted((new / "articles").glob("*.parquet"))[1]
    table = pq.read_table(shard)
    pq.write_table(table.append_column("section", pa.array(["world"] * table.num_rows)), shard)
    retyped = tmp_path / "retyped"
    shutil.copytree(old, retyped)
    for path in (retyped / "lines").glob("*.parquet"):
        table = pq.read_table(path)
        pq.write_table(table.set_column(1, "line_no", table.column("line_no").cast(pa.int32())), path)
    for a, b in ((old, new), (new, old), (old, retyped)):
        a, b = compare.Version.read(a), compare.Version.read(b)
        with pytest.raises(compare._NotStreamable):
            compare._records_streamed(a, b)
        d = compare.diff(a, b)
        assert (d.added, d.removed, d.changed, d.lines_changed) == compare._records_in_memory(a, b)
    d = compare.diff(compare.Version.read(old), compare.Version.read(new))
    assert "a0021" in [c.id for c in d.changed] and d.bump == "major"
