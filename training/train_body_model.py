"""Train the body-line classifier (build_dataset/clean/classify.py) on the dev benches' trainable rows.

    python training/train_body_model.py [--bench ../shared/bench/dev.jsonl.gz] [--multi ../shared/bench/dev_multi.jsonl.gz]
                                        [--out build_dataset/data/body_model.json]

Needs the ``train`` extra (scikit-learn). Pages are split into lines exactly as the builder
splits them (``build_dataset.clean.lines.split_lines``: repaired, canonical lines), so the model is
trained on what it sees at run time.

Only rows of TRAIN_SOURCES are used for fitting: wcxb (CC-BY-4.0), readability and
trafilatura-eval (Apache-2.0); l3s-gn1 rows (research use only) are never read here.  Labels
come from labels.line_labels (alignment of raw lines to gold_text) where a row has gold text, and
from labels.snippet_labels (only the lines holding a kept or removed snippet) where it has
snippets; unlabelled lines are context, never fitted on.  Stage 1 = small MLP on line + context features;
stage 2 = small model on stage-1 features + neighbourhood statistics of the
stage-1 probability, fitted on OUT-OF-FOLD stage-1 probabilities (GroupKFold by
host) so that it sees realistic, not over-confident, inputs.

Augmentation (training_pages): each page's gold article is also fitted on laid out as the
cleaner lays out its output (headline, blank line, paragraphs between blank lines), every
paragraph line body, so that cleaning the cleaner's output keeps it whole (idempotency).

Deterministic: fixed seeds, pinned numeric kernels (training/pinned.py), rounded floats in the JSON.
"""
from __future__ import annotations

import os

import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from training.pinned import pin_kernels  # noqa: E402

pin_kernels()  # before numpy: the weights repeat byte for byte on any x86-64 CPU

import argparse
import gzip
import json
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
from build_dataset.clean import classify as lm  # noqa: E402
from build_dataset.clean.lines import split_lines  # noqa: E402
from training.labels import line_labels, snippet_labels  # noqa: E402

BENCH = os.path.join(ROOT, "..", "shared", "bench", "dev.jsonl.gz")
BENCH_MULTI = os.path.join(ROOT, "..", "shared", "bench", "dev_multi.jsonl.gz")
#: The sources whose licences allow fitting shipped weights on them (never l3s-gn1).
TRAIN_SOURCES = ("wcxb", "readability", "trafilatura-eval")
SEED = 0
CONFIG = {
    "stage1": {"hidden": [24], "alpha": 1.0, "max_iter": 25},
    "stage2": {"hidden": [], "C": 1.0},      # [] -> logistic regression
    "threshold": 0.5,
    "dedup_min_bytes": 40,
    "inner_folds": 4,
    "weight_power": 0.5,
    "augment_clean": 1,      # also train on each page's gold article laid out as the cleaner's output
    "augment_weight": 2.0,   # ... its lines weighted this much more than a scraped page's
    "snippet_weight": 4.0,   # a trafilatura-eval page's snippet lines weighted this much (few lines a page are labelled)
}


def load_rows(paths=(BENCH, BENCH_MULTI), sources: tuple | None = TRAIN_SOURCES) -> list[dict]:
    """The rows of the bench files ``paths`` whose source is one of ``sources`` (None: every row)."""
    rows = []
    for path in [paths] if isinstance(paths, str) else paths:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            rows += [json.loads(l) for l in f]
    return [r for r in rows if sources is None or r["source"] in sources]


def page_data(row: dict, with_labels: bool = True):
    """(lines, indices of non-empty lines, stage-1 features, labels of those lines: -1 unlabelled)."""
    lines = [ln.text for ln in split_lines(row["raw_text"])]
    keep, X = lm.features(lines)
    y = None
    if with_labels:
        lab = (line_labels(lines, row["gold_text"]) if row.get("gold_text") is not None
               else snippet_labels(lines, row.get("gold_with") or [], row.get("gold_without") or []))
        y = np.array([lab[i] for i in keep], dtype=np.int64)
    return lines, keep, X, y


def clean_page_data(title: str | None, paragraphs: list[str]):
    """page_data for an article laid out as the cleaner lays out its output (``article_as_page``:
    headline, blank line, paragraphs joined by blank lines): every paragraph line is body, the
    headline is not. Cleaning such a page must keep it whole (the cleaner is idempotent)."""
    from build_dataset.clean.cleaner import article_as_page

    page = article_as_page(title, "\n\n".join(paragraphs))
    parsed = split_lines(page)
    lines = [ln.text for ln in parsed]
    keep, X = lm.features(lines)
    head = next((i for i, ln in enumerate(parsed) if not ln.blank), None) if title else None
    y = np.array([int(i != head) for i in keep], dtype=np.int64)
    return lines, keep, X, y


def gold_paragraphs(row: dict) -> list[str]:
    return [t.strip() for t in row["gold_text"].split("\n") if t.strip()]


def row_pages(r: dict, cfg: dict = CONFIG) -> list:
    """The pages one row gives to fit on (see training_pages): the scraped page if it has a labelled
    line (snippet pages weighted by cfg['snippet_weight']), then its gold article laid out as the
    cleaner's output (cfg['augment_clean'], weighted by cfg['augment_weight'])."""
    out = []
    p = page_data(r)
    if (p[3] >= 0).any():
        if r.get("gold_text") is None:  # a snippet page; --set snippet_keep_weight=W weighs its kept lines W times
            w = cfg.get("snippet_weight", 1.0) * np.where(p[3] == 1, cfg.get("snippet_keep_weight", 1.0), 1.0)
        else:
            w = 1.0
        out.append(p + (w,))
    paras = gold_paragraphs(r) if cfg.get("augment_clean") and r.get("gold_text") else []
    if paras:
        out.append(clean_page_data(r.get("gold_title") or None, paras) + (cfg.get("augment_weight", 1.0),))
    return out


