"""The contract: good rows pass, each kind of bad row fails, and the exported YAML never drifts."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys

import pandas as pd
import pytest

from build_dataset.build import schema_yaml
from conftest import ROOT
from russia_israel_news.schema import Article, Line
from russia_israel_news.validation import DataValidationError, failures_of, validate

TEXT = "First paragraph of the article.\n\nSecond paragraph, with “curly quotes” — and a dash."


def article(**changes) -> dict:
    row = {
        "id": "a1", "title": "A headline", "text": TEXT, "author": None, "published": dt.date(2021, 10, 30),
        "publisher": None, "language": "en", "source_file": "a1.txt", "source_sha256": "0" * 64,
        "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "word_count": len(TEXT.split()), "char_count": len(TEXT),
        "near_duplicate_of": None,
    }
    row.update(changes)
    row.setdefault("story_id", row["id"])  # alone, unless the case says otherwise
    return row


def frame(*rows) -> pd.DataFrame:
    df = pd.DataFrame(list(rows), columns=list(Article.to_schema().columns))
    return df.astype({c: "str" for c in ("id", "title", "text", "author", "publisher", "language", "source_file",
                                          "source_sha256", "text_sha256", "near_duplicate_of", "story_id")})


def test_good_rows_pass():
    df = frame(article(), article(id="a2", author="Jane Doe", publisher="Example News", published=None))
    assert validate(df) is df
    clustered = frame(article(), article(id="a2", near_duplicate_of="a1", story_id="a1"), article(id="a3", story_id="a1"))
    assert validate(clustered) is clustered


def _retext(text):
    return {"text": text, "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "word_count": len(text.split()),
            "char_count": len(text)}


BAD = {
    "duplicate id": ([article(), article()], "field_uniqueness"),
    "empty title": ([article(title="")], "str_length"),
    "empty text": ([article(**_retext(""))], "str_length"),
    "text hash does not match": ([article(text_sha256="f" * 64)], "sha256_matches"),
    "word count does not match": ([article(word_count=3)], "counts_match"),
    "char count does not match": ([article(char_count=3)], "counts_match"),
    "date before the web": ([article(published=dt.date(1970, 1, 1))], "plausible_date"),
    "date in the future": ([article(published=dt.date.today() + dt.timedelta(days=30))], "plausible_date"),
    "non-breaking space in text": ([article(**_retext("One\u00a0paragraph."))], "canonical_text"),
    "three newlines in text": ([article(**_retext("One.\n\n\nTwo."))], "canonical_text"),
    "control character in text": ([article(**_retext("One\x07 paragraph."))], "canonical_text"),
    "title over two lines": ([article(title="A\nheadline")], "single_line"),
    "bad language code": ([article(language="English")], "str_matches"),
    "near duplicate of a missing record": ([article(near_duplicate_of="a0", story_id="a1")], "cluster_references"),
    "near duplicate of a near duplicate": ([article(), article(id="a2", near_duplicate_of="a1", story_id="a1"),
                                           article(id="a3", near_duplicate_of="a2", story_id="a1")], "cluster_references"),
    "near duplicate of itself": ([article(near_duplicate_of="a1")], "cluster_references"),
    "near duplicate in another story": ([article(), article(id="a2", near_duplicate_of="a1")], "cluster_references"),
    "story id not a record": ([article(story_id="a0")], "cluster_references"),
    "story id of a later record": ([article(story_id="a2"), article(id="a2")], "cluster_references"),
    "bad seed hash": ([article(source_sha256="xyz")], "str_matches"),
    "missing text": ([article(text=None)], "not_nullable"),
}


def test_a_null_title_is_valid():
    """An article without a line that can be its headline is published with a null title (the card says why)."""
    assert failures_of(frame(article(title=None)), "articles") == []


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_bad_rows_fail_with_the_check_named(case):
    rows, check = BAD[case]
    failures = failures_of(frame(*rows), "articles")
    assert any(check in f["check"] for f in failures), failures


def test_report_names_every_failing_row_and_check():
    df = frame(article(), article(id="a2", title=""), article(id="a3", word_count=99))
    with pytest.raises(DataValidationError) as err:
        validate(df)
    report = str(err.value)
    assert "row 1 (id 'a2') column 'title': check str_length" in report
    assert "row 2 (id 'a3')" in report and "counts_match" in report
    assert len(err.value.failures) >= 2


def test_lines_records_are_checked():
    good = pd.DataFrame({"id": ["a1", "a1"], "line_no": [1, 2], "text": ["Title", ""], "label": ["title", "blank"],
                         "rule": ["headline", "blank_line"], "text_sha256": [None, None], "withheld": [None, None]})
    assert failures_of(good, "lines") == []
    bad = good.assign(label=["title", "junk"], rule=["headline", "Blank Line"], line_no=[1, 1])
    checks = {f["check"] for f in failures_of(bad, "lines")}
    assert any("isin" in c for c in checks) and any("str_matches" in c for c in checks)
    assert any("unique" in c or "duplicate" in c for c in checks), checks


def test_exported_schema_matches_the_model(version):
    """schema/<version>/ is generated from the pandera models: regenerate with `build-dataset schema`."""
    folder = ROOT / "schema" / version
    for config, text in schema_yaml().items():
        assert (folder / f"{config}.yaml").read_text(encoding="utf-8") == text, f"schema/{version}/{config}.yaml drifted"


def test_yaml_reloads_in_a_fresh_process_with_every_custom_check(version):
    code = f"""
import russia_israel_news.schema as s  # registers the custom checks before loading
from pandera.io.pandas_io import from_yaml
for config, model in s.MODELS.items():
    loaded = from_yaml(open(r"{ROOT}/schema/{version}/" + config + ".yaml").read())
    original = model.to_schema()
    def names(schema):
        out = sorted(c.name for c in schema.checks)
        for col in schema.columns.values():
            out += sorted(col.name + "." + c.name for c in col.checks)
        return out
    assert names(loaded) == names(original), (config, names(loaded), names(original))
    assert len(names(loaded)) > 0
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_models_have_a_description_for_every_field():
    for model in (Article, Line):
        for name, col in model.to_schema().columns.items():
            assert col.description, f"{model.__name__}.{name} has no description"
