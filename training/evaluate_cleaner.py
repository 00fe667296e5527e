"""Grouped cross-validation of the whole cleaner: the honest estimate of its quality on unseen sites.

    python training/evaluate_cleaner.py [--bench ../shared/bench/dev.jsonl.gz] [--multi ../shared/bench/dev_multi.jsonl.gz]
                                        [--folds 5] [--seed N] [--set KEY=JSON ...] [--thresholds T1,T2,...]

The pages of both dev files are split into folds by host (GroupKFold: a host's pages, in either file,
stay in one fold). Without ``--seed`` the split is GroupKFold's one fixed split (the published figures);
``--seed N`` deals the hosts to folds by a seeded shuffle instead, to see how much a figure moves with the
split. For each fold, the body classifier is trained on the other folds' rows of
train_body_model.TRAIN_SOURCES, and the full cleaner (rules, classifier, headline) cleans the fold's
pages. l3s-gn1 rows (research use only) are only ever cleaned, never trained on. Scores come from the
benchmarks' own score.py (dev, by source) and score2.py (dev_multi: readability F1, trafilatura-eval
snippets kept and removed). Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import os

import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from training.pinned import pin_kernels  # noqa: E402

pin_kernels()  # before numpy: the weights repeat byte for byte on any x86-64 CPU

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

import numpy as np  # noqa: E402

from build_dataset.clean import classify  # noqa: E402
from build_dataset.clean.cleaner import clean_texts  # noqa: E402
from training.train_body_model import (BENCH, BENCH_MULTI, CONFIG, TRAIN_SOURCES, fit_pipeline,  # noqa: E402
                                       load_rows, row_pages)


def _score(script: str, rows: list[dict], preds: dict, args_extra: list[str], keep: str | None) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        pred_path, gold_path = os.path.join(tmp, "preds.jsonl"), os.path.join(tmp, "gold.jsonl")
        with open(pred_path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"id": r["id"], "pred_text": preds[r["id"]]}, ensure_ascii=False) + "\n")
        with open(gold_path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        out = subprocess.run([sys.executable, script, pred_path, gold_path] + args_extra, capture_output=True,
                             text=True, check=True).stdout
        if keep:
            with open(pred_path, encoding="utf-8") as f, open(keep, "a", encoding="utf-8") as g:
                g.write(f.read())
    return out


def host_splits(hosts, folds: int, seed: int | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train, test) row indices of each fold, a host's rows in one fold: GroupKFold's fixed split, or a seeded deal."""
    from sklearn.model_selection import GroupKFold

    hosts, index = np.asarray(hosts), np.zeros(len(hosts))
    if seed is None:
        return list(GroupKFold(n_splits=folds).split(index, groups=hosts))
    try:
        return list(GroupKFold(n_splits=folds, shuffle=True, random_state=seed).split(index, groups=hosts))
    except TypeError:  # scikit-learn before 1.6 has no shuffle: the same deal by hand
        return _seeded_splits(hosts, folds, seed)


def _seeded_splits(hosts: np.ndarray, folds: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """GroupKFold(shuffle=True)'s deal: the sorted hosts permuted by RandomState(seed), cut into equal runs."""
    order = np.random.RandomState(seed).permutation(np.unique(hosts))
    return [(np.flatnonzero(~held), np.flatnonzero(held))
            for held in (np.isin(hosts, part) for part in np.array_split(order, folds))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", default=BENCH)
    ap.add_argument("--multi", default=BENCH_MULTI)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=None,
                    help="deal hosts to folds by a shuffle with this seed (default: GroupKFold's fixed split)")
    ap.add_argument("--keep", default=None, help="keep the predictions JSONL here")
    ap.add_argument("--json", default=None, help="also write a summary (F1 overall and per source) here")
    ap.add_argument("--set", action="append", default=[], help="override a CONFIG key: KEY=JSON (experiments)")
    ap.add_argument("--thresholds", default=None,
                    help="also clean each fold at these body thresholds (comma-separated) and print each one's "
                         "scores (a trade curve from one run: cleaning is cheap next to training)")
    args = ap.parse_args()
    cfg = dict(CONFIG)
    for kv in args.set:
        k, v = kv.split("=", 1)
        cfg[k] = json.loads(v)
    dev, multi = load_rows(args.bench, sources=None), load_rows(args.multi, sources=None)
    rows = dev + multi
    own = [row_pages(r, cfg) if r["source"] in TRAIN_SOURCES else [] for r in rows]
    preds = {}
    extra = {float(t): {} for t in args.thresholds.split(",")} if args.thresholds else {}
    for k, (train, test) in enumerate(host_splits([r["host"] for r in rows], args.folds, args.seed)):
        pages = [p for j in train for p in own[j]]
        groups = [rows[j]["host"] for j in train for _ in own[j]]
        weights = classify.weights_from_dict(json.loads(json.dumps(fit_pipeline(pages, groups, cfg))))
        for j, cleaned in zip(test, clean_texts([rows[j]["raw_text"] for j in test], weights)):
            preds[rows[j]["id"]] = cleaned.text
        for t in extra:
            cut = dataclasses.replace(weights, threshold=t)
            for j, cleaned in zip(test, clean_texts([rows[j]["raw_text"] for j in test], cut)):
                extra[t][rows[j]["id"]] = cleaned.text
        print(f"fold {k + 1}/{args.folds}: trained on {len(pages)} pages, cleaned {len(test)}", file=sys.stderr)
    if args.keep:
        open(args.keep, "w").close()
    bench_dir = os.path.dirname(os.path.abspath(args.bench))
    out = _score(os.path.join(bench_dir, "score.py"), dev, preds, ["--by-source"], args.keep)
    out2 = _score(os.path.join(bench_dir, "score2.py"), multi, preds, [], args.keep)
    print(out.rstrip())
    print(out2.rstrip())
    empty = sum(1 for v in preds.values() if not v.strip())
    print(f"empty outputs {empty} of {len(preds)}")
    for t, p in extra.items():
        print(f"\nthreshold {t}:")
        print(_score(os.path.join(bench_dir, "score.py"), dev, p, ["--by-source"], None).rstrip())
        print(_score(os.path.join(bench_dir, "score2.py"), multi, p, [], None).rstrip())
    if args.json:
        from benchmarks.quality import score2_groups

        groups = {}
        for line in out.splitlines():
            parts = line.split()
            if len(parts) > 4 and parts[1].isdigit():
                groups[parts[0]] = {"n": int(parts[1]), "precision": float(parts[2]), "recall": float(parts[3]),
                                    "f1": float(parts[4])}
        seeded = "" if args.seed is None else f", hosts dealt by seed {args.seed}"
        summary = {"method": f"grouped {args.folds}-fold cross-validation by host over dev and dev_multi{seeded}; "
                             "l3s-gn1 never trained on",
                   "f1": float(out.strip().splitlines()[-1].split()[5]), "groups": groups,
                   "multi": score2_groups(out2), "pages": len(preds), "empty": empty}
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
