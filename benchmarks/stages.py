"""Where a page's time goes: the cleaner's stages, and what a page costs in the build beside the cleaner.

    python benchmarks/stages.py [--bench ../shared/bench] [--limit N] [--repeat 3] [--json OUT]

The cleaner, in process on one core over the dev pages (each stage the best of ``--repeat`` runs):
parsing, the line rules, the body classifier's first call, deciding a page (line rules, page rules,
classifier, headline), settling, and the whole cleaner. Then the whole cleaner again with the
classifier's answers replayed from a first run: the rate the cleaner would have if the classifier
cost nothing, which bounds what any speed-up of the classifier can give.

The build, in process over one shard of ``--shard`` dev pages (spread over the set), step by step as ``shards.build``
runs them (the garbage collector paused likewise): reading, cleaning, records (language id,
hashes), tables, validation, Parquet and Arrow bytes, the content hash's input, statistics (each
step the best of ``--repeat`` builds of the shard).

Both are set against the throughput targets: 500 pages/s for the cleaner (2 ms a page), and
10 MB/s of raw text a core for the build (in ms a page at the pages' mean size). Nothing from
the dev set is written into the project.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_dataset import checks, classify, clean, publish, records, shards, stats  # noqa: E402
from build_dataset.lines import split_lines  # noqa: E402
from build_dataset.manifest import content_bytes  # noqa: E402
from build_dataset.pipeline import PageResult, one_blas_thread, warm_up  # noqa: E402
from build_dataset.read import read_page  # noqa: E402
from build_dataset.rules.dispatch import first_rules  # noqa: E402
from build_dataset.tables import to_table  # noqa: E402

CLEANER_TARGET = 500         # pages/s (issue 3)
BUILD_TARGET = 10e6          # bytes of raw text a second, one core (issue 7)


def best_of(repeat: int, fn, items) -> float:
    """The best wall time over ``repeat`` runs of ``fn`` on every item, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for item in items:
            fn(*item)
        best = min(best, time.perf_counter() - started)
    return best


def cleaner_stages(texts: list[str], repeat: int) -> dict[str, float]:
    """ms a page of each stage of the cleaner, and of the cleaner with a free classifier."""
    n = len(texts)
    pages = [split_lines(t) for t in texts]
    decided = [clean.decide(lines) for lines in pages]
    weights = clean.body_model()
    stages = {
        "parse (split_lines)": best_of(repeat, split_lines, [(t,) for t in texts]),
        "line rules (first_rules)": best_of(repeat, first_rules, [(lines,) for lines in pages]),
        "classifier, first call": best_of(repeat, classify.predict_nonempty,
                                          [([ln.text for ln in lines], weights) for lines in pages]),
        "decide (rules, classifier, headline)": best_of(repeat, clean.decide, [(lines,) for lines in pages]),
        "settle (the article cleaned again)": best_of(repeat, lambda lines, d: clean.settle([lines], [list(d)]),
                                                      list(zip(pages, decided))),
        "whole cleaner (clean_text)": best_of(repeat, clean.clean_text, [(t,) for t in texts]),
    }
    real = clean.scores
    answers: dict[tuple, list] = {}

    def key(pages):
        return tuple(tuple(ln.text for ln in lines) for lines in pages)

    def recording(pages, model=None):
        answers[key(pages)] = out = real(pages, model)
        return out

    try:
        clean.scores = recording
        for t in texts:
            clean.clean_text(t)
        clean.scores = lambda pages, model=None: answers[key(pages)]
        stages["whole cleaner, classifier free (replayed)"] = best_of(repeat, clean.clean_text, [(t,) for t in texts])
    finally:
        clean.scores = real
    return {name: seconds / n * 1000 for name, seconds in stages.items()}


