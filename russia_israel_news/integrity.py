"""A version folder against its manifest's checksums (stdlib only: the consumer and the builder share it)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def mismatches(folder: Path, files: dict[str, dict]) -> list[str]:
    """Each file the manifest lists (``files``: path -> sha256 and size) that is missing or differs, one a line."""
    bad = []
    for name, entry in sorted(files.items()):
        path = Path(folder) / name
        if not path.is_file():
            bad.append(f"{name}: missing")
            continue
        digest = sha256_file(path)
        if digest != entry["sha256"]:
            bad.append(f"{name}: sha256 {digest} != manifest {entry['sha256']}")
    return bad