def training_pages(rows: list[dict], cfg: dict = CONFIG):
    """(pages, groups) to fit on: each row's pages (row_pages), in the row's host group (so
    GroupKFold keeps a gold article laid out as the cleaner's output with its page).

    Without these pages the classifier, which reads a line in its context, drops more lines of an
    article-only page than of the scraped page: cleaning the cleaner's output changed it on 596 of
    the 1,001 dev pages (the build refuses such pages)."""
    pages, groups = [], []
    for r in rows:
        for p in row_pages(r, cfg):
            pages.append(p)
            groups.append(r["host"])
    return pages, groups


def _scaler(X: np.ndarray):
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    return mean, scale


def fit_net(X: np.ndarray, y: np.ndarray, cfg: dict, seed: int = SEED, sw=None) -> dict:
    """Fit an MLP (or logistic regression when cfg['hidden'] is empty); return a JSON-able net."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    mean, scale = _scaler(X)
    Z = (X - mean) / scale
    if cfg["hidden"]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            m = MLPClassifier(hidden_layer_sizes=tuple(cfg["hidden"]), alpha=cfg["alpha"],
                              max_iter=cfg["max_iter"], batch_size=512, random_state=seed,
                              shuffle=True).fit(Z, y, sample_weight=sw)
        layers = [(W, b) for W, b in zip(m.coefs_, m.intercepts_)]
    else:
        m = LogisticRegression(C=cfg["C"], max_iter=3000).fit(Z, y, sample_weight=sw)
        layers = [(m.coef_.T, m.intercept_)]
    r = lambda a: np.round(np.asarray(a, dtype=np.float64), 6).tolist()  # noqa: E731
    return {"mean": r(mean), "scale": r(scale), "layers": [[r(W), r(b)] for W, b in layers]}


def line_weights(X: np.ndarray, cfg: dict) -> np.ndarray:
    """Sample weights mirroring the metric: a line counts by its words (power
    cfg['weight_power']), and every page has the same total weight (macro average)."""
    nw = np.expm1(X[:, lm.BASE_NAMES.index("log_words")]) + 1.0
    w = nw ** cfg.get("weight_power", 0.0)
    return w * (len(w) / w.sum()) if cfg.get("weight_power", 0.0) else np.ones(len(w))


def _net_np(d: dict) -> dict:
    return lm.net_from_dict(d)


def fit_pipeline(pages: list, groups: list[str], cfg: dict = CONFIG) -> dict:
    """pages: list of page_data tuples (with labels, -1 unlabelled, and a page weight); groups: host of
    each page. Unlabelled lines are only context: they enter the features, never the fit."""
    from sklearn.model_selection import GroupKFold

    on = [p[3] >= 0 for p in pages]
    X1 = np.vstack([p[2][m] for p, m in zip(pages, on)])
    y = np.concatenate([p[3][m] for p, m in zip(pages, on)])
    sws = [line_weights(p[2][m], cfg) * (np.broadcast_to(p[4], m.shape)[m] if len(p) > 4 else 1.0)
           for p, m in zip(pages, on)]
    sw = np.concatenate(sws)
    stage1 = fit_net(X1, y, cfg["stage1"], sw=sw)
    # out-of-fold stage-1 probabilities (grouped by host) for the stage-2 inputs
    oof: list = [None] * len(pages)
    g = np.array(groups)
    for tr, te in GroupKFold(n_splits=cfg["inner_folds"]).split(np.zeros(len(pages)), groups=g):
        net = _net_np(fit_net(np.vstack([pages[k][2][on[k]] for k in tr]),
                              np.concatenate([pages[k][3][on[k]] for k in tr]), cfg["stage1"],
                              sw=np.concatenate([sws[k] for k in tr])))
        for k in te:
            oof[k] = lm.mlp(pages[k][2], net)
    X2 = np.vstack([np.concatenate([p[2], lm.stage2_features(oof[k])], axis=1)[on[k]]
                    for k, p in enumerate(pages)])
    stage2 = fit_net(X2, y, cfg["stage2"], sw=sw)
    return {"version": 1, "features": lm.BASE_NAMES, "config": cfg, "stage1": stage1,
            "stage2": stage2, "threshold": cfg["threshold"],
            "dedup_min_bytes": cfg["dedup_min_bytes"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default=BENCH, help="the dev set (only its wcxb rows are read)")
    ap.add_argument("--multi", default=BENCH_MULTI, help="the many-language dev set (readability, trafilatura-eval)")
    ap.add_argument("--out", default=os.path.join(ROOT, "build_dataset", "data", "body_model.json"))
    ap.add_argument("--set", action="append", default=[], help="override a CONFIG key: KEY=JSON (experiments)")
    args = ap.parse_args()
    cfg = dict(CONFIG)
    for kv in args.set:
        k, v = kv.split("=", 1)
        cfg[k] = json.loads(v)
    rows = load_rows((args.bench, args.multi))
    pages, groups = training_pages(rows, cfg)
    w = fit_pipeline(pages, groups, cfg)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(w, f, separators=(",", ":"), sort_keys=True)
    print(f"wrote {args.out}: {len(pages)} pages, {sum(len(p[1]) for p in pages)} lines")


if __name__ == "__main__":
    main()
