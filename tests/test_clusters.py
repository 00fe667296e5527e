"""The cluster columns' merge (issue 17): its quality on the labelled set, and the same clusters however the
signatures arrive."""

from __future__ import annotations

import json
import random
import sys

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


def test_the_merge_does_not_depend_on_the_shards_or_their_order(labelled):
    """Signatures added in shards of any size, in any order, through their plain-data form: the same clusters."""
    records = labelled[0]
    signatures = [clusters.Signature.of(r) for r in records]
    whole = clusters.Merge()
    whole.add(signatures)
    expected = whole.clusters()
    rng = random.Random(17)
    for size in (1, 5, 17):
        shuffled = signatures[:]
        rng.shuffle(shuffled)
        merge = clusters.Merge()
        for start in range(0, len(shuffled), size):
            merge.add([json.loads(json.dumps(s.row())) for s in shuffled[start:start + size]])
        assert merge.clusters() == expected
    assert clusters.problems(expected) == []


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


def test_the_minhash_is_datasketchs_bit_for_bit():
    """The numpy MinHash gives datasketch's values (pinned seed, permutations and scheme), in blocks or not."""
    from datasketch import MinHash

    rng = random.Random(9)
    for n in (0, 1, 5, clusters._BLOCK + 7):
        items = [rng.getrandbits(32) for _ in range(n)]
        reference = MinHash(num_perm=clusters.NUM_PERM, seed=clusters.SEED, scheme=clusters.SCHEME, hashfunc=int)
        reference.update_batch(items)
        assert clusters._minhash(clusters.np.array(items, clusters.np.uint32)).tolist() == reference.hashvalues.tolist()
