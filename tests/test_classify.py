"""The body classifier: the same bits for a page alone, in any batch, and on any BLAS kernel; the fast
inference path against the reference forward pass that training uses; weights checked on load."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from build_dataset.clean import classify, cleaner, portable
from build_dataset.clean.lines import split_lines
from conftest import ROOT, SEEDS


def _pages(dev_rows, n=40):
    return [[ln.text for ln in split_lines(r["raw_text"])] for r in dev_rows[:n]]


def test_a_page_scores_the_same_bits_alone_and_in_any_batch(dev_rows):
    pages = _pages(dev_rows) + [[], ["", ""], ["one line"]]  # and pages with no or one non-empty line
    model = cleaner.body_model()
    alone = [classify.predict([page], model)[0] for page in pages]
    for size in (1, 7, len(pages)):
        batched = [r for i in range(0, len(pages), size) for r in classify.predict(pages[i:i + size], model)]
        for (keep_a, p_a), (keep_b, p_b) in zip(alone, batched):
            assert keep_a == keep_b
            assert p_a.tobytes() == p_b.tobytes()


def test_cjk_punctuation_reads_the_same_alone_and_beside_a_chinese_page():
    """A page whose only CJK characters are punctuation (「」, 。) gets the features it gets beside a Chinese page:
    the unspaced-script path is chosen by what the page holds, not by its batch."""
    marks = ["Anna sagte: 「Wir kommen morgen wieder」 und ging.", "Ein zweiter Satz des Artikels endet hier。",
             "Menü", "Kontakt", "Der dritte Absatz des Artikels, mit mehr Worten als die Zeilen des Menüs。"]
    chinese = ["中国外交部发言人今天在例行记者会上表示，双方将继续加强合作。", "首页", "新闻"]
    _, alone = classify.features_batch([marks])
    _, beside = classify.features_batch([marks, chinese])
    assert alone.tobytes() == beside[:alone.shape[0]].tobytes()
    _, ascii_alone = classify.features_batch([["A plain line of the article, with no CJK mark at all."]])
    _, ascii_beside = classify.features_batch([["A plain line of the article, with no CJK mark at all."], chinese])
    assert ascii_alone.tobytes() == ascii_beside[:1].tobytes()


def test_a_page_cleans_to_the_same_result_alone_and_in_a_batch(dev_rows):
    texts = [r["raw_text"] for r in dev_rows[:30]] + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    together = cleaner.clean_texts(texts)
    for text, cleaned in zip(texts, together):
        alone = cleaner.clean_text(text)
        assert (alone.decisions, alone.title, alone.text, alone.stable) == \
               (cleaned.decisions, cleaned.title, cleaned.text, cleaned.stable)


_PROBE = """
import gzip, hashlib, json, sys
from build_dataset.clean import classify, cleaner
from build_dataset.clean.lines import split_lines
rows = [json.loads(l) for l, _ in zip(gzip.open(sys.argv[1], "rt"), range(150))]
pages = [[ln.text for ln in split_lines(r["raw_text"])] for r in rows]
h = hashlib.sha256()
for keep, p in classify.predict(pages, cleaner.body_model()):
    h.update(p.tobytes())
