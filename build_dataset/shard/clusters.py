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
import struct
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
    """What the merge needs of a record (a shard's travel packed, as :class:`Signatures`)."""

    id: str
    minhash: tuple[int, ...]         #: NUM_PERM MinHash values of the text's word shingles
    words: tuple[int, ...]           #: the story words' 64-bit hashes, sorted
    title: tuple[int, ...]           #: the title's content words' 64-bit hashes, sorted
    words_minhash: tuple[int, ...]   #: NUM_PERM MinHash values of the story words (for LSH banding)
    title_minhash: tuple[int, ...]   #: NUM_PERM MinHash values of the title's content words
    published: str | None            #: ISO date, if known

    def row(self) -> tuple:
        """The signature as plain data (a list of them packs into :class:`Signatures`)."""
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


class Signatures:
    """A shard's signatures packed in numpy arrays (about 2 kB a record; a list of Python integers costs about
    17 kB): what travels from a worker, sits in the build cache and waits in the merge, as :meth:`to_bytes`.

    Row ``k`` is the record ``ids[k]``: ``near``, ``words_minhash`` and ``title_minhash`` its ``NUM_PERM``
    MinHash values (uint32), ``days`` its date's proleptic ordinal (-1 when unknown), and its story words' and
    title's sorted hashes ``words[words_at[k]:words_at[k + 1]]`` and ``title[title_at[k]:title_at[k + 1]]`` (uint64).
    """

    __slots__ = ("ids", "near", "words_minhash", "title_minhash", "days", "words", "words_at", "title", "title_at")

    def __init__(self, ids, near, words_minhash, title_minhash, days, words, words_at, title, title_at):
        self.ids, self.near, self.words_minhash, self.title_minhash, self.days = (
            list(ids), near, words_minhash, title_minhash, days)
        self.words, self.words_at, self.title, self.title_at = words, words_at, title, title_at

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def pack(cls, signatures: Iterable) -> Signatures:
        """The signatures (:class:`Signature` or their :meth:`Signature.row` forms), packed."""
        rows = [s.row() if isinstance(s, Signature) else s for s in signatures]
        if not rows:
            return cls.empty()
        ids, near, words, title, words_mh, title_mh, published = zip(*rows)
        days = [_dt.date.fromisoformat(p).toordinal() if p else -1 for p in published]
        return cls(ids, np.array(near, np.uint32), np.array(words_mh, np.uint32), np.array(title_mh, np.uint32),
                   np.array(days, np.int32), *_flat(words), *_flat(title))

    @classmethod
    def empty(cls) -> Signatures:
        none = np.zeros((0, NUM_PERM), np.uint32)
        return cls([], none, none, none, np.zeros(0, np.int32), *_flat([]), *_flat([]))

    def to_bytes(self) -> bytes:
        """The packed form (layout :data:`PACKED_FORMAT`): a header, each id's length in UTF-8 bytes, the ids, then
        the arrays, little-endian (the story words' and title's hashes as each record's count, then all in turn)."""
        ids = [i.encode("utf-8") for i in self.ids]
        header = _HEADER.pack(_MAGIC, PACKED_FORMAT, len(ids), NUM_PERM, len(self.words), len(self.title))
        arrays = (self.near.astype("<u4", copy=False), self.words_minhash.astype("<u4", copy=False),
                  self.title_minhash.astype("<u4", copy=False), self.days.astype("<i4", copy=False),
                  np.diff(self.words_at).astype("<u4"), np.diff(self.title_at).astype("<u4"),
                  self.words.astype("<u8", copy=False), self.title.astype("<u8", copy=False))
        return b"".join([header, np.array([len(i) for i in ids], "<u4").tobytes(), *ids,
                         *(a.tobytes() for a in arrays)])

    @classmethod
    def from_bytes(cls, data: bytes) -> Signatures:
        """The signatures packed by :meth:`to_bytes` (ValueError if ``data`` is not that form, whole)."""
        try:
            magic, version, n, perm, n_words, n_title = _HEADER.unpack_from(data)
        except struct.error:
            raise ValueError("not packed signatures: too short") from None
        if magic != _MAGIC or version != PACKED_FORMAT or perm != NUM_PERM:
            raise ValueError(f"not packed signatures of layout {PACKED_FORMAT} with {NUM_PERM} permutations")
        at = _HEADER.size

        def take(dtype: str, count: int, shape=None) -> np.ndarray:
            nonlocal at
            array = np.frombuffer(data, dtype, count, at)
            at += array.nbytes
            return (array.reshape(shape) if shape else array).astype(dtype[1:])  # native order, and a copy

        lengths = take("<u4", n).tolist()
        ids = []
        for length in lengths:
            ids.append(bytes(data[at:at + length]).decode("utf-8"))
            at += length
        near, words_mh, title_mh = (take("<u4", n * NUM_PERM, (n, NUM_PERM)) for _ in range(3))
        days, words_n, title_n = take("<i4", n), take("<u4", n), take("<u4", n)
        words, title = take("<u8", n_words), take("<u8", n_title)
        if at != len(data) or words_n.sum() != n_words or title_n.sum() != n_title:
            raise ValueError("packed signatures: damaged")
        return cls(ids, near, words_mh, title_mh, days, words, _ends(words_n), title, _ends(title_n))

    @classmethod
    def concatenate(cls, parts: list[Signatures]) -> Signatures:
        """The records of every part, in turn."""
        if not parts:
            return cls.empty()
        return cls([i for part in parts for i in part.ids],
                   *(np.concatenate([getattr(part, k) for part in parts])
                     for k in ("near", "words_minhash", "title_minhash", "days", "words")),
                   _ends(np.concatenate([np.diff(part.words_at) for part in parts])),
                   np.concatenate([part.title for part in parts]),
                   _ends(np.concatenate([np.diff(part.title_at) for part in parts])))


