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
    from build_dataset.pipeline import BUILD

    assert set(build) == {step.__name__ for step in BUILD} | {"all but cleaning"}  # the production steps, each timed
    beside = sum(ms for label, ms in build.items() if label not in ("clean", "all but cleaning"))
    assert build["all but cleaning"] == pytest.approx(beside)
    assert numbers["build_budget_ms"] > 0
