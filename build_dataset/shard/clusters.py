"""Near-duplicate and same-story clusters: per-shard signatures, then one merge over signatures only.

A shard computes each record's :class:`Signature` (a MinHash of its word shingles, the hashed set of its
story words, its date) and returns the signatures, never the texts. The merge (:class:`Merge`) takes
the shards' signatures in any order, finds candidate pairs by LSH banding, checks each candidate
exactly (integer counts against rational thresholds: no float near a threshold decides) and links
records by union-find; each cluster is named by its smallest id. The result depends on the set of
records only, not on the shards, workers or executor that made the signatures.

- ``near_duplicate_of``: the smallest id of the record's near-duplicate cluster (null for that record
  itself and for a record alone): at least :data:`NEAR_AGREE` of :data:`NUM_PERM` MinHash values of
  word :data:`SHINGLE`-shingles agree (an estimated Jaccard similarity of at least 0.8).
- ``story_id``: the smallest id of the record's story cluster (its own id when alone): near-duplicates,
  and records whose story words (content words of the title and the text's first :data:`LEAD_WORDS`
  words, cut to :data:`STEM` letters) have a Jaccard similarity of at least :data:`STORY_JACCARD`, or
  whose titles' content words have one of at least :data:`TITLE_JACCARD`, unless both dates are known
  and more than :data:`STORY_DAYS` days apart.

The thresholds were chosen on the labelled set in ``benchmarks/stories/`` (``benchmarks/stories.py``;
the results are in ``benchmarks/results.md``).
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from datasketch import MinHash, MinHashLSH

from russia_israel_news.clusters import references_ok

#: MinHash permutations, their seed and hashing scheme (datasketch's): pinned, as they fix the output.
NUM_PERM, SEED, SCHEME = 128, 1, "affine32"
#: Words per shingle.
SHINGLE = 3
#: Near duplicates agree on at least this many of the ``NUM_PERM`` MinHash values (Jaccard >= 0.8).
NEAR_AGREE = 64
#: LSH bands x rows for near-duplicate candidates (a pair at Jaccard 0.8 is a candidate with p > 0.999).
NEAR_BANDS = (42, 3)
#: The story words: content words of the title and the text's first LEAD_WORDS words, cut to STEM letters.
LEAD_WORDS, STEM, MIN_LETTERS = 100, 7, 4
#: Records of one story share at least this Jaccard fraction of their story words.
STORY_JACCARD = Fraction(1, 5)
#: ... or the content words of their titles, at least this Jaccard fraction (a headline names the event).
TITLE_JACCARD = Fraction(2, 5)
#: ... and were not published more than this many days apart (when both dates are known).
STORY_DAYS = 3
#: LSH bands x rows over a MinHash of the story words (a pair at Jaccard 0.2 is a candidate with p > 0.99).
STORY_BANDS = (64, 2)

#: Frequent English words that say nothing about the event (the MIN_LETTERS cut removes the shorter ones).
STOPWORDS = frozenset("""
about above after again against also among amid because been before being below between both
could does doing down during each even from further have having here into just last least like made
make many more most much must next only other over said says same several should since some such
than that their them then there these they this those through told under until very were what when
where which while whose will with within without would year years week weeks month months today
monday tuesday wednesday thursday friday saturday sunday according reported report reports
""".split())

_WORD = re.compile(r"\w+")


@functools.cache
def _permutations():
    """The permutations of the pinned seed (made once: datasketch draws them for every new MinHash otherwise)."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _minhash(items: Iterable[bytes] = (), hashvalues=None) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations(), hashvalues=hashvalues)
    m.update_batch(items)
    return m


def minhash(words: list[str]) -> np.ndarray:
    """The MinHash values (uint32) of the word ``SHINGLE``-shingles of ``words``."""
    n = max(1, len(words) - SHINGLE + 1)
    return _minhash(" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(n)).hashvalues.astype(np.uint32)


def content_words(text: str) -> frozenset[str]:
    """The content words (and numbers) of ``text``, cut to ``STEM`` letters."""
    return frozenset(w[:STEM] for w in _WORD.findall(text.casefold())
                     if (len(w) >= MIN_LETTERS or w.isdigit()) and w not in STOPWORDS)


def story_words(title: str, text: str) -> frozenset[str]:
    """The record's story words: the content words of its title and of its text's first ``LEAD_WORDS`` words."""
    return content_words(title) | content_words(" ".join(text.split()[:LEAD_WORDS]))


def _hashes(words: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted(int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "big")
                        for w in words))


