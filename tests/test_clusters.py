"""The cluster columns' merge (issue 17): its quality on the labelled set, and the same clusters however the
signatures arrive."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from fractions import Fraction

import pytest

from build_dataset.shard import clusters
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import stories  # noqa: E402  (benchmarks/stories.py: the labelled set and its scores)


@pytest.fixture(scope="module")
def labelled():
    return stories.labelled_set()


def test_the_card_states_what_the_benchmark_measures_and_it_meets_the_targets(labelled):
    measured = stories.measured(*labelled)
    assert json.loads(stories.QUALITY.read_text(encoding="utf-8")) == measured  # else: benchmarks/stories.py --write
    assert measured["story_id"]["f1"] >= 0.9 and measured["near_duplicate_of"]["f1"] >= 0.95


def test_the_merge_does_not_depend_on_the_shards_or_their_order(labelled, tmp_path):
    """Signatures added in shards of any size, in any order, as plain data or packed bytes, kept in memory or
    in a spill file: the same clusters."""
    records = labelled[0]
    signatures = [clusters.Signature.of(r) for r in records]
    whole = clusters.Merge()
    whole.add(signatures)
    expected = whole.clusters()
    rng = random.Random(17)
    for size, form in ((1, "rows"), (5, "bytes"), (17, "spill"), (200, "spill")):
        shuffled = signatures[:]
        rng.shuffle(shuffled)
        with open(tmp_path / f"spill-{size}", "w+b") as spill:
            merge = clusters.Merge(spill=spill if form == "spill" else None)
            for start in range(0, len(shuffled), size):
                shard = shuffled[start:start + size]
                merge.add([json.loads(json.dumps(s.row())) for s in shard] if form == "rows"
                          else clusters.Signatures.pack(shard).to_bytes())
            assert merge.clusters() == expected
    assert clusters.problems(expected) == []


def test_packed_signatures_read_back_whole_and_refuse_damage(labelled):
    signatures = [clusters.Signature.of(r) for r in labelled[0][:40]] + [clusters.Signature.of(RAIN)]
    data = clusters.Signatures.pack(signatures).to_bytes()
    back = clusters.Signatures.from_bytes(data)
    assert back.ids == [s.id for s in signatures]
    for k, s in enumerate(signatures):
        assert tuple(back.near[k].tolist()) == s.minhash and tuple(back.title_minhash[k].tolist()) == s.title_minhash
        assert tuple(back.words[back.words_at[k]:back.words_at[k + 1]].tolist()) == s.words
        assert tuple(back.title[back.title_at[k]:back.title_at[k + 1]].tolist()) == s.title
    assert back.to_bytes() == data
    assert len(data) < 2600 * len(signatures)  # packed: about 2 kB a record, not a list of Python integers
    for damaged in (data[:-1], data + b"\0", b"RINSIG" + b"\xff" * 30, b""):
        with pytest.raises(ValueError):
            clusters.Signatures.from_bytes(damaged)
    assert len(clusters.Signatures.from_bytes(clusters.Signatures.empty().to_bytes())) == 0


def test_clusters_are_named_by_their_smallest_id_and_originals_are_not_duplicates(labelled):
    found = clusters.cluster(labelled[0])
    assert found["syn-haifa-a-wire"] == ("syn-haifa-a", "syn-haifa-a")
    assert found["syn-haifa-a"] == (None, "syn-haifa-a")
    assert found["002-boilerplate"] == (None, "002-boilerplate")
    assert found["002_ebf37fcaf404cbd7"] == ("002-boilerplate", "002-boilerplate")  # '-' sorts before '_'
    assert found["001_b2bd4d933283a214"][1] == found["000_903d19389aab4f0c"][1] == "000-wire"


def test_a_broken_reference_is_a_problem():
    assert clusters.problems({"a": (None, "a"), "b": ("a", "a")}) == []
    assert clusters.problems({"a": (None, "a"), "b": ("c", "b")}) == [
        "articles record b: cluster references ('c', 'b') break the contract (cluster_references)"]
    assert len(clusters.problems({"a": (None, "b"), "b": (None, "b")})) == 1  # a story named by a later id


def test_dates_far_apart_keep_lookalike_stories_apart(labelled):
    """Two rate cuts by one bank, two months apart, read alike: their dates keep them two stories; without the
    dates, the words alone link them."""
    rate = [r for r in labelled[0] if r["id"].startswith("syn-rate-")]
    dated = clusters.cluster(rate)
    assert dated["syn-rate-may-b"][1] == dated["syn-rate-may-a"][1] != dated["syn-rate-jul-a"][1]
    undated = clusters.cluster([{**r, "published": None} for r in rate])
    assert {story for _, story in undated.values()} == {"syn-rate-jul-a"}


#: A record written for the pinned-values tests below.
RAIN = {"id": "rain", "title": "Rain falls on Haifa harbour",
        "text": "Rain fell on Haifa harbour on Monday, the port said.", "published": "2026-01-02"}


def test_rensas_minhash_algorithm_is_the_pinned_one():
    """rensa's values fix the clusters: an upgrade that changes its algorithm must be a decision, not a surprise."""
    import rensa

    assert rensa.RMinHash.ALGORITHM_VERSION == clusters.MINHASH_ALGORITHM


