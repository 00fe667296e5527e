"""The cluster columns of the ``articles`` config: what a valid reference is, and the consumers' helpers.

Plain Python over the columns' values (no pandas needed): the schema's ``cluster_references`` check, the
build's check of a whole version's clusters and :func:`russia_israel_news.load`'s ``dedup``/``split_by``
options all read them through this module.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def references_ok(ids: Iterable[str], near: Iterable[str | None], story: Iterable[str]) -> list[bool]:
    """For each record: its ``near_duplicate_of`` is null or an earlier id whose own ``near_duplicate_of`` is
    null, with the same ``story_id``; its ``story_id`` is its own id or an earlier id whose ``story_id`` is itself."""
    ids, near, story = list(ids), [n if isinstance(n, str) else None for n in near], list(story)
    near_of, story_of = dict(zip(ids, near)), dict(zip(ids, story))
    out = []
    for i, n, s in zip(ids, near, story):
        near_ok = n is None or (n in near_of and n < i and near_of[n] is None and story_of[n] == s)
        story_ok = isinstance(s, str) and s in story_of and s <= i and story_of[s] == s
        out.append(near_ok and story_ok)
    return out


def held_out_stories(story_ids: Iterable[str], fraction: float, seed: int = 0) -> set[str]:
    """The stories of a train/test split that go to test: each story by a hash of its id and ``seed``
    (about ``fraction`` of them; the same stories for the same ids whatever else the data holds)."""
    if not 0 < fraction < 1:
        raise ValueError(f"test fraction {fraction!r}: give a number between 0 and 1")
    cut = int(fraction * 2 ** 64)
    return {s for s in set(story_ids)
            if int.from_bytes(hashlib.sha256(f"{seed}\0{s}".encode("utf-8")).digest()[:8], "big") < cut}
