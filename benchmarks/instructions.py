"""Instructions a build step executes on one shard: a measure of speed that other work on the machine does not move.

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        python benchmarks/instructions.py STEP[,STEP...] [--bench ../shared/bench] [--pages 200]

STEP is a step of ``pipeline.BUILD`` (clean, records, tables, validate, serialise). The steps before the
first one named run uncounted on a shard of ``--pages`` dev pages spread over the set (as
``benchmarks/stages.py`` builds its shard), after a warm-up build of 20 pages (imports, models); the named
steps then run inside ``functools.reduce``, so callgrind counts them alone. Divide valgrind's
"Collected" count by the pages. Compare two checkouts with the same ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_dataset.shard import pipeline  # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("steps", help="comma-separated steps of pipeline.BUILD, in order")
    p.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"), help="folder with dev.jsonl.gz")
    p.add_argument("--pages", type=int, default=pipeline.SHARD_PAGES, help="pages in the shard")
    args = p.parse_args(argv)
    steps = [getattr(pipeline, name) for name in args.steps.split(",")]

    texts = [json.loads(line)["raw_text"] for line in gzip.open(Path(args.bench) / "dev.jsonl.gz", "rt", encoding="utf-8")]
    sample = texts[:: max(1, len(texts) // args.pages)][: args.pages]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = [folder / f"page-{i:06d}.txt" for i in range(len(sample))]
        for path, text in zip(paths, sample):
            path.write_text(text, encoding="utf-8")
        pipeline.warm_up()
        with pipeline.one_blas_thread(), pipeline.gc_paused():
            (warm,) = pipeline.plan(folder, paths[:20], size=20)
            pipeline.run_steps(warm, pipeline.BUILD)
            (task,) = pipeline.plan(folder, paths, size=len(paths))
            shard = pipeline.run_steps(task, pipeline.BUILD[:pipeline.BUILD.index(steps[0])])
            functools.reduce(lambda _, step: step(shard), steps, None)  # the counted region
    print(f"{len(sample)} pages; steps counted: {args.steps}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
