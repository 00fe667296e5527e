"""Personal data in what we publish (issue 16): withheld lines, masked contact details, the schema check and the
build's refusal, the private build, and no commenter's name or words in any file of a built version."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from build_dataset.build import ValidationFailed, build
from build_dataset.clean.lines import split_lines
from build_dataset.clean.rules import Rule
from build_dataset.shard import checks, pipeline, privacy
from build_dataset.shard.records import lines_table
from conftest import DIST, ROOT
from russia_israel_news.personal import mask
from russia_israel_news.validation import failures_of

SEED_003 = ROOT / "seeds" / "003_0cfae077b6775c94.txt"
#: Commenters of seed 003, read from the seed: none of them may appear in a published file.
COMMENTERS = ("SamW", "Walkin O'Shea", "carlos November")

# A page with personal data in several layouts: a phone in the page header, a contact line inside a kept
# paragraph, an author box of someone other than the byline, a comment section with headers, a footer.
PAGE = """World News
Home | Politics | Call our newsroom: 020 7946 0958

Talks on Syria end without agreement in Vienna

By Jane Roe

The talks ended on Friday without an agreement, the two delegations said in statements after the meeting in the Austrian capital.

Both sides said they would meet again in the new year, after consultations at home with their leaders and their allies in the region.

The meeting lasted 12 hours, and 1,250 officials attended; the ministers met on 2021-10-30 at 3:42 pm, and the bill came to $4,500,000 after a 3-2 vote.

Readers with information about the talks can contact the reporter at jane.roe@example.com or +1 202 555 0143, the newspaper said in a note.

Diplomats said the gap between the two positions had narrowed, but that several questions remained open for the next round of talks.

About the author

Max Mustermann is a freelance analyst who writes about energy markets.
@maxmustermann

Share this article

PeterK October 30, 2021 at 3:42 am

I think the talks were doomed from the start, and everyone knew it.

Anna B. November 2, 2021 at 6:23 pm

Agreed, and the sanctions made everything worse for ordinary people.

Leave a Comment

