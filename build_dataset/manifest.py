"""manifest.json: what a version folder holds, how it was made, and hashes to check it by."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from json.encoder import encode_basestring
import platform
from importlib import metadata
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from russia_israel_news.contract import KEYS
from russia_israel_news.integrity import sha256_file

MANIFEST = "manifest.json"
#: Packages whose versions can change the bytes of a build; recorded in every manifest.
BUILD_PACKAGES = ("pyarrow", "pandas", "pandera", "datasets", "ftfy", "dateparser", "py3langid")


def file_entries(folder: Path) -> dict[str, dict]:
    """Every file under ``folder`` but the manifest: relative POSIX path -> sha256 and size."""
    entries = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel != MANIFEST:
            entries[rel] = {"sha256": sha256_file(path), "size": path.stat().st_size}
    return dict(sorted(entries.items()))


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _json_values(column: pa.ChunkedArray) -> pa.Array:
    """``json.dumps(value, ensure_ascii=False)`` of every value of a column, as an Arrow array."""
    column = column.combine_chunks()
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        # each distinct string encoded once (ids, labels and rules repeat on every line of a page)
        codes = column.dictionary_encode()
        values = pa.array(map(encode_basestring, codes.dictionary.to_pylist()), pa.large_string())
        encoded = values.take(codes.indices)
    elif pa.types.is_integer(column.type):
        encoded = pc.cast(column, pa.large_string())
    else:  # dates (as ISO strings), and anything else, value by value
        encoded = pa.array([json.dumps(_jsonable(v), ensure_ascii=False) for v in column.to_pylist()], pa.large_string())
    return pc.fill_null(encoded, "null")


def content_bytes(table: pa.Table, config: str) -> bytes:
    """The rows of ``table`` as the content hash reads them, in key order, UTF-8: for each row "\n",
    then ``json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))``.

    Built column by column in Arrow (each distinct string JSON-encoded once, the rows joined in
    one call): a shard's lines take milliseconds, not a row-by-row Python loop.
    """
    if table.num_rows == 0:
        return b""
    order = pc.sort_indices(table, sort_keys=[(k, "ascending") for k in KEYS[config]])  # stable, like sorted()
    if not np.array_equal(order.to_numpy(), np.arange(table.num_rows)):
        table = table.take(order)
    parts: list = []
    for k, name in enumerate(sorted(table.schema.names)):
        parts.append(pa.scalar(("\n{" if k == 0 else ",") + encode_basestring(name) + ":", pa.large_string()))
        parts.append(_json_values(table.column(name)))
    parts.append(pa.scalar("}", pa.large_string()))
    rows = pc.binary_join_element_wise(*parts, pa.scalar("", pa.large_string()))
    _, offsets, data = rows.buffers()  # no nulls: the rows' bytes are the data buffer, end to end
    offsets = np.frombuffer(offsets, dtype=np.int64)[rows.offset:rows.offset + len(rows) + 1]
    return data[int(offsets[0]):int(offsets[-1])].to_pybytes()


def content_hasher(names: list[str]):
    """A sha256 fed with the column names; then feed it every row's content line, in key order.

    The logical content hash depends on the values only, not on how a Parquet writer laid out the bytes (or on
    how a build cut the rows into shards: shards are in key order, and each feeds its rows in turn).
    """
    h = hashlib.sha256()
    h.update(json.dumps(names).encode())
    return h


def environment(builder_version: str) -> dict[str, str]:
    env = {"builder": builder_version, "python": platform.python_version()}
    for name in BUILD_PACKAGES:
        env[name] = metadata.version(name)
    return env


def build_manifest(folder: Path, version: str, records: dict[str, int], content: dict[str, str], seeds: dict[str, dict],
                   schema_files: dict[str, str], warnings: dict[str, list[str]], env: dict[str, str],
                   quarantined: dict[str, dict] | None = None) -> dict:
    manifest = {
        "name": "russia-israel-news",
        "version": version,
        "records": records,
        "content_sha256": content,
        "files": file_entries(folder),
        "seeds": dict(sorted(seeds.items())),
        "schema": {name: folder_sha for name, folder_sha in sorted(schema_files.items())},
        "warnings": {name: w for name, w in sorted(warnings.items()) if w},
    }
    if quarantined:  # only when pages were left out (build --quarantine): a clean build's bytes do not change
        manifest["quarantined"] = dict(sorted(quarantined.items()))
    manifest["build"] = env
    return manifest


def write_manifest(folder: Path, manifest: dict) -> None:
    """Write the manifest, streamed: a corpus's seeds list is never held again as one string (the same bytes as
    ``json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"``)."""
    with open(folder / MANIFEST, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False, sort_keys=False)
        f.write("\n")


def read_manifest(folder: Path) -> dict:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
