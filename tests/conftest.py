"""Shared fixtures. Builds go to temporary folders; `datasets` gets a temporary cache."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DIST = ROOT / "dist"
#: The dev set (outside the project, beside it as ../shared/bench).
BENCH = ROOT.parent / "shared" / "bench"


@pytest.fixture(scope="session")
def version() -> str:
    from build_dataset.version import current

    return current()


@pytest.fixture(scope="session")
def built(tmp_path_factory, version) -> Path:
    """A fresh build of the seeds: the version folder."""
    from build_dataset.build import build

    out = tmp_path_factory.mktemp("dist")
    outcome = build(SEEDS, out, previous=DIST)
    assert outcome.status == "published"
    return out / version


@pytest.fixture()
def bench() -> Path:
    """The dev set's folder. Where it is missing (a checkout without ../shared) the test is skipped,
    except in CI, where it must be there."""
    if not (BENCH / "dev.jsonl.gz").is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{BENCH} is missing: CI must have the dev set")
        pytest.skip(f"{BENCH} not present (outside CI)")
    return BENCH


@pytest.fixture(scope="session")
def dev_rows() -> list[dict]:
    """The dev set's rows (see :func:`bench`: skipped outside CI where it is missing, failed in CI)."""
    import gzip
    import json

    if not (BENCH / "dev.jsonl.gz").is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{BENCH} is missing: CI must have the dev set")
        pytest.skip(f"{BENCH} not present (outside CI)")
    with gzip.open(BENCH / "dev.jsonl.gz", "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture()
def hf_cache(tmp_path, monkeypatch) -> Path:
    """`datasets` caches local folders: give each test its own cache."""
    cache = tmp_path / "hf-cache"
    monkeypatch.setenv("HF_DATASETS_CACHE", str(cache))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return cache


@pytest.fixture()
def seeds_copy(tmp_path) -> Path:
    """A writable copy of the seeds folder."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m build_dataset ARGS`` in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "build_dataset", *args], cwd=cwd or ROOT, env=full_env,
                          capture_output=True, text=True)


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones too): relative path -> sha256."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}
