"""Build speed: end-to-end MB/s per core and on 2 cores, peak RSS, the Parquet floor, jusText and
trafilatura throughput, incremental rebuild time and the five-seed build, each against its target.

    python3 benchmarks/build_speed.py [--bench ../shared/bench] [--pages 10000] [--sample 300]
        [--rss-at 10000,100000] [--diff-at 10000,100000] [--only-diff] [--diff-copies K] [--skip-baselines]
        [--skip-incremental] [--keep-corpus DIR] [--json PATH]

It writes a corpus of ``--pages`` pages in a temporary folder by cycling the dev set's ``raw_text``;
each page is made unique by appending a page reference to its first non-blank line (the page is
otherwise intact) and named ``page-000123.txt``. Dev pages the build would refuse (no headline or text
left after cleaning, or failing the cleaner's idempotency check) are left out of the cycle first, and
the count is printed. Nothing from the dev set is written into the project.
It then times ``build-dataset build`` on the corpus as a subprocess (the same code path users run),
with ``--workers 1`` and ``--workers 2`` when the builder has ``--workers``. Peak memory is measured in
builds of its own (2 workers, at ``--pages`` and the ``--rss-at`` sizes), sampling the build's process
tree every 50 ms with psutil; timed builds are not sampled (the sampler's CPU would be taken from a build
that uses every core). The floor reads the same files and writes them
unchanged to Parquet (zstd, in batches). jusText and trafilatura run in this process on the first
``--sample`` pages. The incremental rebuild (when the builder has ``--cache``) builds once with a
cache, changes one page and rebuilds into a fresh folder with the same cache. MB are 10^6 bytes of
raw UTF-8 text; MiB (for RSS) are 2^20 bytes.

With ``--diff-at`` sizes, and for each of them, a version with a previous one: a corpus of that many
pages is built (2 workers) and published as version 0.0.1 in a previous-versions folder; then every
50th page gets a sentence, every 200th is removed and 1% new pages are added, and the changed corpus is
built against that folder (the build compares the records to decide the bump and write the release
notes), then ``build-dataset diff`` compares the two versions. The peak memory of each of the three
commands is sampled like the builds' above. ``--only-diff`` measures only this. ``--diff-copies K``
also diffs K copies of each of the two versions' records (ids prefixed by copy, shards in key order):
K times the records for the diff, without K times the cleaning.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
BUILD = [sys.executable, "-m", "build_dataset", "build", "--no-progress"]
MIB = 2 ** 20

# The targets.
TARGET_MBPS_PER_CORE = 10.0
TARGET_SPEEDUP_2 = 1.8
TARGET_VS_TRAFILATURA = 6.0
TARGET_VS_JUSTEXT = 6.0   # issue 13 (issue 7 asked 12x)
TARGET_PEAK_RSS_MIB = 1024.0
TARGET_RSS_RATIO = 1.2
TARGET_INCREMENTAL = 0.10
TARGET_SEED_BUILD_S = 3.0


# --- the corpus ------------------------------------------------------------------------------------

def unique_page(text: str, i: int) -> str:
    """The page with a page reference appended to its first non-blank line."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.strip():
            lines[k] = f"{line.rstrip()} (page ref {i:06d})"
            break
    return "\n".join(lines)


def page_name(i: int) -> str:
    return f"page-{i:06d}.txt"


