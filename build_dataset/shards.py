"""shards: the corpus as fixed slices of pages, each read, cleaned, validated and serialised on its own.

A shard is a slice of ``SHARD_PAGES`` pages in id order (the last may be shorter). Everything
a shard produces depends on its pages and the code only, never on which worker or engine ran
it or when, so a build's bytes are the same for any worker count and executor. A shard's result
is a few files' bytes and a small JSON-able summary: no step of a build holds every record.
"""

from __future__ import annotations

import contextlib
import gc
import os
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from build_dataset import checks, pipeline, publish, stats
from build_dataset.manifest import content_bytes
from build_dataset.read import page_id
from build_dataset.tables import KEYS, arrow_schema, to_table

#: Pages per shard. It fixes the layout of the published files, so changing it changes a build's bytes.
SHARD_PAGES = 200
CONFIGS = tuple(KEYS)


@dataclass(frozen=True)
class Task:
    """What a worker needs to build one shard (plain data: it travels to other processes and machines)."""

    index: int
    count: int
    root: str                    #: the seeds folder
    names: tuple[str, ...]       #: the shard's pages, relative to ``root``, in id order


@dataclass
class Result:
    index: int
    files: dict[str, bytes]      #: path in the version folder -> bytes (Parquet and Arrow shards)
    content: dict[str, bytes]    #: config -> the shard's part of the content hash (see manifest.content_bytes)
    summary: dict                #: JSON-able: pages, held pages, validation report, card statistics


def plan(root: str | os.PathLike, pages: list[Path], size: int | None = None) -> list[Task]:
    """The pages, in id order, cut into shards of ``size`` (default: ``SHARD_PAGES``)."""
    size = size or SHARD_PAGES
    names = [Path(os.path.relpath(p, root)).as_posix() for p in sorted(pages, key=page_id)]
    count = max(1, -(-len(names) // size))
    return [Task(i, count, str(root), tuple(names[i * size:(i + 1) * size])) for i in range(count)]


def file_names(index: int, count: int) -> dict[str, str]:
    """Where a shard's files go in the version folder (Hugging Face shard naming)."""
    out = {}
    for config in CONFIGS:
        out[f"{config}.parquet"] = publish.shard_path(config, index, count)
        out[f"{config}.arrow"] = f"hf/{config}/{publish.hf_shard_name(index, count)}"
    return out


def _lines_table(results: list[pipeline.PageResult]) -> pa.Table:
    """The ``lines`` records of the pages, column by column (no per-line dicts), in key order."""
    cols: dict[str, list] = {"id": [], "line_no": [], "text": [], "label": [], "rule": []}
    for r in sorted(results, key=lambda r: r.page.id):
        n = len(r.cleaned.lines)
        cols["id"].extend([r.page.id] * n)
        cols["line_no"].extend(ln.no for ln in r.cleaned.lines)
        cols["text"].extend(ln.text for ln in r.cleaned.lines)
        cols["label"].extend(d.label for d in r.cleaned.decisions)
        cols["rule"].extend(d.rule for d in r.cleaned.decisions)
    schema = arrow_schema("lines")
    return pa.Table.from_pydict({name: cols[name] for name in schema.names}, schema=schema)


def build(task: Task) -> Result:
    """Read, clean, validate and serialise one shard (with the cyclic garbage collector paused: see :func:`gc_paused`)."""
    with gc_paused():
        return _build(task)


@contextlib.contextmanager
def gc_paused():
    """Python's cyclic garbage collector off for the duration (then back as it was).

    A shard makes hundreds of thousands of small objects that live until it is serialised (its
    lines, the records, the content lines); each automatic collection scans them all again, about
    a seventh of a shard's time. Nothing here makes reference cycles that need it: objects are
    freed by reference counting as usual, and any cycle is collected by the next automatic
    collection after the shard.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(task: Task) -> Result:
    kept: list[pipeline.PageResult] = []
    pages, held = [], {}
    root = Path(task.root)
    for name in task.names:
        path = root / name
        result, reasons = pipeline.attempt(path, root, with_lines=False)
        if reasons:
            held[name] = pipeline.held_entry(path, reasons)
            continue
        kept.append(result)
        pages.append({"name": result.page.name, "sha256": result.page.sha256, "size": result.page.size,
                      "warnings": list(result.page.warnings)})
    tables = {"articles": to_table([r.article for r in kept], "articles"), "lines": _lines_table(kept)}
    del kept
    names = file_names(task.index, task.count)
    files = {}
    for config, table in tables.items():
        files[names[f"{config}.parquet"]] = publish.parquet_bytes(table)
        files[names[f"{config}.arrow"]] = publish.hf_shard_bytes(table)
    summary = {"pages": pages, "held": held, "invalid": checks.report(tables), "stats": stats.of_tables(tables)}
    content = {config: content_bytes(table, config) for config, table in tables.items()}
    return Result(task.index, files, content, summary)
