"""Scripts written without spaces between words (Chinese, Japanese, Thai): lines are measured in word
equivalents, and the cleaner keeps such articles whole."""

from __future__ import annotations

import math

import numpy as np
import pytest

from build_dataset.clean import classify
from build_dataset.clean.cleaner import clean_text
from build_dataset.clean.lines import UNSPACED, UNSPACED_RUN, has_unspaced, make_line, split_lines, word_count
from conftest import ROOT

PAGES = ROOT / "tests" / "pages_cjk"  # a Chinese and a Japanese news page written for these tests

HAN, THAI = 1 / 1.7, 1 / 4.0  # words per character, as lines.UNSPACED says
assert {r for *_, r in UNSPACED} == {1.7, 4.0}


@pytest.mark.parametrize("text, words", [
    ("The talks ended on Friday without an agreement.", 8),      # Latin: whitespace words, as before
    ("Die Gespräche endeten am Freitag.", 5),                      # accented Latin: the same
    ("新线路全长八十六公里", 6),                                   # 10 Han characters: ceil(10 / 1.7)
    ("新线路全长八十六公里,共设车站五十二座。", math.ceil(18 * HAN)),  # punctuation counts for nothing
    ("海辺の小さな町で、新しい図書館が開館した。", math.ceil(19 * HAN)),  # kana and kanji alike
    ("Nasa表示 2015年", 2 + math.ceil(3 * HAN)),                  # spaced words plus the unspaced characters
    ("ประเทศไทยมีฝนตกหนัก", math.ceil(19 * THAI)),               # Thai: 19 code points, 4 a word
    ("ฝนตกหนัก ในกรุงเทพ", math.ceil(17 * THAI)),                 # a space between Thai phrases adds nothing
    ("中", 1),                                                      # any unspaced character is at least a word
])
def test_word_count_counts_unspaced_scripts_in_word_equivalents(text, words):
    assert word_count(text) == words
    assert make_line(1, text).words == words


@pytest.mark.parametrize("text", [
    "plain ASCII", "Die Gespräche endeten am Freitag.", "“Curly” quotes – and dashes…", "नई दिल्ली में बारिश",
    "ＦＵＬＬＷＩＤＴＨ ｌｅｔｔｅｒｓ", "\ufeffa byte-order mark", "\ud800 a lone surrogate", "🙂 astral", "新线路全长",
    "ฝนตกหนัก", "カタカナ", "\u3400", "\u4dbf\u9fff", "\uf900\ufaff", "\u0e00\u0e7f", "\u303f\u0dff\u0e80\ufb00", "",
])
def test_the_byte_test_for_unspaced_scripts_agrees_with_the_expression(text):
    """has_unspaced looks for the UTF-8 lead bytes of the unspaced scripts before it runs the expression: the same
    answer on texts with other characters behind the same lead bytes (Devanagari, full-width forms) and without."""
    assert has_unspaced(text) == (UNSPACED_RUN.search(text) is not None)


def test_the_classifier_counts_the_same_word_equivalents_and_cjk_sentence_ends():
    lines = ["新线路全长八十六公里,共设车站五十二座。", "他说:「这将大大缓解交通压力。」", "相关新闻", "Share this article"]
    _, X = classify.features(lines)
    col = {n: i for i, n in enumerate(classify.FEATURE_NAMES)}
    # the classifier does not round: 18, 12 and 4 Han characters (punctuation counts for nothing), 3 English words
    expected = [18 * HAN, 12 * HAN, 4 * HAN, 3.0]
    assert np.allclose(X[:, col["log_words"]], np.log1p(expected))
    assert X[:, col["ends_term"]].tolist() == [1.0, 1.0, 0.0, 0.0]
    assert X[:, col["term_per_word"]][0] == pytest.approx(1 / (18 * HAN))  # one 。
    assert X[:, col["stop_ratio"]][1] == pytest.approx(3 / (12 * HAN))   # 他, 这 and 将: function characters
    concepts = [n for n in classify.CONCEPT_NAMES if X[2, col["c_" + n]]]
    assert concepts == ["related"] and X[3, col["c_share"]] == 1.0  # 相关 ("related"), as "share" in English


def _page(name: str) -> tuple[str, list[str]]:
    text = (PAGES / name).read_text(encoding="utf-8")
    return text, [ln.strip() for ln in text.splitlines() if len(ln) >= 60]  # its paragraphs: the long lines


@pytest.mark.parametrize("name", ["zh_metro.txt", "ja_library.txt"])
def test_a_cjk_article_comes_out_whole(name):
    text, paragraphs = _page(name)
    cleaned = clean_text(text)
    kept = cleaned.text.split("\n\n")
    # every paragraph, whole and in order (as the Unicode repair writes it: full-width commas made ASCII)
    paragraphs = [line.text for line in split_lines("\n".join(paragraphs))]
    assert [p for p in kept if p in paragraphs] == paragraphs
    assert cleaned.language in ("zh", "ja")
    navigation = text.splitlines()[:8]  # the site's menu, a login link and the breadcrumb
    assert not set(navigation) & set(kept)
    assert cleaned.title is not None and cleaned.title not in navigation


@pytest.mark.parametrize("name, furniture", [
    ("zh_metro.txt", ("分享到:微信 微博 QQ空间", "相关新闻", "公交线路下月起调整", "版权所有 © 2023 城市日报社 未经授权禁止转载")),
    ("ja_library.txt", ("Twitter Facebook LINE", "関連記事", "駅前に新しい公園がオープン", "Copyright © 2023 海辺新聞社 All rights reserved.")),
])
def test_a_cjk_page_loses_its_share_bar_related_list_and_footer(name, furniture):
    kept = clean_text(_page(name)[0]).text.split("\n\n")
    assert not set(furniture) & set(kept)


def test_the_japanese_page_has_its_headline():
    assert clean_text(_page("ja_library.txt")[0]).title == "海辺の町で新しい図書館が開館、住民の交流拠点に"