#: The layout of :meth:`Signatures.to_bytes` (a build cache entry of another layout is not read).
PACKED_FORMAT = 1
_MAGIC = b"RINSIG"
#: magic, layout, records, permutations, story-word hashes, title hashes
_HEADER = struct.Struct("<6sHIIQQ")


def _ends(counts) -> np.ndarray:
    """Offsets (n + 1, from 0) of runs of ``counts`` items."""
    return np.concatenate([[0], np.cumsum(counts, dtype=np.int64)]).astype(np.int64)


def _flat(sets) -> tuple[np.ndarray, np.ndarray]:
    """Sorted hash sets as one uint64 array and its offsets."""
    sets = list(sets)
    flat = np.fromiter((h for one in sets for h in one), np.uint64) if sets else np.zeros(0, np.uint64)
    return flat, _ends([len(one) for one in sets])


def _spans(at: np.ndarray, order: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The flat indices of runs ``at[k]:at[k + 1]`` for each k in ``order``, in turn (``counts`` their lengths)."""
    starts = at[:-1][order]
    ends = _ends(counts)
    return np.repeat(starts - ends[:-1], counts) + np.arange(ends[-1], dtype=np.int64)


class Merge:
    """The merge step: add the shards' signatures (in any order), then read the clusters.

    It keeps each shard's signatures packed (about 2 kB a record), never a text. Given a ``spill`` file (binary,
    e.g. a temporary file), it writes them there as they come and reads them back only in :meth:`clusters`, so the
    process that gathers them does not grow with the corpus meanwhile."""

    def __init__(self, spill=None):
        self._parts: list = []  # Signatures, or where their bytes are in the spill file: (offset, size)
        self._spill = spill

    def add(self, signatures) -> None:
        """Add a shard's signatures: :class:`Signatures`, their :meth:`~Signatures.to_bytes`, or a list of
        :class:`Signature` (or their :meth:`Signature.row` forms)."""
        if isinstance(signatures, bytes | bytearray | memoryview):
            signatures = Signatures.from_bytes(signatures)
        elif not isinstance(signatures, Signatures):
            signatures = Signatures.pack(signatures)
        if not len(signatures):
            return
        if self._spill is None:
            self._parts.append(signatures)
        else:
            self._parts.append((self._spill.seek(0, 2), self._spill.write(signatures.to_bytes())))

    def _read(self):
        """Each part's signatures in turn (read back from the spill file one at a time)."""
        for part in self._parts:
            if isinstance(part, tuple):
                self._spill.seek(part[0])
                part = Signatures.from_bytes(self._spill.read(part[1]))
            yield part

    def _by_id(self) -> Signatures:
        """Every record's signature, in the order of the ids (filled in place part by part: the records are in
        memory once, not once per part and again in order)."""
        ids, words_n, title_n = [], [], []
        for part in self._read():
            ids += part.ids
            words_n.append(np.diff(part.words_at))
            title_n.append(np.diff(part.title_at))
        order = sorted(range(len(ids)), key=ids.__getitem__)  # by id: the union-find's roots are the smallest ids
        place = np.empty(len(ids), np.int64)
        place[order] = np.arange(len(ids))
        words_n, title_n = np.concatenate(words_n), np.concatenate(title_n)
        words_at, title_at = _ends(words_n[order]), _ends(title_n[order])
        out = Signatures([ids[k] for k in order], *(np.empty((len(ids), NUM_PERM), np.uint32) for _ in range(3)),
                         np.empty(len(ids), np.int32), np.empty(words_at[-1], np.uint64), words_at,
                         np.empty(title_at[-1], np.uint64), title_at)
        del ids, order
        start = 0
        for part in self._read():
            at = place[start:start + len(part)]
            start += len(part)
            for k in ("near", "words_minhash", "title_minhash", "days"):
                getattr(out, k)[at] = getattr(part, k)
            out.words[_spans(words_at, at, np.diff(part.words_at))] = part.words
            out.title[_spans(title_at, at, np.diff(part.title_at))] = part.title
        return out

    def clusters(self) -> dict[str, tuple[str | None, str]]:
        """id -> (near_duplicate_of, story_id) for every record added."""
        if not self._parts:
            return {}
        s = self._by_id()
        ids = s.ids
        near_sets, story_sets = _Sets(len(ids)), _Sets(len(ids))
        pairs = _candidates(s.near, NEAR_BANDS)
        if len(pairs):
            agree = np.count_nonzero(s.near[pairs[:, 0]] == s.near[pairs[:, 1]], axis=1)
            for a, b in pairs[agree >= NEAR_AGREE].tolist():
                near_sets.union(a, b)
                story_sets.union(a, b)
        pairs = np.unique(np.concatenate([_candidates(s.words_minhash, STORY_BANDS),
                                          _candidates(s.title_minhash, STORY_BANDS)]), axis=0)
        if len(pairs):
            days = s.days.astype(np.int64)
            da, db = days[pairs[:, 0]], days[pairs[:, 1]]
            pairs = pairs[(da < 0) | (db < 0) | (np.abs(da - db) <= STORY_DAYS)]
        words_at, title_at = s.words_at.tolist(), s.title_at.tolist()
        for a, b in pairs.tolist():
            if (_similar(s.words[words_at[a]:words_at[a + 1]], s.words[words_at[b]:words_at[b + 1]], STORY_JACCARD)
                    or _similar(s.title[title_at[a]:title_at[a + 1]], s.title[title_at[b]:title_at[b + 1]],
                                TITLE_JACCARD)):
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
