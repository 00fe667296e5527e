"""Versions you can trust: verify, diff, the bump rule, release notes."""

from __future__ import annotations

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

SEED = "003_0cfae077b6775c94.txt"


@pytest.mark.slow
def test_verify_passes_on_every_committed_version():
    result = run_cli("verify", "all")
    assert result.returncode == 0, result.stdout + result.stderr
    for version in versions.published_versions(DIST):
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
    for version in versions.published_versions(DIST):
        table = rin.load(version=version, format="arrow")
        manifest = rin.manifest(version)
        assert manifest["version"] == version and table.num_rows == manifest["records"]["articles"]
        assert len(manifest["content_sha256"]["articles"]) == 64