print(h.hexdigest())
"""


@pytest.mark.slow
@pytest.mark.parametrize("coretype", ["Prescott", "Nehalem", "Sandybridge"])
def test_probabilities_do_not_depend_on_the_blas_kernel(bench, coretype):
    """OpenBLAS picks its kernel by CPU; OPENBLAS_CORETYPE forces another one (older SIMD, other
    blocking): the probabilities keep every bit."""
    def run(env):
        out = subprocess.run([sys.executable, "-c", _PROBE, str(bench / "dev.jsonl.gz")], cwd=ROOT, check=True,
                             capture_output=True, text=True, env={**os.environ, **env})
        return out.stdout.strip()

    native = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_NUM_THREADS")}
    assert run({"OPENBLAS_CORETYPE": coretype, "OPENBLAS_NUM_THREADS": "1"}) == \
        subprocess.run([sys.executable, "-c", _PROBE, str(bench / "dev.jsonl.gz")], cwd=ROOT, check=True,
                       capture_output=True, text=True, env=native).stdout.strip()


def test_the_fast_path_agrees_with_the_reference_forward_pass(dev_rows):
    """Inference folds standardisation into fixed-point weights and sums small layers in a fixed
    order; training's plain float forward pass gives the same probabilities to 1e-6."""
    model = cleaner.body_model()
    for page in _pages(dev_rows, 40):
        b, X = classify.features_batch([page])
        if not b.rows:
            continue
        p1 = classify.mlp(X, model.stage1)
        ref = classify.mlp(np.concatenate([X, classify.stage2_features(p1)], axis=1), model.stage2)
        fast = classify.probabilities(b, X, model)
        assert np.max(np.abs(fast - ref)) < 1e-6


def test_feature_names_match_the_matrix_and_the_model(dev_rows):
    b, X = classify.features_batch(_pages(dev_rows, 3))
    assert X.shape[1] == len(classify.FEATURE_NAMES) == len(set(classify.FEATURE_NAMES))
    assert np.all(np.abs(X) < portable.X_BOUND)  # the fixed point's range
    raw = json.loads((ROOT / "build_dataset" / "data" / "body_model.json").read_text())
    assert len(raw["stage2"]["mean"]) == len(classify.FEATURE_NAMES) + len(classify.STAGE2_NAMES)
    renamed = dict(raw, features=raw["features"][::-1])
    with pytest.raises(classify.ModelError, match="base features"):
        classify.BodyModel.from_dict(renamed)
    narrow = dict(raw, stage1=dict(raw["stage1"], layers=[[raw["stage1"]["layers"][0][0][:-1],
                                                          raw["stage1"]["layers"][0][1]]] + raw["stage1"]["layers"][1:]))
    with pytest.raises(classify.ModelError, match="features"):
        classify.BodyModel.from_dict(narrow)


def test_portable_log_and_exp_are_within_two_ulp():
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.random(20000) * 1e4, np.arange(1.0, 5000.0), rng.random(2000) * 1e-6 + 1e-300, [1e300]])
    assert portable.log(1.0) == 0.0
    assert np.max(np.abs(portable.log(x) - np.log(x)) / np.spacing(np.abs(np.log(x)) + 1e-300)) <= 2
    z = np.concatenate([rng.standard_normal(20000) * 20, [-700.0, 0.0, 700.0]])
    assert np.max(np.abs(portable.exp(z) - np.exp(z)) / np.spacing(np.exp(z))) <= 2
    assert portable.sigmoid(np.array([0.0]))[0] == 0.5


def test_exact_matmul_is_the_exact_fixed_point_product():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((3000, 145)) * 8
    w = portable.FixedWeights(rng.standard_normal((145, 25)) * 50)
    got = portable.exact_matmul([x[:, :60], x[:, 60:]], w)
    # the same product in Python integers (no rounding at all) for a few rows
    q = np.rint(np.ldexp(x, portable.X_BITS)).astype(np.int64)
    ints = w.ints.astype(np.int64)
    for r in (0, 1, 1023, 1024, 2999):
        exact = [sum(int(a) * int(b) for a, b in zip(q[r], ints[:, j])) for j in range(25)]
        assert got[r].tolist() == [float(e) * s * 2.0 ** -portable.X_BITS for e, s in zip(exact, w.scale)]
    # row by row, in odd chunks: the same bits
    assert np.array_equal(np.vstack([portable.exact_matmul(x[i:i + 333], w) for i in range(0, 3000, 333)]), got)
    assert np.max(np.abs(got - x @ w.values)) < 1e-6 * np.max(np.abs(got))


