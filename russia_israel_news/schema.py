"""The record contract: pandera models, the single declaration of both configs' checks.

Each column's checks, nullability and description are declared here, once; the YAML in
``schema/`` is exported from these models. The configs, their keys and each column's type are
the table in :mod:`russia_israel_news.contract` (the Arrow schema, the ``datasets`` features, the
card's field table and Croissant's fields are generated from it); ``tests/test_contract.py``
fails if the models and that table disagree.

The custom checks are registered with :func:`pandera.extensions.register_check_method`, so a
schema loaded from the exported YAML keeps them, provided this module is imported first
(``import russia_israel_news.schema``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib

import pandas as pd
import pandera.pandas as pa
from pandera import extensions
from pandera.engines import pandas_engine
from pandera.typing import Series

from russia_israel_news import clusters, contract, personal
from russia_israel_news.text import is_canonical_text

#: Labels of the ``lines`` config, in the order the card lists them.
LINE_LABELS = ("title", "body", "byline", "date", "boilerplate", "blank")

#: The earliest publication date the schema accepts as plausible for a web news article.
EARLIEST_DATE = _dt.date(1990, 1, 1)

SHA256_PATTERN = r"^[0-9a-f]{64}$"
RULE_ID_PATTERN = r"^[a-z][a-z0-9_]*$"


# --- registered checks (kept through YAML export and reload) -------------------------


@extensions.register_check_method(statistics=["text_column", "hash_column"], supported_types=pd.DataFrame)
def sha256_matches(df: pd.DataFrame, *, text_column: str, hash_column: str) -> pd.Series:
    """Row-wise: ``hash_column`` is the hex sha256 of the UTF-8 bytes of ``text_column``."""
    texts = df[text_column].astype(object)
    actual = [hashlib.sha256(t.encode("utf-8")).hexdigest() if isinstance(t, str) else None for t in texts]
    return pd.Series([a is not None and a == h for a, h in zip(actual, df[hash_column].astype(object))], index=df.index)


@extensions.register_check_method(statistics=["text_column", "words_column", "chars_column"], supported_types=pd.DataFrame)
def counts_match(df: pd.DataFrame, *, text_column: str, words_column: str, chars_column: str) -> pd.Series:
    """Row-wise: the word count is ``len(text.split())`` and the character count is ``len(text)``."""
    ok = []
    for text, words, chars in zip(df[text_column].astype(object), df[words_column], df[chars_column]):
        ok.append(isinstance(text, str) and len(text.split()) == words and len(text) == chars)
    return pd.Series(ok, index=df.index)


@extensions.register_check_method(statistics=[], check_type="element_wise")
def canonical_text(value) -> bool:
    """The text is in the cleaner's canonical form (NFC, no control characters or odd spaces,
    trimmed lines, paragraphs separated by exactly one blank line), so cleaning it again changes nothing."""
    return isinstance(value, str) and is_canonical_text(value)


@extensions.register_check_method(statistics=[], check_type="element_wise")
def single_line(value) -> bool:
    """The value is one trimmed line of canonical text."""
    return isinstance(value, str) and "\n" not in value and is_canonical_text(value)


@extensions.register_check_method(statistics=[], check_type="element_wise")
def no_contact_detail(value) -> bool:
    """The text has no e-mail address and no phone number (:mod:`russia_israel_news.personal`); null passes."""
    return not isinstance(value, str) or not personal.has_contact_detail(value)


@extensions.register_check_method(statistics=[], supported_types=pd.DataFrame)
def personal_text_withheld(df: pd.DataFrame) -> pd.Series:
    """Row-wise: a row with a ``withheld`` reason has no text and the sha256 of the text withheld; any other
    row has its text and no ``text_sha256``."""
    withheld = df["withheld"].notna()
    return (withheld == df["text"].isna()) & (withheld == df["text_sha256"].notna())


@extensions.register_check_method(statistics=[], supported_types=pd.DataFrame)
def cluster_references(df: pd.DataFrame) -> pd.Series:
    """Row-wise: ``near_duplicate_of`` is null or the id of an earlier record that is not itself a near duplicate;
    ``story_id`` is the id of a record (this one or an earlier one) that heads its own story, and a near
    duplicate's story is its original's."""
    return pd.Series(clusters.references_ok(df["id"], df["near_duplicate_of"], df["story_id"]), index=df.index)


@extensions.register_check_method(statistics=["earliest"], check_type="element_wise")
def plausible_date(value, *, earliest: str) -> bool:
    """The date is not before ``earliest`` (ISO date) and not after today."""
    if value is None or (isinstance(value, float) and value != value):
        return True
    if isinstance(value, _dt.datetime):
        value = value.date()
    return _dt.date.fromisoformat(earliest) <= value <= _dt.date.today()


# --- the models ----------------------------------------------------------------------


class Article(pa.DataFrameModel):
    """One cleaned news article: the ``articles`` config (default)."""

    id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1}, single_line=(),
                               description="Stable record id: the seed file's stem. It never changes across versions.")
    title: Series[str] = pa.Field(nullable=True, str_length={"min_value": 1}, single_line=(),
                                  description="The headline as the page states it; null where no line of the page can be one.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, canonical_text=(), no_contact_detail=(),
                                 description="The article body: paragraphs (and section sub-headings) separated by one blank line; "
                                             "e-mail addresses and phone numbers are masked as [email] and [phone].")
    author: Series[str] = pa.Field(nullable=True, single_line=(),
                                   description="The byline's author(s), where the page states them; null otherwise.")
    published: Series[pandas_engine.Date] = pa.Field(nullable=True, plausible_date={"earliest": EARLIEST_DATE.isoformat()},
                                                     description="Publication date, where the page states it; null otherwise.")
    publisher: Series[str] = pa.Field(nullable=True, single_line=(),
                                      description="The outlet that published the article, where the page names it; null otherwise.")
    language: Series[str] = pa.Field(str_matches=r"^[a-z]{2,3}$",
                                     description="ISO 639-1 code of the text's language, as identified by py3langid.")
    source_file: Series[str] = pa.Field(str_length={"min_value": 1},
                                        description="The raw seed's file name, relative to the seeds folder.")
    source_sha256: Series[str] = pa.Field(str_matches=SHA256_PATTERN, description="sha256 of the raw seed file's bytes.")
    text_sha256: Series[str] = pa.Field(str_matches=SHA256_PATTERN, description="sha256 of `text`, UTF-8 encoded.")
    word_count: Series[int] = pa.Field(ge=1, description="Number of whitespace-separated words in `text`.")
    char_count: Series[int] = pa.Field(ge=1, description="Number of Unicode code points in `text`.")
    near_duplicate_of: Series[str] = pa.Field(nullable=True,
                                              description="The `id` of the record this one nearly duplicates (the same text "
                                                          "republished or scraped again: MinHash estimate of the Jaccard "
                                                          "similarity of word 3-shingles at least 0.5), the first of its "
                                                          "cluster in id order; null for that first record and for a record "
                                                          "with no near duplicate.")
    story_id: Series[str] = pa.Field(description="The story the record reports: records of one event share it. It is the "
                                                 "smallest `id` of the story's records (the record's own id when it is alone).")

    class Config:
        name = "articles"
        strict = True
        ordered = True
        coerce = False
        sha256_matches = {"text_column": "text", "hash_column": "text_sha256"}
        counts_match = {"text_column": "text", "words_column": "word_count", "chars_column": "char_count"}
        cluster_references = ()


class Line(pa.DataFrameModel):
    """One raw line of a seed with the label and the rule that decided it: the ``lines`` config."""

    id: Series[str] = pa.Field(str_length={"min_value": 1},
                               description="The article's id (the seed file's stem).")
    line_no: Series[int] = pa.Field(ge=1, description="1-based line number in the raw seed.")
    text: Series[str] = pa.Field(nullable=True, no_contact_detail=(),
                                 description="The line after Unicode repair and whitespace normalisation (empty for a blank line); "
                                             "null where it is withheld as personal content (see `withheld`).")
    label: Series[str] = pa.Field(isin=list(LINE_LABELS),
                                  description="What the line is: " + ", ".join(LINE_LABELS) + ".")
    rule: Series[str] = pa.Field(str_matches=RULE_ID_PATTERN,
                                 description="Id of the rule that decided the label (see the card's rule table).")
    text_sha256: Series[str] = pa.Field(nullable=True, str_matches=SHA256_PATTERN,
                                        description="sha256 of the withheld line's text, UTF-8 encoded (null where `text` is published): "
                                                    "it checks the line against the raw seed.")
    withheld: Series[str] = pa.Field(nullable=True, isin=list(contract.WITHHELD),
                                     description="Why the line's text is withheld as personal content: "
                                                 + ", ".join(contract.WITHHELD) + "; null where it is published.")

    class Config:
        name = "lines"
        strict = True
        ordered = True
        coerce = False
        unique = list(contract.KEYS["lines"])
        personal_text_withheld = ()


#: The models by config name, in the contract's order (default config first).
MODELS = {"articles": Article, "lines": Line}


def descriptions(config: str) -> dict[str, str]:
    """Each column's description, in the contract's order (for the card and Croissant).

    Raises ``ValueError`` if the model's columns are not the contract's, so nothing is generated from the two
    while they disagree.
    """
    model = MODELS[config].to_schema().columns
    names = [c.name for c in contract.columns(config)]
    if list(model) != names:
        raise ValueError(f"config {config!r}: the pandera model has columns {list(model)}, the contract "
                         f"(russia_israel_news/contract.py) {names}: declare each column in both, in the same order")
    return {name: model[name].description for name in names}
