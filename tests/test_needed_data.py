"""A test that needs data the checkout does not hold (the dev set in ../shared/bench) says what it needs and where
it comes from when it is skipped, and fails instead of skipping in CI, where the data must be there."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT


def _quality_gate(tmp_path, **env) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "CI"}
    environment.update(RIN_BENCH=str(tmp_path / "no-bench"), **env)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rsf", "-p", "no:cacheprovider",
                           "tests/test_quality_gate.py"], cwd=ROOT, env=environment, capture_output=True, text=True)


def test_the_quality_gate_says_what_it_needs_when_the_dev_set_is_missing(tmp_path):
    skipped = _quality_gate(tmp_path)
    assert skipped.returncode == 0 and "2 skipped" in skipped.stdout, skipped.stdout[-2000:]
    for said in (f"needs the dev set ({tmp_path / 'no-bench'}/dev.jsonl.gz and its score.py)",
                 "shared/bench/README.md", "beside the checkout as ../shared", "set RIN_BENCH"):
        assert said in skipped.stdout, (said, skipped.stdout[-2000:])


@pytest.mark.slow  # a second pytest run in a subprocess (about 5 s); the first stays in the fast loop
def test_ci_fails_instead_of_skipping_when_the_dev_set_is_missing(tmp_path):
    failed = _quality_gate(tmp_path, CI="true")
    # the fixture fails, so pytest counts an error at setup: the run exits 1 all the same
    assert failed.returncode == 1 and "2 errors" in failed.stdout and "skipped" not in failed.stdout, failed.stdout[-2000:]
    assert "needs the dev set" in failed.stdout and "CI is set: this test must run" in failed.stdout