def test_the_headline_model_is_typed_and_checked_on_load():
    from build_dataset.clean import headline

    raw = json.loads((ROOT / "build_dataset" / "data" / "headline_model.json").read_text())
    model = headline.HeadlineModel.from_dict(raw)
    assert len(model.coef_cheap) == len(headline.CHEAP) and len(model.coef_rich) == len(headline.RICH)
    with pytest.raises(headline.ModelError, match="feature list"):
        headline.HeadlineModel.from_dict(dict(raw, features=raw["features"][::-1]))


# A recipe page in three languages: a menu above, the article, its own list under a lead-in ending in ':' (or the
# full-width "：" of Chinese and Japanese), the article's last line, a list of other stories below. The list shares its words with the article; the menu and the other stories do not.
_COHESION_PAGES = {
    "en": (["Home", "Sports", "Weather", "Contact us"],
           ["Our lemon cake needs fresh lemons, butter and a little sugar, and it bakes in forty minutes.",
            "Beat the butter with the sugar until pale, then fold in the flour and the grated lemons.",
            "You will need:"],
           ["200 g butter", "150 g sugar", "3 lemons", "250 g flour",
            "Serve the cake cold, with a spoon of cream and a few slices of lemon on the side."],
           ["Election results tonight", "Traffic jam on the motorway", "Football club signs striker"]),
    "de": (["Startseite", "Sport", "Wetter", "Kontakt"],
           ["Unser Zitronenkuchen braucht frische Zitronen, Butter und etwas Zucker und backt vierzig Minuten.",
            "Die Butter mit dem Zucker schaumig schlagen, dann Mehl und geriebene Zitronen unterheben.",
            "Sie brauchen:"],
           ["200 g Butter", "150 g Zucker", "3 Zitronen", "250 g Mehl",
            "Den Kuchen kalt servieren, mit einem Löffel Sahne und ein paar Scheiben Zitrone daneben."],
           ["Wahlergebnisse heute Abend", "Stau auf der Autobahn", "Fußballverein verpflichtet Stürmer"]),
    "zh": (["首页", "体育", "天气", "联系我们"],
           ["我们的柠檬蛋糕需要新鲜柠檬、黄油和少许白糖，烤四十分钟就好了。",
            "先把黄油和白糖打发，再加入面粉和柠檬皮屑，搅拌均匀以后倒进模具。",
            "你需要："],
           ["黄油二百克", "白糖一百五十克", "柠檬三个", "面粉二百五十克",
            "蛋糕冷了以后再吃，配一勺奶油和几片柠檬，味道最好，也可以放进冰箱保存两天。"],
           ["今晚选举结果", "高速公路堵车", "足球俱乐部签下前锋"]),
}


@pytest.mark.parametrize("lang", sorted(_COHESION_PAGES))
def test_a_pages_own_list_shares_its_words_with_the_article(lang):
    menu, article, (*items, last), others = _COHESION_PAGES[lang]
    lines = menu + [""] + article + items + [last, ""] + others
    keep, X = classify.features(lines)
    col = {name: X[:, j] for j, name in enumerate(classify.FEATURE_NAMES)}
    row = {lines[i]: k for k, i in enumerate(keep)}
    own = [col["coh_prose"][row[t]] for t in items]
    foreign = [col["coh_prose"][row[t]] for t in menu + others]
    assert np.mean(own) > 2 * np.mean(foreign) and min(own) > 0.0  # a menu may share a word ("我们")
    if lang != "zh":
        assert min(own) == 1.0 and max(foreign) == 0.0
    assert all(col["short_run_after_colon"][row[t]] == 1.0 for t in items)
    assert col["short_run"][row[items[0]]] == portable.log1p(np.array([float(len(items))]))[0]
    assert not any(col["short_run_after_colon"][row[t]] for t in menu + others)
    assert col["coh_prose@w2"][row[items[1]]] > col["coh_prose@w2"][row[others[1]]]
    # a line's own words are not its cohesion: the article's sentences match each other, not themselves
    alone, X1 = classify.features(article[:1])
    assert X1[0, classify.FEATURE_NAMES.index("coh_prose")] == 0.0