def grow_corpus(folder: Path, texts: list[str], n: int) -> int:
    """Make sure ``folder`` holds pages 0..n-1 (writing only the missing ones); returns their bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        path = folder / page_name(i)
        if path.exists():
            total += path.stat().st_size
            continue
        data = unique_page(texts[i % len(texts)], i).encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


def usable_texts(texts: list[str], tmp: Path) -> list[str]:
    """The texts the builder publishes, judged with its own per-page check (in this process, untimed):
    the page must clean to a headline and some text that cleaning again leaves unchanged. The
    others would be quarantined (or stop the build), so they are left out of the corpus."""
    from build_dataset.shard.pipeline import admit, clean, plan, read, run_steps

    folder = tmp / "check"
    folder.mkdir()
    paths = []
    for i, text in enumerate(texts):
        paths.append(folder / page_name(i))
        paths[-1].write_bytes(unique_page(text, i).encode("utf-8"))
    published = {page.name for task in plan(folder, paths) for page in run_steps(task, (read, clean, admit)).pages}
    shutil.rmtree(folder)
    return [text for i, text in enumerate(texts) if page_name(i) in published]


# --- timed runs ------------------------------------------------------------------------------------

def _pss(p: psutil.Process) -> int:
    try:
        return p.memory_full_info().pss
    except (AttributeError, psutil.AccessDenied):
        return p.memory_info().rss


def tree_rss(proc: psutil.Process) -> int:
    """Memory of a process and all its children, in bytes (processes that ended meanwhile count 0).

    Each process counts its proportional set size (PSS: its private pages, plus its share of pages it
    shares), so forked workers' shared copy-on-write pages are not counted once per worker; where PSS
    is not available, RSS."""
    total = 0
    try:
        family = [proc] + proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    for p in family:
        try:
            total += _pss(p)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def run_measured(cmd: list[str], log_dir: Path, memory: bool = False) -> dict:
    """Run ``cmd`` (cwd: the project root); returns wall seconds and, with ``memory``, the peak RSS of its
    process tree.

    Memory is sampled in runs of its own: reading a process's PSS walks its page tables (about 1.5 ms a
    process, every 50 ms), CPU that a build on every core would otherwise have, so timed runs are not sampled.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / "stdout.txt", log_dir / "stderr.txt"
    peak = 0
    with out_path.open("w") as out, err_path.open("w") as err:
        started = time.perf_counter()
        proc = psutil.Popen(cmd, cwd=ROOT, stdout=out, stderr=err)
        if memory:
            while proc.poll() is None:
                peak = max(peak, tree_rss(proc))
                time.sleep(0.05)
        else:
            proc.wait()
        elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.stderr.write(err_path.read_text(errors="replace")[-4000:])
        raise SystemExit(f"failed (exit {proc.returncode}): {shlex.join(cmd)}")
    return {"seconds": elapsed, "peak_rss_mib": peak / MIB if memory else None}


def build_cmd(seeds: Path, out: Path, previous: Path, *extra: str) -> list[str]:
    return BUILD + ["--seeds", str(seeds), "--out", str(out), "--previous", str(previous), *extra]


def timed_build(tmp: Path, seeds: Path, label: str, *extra: str, memory: bool = False) -> dict:
    """One build of ``seeds`` into a fresh output folder, compared with an empty previous folder
    (with ``memory``: its peak RSS sampled, see :func:`run_measured`)."""
    run = tmp / "runs" / label
    (run / "previous").mkdir(parents=True)
    result = run_measured(build_cmd(seeds, run / "out", run / "previous", *extra), run, memory)
    shutil.rmtree(run / "out", ignore_errors=True)
    return result


# --- a previous version: a build compared with it, and `build-dataset diff` ----------------------------------

#: The number the first build is published under in the previous-versions folder: below any version the
#: code states, so that the second build (at the code's version) is compared with it, whatever it needs.
PREVIOUS = "0.0.1"


