"""The contract's one table of facts: the configs, their keys, and one logical type per column.

Every other statement of a column's type is generated from :data:`COLUMNS` and :data:`TYPES` by the
small functions below: the Arrow schema of the Parquet files and tables (:func:`arrow_schema`), the
``datasets`` features of the ``save_to_disk`` copy (:func:`features`), the features in the card's
front matter (:func:`card_features`), the card's field table and Croissant's field ``dataType``
(:attr:`Column.logical`). The pandera models in :mod:`russia_israel_news.schema` declare the checks and
descriptions of the same columns; ``tests/test_contract.py`` fails if the two disagree on a column,
its order, its type or whether it may be null.

Plain data: importing this module needs only the standard library. :func:`arrow_schema` needs
pyarrow (the core install), :func:`features` the ``datasets`` extra.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LogicalType:
    """One logical type as each consumer of the contract writes it."""

    arrow: str      #: the pyarrow type's alias (``pa.type_for_alias``), which is also the ``datasets.Value`` dtype
    card: str       #: the type column of the card's field table
    croissant: str  #: Croissant's ``dataType``
    pandera: str    #: the name pandera's pandas engine resolves to the models' dtype (the tests check the models)


#: The logical types. Strings are ``string`` (never ``large_string``), dates ``date32``, integers ``int64``.
TYPES = {
    "string": LogicalType(arrow="string", card="string", croissant="sc:Text", pandera="str"),
    "int64": LogicalType(arrow="int64", card="int64", croissant="sc:Integer", pandera="int64"),
    "date": LogicalType(arrow="date32", card="date", croissant="sc:Date", pandera="date"),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str               #: a key of :data:`TYPES`
    nullable: bool = False

    @property
    def logical(self) -> LogicalType:
        return TYPES[self.type]


#: Every config's columns, in order; the first config is the default.
COLUMNS = {
    "articles": (
        Column("id", "string"),
        Column("title", "string", nullable=True),
        Column("text", "string"),
        Column("author", "string", nullable=True),
        Column("published", "date", nullable=True),
        Column("publisher", "string", nullable=True),
        Column("language", "string"),
        Column("source_file", "string"),
        Column("source_sha256", "string"),
        Column("text_sha256", "string"),
        Column("word_count", "int64"),
        Column("char_count", "int64"),
        Column("near_duplicate_of", "string", nullable=True),
        Column("story_id", "string"),
    ),
    "lines": (
        Column("id", "string"),
        Column("line_no", "int64"),
        Column("text", "string", nullable=True),
        Column("label", "string"),
        Column("rule", "string"),
        Column("text_sha256", "string", nullable=True),
        Column("withheld", "string", nullable=True),
    ),
}

#: Why a ``lines`` row's text is withheld (its ``withheld``) -> what such lines are. A rule's lines are withheld
#: for the reason its ``personal`` attribute names (``build_dataset.clean.rules``); ``contact_detail`` for any line
#: with an e-mail address or a phone number (``russia_israel_news.personal``).
WITHHELD = {
    "reader_comment": "reader comments (the comment section from its first commenter header: names, times, what readers wrote)",
    "author_box": "author boxes of people other than the article's byline",
    "contact_detail": "lines with an e-mail address or a phone number, wherever they stand",
}

#: The configs of every version; the first is the default.
CONFIGS = tuple(COLUMNS)
DEFAULT_CONFIG = CONFIGS[0]

#: Each config's key: the columns that identify a record (unique), by which rows are sorted.
KEYS = {"articles": ("id",), "lines": ("id", "line_no")}


def columns(config: str) -> tuple[Column, ...]:
    """The columns of ``config``, in order (``ValueError`` for an unknown config)."""
    try:
        return COLUMNS[config]
    except KeyError:
        raise ValueError(f"unknown config {config!r}; choose one of {', '.join(CONFIGS)}") from None


def arrow_schema(config: str):
    """The ``pyarrow.Schema`` of ``config``: the Parquet files' and the build's tables' (no metadata)."""
    import pyarrow as pa

    return pa.schema([pa.field(c.name, pa.type_for_alias(c.logical.arrow), nullable=c.nullable)
                      for c in columns(config)])


def features(config: str):
    """The ``datasets.Features`` of ``config`` (the ``save_to_disk`` copy's). Needs the ``datasets`` extra."""
    import datasets

    return datasets.Features({c.name: datasets.Value(c.logical.arrow) for c in columns(config)})


def card_features(config: str) -> list[dict]:
    """The features of ``config`` as the card's front matter lists them (``dataset_info``)."""
    return [{"name": c.name, "dtype": c.logical.arrow} for c in columns(config)]
