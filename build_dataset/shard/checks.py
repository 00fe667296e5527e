"""validate: the built tables against the pandera models, lazily.

Every failing record and check is collected before anything is reported; the build publishes
nothing when there is one. (That cleaning an article again leaves it unchanged is checked page
by page, before its records are made: see :func:`build_dataset.shard.pipeline.publishable`.)
"""

from __future__ import annotations

import hashlib

import pandas as pd
import pyarrow as pa

from build_dataset.clean.rules import personal_reasons
from build_dataset.shard.privacy import PUBLISHED_WHEN_OWN
from russia_israel_news.validation import failures_of, format_report


#: Checks across records that may stand in other shards: the build checks them over the whole version
#: (:func:`build_dataset.shard.clusters.problems`).
ACROSS_SHARDS = ("cluster_references",)


def report(tables: dict[str, pa.Table], keep_personal_text: bool = False) -> str | None:
    """A readable report of every failure in ``tables`` (config -> table), or None if all is valid.

    ``keep_personal_text`` (a private build): the ``lines`` rows' withheld text must match their
    ``text_sha256``, and the rest is checked as the contract's rows (the withheld text taken out)."""
    parts = []
    for config, table in tables.items():
        frame = table.to_pandas()
        extra = []
        if config == "lines":
            extra = withheld_by_rule(frame)
            if keep_personal_text:
                extra += kept_text_matches(frame)
                frame.loc[frame["withheld"].notna(), "text"] = None
        failures = extra + failures_of(frame, config, without=ACROSS_SHARDS)
        if failures:
            parts.append(format_report(failures, config))
    return "\n".join(parts) if parts else None


def withheld_by_rule(frame: pd.DataFrame) -> list[dict]:
    """The rows of a rule whose lines are personal content (``Rule.personal``) not withheld for its reason (the
    article's own author box is published: ``privacy.PUBLISHED_WHEN_OWN``)."""
    expected = frame["rule"].map(personal_reasons())
    own = frame["rule"].isin(PUBLISHED_WHEN_OWN) & frame["withheld"].isna()
    bad = expected.notna() & (frame["withheld"] != expected) & ~own
    return [{"row": int(i), "id": frame.at[i, "id"], "columns": ("withheld",), "check": f"withheld_for_rule({frame.at[i, 'rule']})",
             "value": frame.at[i, "withheld"]} for i in frame.index[bad]]


def kept_text_matches(frame: pd.DataFrame) -> list[dict]:
    """The withheld rows whose kept text is not the text ``text_sha256`` names."""
    out = []
    for i in frame.index[frame["withheld"].notna()]:
        text = frame.at[i, "text"]
        if not isinstance(text, str) or hashlib.sha256(text.encode("utf-8")).hexdigest() != frame.at[i, "text_sha256"]:
            out.append({"row": int(i), "id": frame.at[i, "id"], "columns": ("text",), "check": "kept_text_matches_sha256",
                        "value": text})
    return out
