"""manifest.json: what a version folder holds, how it was made, and hashes to check it by."""

from __future__ import annotations

import hashlib
import json
import platform
from importlib import metadata
from pathlib import Path

from build_dataset.shard.serialise import BUILD_PACKAGES
from russia_israel_news.integrity import sha256_file

MANIFEST = "manifest.json"


def file_entries(folder: Path) -> dict[str, dict]:
    """Every file under ``folder`` but the manifest: relative POSIX path -> sha256 and size."""
    entries = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel != MANIFEST:
            entries[rel] = {"sha256": sha256_file(path), "size": path.stat().st_size}
    return dict(sorted(entries.items()))


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


def build_manifest(folder: Path, name: str, version: str, records: dict[str, int], content: dict[str, str], seeds: dict[str, dict],
                   schema_files: dict[str, str], warnings: dict[str, list[str]], env: dict[str, str],
                   quarantined: dict[str, dict] | None = None, keep_personal_text: bool = False) -> dict:
    manifest = {
        "name": name,
        "version": version,
        "records": records,
        "content_sha256": content,
        "files": file_entries(folder),
        "seeds": dict(sorted(seeds.items())),
        "schema": {name: folder_sha for name, folder_sha in sorted(schema_files.items())},
        "warnings": {name: w for name, w in sorted(warnings.items()) if w},
        # Whether the ``lines`` config publishes the text of personal content (a private build) or withholds it.
        "personal_text": "published" if keep_personal_text else "withheld",
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
