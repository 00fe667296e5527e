"""The shipped models are reproducible: retraining from the dev sets' trainable rows gives the same weights.

Training fits with BLAS (scikit-learn), whose rounding depends on the CPU's kernel: the headline
model's weights (stored as full floats) come out about 1e-12 apart on another machine, and a body
model weight (stored to 6 decimals) that falls near a rounding boundary one unit of the last decimal
(1e-6) apart. 1e-6 is the stated tolerance, and it holds for every weight; everything else (the
configuration, the feature names, the shapes) is equal. Inference does not depend on the CPU (see
test_classify).
"""

from __future__ import annotations

import json
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
    data = ["--bench", str(bench / "dev.jsonl.gz")] + (["--multi", str(bench / "dev_multi.jsonl.gz")]
                                                       if script == "train_body_model.py" else [])
    result = subprocess.run([sys.executable, str(ROOT / "training" / script), *data, "--out", str(out)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    retrained, kept = json.loads(out.read_text()), json.loads((ROOT / "build_dataset" / "data" / shipped).read_text())
    assert _numbers_within(retrained, kept, TOLERANCE), f"{script}: a retrained weight is more than {TOLERANCE} off"


#: One unit of the 6th decimal (the precision weights are stored with), and float noise.
TOLERANCE = 1e-6 + 1e-12


def _numbers_within(a, b, tolerance: float) -> bool:
    """Equal structures whose numbers are within ``tolerance`` (every other value equal)."""
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_numbers_within(a[k], b[k], tolerance) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(_numbers_within(x, y, tolerance) for x, y in zip(a, b))
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) <= tolerance
    return a == b


def test_the_tolerance_check_can_fail():
    assert _numbers_within({"w": [[0.5, 1.0]], "c": "x"}, {"w": [[0.500001, 1.0]], "c": "x"}, TOLERANCE)
    assert not _numbers_within({"w": [[0.5, 1.0]]}, {"w": [[0.500003, 1.0]]}, TOLERANCE)
    assert not _numbers_within({"w": [[0.5]]}, {"w": [[0.5, 1.0]]}, TOLERANCE)
    assert not _numbers_within({"c": "x"}, {"c": "y"}, TOLERANCE)


def test_training_never_reads_research_only_rows():
    """Only rows whose licence allows it are fitted on, never l3s-gn1: the loaders filter by source first."""
    sys.path.insert(0, str(ROOT))
    from training import headline_data, train_body_model

    assert train_body_model.load_rows.__defaults__[-1] == train_body_model.TRAIN_SOURCES
    assert "l3s-gn1" not in train_body_model.TRAIN_SOURCES
    assert headline_data.load_pages.__defaults__[-1] == "wcxb"
    assert "l3s-gn1" not in headline_data.MULTI_SOURCES
