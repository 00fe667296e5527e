"""manifest.json: what a version folder holds, how it was made, and hashes to check it by."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from json.encoder import encode_basestring
import platform
from importlib import metadata
from pathlib import Path

import pyarrow as pa

from build_dataset.tables import KEYS
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


def _json_encoder(column: list):
    """``json.dumps(value, ensure_ascii=False)`` for every value of a column (str, int, date or None)."""
    if all(isinstance(v, str) for v in column):
        return map(encode_basestring, column)
    if all(type(v) is int for v in column):
        return map(str, column)
    return map(_json_value, column)  # dates (as ISO strings) and nulls


def _json_value(value) -> str:
    return json.dumps(_jsonable(value), ensure_ascii=False)


def content_lines(table: pa.Table, config: str) -> list[str]:
    """The rows of ``table`` as the content hash reads them, in key order: "\\n", then the row as
    ``json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))`` (built column by column)."""
    keys = KEYS[config]
    names = sorted(table.schema.names)
    row = "\n{{" + ",".join(encode_basestring(name).replace("{", "{{").replace("}", "}}") + ":{}" for name in names) + "}}"
    columns = [table.column(name).to_pylist() for name in names]
    rows = list(map(row.format, *(_json_encoder(c) for c in columns)))
    by_key = [columns[names.index(k)] for k in keys]
    if any(a > b for a, b in zip(zip(*by_key), list(zip(*by_key))[1:])):  # not in key order yet
        order = sorted(range(len(rows)), key=lambda i: tuple(c[i] for c in by_key))
        rows = [rows[i] for i in order]
    return rows


def content_hasher(names: list[str]):
    """A sha256 fed with the column names; then feed it every row's content line, in key order."""
    h = hashlib.sha256()
    h.update(json.dumps(names).encode())
    return h


def content_hash(table: pa.Table, config: str) -> str:
    """A logical hash of the rows: canonical JSON lines, sorted by the config's key.

    It depends on the values only, not on how a Parquet writer laid out the bytes (or on how a
    build cut the rows into shards: shards are in key order, and each feeds its rows in turn).
    """
    h = content_hasher(table.schema.names)
    h.update("".join(content_lines(table, config)).encode("utf-8"))
    return h.hexdigest()


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
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=False) + "\n",
                                   encoding="utf-8")


def read_manifest(folder: Path) -> dict:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
