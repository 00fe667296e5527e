"""shards: the corpus as fixed slices of pages, each read, cleaned, validated and serialised on its own.

A shard is a slice of ``pipeline.SHARD_PAGES`` pages in id order (the last may be shorter).
Everything a shard produces depends on its pages and the code only, never on which worker or
engine ran it or when, so a build's bytes are the same for any worker count and executor. A
shard's result is a few files' bytes and a small JSON-able summary: no step of a build holds
every record.
"""

from __future__ import annotations

import contextlib
import gc
from dataclasses import dataclass

from build_dataset import pipeline


@dataclass
class Result:
    index: int
    files: dict[str, bytes]      #: path in the version folder -> bytes (Parquet and Arrow shards)
    content: dict[str, bytes]    #: config -> the shard's part of the content hash (see manifest.content_bytes)
    summary: dict                #: JSON-able: pages, held pages, validation report, card statistics


def build(task: pipeline.Task) -> Result:
    """Run the build's steps on one shard (with the cyclic garbage collector paused: see :func:`gc_paused`)."""
    with gc_paused():
        shard = pipeline.run_steps(task, pipeline.BUILD)
    pages = [{"name": p.name, "sha256": p.sha256, "size": p.size, "warnings": list(p.warnings)} for p in shard.pages]
    summary = {"pages": pages, "held": shard.held, "invalid": shard.invalid, "stats": shard.stats}
    return Result(task.index, shard.files, shard.content, summary)


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