def change_corpus(folder: Path, texts: list[str], n: int) -> dict:
    """Change a corpus of pages 0..n-1 as a new version might: every 50th page gets a sentence (its record
    and its lines change), every 200th page is removed, and n/100 pages (at least one) are added. Returns the counts."""
    changed = removed = 0
    for i in range(n):
        path = folder / page_name(i)
        if i % 200 == 7:
            path.unlink()
            removed += 1
        elif i % 50 == 1:
            path.write_bytes(path.read_bytes() + b"\nOne sentence added for the diff benchmark, as a new version might.\n")
            changed += 1
    added = max(1, n // 100)
    for i in range(n, n + added):
        (folder / page_name(i)).write_bytes(unique_page(texts[i % len(texts)], i).encode("utf-8"))
    return {"changed": changed, "removed": removed, "added": added}


def measured_diff(old: Path, new: Path, log_dir: Path, changes: dict) -> dict:
    """``build-dataset diff OLD NEW``, its peak memory sampled; its verdict must name the changes made."""
    diff = run_measured([sys.executable, "-m", "build_dataset", "diff", str(old), str(new)], log_dir, memory=True)
    verdict_line = (log_dir / "stdout.txt").read_text(encoding="utf-8").rstrip("\n").rsplit("\n", 1)[-1]
    expected = (f"required bump: MAJOR ({changes['removed']} record(s) removed; {changes['changed']} record(s) "
                f"changed; {changes['added']} record(s) added)")
    if verdict_line != expected:
        raise SystemExit(f"diff {old} {new}: {verdict_line!r}, expected {expected!r}")
    return diff


def copied_version(folder: Path, out: Path, k: int) -> Path:
    """A version of ``k`` copies of ``folder``'s records (no cleaning): copy c's ids get the prefix "cNNNNN-",
    each copy's shards follow the previous copy's, so the rows stay sorted by key across the shards."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from build_dataset.publish.manifest import file_entries, read_manifest, write_manifest

    out.mkdir(parents=True)
    shutil.copytree(folder / "schema", out / "schema")
    for config in ("articles", "lines"):
        (out / config).mkdir()
        shards = sorted((folder / config).glob("*.parquet"))
        for c in range(k):
            for i, shard in enumerate(shards):
                table = pq.read_table(shard)
                ids = pc.binary_join_element_wise(pa.scalar(f"c{c:05d}-"), table.column("id"), "")
                index = c * len(shards) + i
                pq.write_table(table.set_column(0, "id", ids),
                               out / config / f"train-{index:05d}-of-{k * len(shards):05d}.parquet", compression="zstd")
    manifest = read_manifest(folder)
    write_manifest(out, {"version": manifest["version"], "files": file_entries(out)})
    return out


def previous_version_runs(tmp: Path, texts: list[str], n: int, extra: list[str], copies: int = 1) -> dict:
    """Peak memory of a build of ``n`` pages with no previous version, of a build of the changed pages with
    that version as the previous one, and of ``build-dataset diff`` between the two (see the docstring);
    with ``copies``, also of the diff between ``copies`` copies of each version's records."""
    from build_dataset.publish.manifest import read_manifest, write_manifest

    corpus, run = tmp / f"diff-corpus-{n}", tmp / "runs" / f"diff-{n}"
    grow_corpus(corpus, texts, n)
    (run / "empty").mkdir(parents=True)
    first = run_measured(build_cmd(corpus, run / "first", run / "empty", *extra), run / "build-first", memory=True)
    [built] = [p for p in (run / "first").iterdir() if not p.name.startswith(".")]
    old = run / "previous" / PREVIOUS
    old.parent.mkdir()
    built.rename(old)
    manifest = read_manifest(old)
    manifest["version"] = PREVIOUS
    write_manifest(old, manifest)
    changes = change_corpus(corpus, texts, n)
    second = run_measured(build_cmd(corpus, run / "second", run / "previous", *extra), run / "build-second",
                          memory=True)
    shutil.rmtree(corpus)
    [new] = [p for p in (run / "second").iterdir() if not p.name.startswith(".")]
    result = {"pages": n, "changes": changes, "build_without_previous": first, "build_with_previous": second,
              "diff": measured_diff(old, new, run / "diff", changes)}
    if copies > 1:
        many = {key: value * copies for key, value in changes.items()}
        result["diff_copies"] = {"copies": copies, "pages": n * copies, **measured_diff(
            copied_version(old, run / "copies" / "old", copies), copied_version(new, run / "copies" / "new", copies),
            run / "diff-copies", many)}
    shutil.rmtree(run)
    return result


# --- the floor and the baselines -------------------------------------------------------------------

def parquet_floor(seeds: Path, out: Path, batch: int = 1000) -> float:
    """Seconds to read every page and write it unchanged to Parquet (id + text, zstd, row groups)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string()), ("text", pa.string())])
    started = time.perf_counter()
    paths = sorted(seeds.glob("*.txt"))
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for start in range(0, len(paths), batch):
            chunk = paths[start:start + batch]
            ids = [p.stem for p in chunk]
            texts = [p.read_bytes().decode("utf-8") for p in chunk]
            writer.write_table(pa.table({"id": ids, "text": texts}, schema=schema))
    return time.perf_counter() - started


def as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    return f"<html><body>\n{paragraphs}</body></html>"


def baselines(pages: list[str]) -> dict:
    """Seconds for jusText and trafilatura on the pages (wrapped as HTML, one <p> per line)."""
    import justext
    import trafilatura

    docs = [as_html(t) for t in pages]
    stoplist = justext.get_stoplist("English")
    trafilatura.extract(docs[0])  # warm up (lazy imports and caches)
    started = time.perf_counter()
    for doc in docs:
        justext.justext(doc, stoplist)
    justext_s = time.perf_counter() - started
    started = time.perf_counter()
    for doc in docs:
        trafilatura.extract(doc)
    trafilatura_s = time.perf_counter() - started
    return {"justext_seconds": justext_s, "trafilatura_seconds": trafilatura_s}


# --- reporting -------------------------------------------------------------------------------------

def verdict(value, ok) -> str:
    return "n/a" if value is None else ("PASS" if ok(value) else "FAIL")


def fmt(value, spec: str) -> str:
    return "n/a" if value is None else format(value, spec)


def speed_runs(args, tmp: Path, texts: list[str], has_workers: bool, has_cache: bool, results: dict) -> list[tuple]:
    """Sections 1-8: throughput, peak memory, baselines, incremental and five-seed builds; the summary rows."""
    if args.keep_corpus:
        corpus = Path(args.keep_corpus)
        if corpus.exists() and any(corpus.iterdir()):
            raise SystemExit(f"--keep-corpus {corpus} is not empty")
    else:
        corpus = tmp / "corpus"

    # 1. The corpus.
    started = time.perf_counter()
    corpus_bytes = grow_corpus(corpus, texts, args.pages)
    mb = corpus_bytes / 1e6
    results["corpus_mb"] = mb
    print(f"corpus: {args.pages} pages, {mb:.1f} MB raw text ({time.perf_counter() - started:.1f} s to write)")

    # 2. End-to-end builds (timed, memory not sampled).
    one = timed_build(tmp, corpus, "workers-1", *(["--workers", "1"] if has_workers else []))
    two = timed_build(tmp, corpus, "workers-2", "--workers", "2") if has_workers else None
    for label, r in (("1 worker", one), ("2 workers", two)):
        if r:
            r["mb_per_s"], r["pages_per_s"] = mb / r["seconds"], args.pages / r["seconds"]
            print(f"build, {label}: {r['seconds']:.1f} s, {r['mb_per_s']:.2f} MB/s, {r['pages_per_s']:.0f} pages/s")
    speedup = one["seconds"] / two["seconds"] if two else None
    results.update(build_1_worker=one, build_2_workers=two, speedup_2_workers=speedup)

    # 3. Peak RSS (2 workers) at the corpus size and at the --rss-at sizes, in builds of their own (the
    # other sizes from a separate corpus, grown in place from size to size).
    rss_at = {}
    rss_extra = ["--workers", "2"] if has_workers else []
    rss_corpus = tmp / "rss-corpus"
    for n in sorted({args.pages, *(int(s) for s in (args.rss_at or "").split(",") if s)}):
        if n == args.pages:
            rss_at[n] = timed_build(tmp, corpus, f"rss-{n}", *rss_extra, memory=True)["peak_rss_mib"]
        else:
            grow_corpus(rss_corpus, texts, n)
            rss_at[n] = timed_build(tmp, rss_corpus, f"rss-{n}", *rss_extra, memory=True)["peak_rss_mib"]
        print(f"peak RSS at {n} pages: {rss_at[n]:.0f} MiB")
    shutil.rmtree(rss_corpus, ignore_errors=True)
    sizes = sorted(rss_at)
    rss_ratio = rss_at[sizes[-1]] / rss_at[sizes[0]] if len(sizes) > 1 else None
    results.update(peak_rss_at_pages_mib=rss_at, rss_ratio_large_small=rss_ratio)

    # 4-5. The Parquet floor, jusText and trafilatura.
    floor = base = None
    if not args.skip_baselines:
        floor_s = parquet_floor(corpus, tmp / "floor.parquet")
        floor = {"seconds": floor_s, "mb_per_s": mb / floor_s}
        print(f"floor (read + Parquet): {floor_s:.2f} s, {floor['mb_per_s']:.1f} MB/s")
        sample = [(corpus / page_name(i)).read_text(encoding="utf-8") for i in range(min(args.sample, args.pages))]
        sample_mb = sum(len(t.encode("utf-8")) for t in sample) / 1e6
        base = baselines(sample)
        base["sample_pages"], base["sample_mb"] = len(sample), sample_mb
        for name in ("justext", "trafilatura"):
            base[f"{name}_mb_per_s"] = sample_mb / base[f"{name}_seconds"]
            base[f"build_vs_{name}"] = one["mb_per_s"] / base[f"{name}_mb_per_s"]
            print(f"{name}: {len(sample)} pages ({sample_mb:.2f} MB) in {base[f'{name}_seconds']:.2f} s, "
                  f"{base[f'{name}_mb_per_s']:.2f} MB/s; build (1 worker) is {base[f'build_vs_{name}']:.2f}x")
    results.update(floor=floor, baselines=base)

    # 6. Incremental rebuild: cold build with a cache, change one page, rebuild into a fresh folder.
    incremental = None
    if has_cache and not args.skip_incremental:
        cache = tmp / "cache"
        extra = ["--cache", str(cache), *(["--workers", "1"] if has_workers else [])]
        cold = timed_build(tmp, corpus, "cache-cold", *extra)
        changed = corpus / page_name(0)
        original = changed.read_bytes()
        try:
            changed.write_bytes(original + b"\nOne sentence added for the incremental rebuild benchmark.\n")
            warm = timed_build(tmp, corpus, "cache-warm", *extra)
        finally:
            changed.write_bytes(original)
        incremental = {"full_seconds": cold["seconds"], "rebuild_seconds": warm["seconds"],
                       "ratio": warm["seconds"] / cold["seconds"]}
        print(f"incremental: full build with cache {cold['seconds']:.1f} s, rebuild after one changed page "
              f"{warm['seconds']:.1f} s ({incremental['ratio']:.1%})")
    results["incremental"] = incremental

    # 8. The five-seed build, start-up included.
    seed_times = [timed_build(tmp, ROOT / "seeds", f"seeds-{k}")["seconds"] for k in range(args.seed_runs)]
    seed_s = statistics.median(seed_times)
    results["seed_build_seconds"] = seed_s
    print(f"five-seed build: {', '.join(f'{s:.2f}' for s in seed_times)} s (median {seed_s:.2f} s)")

    # 7. The summary.
    peak = rss_at[args.pages]
    results["peak_rss_mib"] = peak
    rows_out = [
        ("corpus", f"{args.pages} pages, {mb:.1f} MB", "", ""),
        ("build, 1 worker: MB/s", fmt(one["mb_per_s"], ".2f"), f">= {TARGET_MBPS_PER_CORE:g}",
         verdict(one["mb_per_s"], lambda v: v >= TARGET_MBPS_PER_CORE)),
        ("build, 1 worker: pages/s", fmt(one["pages_per_s"], ".0f"), "", ""),
        ("build, 2 workers: MB/s", fmt(two and two["mb_per_s"], ".2f"), "", ""),
        ("2-worker speed-up", fmt(speedup, ".2f"), f">= {TARGET_SPEEDUP_2:g}x",
         verdict(speedup, lambda v: v >= TARGET_SPEEDUP_2)),
        (f"peak RSS, {args.pages} pages, 2 workers (MiB)", fmt(peak, ".0f"), f"<= {TARGET_PEAK_RSS_MIB:g}",
         verdict(peak, lambda v: v <= TARGET_PEAK_RSS_MIB)),
    ]
    if len(sizes) > 1:
        rows_out.append((f"peak RSS {sizes[-1]} / {sizes[0]} pages", fmt(rss_ratio, ".2f"),
                         f"<= {TARGET_RSS_RATIO:g}x", verdict(rss_ratio, lambda v: v <= TARGET_RSS_RATIO)))
        rows_out.append(("peak RSS, largest corpus (MiB)", fmt(rss_at[sizes[-1]], ".0f"), f"<= {TARGET_PEAK_RSS_MIB:g}",
                         verdict(rss_at[sizes[-1]], lambda v: v <= TARGET_PEAK_RSS_MIB)))
    if not args.skip_baselines:
        rows_out += [
            ("floor (read + Parquet): MB/s", fmt(floor["mb_per_s"], ".1f"), "", ""),
            ("jusText: MB/s", fmt(base["justext_mb_per_s"], ".2f"), "", ""),
            ("trafilatura: MB/s", fmt(base["trafilatura_mb_per_s"], ".2f"), "", ""),
            ("build / trafilatura", fmt(base["build_vs_trafilatura"], ".2f"), f">= {TARGET_VS_TRAFILATURA:g}x",
             verdict(base["build_vs_trafilatura"], lambda v: v >= TARGET_VS_TRAFILATURA)),
            ("build / jusText", fmt(base["build_vs_justext"], ".2f"), f">= {TARGET_VS_JUSTEXT:g}x",
             verdict(base["build_vs_justext"], lambda v: v >= TARGET_VS_JUSTEXT)),
        ]
    if not args.skip_incremental:
        ratio = incremental and incremental["ratio"]
        rows_out.append(("incremental rebuild / full", fmt(ratio, ".1%"), f"<= {TARGET_INCREMENTAL:.0%}",
                         verdict(ratio, lambda v: v <= TARGET_INCREMENTAL)))
    rows_out.append(("five-seed build (s)", fmt(seed_s, ".2f"), f"< {TARGET_SEED_BUILD_S:g}",
                     verdict(seed_s, lambda v: v < TARGET_SEED_BUILD_S)))
    return rows_out


def diff_runs(args, tmp: Path, texts: list[str], has_workers: bool, results: dict) -> list[tuple]:
    """A version with a previous one at each ``--diff-at`` size (:func:`previous_version_runs`); the summary rows."""
    extra = ["--workers", "2"] if has_workers else []
    runs = {}
    for n in sorted({int(s) for s in args.diff_at.split(",") if s}):
        runs[n] = r = previous_version_runs(tmp, texts, n, extra, args.diff_copies)
        print(f"previous version at {n} pages ({r['changes']['changed']} changed, {r['changes']['removed']} removed, "
              f"{r['changes']['added']} added): peak RSS of the first build {r['build_without_previous']['peak_rss_mib']:.0f} "
              f"MiB, of the build with the previous version {r['build_with_previous']['peak_rss_mib']:.0f} MiB "
              f"({r['build_with_previous']['seconds']:.0f} s), of `diff` {r['diff']['peak_rss_mib']:.0f} MiB "
              f"({r['diff']['seconds']:.1f} s)")
        if "diff_copies" in r:
            print(f"`diff` of {r['diff_copies']['copies']} copies of each version ({r['diff_copies']['pages']} records): "
                  f"peak RSS {r['diff_copies']['peak_rss_mib']:.0f} MiB ({r['diff_copies']['seconds']:.1f} s)")
    results["previous_version"] = runs
    rows_out = []
    for label, key in (("build with a previous version, 2 workers", "build_with_previous"), ("`build-dataset diff`", "diff")):
        for n, r in runs.items():
            peak = r[key]["peak_rss_mib"]
            rows_out.append((f"peak RSS, {label}, {n} pages (MiB)", fmt(peak, ".0f"), f"<= {TARGET_PEAK_RSS_MIB:g}",
                             verdict(peak, lambda v: v <= TARGET_PEAK_RSS_MIB)))
        if len(runs) > 1:
            small, large = runs[min(runs)][key]["peak_rss_mib"], runs[max(runs)][key]["peak_rss_mib"]
            ratio = large / small
            results[f"{key}_rss_ratio_large_small"] = ratio
            rows_out.append((f"peak RSS, {label}, {max(runs)} / {min(runs)} pages", fmt(ratio, ".2f"),
                             f"<= {TARGET_RSS_RATIO:g}x", verdict(ratio, lambda v: v <= TARGET_RSS_RATIO)))
    for n, r in runs.items():
        if "diff_copies" in r:
            copies = r["diff_copies"]
            rows_out.append((f"peak RSS, `build-dataset diff` of {copies['copies']} copies of the {n}-page versions (MiB)",
                             fmt(copies["peak_rss_mib"], ".0f"), f"<= {TARGET_PEAK_RSS_MIB:g}",
                             verdict(copies["peak_rss_mib"], lambda v: v <= TARGET_PEAK_RSS_MIB)))
            ratio = copies["peak_rss_mib"] / r["diff"]["peak_rss_mib"]
            rows_out.append((f"peak RSS, `build-dataset diff`, {copies['pages']} / {n} records", fmt(ratio, ".2f"),
                             f"<= {TARGET_RSS_RATIO:g}x", verdict(ratio, lambda v: v <= TARGET_RSS_RATIO)))
    return rows_out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"), help="folder with dev.jsonl.gz")
    p.add_argument("--pages", type=int, default=10000, help="pages in the corpus (default: 10000)")
    p.add_argument("--sample", type=int, default=300, help="pages for jusText and trafilatura (default: 300)")
    p.add_argument("--rss-at", default=None,
                   help="comma-separated corpus sizes (e.g. 10000,100000) to measure peak RSS at, "
                        "and the ratio largest/smallest")
    p.add_argument("--diff-at", default=None,
                   help="comma-separated corpus sizes to measure the peak RSS of a build with a previous version and "
                        "of `build-dataset diff` at (see above), and the ratios largest/smallest")
    p.add_argument("--only-diff", action="store_true", help="measure only the --diff-at runs")
    p.add_argument("--diff-copies", type=int, default=1,
                   help="also diff K copies of each --diff-at version's records, ids prefixed by copy (K times the "
                        "records without K times the cleaning)")
    p.add_argument("--seed-runs", type=int, default=3, help="runs of the five-seed build; the median is reported")
    p.add_argument("--skip-baselines", action="store_true", help="skip the Parquet floor, jusText and trafilatura")
    p.add_argument("--skip-incremental", action="store_true", help="skip the incremental rebuild")
    p.add_argument("--keep-corpus", default=None, help="write the corpus to this (new or empty) folder and keep it")
    p.add_argument("--json", default=None, help="also write every number as JSON here")
    args = p.parse_args(argv)
    if args.only_diff and not args.diff_at:
        p.error("--only-diff needs --diff-at")

    command = shlex.join(["python3", "benchmarks/build_speed.py", *(sys.argv[1:] if argv is None else argv)])
    cpus = os.cpu_count()
    print(f"command: {command}")
    print(f"cpus: {cpus} (usable: {len(os.sched_getaffinity(0))})   python: {sys.version.split()[0]}")

    help_text = subprocess.run(BUILD[:-1] + ["--help"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    has_workers, has_cache = "--workers" in help_text, "--cache" in help_text
    print(f"builder flags: --workers {'yes' if has_workers else 'no'}, --cache {'yes' if has_cache else 'no'}")

    rows = [json.loads(line) for line in gzip.open(Path(args.bench) / "dev.jsonl.gz", "rt", encoding="utf-8")]
    texts = [r["raw_text"] for r in rows]
    results: dict = {"command": command, "cpus": cpus, "pages": args.pages,
                     "builder_has_workers": has_workers, "builder_has_cache": has_cache}

    with tempfile.TemporaryDirectory(prefix="build-speed-") as tmp:
        tmp = Path(tmp)
        texts = usable_texts(texts, tmp)  # the dev pages that the builder accepts
        print(f"dev pages: {len(rows)}, {len(rows) - len(texts)} left out "
              "(the build would refuse them: no headline or text left, or not idempotent)")
        results["dev_pages_left_out"] = len(rows) - len(texts)
        rows_out = [] if args.only_diff else speed_runs(args, tmp, texts, has_workers, has_cache, results)
        if args.diff_at:
            rows_out += diff_runs(args, tmp, texts, has_workers, results)

    print()
    print("| measure | value | target | result |")
    print("|---|---:|---:|---|")
    for row in rows_out:
        print("| " + " | ".join(row) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