def test_the_signature_of_a_fixed_record_is_pinned():
    """The same values as when the thresholds were measured: a change of library, seed or hashing fails here."""
    signature = clusters.Signature.of(RAIN)
    assert signature.minhash[:4] == (3718743430, 3455149037, 3222823346, 3440113315)
    assert signature.words_minhash[:4] == (3356545490, 3291652054, 3230539760, 1880527315)
    assert signature.title_minhash[:4] == (3356545490, 3402895400, 3230539760, 1880527315)
    assert [len(v) for v in (signature.minhash, signature.words_minhash, signature.title_minhash)] == [clusters.NUM_PERM] * 3
    assert clusters.minhashes(clusters.np.array([], clusters.np.uint64))[0] == (2**32 - 1,) * clusters.NUM_PERM


@pytest.mark.parametrize("hash_seed", ["0", "4242"])
def test_the_signature_is_the_same_in_another_process(hash_seed):
    """Whatever the process and its string hashing (PYTHONHASHSEED), a record has one signature."""
    code = ("import json, sys; from build_dataset.shard import clusters; "
            "print(json.dumps(clusters.Signature.of(json.loads(sys.argv[1])).row()))")
    result = subprocess.run([sys.executable, "-c", code, json.dumps(RAIN)], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": hash_seed})
    assert json.loads(result.stdout) == json.loads(json.dumps(clusters.Signature.of(RAIN).row()))


@pytest.mark.parametrize("start, jaccard", [(100, 0.8), (600, 0.2)])
def test_the_agreement_of_two_minhashes_estimates_the_jaccard_similarity(start, jaccard):
    """Texts of distinct words 0..901 and start..start+901 share 900 - start of their 900 shingles each: at Jaccard
    0.8 they are near duplicates, at 0.2 not, and the fraction of values that agree is close to the Jaccard."""
    records = [{"id": name, "title": None, "text": " ".join(f"w{i}" for i in range(first, first + 902)), "published": None}
               for name, first in (("a", 0), ("b", start))]
    assert Fraction(900 - start, 900 + start) == Fraction(jaccard).limit_denominator(10)
    a, b = map(clusters.Signature.of, records)
    agree = sum(x == y for x, y in zip(a.minhash, b.minhash))
    assert abs(agree / clusters.NUM_PERM - jaccard) < 0.1  # 128 values: the estimate's deviation is about 0.035
    assert (agree >= clusters.NEAR_AGREE) == (jaccard >= 0.5)
    assert clusters.cluster(records)["b"][0] == ("a" if jaccard >= 0.5 else None)
