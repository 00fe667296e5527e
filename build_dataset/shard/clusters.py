"""Near-duplicate and same-story clusters: per-shard signatures, then one merge over signatures only.

A shard computes each record's :class:`Signature` (rensa's MinHash values of its word shingles, of its story
words and of its title's words, the hashed word sets, its date) and returns
the signatures, never the texts. The merge (:class:`Merge`) takes the shards' signatures in any order, finds candidate pairs
by LSH banding (in numpy over all records at once: datasketch's MinHashLSH costs about 50 kB and 10 ms a
record in Python), checks each candidate exactly (integer counts against rational thresholds: no float
near a threshold decides) and links records by union-find; each cluster is named by its smallest id.
The result depends on the set of records only, not on the shards, workers or executor that made the
signatures.

- ``near_duplicate_of``: the smallest id of the record's near-duplicate cluster (null for that record
  itself and for a record alone): at least :data:`NEAR_AGREE` of :data:`NUM_PERM` MinHash values of
  word :data:`SHINGLE`-shingles agree (an estimated Jaccard similarity of at least 0.5).
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
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import rensa

from russia_israel_news.clusters import references_ok

#: MinHash permutations and their seed: pinned, as they fix the output.
NUM_PERM, SEED = 128, 1
#: The version of rensa's ``RMinHash`` algorithm these values come from (a test asserts it: an upgrade that changes the values fails).
MINHASH_ALGORITHM = 2
#: Words per shingle.
SHINGLE = 3
#: Near duplicates agree on at least this many of the ``NUM_PERM`` MinHash values (Jaccard >= 0.5).
NEAR_AGREE = 64
#: LSH bands x rows for near-duplicate candidates (a pair at Jaccard 0.5 is a candidate with p > 0.99).
NEAR_BANDS = (42, 3)
#: The story words: content words of the title and the text's first LEAD_WORDS words, cut to STEM letters.
LEAD_WORDS, STEM, MIN_LETTERS = 100, 7, 4
#: Records of one story share at least this Jaccard fraction of their story words.
STORY_JACCARD = Fraction(1, 5)
#: ... or the content words of their titles, at least this Jaccard fraction (a headline names the event).
TITLE_JACCARD = Fraction(2, 5)
#: ... and were not published more than this many days apart (when both dates are known).
STORY_DAYS = 3
#: LSH bands x rows over a MinHash of the story (or title) words (a pair at Jaccard 0.2 is a candidate with p = 0.93, at 0.3 p > 0.99).
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


class _WordHashes(dict):
    """word -> its 64-bit blake2b hash, computed on first use (a dict's lookup from ``map`` is C-level)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= 1 << 18:  # bounded: a long build's vocabulary is not kept
            self.clear()
        value = self[word] = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "big")
        return value


_word_hashes = _WordHashes()


def _word_hash_array(words: Iterable[str]) -> np.ndarray:
    return np.fromiter(map(_word_hashes.__getitem__, words), np.uint64)


def shingle_hashes(words: list[str]) -> np.ndarray:
    """The 64-bit hashes of the word ``SHINGLE``-shingles of ``words``, mixed in numpy from its words' hashes (one
    shingle of no words when there are none)."""
    hashes = _word_hash_array(words) if words else np.zeros(1, np.uint64)
    n = max(1, len(hashes) - SHINGLE + 1)
    mixed = hashes[:n].copy()
    with np.errstate(over="ignore"):
        for k in range(1, min(SHINGLE, len(hashes))):
            mixed = mixed * np.uint64(0x9E3779B97F4A7C15) + hashes[k:k + n]
    return mixed


def minhashes(*sets: np.ndarray) -> list[tuple[int, ...]]:
    """rensa's ``RMinHash`` values (``NUM_PERM`` of them, each below 2**32; all 2**32 - 1 for an empty set) of each
    array of 64-bit hashes in ``sets``, in one call."""
    offsets = np.cumsum([0, *map(len, sets)], dtype=np.uint64)
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
        np.concatenate(sets, dtype=np.uint64), offsets, num_perm=NUM_PERM, seed=SEED)
    return [tuple(row) for row in matrix.to_rows()]


def content_words(text: str) -> frozenset[str]:
    """The content words (and numbers) of ``text``, cut to ``STEM`` letters."""
    return frozenset(w[:STEM] for w in _WORD.findall(text.casefold())
                     if (len(w) >= MIN_LETTERS or w.isdigit()) and w not in STOPWORDS)


def story_words(title: str, text: str) -> frozenset[str]:
    """The record's story words: the content words of its title and of its text's first ``LEAD_WORDS`` words."""
    return content_words(title) | content_words(" ".join(text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS]))


def _hashes(words: frozenset[str]) -> np.ndarray:
    """The words' 64-bit hashes, sorted."""
    return np.sort(_word_hash_array(words))


