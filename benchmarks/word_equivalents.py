"""Characters per word in the scripts written without spaces (lines.UNSPACED), measured with word segmenters.

    python3 -m pip install jieba pythainlp janome   # in a scratch venv: measuring tools, not the project's
    python3 benchmarks/word_equivalents.py [--bench ../shared/bench]

Chinese: jieba's frequency list (dict.txt, 60 M tokens of segmented text), Han characters per word,
weighted by frequency. Thai: the Thai National Corpus' and the Thai Textbook Corpus' word frequencies
(shipped with pythainlp), code points per word. As a check on running text: the dev_multi gold text of
the Chinese pages segmented by jieba, and of the Japanese pages by janome (kana and kanji per token).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

HAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
THAI = re.compile(r"[\u0e00-\u0e7f]")


def per_word(pairs, script) -> tuple[float, int]:
    """Characters of ``script`` per word over (word, frequency) pairs, counting words that have any."""
    chars = words = 0
    for word, freq in pairs:
        n = len(script.findall(word))
        if n:
            chars, words = chars + n * freq, words + freq
    return chars / words, words


def frequency_list(path: Path, sep=None):
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(sep)
        if len(parts) >= 2 and parts[1].isdigit():
            yield parts[0], int(parts[1])


def main() -> None:
    import jieba
    import pythainlp
    from janome.tokenizer import Tokenizer

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bench", default=str(Path(__file__).resolve().parents[2] / "shared" / "bench"))
    args = p.parse_args()
    print("source                                   chars/word   words")
    ratio, n = per_word(frequency_list(Path(jieba.__file__).parent / "dict.txt"), HAN)
    print(f"zh  jieba dict.txt (frequency-weighted)  {ratio:10.3f}  {n:>9,}")
    for name in ("tnc_freq.txt", "ttc_freq.txt"):
        ratio, n = per_word(frequency_list(Path(pythainlp.__file__).parent / "corpus" / name, "\t"), THAI)
        print(f"th  pythainlp {name:26} {ratio:10.3f}  {n:>9,}")
    rows = [json.loads(line) for line in gzip.open(Path(args.bench) / "dev_multi.jsonl.gz", "rt", encoding="utf-8")]
    tokenizer = Tokenizer()
    for code, lang, segment in (("zh", "Chinese", jieba.lcut),
                                ("ja", "Japanese", lambda t: [x.surface for x in tokenizer.tokenize(t)])):
        text = "\n".join("\n".join([r["gold_text"] or ""] + (r.get("gold_with") or [])) for r in rows if r["lang"] == lang)
        ratio, n = per_word(((w, 1) for w in segment(text)), HAN)
        print(f"{code}  dev_multi {lang + ' gold, segmented':26} {ratio:10.3f}  {n:>9,}")


if __name__ == "__main__":
    main()
