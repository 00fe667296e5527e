"""Train the headline picker (build_dataset/clean/headline.py; a softmax over a page's candidate lines) on dev's wcxb
rows and dev_multi's readability and trafilatura-eval rows (the file next to ``--bench``).

    python training/train_headline_model.py [--out build_dataset/data/headline_model.json] [--c 1.0] [--augment 2] [--wcxb-only]

The shipped model is trained on both (since session 10: with the neighbour features and the time-of-day filter the
multilingual rows no longer cost l3s-gn1's titles, and raise dev_multi's by grouped CV by host; benchmarks/results.md,
"Titles, session 10"); ``--wcxb-only`` trains on dev's wcxb rows alone, as before.

Needs the ``train`` extra (scipy, numpy).

Reproducible: deterministic features, L-BFGS from zeros, fixed seed for the augmentation. l3s-gn1 rows
(research use only) are never used here.
"""
from __future__ import annotations

import os

import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from training.pinned import pin_kernels  # noqa: E402

pin_kernels()  # before numpy: the weights repeat byte for byte on any x86-64 CPU

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402


from build_dataset.clean import headline as T  # noqa: E402
from training.headline_data import DEV, MULTI, c4_body, gold_lines, load_multi_pages, load_pages, shift_body  # noqa: E402

SEED = 13
SHIFTS = (-2, -1, 1, 2)


def page_groups(pages, augment=0, seed=SEED, body_fn=None, c4=False):
    """One (X, positive mask) group per page whose gold title is among the candidates."""
    rng = random.Random(seed)
    groups = []
    for p in pages:
        gold = gold_lines(p)
        if not gold:
            continue
        masks = [body_fn(p) if body_fn else p["body"]]
        for _ in range(augment):
            masks.append(shift_body(p, rng.choice(SHIFTS)))
        if c4:
            masks.append(c4_body(p))
        for body in masks:
            cands, rows = T.features(p["lines"], body, p["decided"])
            pos = np.array([c in gold for c in cands], dtype=bool)
            if pos.any() and len(cands) > 1:
                groups.append((np.asarray(rows, dtype=float), pos))
    return groups


def _fit_cols(groups, c):
    """Standardise, then minimise the mean softmax log-loss (+ L2 of 1/(2c) per page)."""
    X = np.vstack([g[0] for g in groups])
    mean = X.mean(0)
    scale = X.std(0)
    scale[scale < 1e-9] = 1.0
    Xs = (X - mean) / scale
    pos = np.concatenate([g[1] for g in groups])
    sizes = [len(g[1]) for g in groups]
    bounds = np.cumsum([0] + sizes)
    seg = np.repeat(np.arange(len(sizes)), sizes)
    ng = len(sizes)

    def loss(w):
        s = Xs @ w
        mx = np.maximum.reduceat(s, bounds[:-1])
        e = np.exp(s - mx[seg])
        z = np.add.reduceat(e, bounds[:-1])
        zp = np.add.reduceat(e * pos, bounds[:-1])
        nll = -(np.log(zp) - np.log(z)).sum()
        p_all = e / z[seg]
        p_pos = e * pos / zp[seg]
        grad = Xs.T @ (p_all - p_pos)
        return nll / ng + (w @ w) / (2 * c * ng), grad / ng + w / (c * ng)

    res = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return {"coef": res.x.tolist(), "intercept": 0.0, "mean": mean.tolist(), "scale": scale.tolist()}


def fit(groups, c=1.0):
    """The model over every feature, as the picker scores every candidate."""
    raw = {"features": list(T.FEATURES), **_fit_cols(groups, c)}
    raw["window"] = {"anchor_words": T.ANCHOR_WORDS, "before": T.BEFORE, "after": T.AFTER,
                     "after_lines": T.AFTER_LINES, "min_words": T.MIN_WORDS, "max_words": T.MAX_WORDS}
    return raw


def train(pages, c=1.0, augment=2, multi=()):
    """``pages``: wcxb pages (oracle body masks); ``multi``: dev_multi pages (the cleaner's masks: no gold text)."""
    return fit(page_groups(pages, augment=augment) + page_groups(multi, augment=augment), c=c)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default=DEV)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                  "build_dataset", "data", "headline_model.json"))
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--augment", type=int, default=2)
    ap.add_argument("--wcxb-only", action="store_true", help="train on dev's wcxb rows alone, not on dev_multi's rows "
                                                              "with title gold too")
    a = ap.parse_args()
    pages = load_pages(a.bench, source="wcxb")
    multi = [] if a.wcxb_only else load_multi_pages(os.path.join(os.path.dirname(a.bench), MULTI))
    raw = train(pages, c=a.c, augment=a.augment, multi=multi)
    raw["trained_on"] = (f"wcxb dev rows ({len(pages)} pages, CC-BY-4.0, Web Content Extraction Benchmark; oracle body "
                         f"mask)" + (f" and dev_multi readability and trafilatura-eval rows with title gold ({len(multi)} "
                                     "pages, Apache-2.0; the cleaner's body mask)" if multi else "")
                         + f"; + {a.augment} shifted copy per page; C={a.c}; seed={SEED}")
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(raw, f, indent=1)
        f.write("\n")
    for name, w in sorted(zip(T.FEATURES, raw["coef"]), key=lambda t: -abs(t[1]))[:15]:
        print(f"{name:18s} {w:+.3f}")
    print("wrote", a.out)


if __name__ == "__main__":
    main()