@dataclass(frozen=True)
class Signature:
    """What the merge needs of a record (plain data: it travels from workers as lists of integers)."""

    id: str
    minhash: tuple[int, ...]         #: NUM_PERM MinHash values of the text's word shingles
    words: tuple[int, ...]           #: the story words' 64-bit hashes, sorted
    title: tuple[int, ...]           #: the title's content words' 64-bit hashes, sorted
    words_minhash: tuple[int, ...]   #: NUM_PERM MinHash values of the story words (for LSH banding)
    title_minhash: tuple[int, ...]   #: NUM_PERM MinHash values of the title's content words
    published: str | None            #: ISO date, if known

    def row(self) -> tuple:
        """The signature as plain data (it travels from workers and sits in the build cache as JSON)."""
        return (self.id, self.minhash, self.words, self.title, self.words_minhash, self.title_minhash,
                self.published)

    @classmethod
    def of(cls, record: dict) -> Signature:
        text = record["text"]
        published = record.get("published")
        headline = record["title"] or ""  # a title may be null: the story is then the text's alone
        words, title = _hashes(story_words(headline, text)), _hashes(content_words(headline))
        near, words_minhash, title_minhash = minhashes(shingle_hashes(_WORD.findall(text.casefold())), words, title)
        return cls(record["id"], near, tuple(words.tolist()), tuple(title.tolist()), words_minhash, title_minhash,
                   published.isoformat() if isinstance(published, _dt.date) else published)


def _band_key(values: np.ndarray, band: int, rows: int) -> np.ndarray:
    """One 64-bit key per record for a band: its ``rows`` values mixed (a collision only adds a candidate)."""
    key = np.zeros(values.shape[0], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(rows):
            key = key * np.uint64(0x9E3779B97F4A7C15) + values[:, band * rows + r].astype(np.uint64)
    return key


def _candidates(values: np.ndarray, bands: tuple[int, int]) -> np.ndarray:
    """Pairs (i < j) of records that share a band's key: each record with the next one in index order among
    those with that key (so a crowded key costs as many pairs as records, and its records are linked in a chain)."""
    index = np.arange(values.shape[0])
    pairs = []
    for band in range(bands[0]):
        key = _band_key(values, band, bands[1])
        order = np.lexsort((index, key))
        same = np.flatnonzero(key[order[1:]] == key[order[:-1]])
        pairs.append(np.stack([order[same], order[same + 1]], axis=1))
    return np.unique(np.concatenate(pairs), axis=0)


class _Sets:
    """Union-find over record indices whose root is always the smallest index (the smallest id)."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _at_least(inter: int, union: int, threshold: Fraction) -> bool:
    return union > 0 and inter * threshold.denominator >= threshold.numerator * union


class Merge:
    """The merge step: add the shards' signatures (in any order), then read the clusters.

    It keeps each shard's signatures as arrays (about 2.5 kB a record), never a text."""

    def __init__(self):
        self._parts: list[tuple] = []

    def add(self, signatures: list) -> None:
        """Add a shard's signatures (or their :meth:`Signature.row` forms)."""
        rows = [s.row() if isinstance(s, Signature) else s for s in signatures]
        if not rows:
            return
        ids, near_, words, title, words_mh, title_mh, published = zip(*rows)
        days = [_dt.date.fromisoformat(p).toordinal() if p else -1 for p in published]
        self._parts.append((list(ids), np.array(near_, np.uint32), [np.array(w, np.uint64) for w in words],
                            [np.array(t, np.uint64) for t in title], np.array(words_mh, np.uint32),
                            np.array(title_mh, np.uint32), np.array(days, np.int64)))

    def clusters(self) -> dict[str, tuple[str | None, str]]:
        """id -> (near_duplicate_of, story_id) for every record added."""
        if not self._parts:
            return {}
        ids = [i for part in self._parts for i in part[0]]
        order = sorted(range(len(ids)), key=ids.__getitem__)  # by id: the union-find's roots are the smallest ids
        ids = [ids[k] for k in order]
        near_mh, words_mh, title_mh, days = (np.concatenate([part[k] for part in self._parts])[order] for k in (1, 4, 5, 6))
        words = [w for part in self._parts for w in part[2]]
        title = [t for part in self._parts for t in part[3]]
        words, title = [words[k] for k in order], [title[k] for k in order]
        near_sets, story_sets = _Sets(len(ids)), _Sets(len(ids))
        pairs = _candidates(near_mh, NEAR_BANDS)
        if len(pairs):
            agree = np.count_nonzero(near_mh[pairs[:, 0]] == near_mh[pairs[:, 1]], axis=1)
            for a, b in pairs[agree >= NEAR_AGREE].tolist():
                near_sets.union(a, b)
                story_sets.union(a, b)
        pairs = np.unique(np.concatenate([_candidates(words_mh, STORY_BANDS), _candidates(title_mh, STORY_BANDS)]), axis=0)
        if len(pairs):
            da, db = days[pairs[:, 0]], days[pairs[:, 1]]
            pairs = pairs[(da < 0) | (db < 0) | (np.abs(da - db) <= STORY_DAYS)]
        for a, b in pairs.tolist():
            if _similar(words[a], words[b], STORY_JACCARD) or _similar(title[a], title[b], TITLE_JACCARD):
                story_sets.union(a, b)
        out = {}
        for k, key in enumerate(ids):
            root = near_sets.find(k)
            out[key] = (ids[root] if root != k else None, ids[story_sets.find(k)])
        return out


def _similar(a: np.ndarray, b: np.ndarray, threshold: Fraction) -> bool:
    """Exact Jaccard of two sorted hash sets, at least ``threshold``."""
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return _at_least(inter, len(a) + len(b) - inter, threshold)


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
