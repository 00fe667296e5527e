"""The build cache: a shard's result, kept under a key of everything it depends on.

The key is the sha256 of the cleaner's fingerprint (every source and data file of the builder
and the schema package, and the versions of the packages the bytes depend on), the shard's
place in the layout, and the name and content hash of each of its pages. Change a page, a rule,
a model, the code or a pinned package, and the key changes: nothing stale is ever reused.

An entry is a folder of plain files (the shard's Parquet and Arrow bytes, its set-aside articles, its content lines,
its articles' packed signatures and a JSON summary), written whole or not at all; nothing is unpickled or executed
from it. The entry's layout is :data:`FORMAT` (in the key, and in the summary: an entry of another layout is not read).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from build_dataset.shard.clusters import Signatures
from build_dataset.shard.pipeline import Result, Task
from build_dataset.shard.serialise import BUILD_PACKAGES
from russia_israel_news.integrity import sha256_file

#: The layout of an entry: 2 since the signatures are packed bytes in ``signatures.bin`` (1: JSON lists in the summary).
FORMAT = 2

#: The packages whose code is the cleaner (every file of them goes into the fingerprint).
CODE_PACKAGES = ("build_dataset", "russia_israel_news")


def fingerprint_of(roots: list[Path], packages: tuple[str, ...] = ()) -> str:
    """sha256 over every source and data file under ``roots`` and the versions of ``packages``."""
    from importlib import metadata

    h = hashlib.sha256()
    for root in roots:
        for path in sorted(p for p in Path(root).rglob("*") if p.is_file() and "__pycache__" not in p.parts
                           and p.suffix in (".py", ".json", ".yaml", ".txt")):
            h.update(f"{Path(root).name}/{path.relative_to(root).as_posix()}\0{sha256_file(path)}\n".encode())
    for name in packages:
        h.update(f"{name}=={metadata.version(name)}\n".encode())
    return h.hexdigest()


@functools.cache
def cleaner_fingerprint() -> str:
    """The fingerprint of the builder's code, rules, models and schema, and of the packages the bytes depend on."""
    return fingerprint_of([Path(str(resources.files(p))) for p in CODE_PACKAGES], BUILD_PACKAGES + ("numpy",))


def key(task: Task, page_hashes: list[str]) -> str:
    """The cache key of a shard whose pages have the sha256 ``page_hashes`` (in the task's order)."""
    h = hashlib.sha256(cleaner_fingerprint().encode())
    h.update(f"cache format {FORMAT}\n".encode())
    h.update(f"{task.index}/{task.count} keep_personal_text={task.keep_personal_text}\n".encode())
    for name, digest in zip(task.names, page_hashes, strict=True):
        h.update(f"{name}\0{digest}\n".encode())
    return h.hexdigest()


def page_hashes(task: Task) -> list[str]:
    """The sha256 of each of the task's pages; an unreadable page gets a key that never repeats."""
    out = []
    for name in task.names:
        try:
            out.append(sha256_file(Path(task.root) / name))
        except OSError:
            out.append(os.urandom(32).hex())
    return out


def _entry(folder: Path, key_: str) -> Path:
    return Path(folder) / key_[:2] / key_


def has(folder: str | os.PathLike, key_: str) -> bool:
    """Whether an entry is kept under ``key_`` (it may still turn out damaged when loaded)."""
    return (_entry(folder, key_) / "result.json").is_file()


def load(folder: str | os.PathLike, key_: str) -> Result | None:
    """The cached result under ``key_``, or None."""
    entry = _entry(folder, key_)
    try:
        meta = json.loads((entry / "result.json").read_text(encoding="utf-8"))
        files = {rel: (entry / "files" / rel).read_bytes() for rel in meta["files"]}
        content = {config: (entry / f"content-{config}.jsonl").read_bytes() for config in meta["content"]}
        pending = (entry / "pending.arrow").read_bytes()
        signatures = (entry / "signatures.bin").read_bytes()
        if meta["format"] != FORMAT:
            return None
        Signatures.from_bytes(signatures)  # whole (ValueError if not)
    except (OSError, ValueError, KeyError):
        return None
    return Result(meta["index"], files, content, meta["summary"], pending, signatures)


def store(folder: str | os.PathLike, key_: str, result: Result) -> None:
    """Keep ``result`` under ``key_`` (atomically: a reader sees the whole entry or none)."""
    entry = _entry(folder, key_)
    if entry.exists():
        return
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=entry.parent))
    try:
        for rel, data in result.files.items():
            (tmp / "files" / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp / "files" / rel).write_bytes(data)
        for config, data in result.content.items():
            (tmp / f"content-{config}.jsonl").write_bytes(data)
        (tmp / "pending.arrow").write_bytes(result.pending)
        (tmp / "signatures.bin").write_bytes(result.signatures)
        meta = {"format": FORMAT, "index": result.index, "files": sorted(result.files), "content": sorted(result.content),
                "summary": result.summary}
        (tmp / "result.json").write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.rename(tmp, entry)
    except OSError:
        pass  # a cache that cannot be written only costs time
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
