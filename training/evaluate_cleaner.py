"""Grouped cross-validation of the whole cleaner: the honest estimate of its quality on unseen sites.

    python training/evaluate_cleaner.py [--bench ../shared/bench/dev.jsonl.gz] [--folds 5]

For each fold, the body classifier is trained on the wcxb rows of the other folds' hosts
(GroupKFold by host), and the full cleaner (rules, classifier, headline) cleans the held-out
hosts' pages. l3s-gn1 rows (research use only) are never trained on; they are cleaned by the
classifier trained on every wcxb row. Scores come from the benchmark's own score.py.
Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

import numpy as np  # noqa: E402

from build_dataset.clean import classify  # noqa: E402
from build_dataset.clean.cleaner import body_model  # noqa: E402
from build_dataset.clean.cleaner import clean_text  # noqa: E402
from training.train_body_model import BENCH, fit_pipeline, load_rows, training_pages  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", default=BENCH)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--keep", default=None, help="keep the predictions JSONL here")
    ap.add_argument("--json", default=None, help="also write a summary (F1 overall and per source) here")
    args = ap.parse_args()
    from sklearn.model_selection import GroupKFold

    rows = load_rows(args.bench, source=None)
    wcxb = [r for r in rows if r["source"] == "wcxb"]
    preds = {}
    hosts = np.array([r["host"] for r in wcxb])
    for k, (train, test) in enumerate(GroupKFold(n_splits=args.folds).split(np.zeros(len(wcxb)), groups=hosts)):
        pages, groups = training_pages([wcxb[j] for j in train])
        weights = classify.weights_from_dict(json.loads(json.dumps(fit_pipeline(pages, groups))))
        for j in test:
            preds[wcxb[j]["id"]] = clean_text(wcxb[j]["raw_text"], weights).text
        print(f"fold {k + 1}/{args.folds}: trained on {len(pages)} pages, cleaned {len(test)}", file=sys.stderr)
    shipped = body_model()
    for r in rows:
        if r["source"] != "wcxb":
            preds[r["id"]] = clean_text(r["raw_text"], shipped).text
    with tempfile.TemporaryDirectory() as tmp:
        pred_path, gold_path = os.path.join(tmp, "preds.jsonl"), os.path.join(tmp, "gold.jsonl")
        with open(pred_path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"id": r["id"], "pred_text": preds[r["id"]]}, ensure_ascii=False) + "\n")
        with open(gold_path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        score = os.path.join(os.path.dirname(os.path.abspath(args.bench)), "score.py")
        out = subprocess.run([sys.executable, score, pred_path, gold_path, "--by-source"], capture_output=True,
                             text=True, check=True).stdout
        if args.keep:
            with open(pred_path, encoding="utf-8") as f, open(args.keep, "w", encoding="utf-8") as g:
                g.write(f.read())
    print(out.rstrip())
    empty = sum(1 for v in preds.values() if not v.strip())
    print(f"empty outputs {empty} of {len(preds)}")
    if args.json:
        groups = {}
        for line in out.splitlines():
            parts = line.split()
            if len(parts) > 4 and parts[1].isdigit():
                groups[parts[0]] = {"n": int(parts[1]), "precision": float(parts[2]), "recall": float(parts[3]),
                                    "f1": float(parts[4])}
        summary = {"method": f"grouped {args.folds}-fold cross-validation by host on wcxb; l3s-gn1 never trained on",
                   "f1": float(out.strip().splitlines()[-1].split()[5]), "groups": groups, "pages": len(preds),
                   "empty": empty}
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