Reply from desk: (555) 123-4567
© 2021 Example News. Contact: news@example.org
"""

#: line number -> why its text is withheld; every other line is published as it is.
EXPECTED = {2: "contact_detail", 14: "contact_detail", 18: "author_box", 20: "author_box", 21: "author_box",
            25: "reader_comment", 27: "reader_comment", 29: "reader_comment", 31: "reader_comment",
            35: "reader_comment", 36: "contact_detail"}


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("personal")
    (folder / "p.txt").write_text(PAGE, encoding="utf-8")
    return pipeline.run(folder).results[0]


def test_the_synthetic_page_line_by_line(page):
    raw = {ln.no: ln.text for ln in split_lines(PAGE)}
    rows = lines_table([page.page], [page.cleaned]).to_pylist()
    assert [r["line_no"] for r in rows] == sorted(raw)
    for row in rows:
        reason = EXPECTED.get(row["line_no"])
        assert row["withheld"] == reason, row
        if reason is None:
            assert row["text"] == raw[row["line_no"]] and row["text_sha256"] is None
        else:
            assert row["text"] is None and row["text_sha256"] == sha(raw[row["line_no"]])
    by_no = {r["line_no"]: r for r in rows}
    assert by_no[14]["label"] == "body" and by_no[36]["rule"] == "site_disclaimer"  # kept and boilerplate alike
    assert by_no[6]["text"] == "By Jane Roe" and by_no[33]["text"] == "Leave a Comment"  # byline, furniture: published


def test_the_article_text_is_masked_and_counted(page):
    text = page.article["text"]
    assert "[email] or [phone], the newspaper said" in text
    assert "example.com" not in text and "555 0143" not in text
    assert "1,250 officials" in text and "2021-10-30 at 3:42 pm" in text and "$4,500,000 after a 3-2 vote" in text
    assert "Mustermann" not in text  # the author box is not article text
    assert page.article["text_sha256"] == sha(text) and page.article["char_count"] == len(text)
    masked, counts = privacy.mask_article(page.cleaned.text)
    assert masked == text and counts == {"email": 1, "phone": 1}


def test_an_author_box_of_the_byline_author_is_published(tmp_path):
    (tmp_path / "p.txt").write_text(PAGE.replace("Max Mustermann is", "Jane Roe is"), encoding="utf-8")
    result = pipeline.run(tmp_path).results[0]
    rows = {r["line_no"]: r for r in lines_table([result.page], [result.cleaned]).to_pylist()}
    assert rows[20]["rule"] == "author_box" and rows[20]["withheld"] is None
    assert rows[20]["text"].startswith("Jane Roe is")
    (tmp_path / "empty").mkdir()  # the build's lines check agrees: the page is published, not refused
    assert build(tmp_path, tmp_path / "dist", previous=tmp_path / "empty").status == "published"


@pytest.mark.parametrize("text, found", [
    ("Write to jane.doe@example.co.uk today.", {"email": 1, "phone": 0}),
    ("Tel. +7 (495) 123-45-67, fax (555) 123-4567 or 555.123.4567", {"email": 0, "phone": 3}),
    ("Phone: 020 7946 0958", {"email": 0, "phone": 1}),
    ("On 2021-10-30 at 3:42 am, 1,000,000 people paid $12.50; the score was 3-2 in the 1990-2000 period.", None),
    ("ISBN 978-3-16-148410-0, doi 10.1234/abcd, +1 is fine, he called 100 200 300 times", None),
])
def test_contact_details_and_numbers_that_are_not(text, found):
    assert mask(text)[1] == (found or {"email": 0, "phone": 0})


def test_a_rule_names_a_known_reason():
    with pytest.raises(ValueError, match="contract.WITHHELD"):
        Rule("x", "A rule.", personal="gossip")


def _lines(**change) -> pd.DataFrame:
    frame = pd.DataFrame({"id": ["a1"] * 3, "line_no": [1, 2, 3], "text": ["Title", None, "Share"],
                          "label": ["title", "boilerplate", "boilerplate"],
                          "rule": ["headline", "comment_section", "share_bar"],
                          "text_sha256": [None, sha("SamW October 30"), None],
                          "withheld": [None, "reader_comment", None]})
    for column, values in change.items():
        frame[column] = values
    return frame


def test_the_schema_checks_that_withheld_rows_have_no_text():
    assert failures_of(_lines(), "lines") == []
    leaked = failures_of(_lines(text=["Title", "SamW October 30", "Share"]), "lines")
    assert {(f["row"], f["check"]) for f in leaked} == {(1, "personal_text_withheld")}
    unhashed = failures_of(_lines(text_sha256=[None, None, None]), "lines")
    assert "personal_text_withheld" in {f["check"] for f in unhashed}
    contact = failures_of(_lines(text=["Title", None, "Mail news@example.org"]), "lines")
    assert [(f["row"], f["check"]) for f in contact] == [(2, "no_contact_detail")]
    assert "isin" in failures_of(_lines(withheld=[None, "gossip", None]), "lines")[0]["check"]


def test_the_build_checks_that_personal_rules_are_withheld():
    import pyarrow as pa

    from russia_israel_news.contract import arrow_schema

    not_withheld = _lines(text=["Title", "SamW October 30", "Share"], text_sha256=[None] * 3, withheld=[None] * 3)
    report = checks.report({"lines": pa.Table.from_pandas(not_withheld, schema=arrow_schema("lines"), preserve_index=False)})
    assert "row 1" in report and "withheld_for_rule(comment_section)" in report
    kept = _lines(text=["Title", "SamW October 30", "Share"])
    table = pa.Table.from_pandas(kept, schema=arrow_schema("lines"), preserve_index=False)
    assert checks.report({"lines": table}, keep_personal_text=False) is not None
    assert checks.report({"lines": table}, keep_personal_text=True) is None
    wrong = _lines(text=["Title", "someone else", "Share"])
    report = checks.report({"lines": pa.Table.from_pandas(wrong, schema=arrow_schema("lines"), preserve_index=False)},
                           keep_personal_text=True)
    assert "kept_text_matches_sha256" in report


def test_the_build_refuses_to_publish_withheld_text(tmp_path, monkeypatch):
    """Were the records stage to leak the comments' text, validation stops the build and nothing is published."""
    real = privacy.withhold
    monkeypatch.setattr(privacy, "withhold", lambda cleaned, keep_text=False: real(cleaned, True))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValidationFailed, match="personal_text_withheld"):
        build(ROOT / "seeds", tmp_path / "out", previous=tmp_path / "empty", workers=1)
    out = tmp_path / "out"
    assert not out.exists() or not [p for p in out.iterdir() if not p.name.startswith(".")]