def _jaccard_at_least(a: tuple[int, ...], b: tuple[int, ...], threshold: Fraction) -> bool:
    sa, sb = set(a), set(b)
    union = len(sa | sb)
    return union > 0 and Fraction(len(sa & sb), union) >= threshold


@dataclass(frozen=True)
class Signature:
    """What the merge needs of a record (plain data: it travels from workers as lists of integers)."""

    id: str
    minhash: tuple[int, ...]         #: NUM_PERM MinHash values of the text's word shingles
    words: tuple[int, ...]           #: the story words' 64-bit hashes, sorted
    title: tuple[int, ...]           #: the title's content words' 64-bit hashes, sorted
    published: str | None            #: ISO date, if known

    def row(self) -> tuple:
        """The signature as plain data (it travels from workers and sits in the build cache as JSON)."""
        return self.id, self.minhash, self.words, self.title, self.published

    @classmethod
    def of(cls, record: dict) -> Signature:
        text = record["text"]
        published = record.get("published")
        return cls(record["id"], tuple(int(v) for v in minhash(_WORD.findall(text.casefold()))),
                   _hashes(story_words(record["title"], text)), _hashes(content_words(record["title"])),
                   published.isoformat() if isinstance(published, _dt.date) else published)


def near(a: Signature, b: Signature) -> bool:
    """Near duplicates: at least ``NEAR_AGREE`` MinHash values agree."""
    return int(np.count_nonzero(np.asarray(a.minhash) == np.asarray(b.minhash))) >= NEAR_AGREE


def same_story(a: Signature, b: Signature) -> bool:
    """Story words overlap enough (exact Jaccard, as a fraction) and the dates, if both known, are close."""
    if a.published and b.published:
        days = abs((_dt.date.fromisoformat(a.published) - _dt.date.fromisoformat(b.published)).days)
        if days > STORY_DAYS:
            return False
    return _jaccard_at_least(a.words, b.words, STORY_JACCARD) or _jaccard_at_least(a.title, b.title, TITLE_JACCARD)


class _Sets:
    """Union-find whose root is always the smallest id."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _words_minhash(words: tuple[int, ...]) -> MinHash:
    return _minhash(w.to_bytes(8, "big") for w in words)


class Merge:
    """The merge step: add the shards' signatures (in any order), then read the clusters."""

    def __init__(self):
        self.signatures: dict[str, Signature] = {}
        self._near = MinHashLSH(num_perm=NUM_PERM, params=NEAR_BANDS)
        self._story = MinHashLSH(num_perm=NUM_PERM, params=STORY_BANDS)
        self._title = MinHashLSH(num_perm=NUM_PERM, params=STORY_BANDS)

    def add(self, signatures: list[Signature]) -> None:
        """Add a shard's signatures (or their :meth:`Signature.row` forms)."""
        for s in signatures:
            s = s if isinstance(s, Signature) else Signature(*s)
            self.signatures[s.id] = s
            self._near.insert(s.id, _minhash(hashvalues=s.minhash))
            self._story.insert(s.id, _words_minhash(s.words))
            self._title.insert(s.id, _words_minhash(s.title))

    def clusters(self) -> dict[str, tuple[str | None, str]]:
        """id -> (near_duplicate_of, story_id) for every record added."""
        near_sets, story_sets = _Sets(), _Sets()
        sigs = self.signatures
        for key in sorted(sigs):
            s = sigs[key]
            for other in self._near.query(_minhash(hashvalues=s.minhash)):
                if other != key and near(s, sigs[other]):
                    near_sets.union(key, other)
                    story_sets.union(key, other)
            candidates = set(self._story.query(_words_minhash(s.words))) | set(self._title.query(_words_minhash(s.title)))
            for other in sorted(candidates):
                if other != key and same_story(s, sigs[other]):
                    story_sets.union(key, other)
        out = {}
        for key in sigs:
            root = near_sets.find(key)
            out[key] = (root if root != key else None, story_sets.find(key))
        return out


def problems(found: dict[str, tuple[str | None, str]]) -> list[str]:
    """The records whose cluster references break the contract (the schema's ``cluster_references``), over
    the whole version; [] when all hold."""
    ids = sorted(found)
    ok = references_ok(ids, [found[i][0] for i in ids], [found[i][1] for i in ids])
    return [f"articles record {i}: cluster references {found[i]} break the contract (cluster_references)"
            for i, good in zip(ids, ok) if not good]


def cluster(records: list[dict]) -> dict[str, tuple[str | None, str]]:
    """id -> (near_duplicate_of, story_id) of ``records`` (dicts with id, title, text, published), in memory."""
    merge = Merge()
    merge.add([Signature.of(r) for r in records])
    return merge.clusters()
