"""The stage breakdown script still runs (on a few dev pages). Its timings are not asserted (speed is
measured by benchmarks, never by timed tests); only that every stage is measured and the totals add up.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_stages_reports_every_stage(tmp_path, bench):
    out = tmp_path / "stages.json"
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "stages.py"), "--bench", str(bench), "--limit", "40",
                             "--repeat", "1", "--shard", "10", "--json", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    numbers = json.loads(out.read_text())
    assert numbers["pages"] == 40
    cleaner, build = numbers["cleaner_ms"], numbers["build_ms"]
    assert len(cleaner) == 7 and all(ms > 0 for ms in cleaner.values())
    from build_dataset.shard.pipeline import BUILD

    assert set(build) == {step.__name__ for step in BUILD} | {"all but cleaning"}  # the production steps, each timed
    beside = sum(ms for label, ms in build.items() if label not in ("clean", "all but cleaning"))
    assert build["all but cleaning"] == pytest.approx(beside)
    assert numbers["build_budget_ms"] > 0


@pytest.mark.slow
def test_build_speed_measures_a_version_with_a_previous_one(tmp_path, bench):
    """--diff-at: a build compared with a previous version and `build-dataset diff` between the two (and,
    --diff-copies, between copies of them), with their peak memory; the script itself checks that each diff
    finds the pages it changed."""
    out = tmp_path / "speed.json"
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "build_speed.py"), "--bench", str(bench),
                             "--diff-at", "20", "--only-diff", "--diff-copies", "3", "--json", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    run = json.loads(out.read_text())["previous_version"]["20"]
    assert run["changes"] == {"changed": 1, "removed": 1, "added": 1}
    for key in ("build_without_previous", "build_with_previous", "diff"):
        assert run[key]["peak_rss_mib"] > 50 and run[key]["seconds"] > 0
    assert "peak RSS, `build-dataset diff`, 20 pages (MiB)" in result.stdout
    assert run["diff_copies"]["pages"] == 60 and run["diff_copies"]["peak_rss_mib"] > 50


def test_lost_snippets_names_the_rule_of_each_lost_kept_snippet():
    """benchmarks/lost_snippets.py on a page written for the test: a kept snippet in the article is counted as kept, one
    in the page's footer is lost and named by the rule that decided its line, a removed snippet in the menu is removed."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("lost_snippets", ROOT / "benchmarks" / "lost_snippets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = ("Home | World | Business | Sport\n\nHarbour town votes to rebuild its storm wall\n\n"
            "Residents voted on Tuesday to rebuild the storm wall that failed during the floods, the council said.\n\n"
            "The wall broke in three places in March, and the water reached the market square within an hour.\n\n"
            "Share this article\n\nPrivacy | Terms | Contact\n")
    row = {"id": "test/1", "raw_text": page, "gold_with": ["rebuild the storm wall that failed", "Privacy | Terms"],
           "gold_without": ["Home | World"]}
    kept, n_with, removed, n_without, lost = module.lost_snippets([row])
    assert (kept, n_with, removed, n_without) == (1, 2, 1, 1)
    (page_id, rule, where, position, words, text), = lost
    assert page_id == "test/1" and rule != "body_paragraph" and where == "after" and text == "Privacy | Terms | Contact"