def _build(tmp_path_factory, keep: bool) -> Path:
    out = tmp_path_factory.mktemp("dist")
    (out / "empty").mkdir()
    outcome = build(ROOT / "seeds", out / "v", previous=out / "empty", workers=1, keep_personal_text=keep)
    return outcome.folder


@pytest.fixture(scope="module", params=["fresh build", "published"])
def public(request, tmp_path_factory) -> Path:
    """A fresh build of the seeds, and the committed version folder of the current version."""
    if request.param == "published":
        from build_dataset.versions.declared import current

        return DIST / current()
    return _build(tmp_path_factory, keep=False)


def _lines_of(folder: Path) -> pd.DataFrame:
    return pq.read_table(sorted((folder / "lines").glob("*.parquet"))).to_pandas()


def test_no_published_file_has_a_commenters_name_or_words(public):
    lines = _lines_of(public)
    comments = lines[lines["id"].str.startswith("003") & (lines["withheld"] == "reader_comment")]
    assert len(comments) == 8
    raw = {ln.no: ln.text for ln in split_lines(SEED_003.read_text(encoding="utf-8"))}
    needles = list(COMMENTERS) + [raw[no][:60] for no in comments["line_no"]]
    assert all(name in SEED_003.read_text(encoding="utf-8") for name in COMMENTERS)
    files = [p for p in public.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} >= {".parquet", ".arrow", ".md", ".json", ".yaml"}
    for path in files:
        data = path.read_bytes()
        if path.suffix == ".parquet":  # its pages may be compressed: the values too, decoded
            data += json.dumps(pq.read_table(path).to_pylist(), default=str, ensure_ascii=False).encode()
        for needle in needles:
            assert needle.encode("utf-8") not in data, (path.relative_to(public), needle)


def test_each_withheld_row_checks_against_the_raw_seed(public):
    lines = _lines_of(public)
    withheld = lines[lines["withheld"].notna()]
    assert len(withheld) and withheld["text"].isna().all()
    for seed_id, rows in withheld.groupby("id"):
        raw = {ln.no: ln.text for ln in split_lines((ROOT / "seeds" / f"{seed_id}.txt").read_text(encoding="utf-8"))}
        for row in rows.itertuples():
            assert sha(raw[row.line_no]) == row.text_sha256


def test_the_card_croissant_and_manifest_state_the_policy(public):
    card = (public / "README.md").read_text(encoding="utf-8")
    section = card.split("## Personal and sensitive information", 1)[1].split("\n## ", 1)[0]
    assert "`reader_comment`: 8 lines" in section and "`author_box`: 0 lines" in section
    assert "email 0, phone 0" in section and "seeds" in section and "private build" not in section
    croissant = json.loads((public / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["rai:personalSensitiveInformation"] == section.strip()
    assert json.loads((public / "manifest.json").read_text(encoding="utf-8"))["personal_text"] == "withheld"


@pytest.mark.slow
def test_a_private_build_publishes_the_withheld_text_and_says_so(tmp_path_factory, public):
    private = _build(tmp_path_factory, keep=True)
    lines, published = _lines_of(private), _lines_of(public)
    assert (lines["withheld"].fillna("") == published["withheld"].fillna("")).all()
    withheld = lines[lines["withheld"].notna()]
    assert withheld["text"].notna().all()
    assert [sha(t) for t in withheld["text"]] == list(withheld["text_sha256"])
    assert json.loads((private / "manifest.json").read_text(encoding="utf-8"))["personal_text"] == "published"
    assert "This is a private build (`build --keep-personal-text`)" in (private / "README.md").read_text(encoding="utf-8")
