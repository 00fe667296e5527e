"""The shipped models are reproducible: retraining from the dev set's wcxb rows gives the same bytes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow
@pytest.mark.parametrize("script, shipped", [
    ("train_body_model.py", "body_model.json"),
    ("train_headline_model.py", "headline_model.json"),
])
def test_retraining_reproduces_the_shipped_weights(tmp_path, bench, script, shipped):
    out = tmp_path / shipped
    result = subprocess.run([sys.executable, str(ROOT / "training" / script), "--bench", str(bench / "dev.jsonl.gz"),
                             "--out", str(out)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    assert out.read_bytes() == (ROOT / "build_dataset" / "data" / shipped).read_bytes()


def test_training_never_reads_research_only_rows():
    """Only wcxb rows are fitted on: the loaders filter by source before anything else."""
    sys.path.insert(0, str(ROOT))
    from training import headline_data, train_body_model

    assert train_body_model.load_rows.__defaults__[-1] == "wcxb"
    assert headline_data.load_pages.__defaults__[-1] == "wcxb"
