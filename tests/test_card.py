"""The card and croissant.json describe the data that was built: fixed facts from dataset.toml, the rest computed."""

from __future__ import annotations

import json
import re
import shutil

import pyarrow.parquet as pq
import pytest
import yaml

from build_dataset.build import build
from build_dataset.read.facts import Facts, read_facts
from build_dataset.read.pages import SeedError
from conftest import ROOT, SEEDS

OTHER = ROOT / "tests" / "other_pages"  # two short English pages on other topics, written for these tests
#: What holds only for the seeds: their topic, their years, their count, a language id they once got wrong.
#: Words (whole: "Russian" as a language a rule reads is no fact of the seeds) that hold only for the seeds.
SEEDS_ONLY = ("Russia", "Israel", "russia", "israel", "2015", "2022", "Five articles", "five articles", "pcm")


@pytest.fixture(scope="module")
def other_build(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("other") / "pages"
    shutil.copytree(OTHER, seeds)
    out = seeds.parent / "out"
    outcome = build(seeds, out)
    assert outcome.status == "published"
    return outcome.folder


def _prose(folder) -> str:
    """The card and croissant.json, less what names the builder's own package (its import and project names)."""
    card = (folder / "README.md").read_text(encoding="utf-8")
    croissant = (folder / "croissant.json").read_text(encoding="utf-8")
    return (card + croissant).replace("russia_israel_news", "PACKAGE").replace("russia-israel-news", "PACKAGE")


def test_a_card_built_from_other_pages_says_nothing_that_only_holds_for_the_seeds(other_build):
    prose = _prose(other_build)
    assert [s for s in SEEDS_ONLY if re.search(rf"\b{re.escape(s)}\b", prose)] == []
    card = (other_build / "README.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(card.split("---\n")[1])
    assert meta["language"] == ["en"] and meta["pretty_name"] == Facts().pretty_name
    assert "text-generation" not in meta["task_categories"]
    assert "| publication dates | 2019-06-12 to 2021-03-03 (2 of 2 articles state one) |" in card
    assert "| languages | en (2) |" in card
    assert "2 article(s), no declared topic" in card
    doc = json.loads((other_build / "croissant.json").read_text(encoding="utf-8"))
    assert doc["name"] == Facts().name and doc["inLanguage"] == ["en"]
    assert json.loads((other_build / "manifest.json").read_text())["name"] == Facts().name


def test_the_seeds_card_takes_its_fixed_facts_from_dataset_toml(built):
    facts = read_facts(SEEDS)
    card = (built / "README.md").read_text(encoding="utf-8")
    assert f"# {facts.pretty_name} (version " in card and facts.summary in card and facts.license.note in card
    assert all(author in card for author in facts.citation.authors) and facts.citation.url in card
    doc = json.loads((built / "croissant.json").read_text(encoding="utf-8"))
    assert doc["creator"] == [{"@type": "sc:Organization", "name": a} for a in facts.citation.authors]
    assert doc["url"] == facts.citation.url and doc["citeAs"].startswith("@misc{")
    for field in ("rai:dataCollection", "rai:dataPreprocessingProtocol", "rai:dataBiases", "rai:dataLimitations",
                  "rai:dataUseCases", "rai:dataReleaseMaintenancePlan"):
        assert doc[field], field
    assert "comment_section" in " ".join(doc["rai:dataPreprocessingProtocol"])
    dates = sorted(d for d in pq.read_table(built / "articles").column("published").to_pylist() if d)
    assert f"| publication dates | {dates[0]} to {dates[-1]} ({len(dates)} of " in card  # the data's range, computed
    meta = yaml.safe_load(card.split("---\n")[1])
    assert "text-generation" not in meta["task_categories"]


def test_a_bad_dataset_toml_is_named_with_the_key_and_the_reason(tmp_path):
    (tmp_path / "dataset.toml").write_text('name = "x"\ncolour = "blue"\n', encoding="utf-8")
    with pytest.raises(SeedError, match=r"dataset\.toml: unknown key 'colour'"):
        read_facts(tmp_path)
    (tmp_path / "dataset.toml").write_text('[citation]\nauthors = "one string"\n', encoding="utf-8")
    with pytest.raises(SeedError, match=r"'citation\.authors' must be a list of non-empty strings"):
        read_facts(tmp_path)
    (tmp_path / "dataset.toml").write_text('name = \n', encoding="utf-8")
    with pytest.raises(SeedError, match=r"dataset\.toml: not valid TOML"):
        read_facts(tmp_path)
    assert read_facts(tmp_path / "nowhere") == Facts()


def test_a_build_compares_with_the_versions_in_its_own_out_folder(tmp_path, monkeypatch, version):
    """Run inside the project, a build of other pages into another folder is not compared with ./dist."""
    monkeypatch.chdir(ROOT)
    seeds = tmp_path / "pages"
    shutil.copytree(OTHER, seeds)
    assert build(seeds, tmp_path / "out").status == "published"
    notes = (tmp_path / "out" / version / "RELEASE_NOTES.md").read_text(encoding="utf-8")
    assert "First release" in notes  # nothing to compare with in its own folder
    assert "Removed records" not in notes and "record(s) removed" not in notes  # ./dist's seeds are not its history


def test_release_notes_say_why_the_version_exists(tmp_path, monkeypatch, version):
    from build_dataset import build as build_module
    from build_dataset.versions import compare

    seeds = tmp_path / "pages"
    shutil.copytree(OTHER, seeds)
    monkeypatch.setattr(build_module, "why", lambda: None)
    build(seeds, tmp_path / "a")
    notes = (tmp_path / "a" / version / "RELEASE_NOTES.md").read_text(encoding="utf-8")
    assert f"Why: {compare.NO_REASON}" in notes  # never silent: the missing reason and where to write it
    monkeypatch.setattr(build_module, "why", lambda: "The cleaner keeps datelines out of article text (F1 +0.01).")
    build(seeds, tmp_path / "b")
    for name in ("RELEASE_NOTES.md", "README.md"):
        text = (tmp_path / "b" / version / name).read_text(encoding="utf-8")
        assert "Why: The cleaner keeps datelines out of article text (F1 +0.01)." in text, name
