"""The headline picker's honest figure: grouped k-fold CV by host (held-out hosts) on every row with title gold
that training may use (dev wcxb, dev_multi readability and trafilatura-eval), scored as the benchmark scores a
title (token-F1 >= 0.8), the picker given the cleaner's own masks.

    python training/evaluate_headline.py [--bench ../shared/bench] [--folds 5] [--seed N] [--wcxb-only]

``--wcxb-only`` trains each fold on its wcxb rows alone (as the shipped model was before session 9).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import zlib
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from build_dataset.clean import headline as T  # noqa: E402
from training.headline_data import DEV, MULTI, cleaner_masks, load_multi_pages, load_pages  # noqa: E402
from training.train_headline_model import fit, page_groups  # noqa: E402

_WORD = re.compile(r"\w+")


def token_f1(gold: str, pred: str | None) -> float:
    """The benchmark's title metric (score2.py): F1 of lower-cased \\w+ tokens."""
    g, p = Counter(t.lower() for t in _WORD.findall(gold or "")), Counter(t.lower() for t in _WORD.findall(pred or ""))
    tp = sum((g & p).values())
    return 0.0 if not tp else 2 * tp / (sum(g.values()) + sum(p.values()))


def fold_of(host: str, folds: int, seed: int | None = None) -> int:
    """The held-out fold of a host's pages: crc32 of the host (the default split), or of "seed:host" (another split)."""
    return zlib.crc32((("" if seed is None else f"{seed}:") + host).encode()) % folds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default=os.path.dirname(DEV))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--augment", type=int, default=2)
    ap.add_argument("--wcxb-only", action="store_true")
    ap.add_argument("--seed", type=int, default=None, help="deal the hosts to folds by crc32 of seed and host (a second "
                                                             "split); without it, crc32 of the host as before")
    ap.add_argument("--keep", default=None, help="write each held-out page's gold and picked title here (JSONL)")
    a = ap.parse_args()
    wcxb = load_pages(os.path.join(a.bench, "dev.jsonl.gz"), source="wcxb")
    for p in wcxb:  # scored on the cleaner's masks, as the picker runs
        p["test_masks"] = cleaner_masks(p["lines"])
    multi = load_multi_pages(os.path.join(a.bench, MULTI))
    for p in multi:
        p["test_masks"] = (p["body"], p["decided"])
    fold = lambda p: fold_of(p["host"], a.folds, a.seed)  # noqa: E731
    hits = defaultdict(list)
    kept = []
    for k in range(a.folds):
        train = [p for p in wcxb if fold(p) != k]
        groups = page_groups(train, augment=a.augment)
        if not a.wcxb_only:
            groups += page_groups([p for p in multi if fold(p) != k], augment=a.augment)
        w = T.weights_from_dict(fit(groups, c=a.c))
        for p in wcxb + multi:
            if fold(p) != k:
                continue
            body, decided = p["test_masks"]
            i = T.pick_title(p["lines"], body, decided, w) if body is not None else None
            pred = T.title_text(p["lines"][i].text) if i is not None else None  # the title as the cleaner gives it
            hits[p["source"]].append(token_f1(p["title"], pred) >= 0.8)
            kept.append(dict(id=p["id"], host=p["host"], gold=p["title"], pred=pred, ok=hits[p["source"]][-1]))
    if a.keep:
        with open(a.keep, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(k, ensure_ascii=False) + "\n" for k in kept)
    for src, h in sorted(hits.items()):
        print(f"{src:18s} n={len(h):4d} title_f1>=0.8 {sum(h) / len(h):.3f}")
    m = hits["readability"] + hits["trafilatura-eval"]
    print(f"{'dev_multi':18s} n={len(m):4d} title_f1>=0.8 {sum(m) / len(m):.3f}")


if __name__ == "__main__":
    main()