def build_stages(texts: list[str], folder: Path) -> dict[str, float]:
    """ms a page of each step of building one shard of ``texts`` (as shards.build does them)."""
    names = [f"page-{i:06d}.txt" for i in range(len(texts))]
    for name, text in zip(names, texts):
        (folder / name).write_text(text, encoding="utf-8")
    spent: dict[str, float] = {}

    def timed(label, fn, *args):
        started = time.perf_counter()
        out = fn(*args)
        spent[label] = spent.get(label, 0.0) + time.perf_counter() - started
        return out

    with shards.gc_paused():
        read = [timed("read", read_page, folder / name, folder) for name in names]
        cleaned = [timed("clean", clean.clean_text, page.text) for page in read]
        kept = [PageResult(page, c, timed("records (language id, hashes)", records.article_row, page, c), [])
                for page, c in zip(read, cleaned) if c.text and c.title]
        tables = {"articles": timed("tables", to_table, [r.article for r in kept], "articles"),
                  "lines": timed("tables", shards._lines_table, kept)}
        for config, table in tables.items():
            timed("Parquet bytes", publish.parquet_bytes, table)
            timed("Arrow (HF) bytes", publish.hf_shard_bytes, table)
            timed("content hash input", content_bytes, table, config)
        timed("validation (pandera)", checks.report, tables)
        timed("statistics", stats.of_tables, tables)
    return {label: seconds / len(texts) * 1000 for label, seconds in spent.items()}


def show(title: str, rows: dict[str, float], budget: float, budget_label: str) -> None:
    print(f"\n{title}")
    print(f"  {'stage':44s} {'ms/page':>8s} {'pages/s':>8s}")
    for name, ms in rows.items():
        print(f"  {name:44s} {ms:8.3f} {1000 / ms:8.0f}")
    print(f"  {budget_label:44s} {budget:8.3f} {1000 / budget:8.0f}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"), help="folder with dev.jsonl.gz")
    p.add_argument("--limit", type=int, default=None, help="use only the first N dev pages")
    p.add_argument("--repeat", type=int, default=3, help="runs of each stage; the best is kept")
    p.add_argument("--shard", type=int, default=shards.SHARD_PAGES, help="pages in the built shard")
    p.add_argument("--json", default=None, help="also write every number as JSON here")
    args = p.parse_args(argv)

    rows = [json.loads(line) for line in gzip.open(Path(args.bench) / "dev.jsonl.gz", "rt", encoding="utf-8")]
    texts = [r["raw_text"] for r in rows][: args.limit]
    mean_bytes = sum(len(t.encode("utf-8")) for t in texts) / len(texts)
    sample = texts[:: max(1, len(texts) // args.shard)][: args.shard]  # spread over the dev set
    warm_up()
    with one_blas_thread():
        cleaner = cleaner_stages(texts, args.repeat)
        with tempfile.TemporaryDirectory() as tmp:
            build_stages(texts[:20], Path(tmp))  # first calls import and set up (datasets, pandera): not timed
            runs = [build_stages(sample, Path(tmp)) for _ in range(args.repeat)]
            build = {label: min(run[label] for run in runs) for label in runs[0]}
    beside = sum(ms for label, ms in build.items() if label != "clean")
    build["all but cleaning"] = beside
    build_budget = sum(len(t.encode("utf-8")) for t in sample) / len(sample) / BUILD_TARGET * 1000

    print(f"{len(texts)} dev pages, {mean_bytes / 1000:.1f} kB a page on average")
    show("The cleaner (in process, one core)", cleaner, 1000 / CLEANER_TARGET, f"target: {CLEANER_TARGET} pages/s")
    show(f"The build: one shard of {len(sample)} pages spread over the dev set, step by step", build, build_budget,
         "target: 10 MB/s a core, at these pages' size")
    free = cleaner["whole cleaner, classifier free (replayed)"]
    print(f"\nThe classifier takes {1 - free / cleaner['whole cleaner (clean_text)']:.0%} of the cleaner's time; without "
          f"it the cleaner would run at {1000 / free:.0f} pages/s. Beside the cleaner, the build spends "
          f"{beside:.2f} ms a page, against the {build_budget:.2f} ms a page that 10 MB/s allows in all.")
    if args.json:
        Path(args.json).write_text(json.dumps({"pages": len(texts), "mean_bytes": mean_bytes, "cleaner_ms": cleaner,
                                               "build_ms": build, "build_budget_ms": build_budget}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
