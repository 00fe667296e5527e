"""A consumer validates derived data against the version they pinned: one Python call, one command."""

from __future__ import annotations

import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import russia_israel_news as rin
from conftest import DIST, ROOT


@pytest.fixture()
def derived(tmp_path, version):
    """A consumer's derived file: the published articles, one text emptied."""
    table = pq.read_table(DIST / version / "articles/train-00000-of-00001.parquet")
    texts = table.column("text").to_pylist()
    good = tmp_path / "good.parquet"
    pq.write_table(table, good)
    texts[1] = ""
    bad = tmp_path / "bad.parquet"
    pq.write_table(table.set_column(2, "text", pa.array(texts, pa.string())), bad)
    return good, bad, table.column("id")[1].as_py()


def test_one_python_call_against_a_pinned_version(derived, version):
    good, bad, bad_id = derived
    for pinned in ("1.0.0", version):
        assert len(rin.validate(good, version=pinned)) == 5
        with pytest.raises(rin.DataValidationError) as err:
            rin.validate(bad, version=pinned)
        assert f"row 1 (id '{bad_id}') column 'text': check str_length" in str(err.value)
    df = pq.read_table(good).to_pandas()
    assert rin.validate(df, version=version) is df


@pytest.mark.slow
def test_one_command_for_ci_and_pre_commit(derived, version):
    good, bad, bad_id = derived
    run = lambda *a: subprocess.run([sys.executable, "-m", "russia_israel_news", "validate", *a],  # noqa: E731
                                    capture_output=True, text=True, cwd=ROOT)
    ok = run(str(good), "--version", version)
    assert ok.returncode == 0 and "valid" in ok.stdout
    bad_run = run(str(good), str(bad), "--version", version)
    assert bad_run.returncode == 1
    assert f"row 1 (id '{bad_id}')" in bad_run.stderr and "Traceback" not in bad_run.stderr
    missing = run("--version", "9.9.9", str(good))
    assert missing.returncode == 1 and "not found" in missing.stderr


@pytest.mark.slow
def test_published_yaml_keeps_and_enforces_custom_checks_in_a_fresh_process(version):
    code = f"""
import pandas as pd
import russia_israel_news.schema  # registers the custom checks
from pandera.io.pandas_io import from_yaml
import pandera.errors
schema = from_yaml(open(r"{DIST}/{version}/schema/articles.yaml").read())
names = {{c.name for c in schema.checks}} | {{c.name for col in schema.columns.values() for c in col.checks}}
assert {{"sha256_matches", "counts_match", "canonical_text", "single_line", "plausible_date"}} <= names, names
frame = pd.read_parquet(r"{DIST}/{version}/articles/train-00000-of-00001.parquet")
schema.validate(frame, lazy=True)
frame.loc[0, "text_sha256"] = "0" * 64
try:
    schema.validate(frame, lazy=True)
except pandera.errors.SchemaErrors as err:
    assert "sha256_matches" in str(err.failure_cases["check"].tolist())
    print("enforced")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "enforced"
