"""Versions you can trust: verify, diff, the bump rule, release notes."""

from __future__ import annotations

import json
import os
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

import russia_israel_news as rin
from build_dataset import versions
from build_dataset.build import build
from build_dataset.publish import PublishError
from conftest import DIST, ROOT, run_cli
from synthetic_versions import CASES, dumps, write_case

SEED = "003_0cfae077b6775c94.txt"


def test_verify_passes_on_every_committed_version():
    result = run_cli("verify", "all")
    assert result.returncode == 0, result.stdout + result.stderr
    for version in versions.published_versions(DIST):
        assert f"{version}: verified" in result.stdout


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
    return versions.diff(versions.Version.read(dist / old), versions.Version.read(dist / new))


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
    assert versions.published_versions(base) == ["1.0.0"]
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
    schema["columns"]["title"]["nullable"] = True
    (new / "schema/articles.yaml").write_text(yaml.safe_dump(schema))
    assert _diff(base, "1.0.0", "1.1.0").bump == "major"


def test_packaging_only_is_patch(base):
    new = base / "1.0.1"
    shutil.copytree(base / "1.0.0", new)
    (new / "README.md").write_text("a better card\n")
    manifest = (new / "manifest.json").read_text().replace('"version": "1.0.0"', '"version": "1.0.1"')
    (new / "manifest.json").write_text(manifest)
    from build_dataset.manifest import file_entries, read_manifest, write_manifest

    m = read_manifest(new)
    m["files"] = file_entries(new)
    write_manifest(new, m)
    assert _diff(base, "1.0.0", "1.0.1").bump == "patch"


def test_a_version_below_the_newest_published_is_refused(base):
    with pytest.raises(PublishError, match="below the newest published version 1.0.0"):
        build(ROOT / "seeds", base, version="0.9.0", previous=base)


def test_diff_cli_reports_records_and_the_bump(base, seeds_copy):
    page = seeds_copy / SEED
    page.write_text(page.read_text().replace("Sochi", "Sochi on the Black Sea"))
    build(seeds_copy, base, version="2.0.0", previous=base)
    result = run_cli("diff", "1.0.0", str(base / "2.0.0"), "--dist", str(base))
    assert result.returncode == 0, result.stderr
    assert "record changed: 003_0cfae077b6775c94 (text, source_sha256, text_sha256, word_count, char_count)" in result.stdout
    assert "[-Sochi,-] {+Sochi on the Black Sea,+}" in result.stdout
    assert result.stdout.strip().endswith("required bump: MAJOR (1 record(s) changed)")


def test_changelog_is_up_to_date():
    result = run_cli("changelog", "--check")
    assert result.returncode == 0, result.stderr


def test_load_a_pinned_version_and_read_what_was_loaded():
    for version in versions.published_versions(DIST):
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
    old, new = versions.Version.read(old_folder), versions.Version.read(new_folder)
    forward, backward = versions.diff(old, new), versions.diff(new, old)
    from build_dataset.manifest import read_manifest

    unpublished = versions.Version.from_files(new_folder, new.version)
    unpublished.folder = None
    building = versions.diff(old, unpublished)
    counts = read_manifest(new_folder)["records"]
    files = versions.file_changes(read_manifest(old_folder)["files"], read_manifest(new_folder)["files"])
    return {"report": versions.report(forward), "bump": forward.bump, "report_backward": versions.report(backward),
            "report_building": versions.report(building), "bump_building": building.bump,
            "notes_building": versions.release_notes(building, new.version, counts, files),
            "changed": [[c.id, c.fields, c.text_diff] for c in forward.changed], "lines_changed": forward.lines_changed}


def test_diff_of_published_versions_is_unchanged():
    published = versions.published_versions(DIST)
    assert len(published) >= 5
    actual = {}
    for old in published:
        for new in published:
            d = versions.diff(versions.Version.read(DIST / old), versions.Version.read(DIST / new))
            actual[f"{old} {new}"] = versions.report(d)
    _golden("published", actual)


@pytest.mark.parametrize("case", sorted(CASES))
def test_diff_of_synthetic_versions_is_unchanged(case, tmp_path):
    old, new = write_case(case, tmp_path)
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


@pytest.mark.parametrize("case", ["mixed", "unsorted"])
def test_diff_cli_prints_the_pinned_report(case, tmp_path):
    old, new = write_case(case, tmp_path)
    golden = json.loads((GOLDEN_DIFF / f"{case}.json").read_text(encoding="utf-8"))
    for a, b, key in ((old, new, "report"), (new, old, "report_backward")):
        result = run_cli("diff", str(a), str(b))
        assert result.returncode == 0, result.stderr
        assert result.stdout == golden[key] + "\n"
