"""Where a page's time goes: the cleaner's stages, and each step of the build's pipeline.

    python benchmarks/stages.py [--bench ../shared/bench] [--limit N] [--repeat 3] [--shard 200] [--json OUT]

The cleaner, in process on one core over the dev pages in batches of ``--shard`` pages, as the build
cleans a shard (each stage the best of ``--repeat`` runs): parsing, the line rules, the body
classifier (one batch), deciding the pages (line rules, page rules, classifier, headline), settling,
and the whole cleaner (``cleaner.clean_texts``). Then the whole cleaner again with the classifier's
answers replayed from a first run: the rate the cleaner would have if the classifier cost nothing.

The build: the production pipeline (``pipeline.run_steps`` with ``pipeline.BUILD``, the garbage
collector paused as ``pipeline.build`` pauses it) over one shard of ``--shard`` dev pages spread over
the set, each step timed (the best of ``--repeat`` builds of the shard).

Both are set against the throughput targets: 1,000 pages/s for the cleaner (1 ms a page), and
10 MB/s of raw text a core for the build (in ms a page at the pages' mean size). Nothing from
the dev set is written into the project.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_dataset.clean import cleaner  # noqa: E402
from build_dataset.clean.lines import split_lines  # noqa: E402
from build_dataset.clean.rules.dispatch import first_rules_batch  # noqa: E402
from build_dataset.shard import pipeline  # noqa: E402

CLEANER_TARGET = 1000        # pages/s (issue 13)
BUILD_TARGET = 10e6          # bytes of raw text a second, one core (issue 13)


def best_of(repeat: int, fn, items) -> float:
    """The best wall time over ``repeat`` runs of ``fn`` on every item, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for item in items:
            fn(*item)
        best = min(best, time.perf_counter() - started)
    return best


def cleaner_stages(texts: list[str], repeat: int, batch: int) -> dict[str, float]:
    """ms a page of each stage of the cleaner, on batches of ``batch`` pages, and of the cleaner with a free classifier."""
    n = len(texts)
    batches = [texts[i:i + batch] for i in range(0, n, batch)]
    parsed = [[split_lines(t) for t in b] for b in batches]
    model = cleaner.body_model()
    scored = [cleaner.scores(pages, model) for pages in parsed]
    decided = [[cleaner.decide(lines, model, scored=s) for lines, s in zip(pages, ss)] for pages, ss in zip(parsed, scored)]
    stages = {
        "parse (split_lines)": best_of(repeat, split_lines, [(t,) for t in texts]),
        "line rules (a batch)": best_of(repeat, first_rules_batch, [(pages,) for pages in parsed]),
        "body classifier (a batch)": best_of(repeat, cleaner.scores, [(pages, model) for pages in parsed]),
        "decide (rules, classifier, headline)": best_of(
            repeat, lambda pages: [cleaner.decide(lines, model, scored=s, ruled=r) for lines, s, r
                                   in zip(pages, cleaner.scores(pages, model), first_rules_batch(pages))],
            [(pages,) for pages in parsed]),
        "settle (the articles cleaned again)": best_of(
            repeat, lambda pages, d: cleaner.settle(pages, [list(x) for x in d], model), list(zip(parsed, decided))),
        "whole cleaner (clean_texts)": best_of(repeat, cleaner.clean_texts, [(b,) for b in batches]),
    }
    real = cleaner.scores
    answers: dict[tuple, list] = {}

    def key(pages):
        return tuple(tuple(ln.text for ln in lines) for lines in pages)

    def recording(pages, model=None):
        answers[key(pages)] = out = real(pages, model)
        return out

    try:
        cleaner.scores = recording
        for b in batches:
            cleaner.clean_texts(b)
        cleaner.scores = lambda pages, model=None: answers[key(pages)]
        stages["whole cleaner, classifier free (replayed)"] = best_of(repeat, cleaner.clean_texts, [(b,) for b in batches])
    finally:
        cleaner.scores = real
    return {name: seconds / n * 1000 for name, seconds in stages.items()}


def build_stages(texts: list[str], folder: Path) -> dict[str, float]:
    """ms a page of each step of the build's pipeline on one shard of ``texts``."""
    names = [f"page-{i:06d}.txt" for i in range(len(texts))]
    for name, text in zip(names, texts):
        (folder / name).write_text(text, encoding="utf-8")
    spent: dict[str, float] = {}

    @contextlib.contextmanager
    def timer(step: str):
        started = time.perf_counter()
        yield
        spent[step] = spent.get(step, 0.0) + time.perf_counter() - started

    (task,) = pipeline.plan(folder, [folder / name for name in names], size=len(names))
    with pipeline.gc_paused():
        pipeline.run_steps(task, pipeline.BUILD, timer)
    return {step: seconds / len(texts) * 1000 for step, seconds in spent.items()}


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
    p.add_argument("--shard", type=int, default=pipeline.SHARD_PAGES, help="pages in a shard (and in a cleaner's batch)")
    p.add_argument("--json", default=None, help="also write every number as JSON here")
    args = p.parse_args(argv)

    rows = [json.loads(line) for line in gzip.open(Path(args.bench) / "dev.jsonl.gz", "rt", encoding="utf-8")]
    texts = [r["raw_text"] for r in rows][: args.limit]
    mean_bytes = sum(len(t.encode("utf-8")) for t in texts) / len(texts)
    sample = texts[:: max(1, len(texts) // args.shard)][: args.shard]  # spread over the dev set
    pipeline.warm_up()
    with pipeline.one_blas_thread():
        cleaner = cleaner_stages(texts, args.repeat, args.shard)
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
    print(f"\nThe classifier takes {1 - free / cleaner['whole cleaner (clean_texts)']:.0%} of the cleaner's time; without "
          f"it the cleaner would run at {1000 / free:.0f} pages/s. Beside the cleaner, the build spends "
          f"{beside:.2f} ms a page, against the {build_budget:.2f} ms a page that 10 MB/s allows in all.")
    if args.json:
        Path(args.json).write_text(json.dumps({"pages": len(texts), "mean_bytes": mean_bytes, "cleaner_ms": cleaner,
                                               "build_ms": build, "build_budget_ms": build_budget}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
