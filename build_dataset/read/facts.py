"""dataset.toml: the facts about a corpus that its records cannot show (name, summary, topic, license, citation, uses).

The card and croissant.json take these from the seeds folder's ``dataset.toml``, the one declared
place; everything else they say is computed from the records. A folder without one gets neutral
defaults that claim nothing about its pages.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from build_dataset.read.pages import FACTS, SeedError

NOT_DECLARED = "not declared (add it to the seeds folder's dataset.toml)"


@dataclass(frozen=True)
class License:
    id: str = "other"                          #: the Hugging Face card's ``license``
    name: str = "unknown"                      #: its ``license_name`` when ``id`` is "other"
    note: str = ("The texts remain the property of their publishers; no license was declared for this corpus. "
                 "Check each publisher's terms before any use.")


@dataclass(frozen=True)
class Citation:
    authors: tuple[str, ...] = (NOT_DECLARED,)
    url: str = NOT_DECLARED
    year: int | None = None


@dataclass(frozen=True)
class Uses:
    intended: tuple[str, ...] = ("testing and demonstrating text-cleaning and dataset-packaging pipelines",
                                 "training or evaluating line-level boilerplate classifiers on the `lines` config")
    out_of_scope: tuple[str, ...] = ("treating the `publisher` or `author` fields as complete",)
    limitations: tuple[str, ...] = ()          #: what is known about these sources (the computed ones are added)


@dataclass(frozen=True)
class Facts:
    name: str = "news-text"
    pretty_name: str = "Cleaned news text"
    summary: str = ("Cleaned news articles, built from scraped web pages by a boilerplate cleaner (general rules and "
                    "two small models), with an audit trail of every line it removed.")
    topic: str | None = None
    keywords: tuple[str, ...] = ("news", "boilerplate-removal", "web-text-cleaning")
    task_categories: tuple[str, ...] = ("text-classification",)
    license: License = field(default_factory=License)
    citation: Citation = field(default_factory=Citation)
    uses: Uses = field(default_factory=Uses)


def _build(cls, data: dict, path: Path, where: str = ""):
    """``cls`` from a TOML table, every key known and of the declared type, or a SeedError naming it."""
    known = {f.name: f for f in fields(cls)}
    values = {}
    for key, value in data.items():
        name = f"{where}{key}"
        if key not in known:
            raise SeedError(path, f"unknown key {name!r} (known: {', '.join(sorted(known))})")
        default = getattr(cls(), key)
        if isinstance(default, (License, Citation, Uses)):
            if not isinstance(value, dict):
                raise SeedError(path, f"{name!r} must be a table ([{name}])")
            value = _build(type(default), value, path, f"{name}.")
        elif isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise SeedError(path, f"{name!r} must be a list of non-empty strings")
            value = tuple(value)
        elif key == "year":
            if not isinstance(value, int) or isinstance(value, bool):
                raise SeedError(path, f"{name!r} must be an integer")
        elif not isinstance(value, str) or not value.strip():
            raise SeedError(path, f"{name!r} must be a non-empty string")
        values[key] = value
    return cls(**values)


def read_facts(seeds: str | os.PathLike) -> Facts:
    """The facts of the corpus in ``seeds`` (its ``dataset.toml``), or the neutral defaults without one."""
    path = Path(seeds) / FACTS
    if not path.is_file():
        return Facts()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise SeedError(path, f"not valid TOML ({err})") from None
    return _build(Facts, data, path)
