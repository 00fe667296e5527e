"""The grouped CV's split (training/evaluate_cleaner.py): no --seed gives the published fixed split, a seed another one.

A host's pages stay in one fold whatever the seed, so a seeded run is as honest as the default one.
"""
from __future__ import annotations

import hashlib
import json
import sys

import numpy as np
import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))
from training.evaluate_cleaner import _seeded_splits, host_splits  # noqa: E402

pytest.importorskip("sklearn")

#: Nine hosts of unequal size: GroupKFold's fixed split deals the largest host first to the lightest fold.
HOSTS = (["a.de"] * 5 + ["b.fr"] * 4 + ["c.jp"] * 3 + ["d.com"] * 3 + ["e.ru"] * 2 + ["f.es"] * 2
         + ["g.it", "h.pl", "i.cn"])


def _folds(splits) -> list[set[str]]:
    return [{HOSTS[j] for j in test} for _, test in splits]


def test_the_default_split_is_the_size_balanced_fixed_one():
    # Sizes 5 4 3 3 2 2 1 1 1, ties taken last first: a b d c f e i h g, each to the lightest fold (the first on a tie).
    assert _folds(host_splits(HOSTS, 3)) == [{"a.de", "e.ru", "g.it"}, {"b.fr", "f.es", "i.cn"},
                                             {"c.jp", "d.com", "h.pl"}]


@pytest.mark.parametrize("seed", [0, 1, 2, 7])
def test_a_seeded_split_keeps_each_host_whole_and_every_row_once(seed):
    splits = host_splits(HOSTS, 3, seed)
    tests = np.concatenate([test for _, test in splits])
    assert sorted(tests) == list(range(len(HOSTS)))
    for train, test in splits:
        assert not {HOSTS[j] for j in train} & {HOSTS[j] for j in test}
        assert sorted(np.concatenate([train, test])) == list(range(len(HOSTS)))


def test_a_seed_repeats_and_two_seeds_differ_from_each_other_and_from_the_default():
    one, two = _folds(host_splits(HOSTS, 3, 1)), _folds(host_splits(HOSTS, 3, 2))
    assert one == _folds(host_splits(HOSTS, 3, 1))
    assert one != two
    assert _folds(host_splits(HOSTS, 3)) not in (one, two)


@pytest.mark.parametrize("seed", [1, 2])
def test_the_fallback_deals_as_scikit_learn_does(seed):
    """Before scikit-learn 1.6 GroupKFold has no shuffle; the hand-made deal gives the same folds."""
    ours = _seeded_splits(np.array(HOSTS), 3, seed)
    assert [(list(a), list(b)) for a, b in ours] == [(list(a), list(b)) for a, b in host_splits(HOSTS, 3, seed)]


#: The ids of each fold's held-out rows (dev, then dev_multi), hashed: the split quality.json was measured on.
DEFAULT_SPLIT = "b3087507bd3e4a80"


def test_the_default_split_of_the_dev_files_is_the_published_one(bench):
    from training.train_body_model import load_rows

    rows = load_rows(str(bench / "dev.jsonl.gz"), sources=None) + load_rows(str(bench / "dev_multi.jsonl.gz"),
                                                                            sources=None)
    splits = host_splits([r["host"] for r in rows], 5)
    ids = [sorted(rows[j]["id"] for j in test) for _, test in splits]
    assert hashlib.sha256(json.dumps(ids).encode()).hexdigest()[:16] == DEFAULT_SPLIT
    seeded = [sorted(rows[j]["id"] for j in test) for _, test in host_splits([r["host"] for r in rows], 5, 1)]
    assert seeded != ids
