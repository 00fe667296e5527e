"""Cleaner quality on the dev set: F1 per source and overall, empty outputs, pages per second.

    python benchmarks/quality.py [--bench ../shared/bench] [--limit N] [--sources wcxb,l3s-gn1] [--floor F]
    python benchmarks/quality.py --metadata [--set multi]

It writes each dev page as a ``.txt`` file in a temporary folder, runs ``build-dataset clean`` on
the folder (the same code path users run), and scores the ``text`` of each page against
``gold_text`` with the benchmark's own ``score.py`` (the article-extraction-benchmark metric).
Nothing from the dev set is written into the project. With ``--floor``, it exits 1 when the
overall F1 is below the floor (the CI quality gate).

``--metadata`` scores the metadata fields too (title token-F1 >= 0.8, author token-F1 >= 0.5, date
exact, by source and by language) with the benchmark's ``score2.py``; ``--set multi`` runs on
``dev_multi.jsonl.gz`` (many languages, with author and date gold) instead of ``dev.jsonl.gz``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


SETS = {"dev": "dev.jsonl.gz", "multi": "dev_multi.jsonl.gz"}


def page_file_name(page_id: str) -> str:
    return page_id.replace("/", "__") + ".txt"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"), help="folder with dev.jsonl.gz and score.py")
    p.add_argument("--limit", type=int, default=None, help="use only the first N pages (after --every)")
    p.add_argument("--every", type=int, default=1, help="use every Nth page (a fixed, spread-out subset)")
    p.add_argument("--sources", default=None, help="comma-separated sources to keep (default: all)")
    p.add_argument("--floor", type=float, default=None, help="exit 1 if overall F1 is below this")
    p.add_argument("--keep", default=None, help="keep the predictions JSONL at this path")
    p.add_argument("--json", default=None, help="also write a summary (F1 overall and per source, empties) here")
    p.add_argument("--set", choices=sorted(SETS), default="dev", help="which dev file (default: dev.jsonl.gz)")
    p.add_argument("--metadata", action="store_true",
                   help="score title, author and date too, by source and language (score2.py)")
    args = p.parse_args(argv)

    bench = Path(args.bench)
    rows = [json.loads(line) for line in gzip.open(bench / SETS[args.set], "rt", encoding="utf-8")]
    if args.sources:
        keep = set(args.sources.split(","))
        rows = [r for r in rows if r["source"] in keep]
    rows = rows[:: args.every][: args.limit]

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pages = tmp / "pages"
        pages.mkdir()
        for r in rows:
            (pages / page_file_name(r["id"])).write_text(r["raw_text"], encoding="utf-8")
        gold = tmp / "gold.jsonl"
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        out = tmp / "out.jsonl"
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "build_dataset", "clean", str(pages), "--jsonl", str(out),
                               "--no-progress"], check=True, cwd=ROOT, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        clean_rate = float(done.stderr.strip().splitlines()[-1].split("(")[1].split()[0])
        by_name = {json.loads(line)["id"]: json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()}
        preds = tmp / "preds.jsonl"
        empty = 0
        with preds.open("w", encoding="utf-8") as f:
            for r in rows:
                record = by_name.get(Path(page_file_name(r["id"])).stem) or {}
                text = record.get("text") or ""
                empty += not text.strip()
                pred = {"id": r["id"], "pred_text": text}
                if args.metadata:
                    pred.update({k: record.get(k) for k in ("title", "author", "published")})
                f.write(json.dumps(pred, ensure_ascii=False) + "\n")
        if args.keep:
            Path(args.keep).write_text(preds.read_text(encoding="utf-8"), encoding="utf-8")
        scored = subprocess.run([sys.executable, str(bench / "score.py"), str(preds), str(gold), "--by-source"],
                                check=True, capture_output=True, text=True).stdout if args.set == "dev" else ""
        if args.metadata or args.set != "dev":
            by_group = subprocess.run([sys.executable, str(bench / "score2.py"), str(preds), str(gold)],
                                      check=True, capture_output=True, text=True).stdout
    if args.metadata or args.set != "dev":
        print(by_group.rstrip())
        if args.set != "dev":  # no gold text for most pages: score2's groups are the report
            print(f"pages {len(rows)}  empty outputs {empty} ({empty / max(len(rows), 1):.1%})")
            if args.json:
                summary = {"groups": score2_groups(by_group), "pages": len(rows), "empty": empty}
                Path(args.json).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
            return 0
    print(scored.rstrip())
    print(f"pages {len(rows)}  empty outputs {empty} ({empty / max(len(rows), 1):.1%})  "
          f"pages/s {clean_rate:.0f} cleaning (one core: read, clean, records, JSON out), "
          f"{len(rows) / elapsed:.0f} whole command (start-up included)")
    f1 = float(scored.strip().splitlines()[-1].split()[5])
    if args.json:
        groups = {}
        for line in scored.splitlines():
            parts = line.split()
            if len(parts) > 4 and parts[1].isdigit() and parts[0] not in ("group",):
                groups[parts[0]] = {"n": int(parts[1]), "precision": float(parts[2]), "recall": float(parts[3]),
                                    "f1": float(parts[4])}
        summary = {"f1": f1, "groups": groups, "pages": len(rows), "empty": empty,
                   "pages_per_second": round(clean_rate, 1)}
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    if args.floor is not None and f1 < args.floor:
        print(f"FAIL: overall F1 {f1:.4f} is below the floor {args.floor:.4f}", file=sys.stderr)
        return 1
    return 0


def score2_groups(report: str) -> dict:
    """score2.py's table as {group: {column: number or None}} (``n/a`` is None)."""
    lines = [line for line in report.splitlines() if line and not line.startswith(("#", "metadata", "f1 "))]
    columns = [c for c in lines[0].split() if c != "|"]
    groups = {}
    for line in lines[1:]:
        cells = [c for c in line.split() if c != "|"]
        if len(cells) != len(columns):
            continue
        groups[cells[0]] = {c: None if v == "n/a" else float(v) for c, v in zip(columns[1:], cells[1:])}
    return groups


if __name__ == "__main__":
    sys.exit(main())
