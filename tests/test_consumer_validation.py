"""A consumer validates derived data against the version they pinned: one Python call, one command."""

from __future__ import annotations

import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import russia_israel_news as rin
from build_dataset import cli
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


def test_derived_data_with_extra_columns_validates_unless_strict(derived, tmp_path, capsys):
    good, _, _ = derived
    table = pq.read_table(good)
    n = table.num_rows
    embedded = table.append_column("embedding", pa.array([[0.5, 0.25]] * n)).append_column(
        "split", pa.array(["train"] * n))
    path = tmp_path / "derived.parquet"
    pq.write_table(embedded, path)
    frame = rin.validate(path)
    assert list(frame.columns)[-2:] == ["embedding", "split"]
    rin.validate(embedded.to_pandas(), version="1.0.0")
    rin.validate(table.select(list(reversed(table.column_names))).to_pandas())  # any column order
    with pytest.raises(rin.DataValidationError) as err:
        rin.validate(path, strict=True)
    assert str(err.value).splitlines() == [f"{path}: 2 failures",
                                           "  column 'embedding': not a column of the articles contract (strict)",
                                           "  column 'split': not a column of the articles contract (strict)"]
    assert cli.main(["validate", str(path)]) == 0
    assert cli.main(["validate", "--strict", str(path)]) == 1
    assert "column 'split': not a column" in capsys.readouterr().err


def test_reports_name_the_file_the_missing_column_and_each_failing_value_once(derived, tmp_path, capsys):
    good, _, _ = derived
    table = pq.read_table(good)
    no_author = tmp_path / "no_author.parquet"
    pq.write_table(table.drop_columns(["author", "word_count"]), no_author)
    with pytest.raises(rin.DataValidationError) as err:
        rin.validate(no_author, version="1.0.1")
    assert str(err.value).splitlines() == [f"{no_author}: 2 failures",
                                           "  column 'author': missing (a column of the articles contract)",
                                           "  column 'word_count': missing (a column of the articles contract)"]

    counts = table.column("word_count").to_pylist()
    counts[3] += 1
    miscounted = tmp_path / "miscounted.parquet"
    pq.write_table(table.set_column(table.column_names.index("word_count"), "word_count",
                                    pa.array(counts, pa.int64())), miscounted)
    with pytest.raises(rin.DataValidationError) as err:
        rin.validate(miscounted)
    header, line = str(err.value).splitlines()
    assert header == f"{miscounted}: 1 failure"
    record_id = table.column("id")[3].as_py()
    assert line.startswith(f"  row 3 (id '{record_id}') columns 'text', 'word_count', 'char_count': check counts_match")
    assert line.endswith(f"word_count={counts[3]}, char_count={table.column('char_count')[3].as_py()})")

    # the builder's command takes several paths, as the consumer's does, and reports each
    assert cli.main(["validate", str(good), str(no_author), str(miscounted)]) == 1
    out, errors = capsys.readouterr()
    assert out == f"{good}: valid\n"
    assert f"{no_author}: 2 failures" in errors and f"{miscounted}: 1 failure" in errors
    assert "KeyError" not in errors and "Traceback" not in errors
