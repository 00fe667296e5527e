"""Story and near-duplicate clusters on the labelled set in ``benchmarks/stories/``: pairwise precision, recall, F1.

    python3 benchmarks/stories.py [--sweep] [--write] [--merge N]

The set (its labelling rule: ``benchmarks/stories/LABELLING.md``) is the seeds' cleaned records (built
here from ``seeds/``), the articles of ``articles.jsonl`` and the near-duplicate variants of
``variants.json``, made below. The columns come from :func:`build_dataset.shard.clusters.cluster`, the
build's own merge. ``--sweep`` also prints both scores at other thresholds (how they were chosen);
``--write`` writes the scores to ``build_dataset/data/stories_quality.json``, which the card states.
``--merge N`` times the merge and measures its memory (tracemalloc) on N random signatures, added in shards of 200.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "benchmarks" / "stories"
QUALITY = ROOT / "build_dataset" / "data" / "stories_quality.json"
sys.path.insert(0, str(ROOT))

from build_dataset.shard import clusters, pipeline  # noqa: E402

#: A seed's story (LABELLING.md): 000 and 001 report one event; the others are each alone.
SEED_STORIES = {"000": "seed-air-defence", "001": "seed-air-defence"}

HEADER = ("Subscribe to our free newsletter and get the day's top stories in your inbox every morning.\n\n"
          "Advertisement\n\n")
FOOTER = ("\n\nShare this article: Facebook, Twitter, WhatsApp, E-mail.\n\n"
          "© 2022 All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")
WIRE_FOOTER = "\n\n(Reporting by the wire desk; editing by the news editor)"
#: A sub-editor's word changes (paraphrase): at most one in twenty-five words of a text is changed.
SWAPS = {"said": "stated", "officials": "sources", "Monday": "Monday morning", "would": "will",
         "Israeli": "Israel's", "Russian": "Moscow's", "after": "following", "also": "as well",
         "reported": "said", "many": "numerous", "because": "as", "since": "from"}


def variant(base: dict, kind: str) -> dict:
    """The near duplicate ``kind`` of ``base`` (see variants.json)."""
    title, text = base["title"], base["text"]
    if kind == "wire":
        title, text = f"UPDATE 1-{title}", f"JERUSALEM (Wire) - {text}{WIRE_FOOTER}"
    elif kind == "boilerplate":
        text = HEADER + text + FOOTER
    elif kind == "truncate":
        paras = text.split("\n\n")
        text = "\n\n".join(paras[:-1] if len(paras) > 3 else paras) + "\n\nRead more on our website."
    elif kind == "paraphrase":
        words, budget = text.split(" "), max(1, len(text.split()) // 25)
        for i, w in enumerate(words):
            if budget and w in SWAPS:
                words[i], budget = SWAPS[w], budget - 1
        text = " ".join(words)
    elif kind == "rescrape":
        title = title.upper()
    else:
        raise ValueError(kind)
    return {**base, "title": title, "text": text}


def labelled_set() -> tuple[list[dict], dict[str, str], dict[str, str]]:
    """The records, and each id's story label and near-duplicate cluster label."""
    seeds = [r.article for r in pipeline.run(ROOT / "seeds").results]
    for r in seeds:
        r["story"] = SEED_STORIES.get(r["id"][:3], r["id"])
    records = seeds + [json.loads(line) for line in (SET / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in records}
    near = {r["id"]: r["id"] for r in records}
    variants = json.loads((SET / "variants.json").read_text(encoding="utf-8"))
    for vid, (base, kind) in ((k, v) for k, v in variants.items() if k != "_"):
        records.append({**variant(by_id[base], kind), "id": vid})
        near[vid] = base
    return records, {r["id"]: r["story"] for r in records}, near


def pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for key, label in labels.items():
        groups.setdefault(label, []).append(key)
    return {p for members in groups.values() for p in itertools.combinations(sorted(members), 2)}


def scores(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of ``predicted`` clusters against ``gold`` (id -> cluster label)."""
    p, g = pairs(predicted), pairs(gold)
    precision = len(p & g) / len(p) if p else 1.0
    recall = len(p & g) / len(g) if g else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def evaluate(records, story_gold, near_gold) -> dict[str, tuple[float, float, float]]:
    found = clusters.cluster(records)
    return {"story_id": scores({k: s for k, (_, s) in found.items()}, story_gold),
            "near_duplicate_of": scores({k: n or k for k, (n, _) in found.items()}, near_gold)}


def measured(records, story_gold, near_gold) -> dict:
    """The set's size and both columns' scores, rounded as the card states them."""
    scored = evaluate(records, story_gold, near_gold)
    return {"records": len(records), "stories": len(set(story_gold.values())), "story_pairs": len(pairs(story_gold)),
            "near_pairs": len(pairs(near_gold)),
            **{column: dict(zip(("precision", "recall", "f1"), (round(x, 3) for x in scores)))
               for column, scores in scored.items()}}


def merge_cost(n: int) -> None:
    """The merge's time and memory a record, on ``n`` random signatures (no two alike: the cost of finding nothing)."""
    import random
    import tempfile
    import time
    import tracemalloc

    rng = random.Random(17)
    rows = [[f"r{i:09d}", [rng.getrandbits(32) for _ in range(clusters.NUM_PERM)],
             sorted(rng.getrandbits(64) for _ in range(60)), sorted(rng.getrandbits(64) for _ in range(8)),
             [rng.getrandbits(32) for _ in range(clusters.NUM_PERM)],
             [rng.getrandbits(32) for _ in range(clusters.NUM_PERM)], None] for i in range(n)]
    shards = [clusters.Signatures.pack(rows[k:k + 200]).to_bytes() for k in range(0, n, 200)]  # as workers send them
    del rows
    with tempfile.TemporaryFile() as spill:  # as the build's merge spills them
        tracemalloc.start()
        start = time.process_time()
        merge = clusters.Merge(spill=spill)
        for shard in shards:
            merge.add(shard)
        added, held = time.process_time() - start, tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        start = time.process_time()
        merge.clusters()
        linked, peak = time.process_time() - start, tracemalloc.get_traced_memory()[1]
    print(f"merge of {n} signatures: add {added / n * 1e3:.3f} ms and {held / n / 1024:.2f} KiB a record; "
          f"clusters {linked / n * 1e3:.3f} ms a record, peak {peak / n / 1024:.2f} KiB a record (process time; "
          f"held: what the merge keeps while shards arrive, the shards' bytes aside)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="the scores at other thresholds too")
    parser.add_argument("--write", action="store_true", help=f"write the scores to {QUALITY.relative_to(ROOT)}")
    parser.add_argument("--merge", type=int, default=0, metavar="N", help="time the merge on N random signatures")
    args = parser.parse_args()
    if args.merge:
        merge_cost(args.merge)
    records, story_gold, near_gold = labelled_set()
    quality = measured(records, story_gold, near_gold)
    print(f"{quality['records']} records, {quality['stories']} stories, {quality['story_pairs']} same-story pairs, "
          f"{quality['near_pairs']} near-duplicate pairs")
    for column in ("story_id", "near_duplicate_of"):
        q = quality[column]
        print(f"{column:18} precision {q['precision']:.3f}  recall {q['recall']:.3f}  F1 {q['f1']:.3f}")
    if args.write:
        QUALITY.write_text(json.dumps(quality, indent=2) + "\n", encoding="utf-8")
    if args.sweep:
        pinned = clusters.STORY_JACCARD, clusters.NEAR_AGREE, clusters.STORY_DAYS, clusters.TITLE_JACCARD
        for jaccard in (Fraction(1, 8), Fraction(3, 20), Fraction(1, 6), Fraction(1, 5), Fraction(1, 4)):
            clusters.STORY_JACCARD = jaccard
            p, r, f = evaluate(records, story_gold, near_gold)["story_id"]
            print(f"story Jaccard >= {float(jaccard):.2f}: precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
        clusters.STORY_JACCARD = pinned[0]
        for jaccard in (Fraction(1, 4), Fraction(1, 3), Fraction(2, 5), Fraction(1, 2), Fraction(2)):
            clusters.TITLE_JACCARD = jaccard
            p, r, f = evaluate(records, story_gold, near_gold)["story_id"]
            label = f"title Jaccard >= {float(jaccard):.2f}" if jaccard <= 1 else "no title link"
            print(f"{label}: precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
        clusters.TITLE_JACCARD = pinned[3]
        for days in (1, 3, 7, 10_000):
            clusters.STORY_DAYS = days
            p, r, f = evaluate(records, story_gold, near_gold)["story_id"]
            print(f"story dates within {days} days: precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
        clusters.STORY_DAYS = pinned[2]
        for agree in (38, 51, 64, 77, 90, 103):
            clusters.NEAR_AGREE = agree
            p, r, f = evaluate(records, story_gold, near_gold)["near_duplicate_of"]
            print(f"near: {agree}/{clusters.NUM_PERM} values agree (Jaccard >= {agree / clusters.NUM_PERM:.2f}): "
                  f"precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
        clusters.NEAR_AGREE = pinned[1]


if __name__ == "__main__":
    main()
