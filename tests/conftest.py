"""Shared fixtures. Builds go to temporary folders; `datasets` gets a temporary cache.

Tests that take long (fresh venvs, wheels, retraining, Dask, rebuilding published versions, whole-dev-set
runs) are marked ``slow``: ``python3 -m pytest -m "not slow"`` is the fast loop, ``python3 -m pytest`` runs
everything (as CI does)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DIST = ROOT / "dist"
#: The dev set (outside the project, beside it as ../shared/bench; RIN_BENCH names another copy).
BENCH = Path(os.environ.get("RIN_BENCH") or ROOT.parent / "shared" / "bench")
#: Where the dev set comes from, for the message of a test that needs it.
BENCH_SOURCE = ("1,001 web pages with gold article bodies, from the project's shared/ folder (shared/bench/README.md "
                "says what is in it), which the developers' machines and CI lay beside the checkout as ../shared; "
                "put it there, or set RIN_BENCH to a copy of shared/bench")
#: The command that installs every package the tests use.
DEV_INSTALL = "python3 -m pip install -c requirements.lock -e '.[dev]'"


def need(found: bool, what: str, how: str) -> None:
    """Skip a test whose data or package is missing, naming what it needs and how to get it; in CI (the CI
    variable set, as `CI=true bash .ci/run` does) fail instead, since there it must be present."""
    if found:
        return
    message = f"needs {what}, which is missing: {how}"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI is set: this test must run)", pytrace=False)
    pytest.skip(message)


# The property tests take their number of examples from the profile: the fast loop tries a quarter of the full run's.
settings.register_profile("full", max_examples=200)
settings.register_profile("fast", max_examples=50)


def pytest_configure(config):
    settings.load_profile("fast" if "not slow" in config.getoption("markexpr") else "full")


@pytest.fixture(scope="session")
def version() -> str:
    from build_dataset.versions.declared import current

    return current()


@pytest.fixture(scope="session")
def built(tmp_path_factory, version) -> Path:
    """A fresh build of the seeds: the version folder."""
    from build_dataset.build import build

    out = tmp_path_factory.mktemp("dist")
    outcome = build(SEEDS, out, previous=DIST)
    assert outcome.status == "published"
    return out / version


def _bench() -> Path:
    need((BENCH / "dev.jsonl.gz").is_file() and (BENCH / "score.py").is_file(),
         f"the dev set ({BENCH}/dev.jsonl.gz and its score.py)", BENCH_SOURCE)
    return BENCH


@pytest.fixture()
def bench() -> Path:
    """The dev set's folder. Where it is missing (a checkout without ../shared) the test is skipped,
    saying where the dev set comes from, except in CI, where it must be there."""
    return _bench()


@pytest.fixture(scope="session")
def dev_rows() -> list[dict]:
    """The dev set's rows (see :func:`bench`: skipped outside CI where it is missing, failed in CI)."""
    import gzip
    import json

    with gzip.open(_bench() / "dev.jsonl.gz", "rt", encoding="utf-8") as f:
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


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    """The package's wheel, built once a session. Building it must leave dist/ alone."""
    out = tmp_path_factory.mktemp("wheel")
    before = sorted(p.name for p in DIST.iterdir())
    result = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert sorted(p.name for p in DIST.iterdir()) == before, "building the wheel must leave dist/ alone"
    (path,) = out.glob("*.whl")
    return path


class FreshVenv:
    """A fresh virtual environment with the wheel installed (within requirements.lock), shared by a session's tests.

    ``python(*extras, packages=...)`` adds the wheel's extras and other packages to it and returns its interpreter,
    so a test runs with what it asked for plus what tests before it asked for. ``alone=True`` asks for nothing more
    than that (the core install's test: the extras must be missing); where more is installed already, a new
    environment is made. The wheel's tests ask in an order that makes one environment serve them all.
    """

    def __init__(self, folder: Path, wheel: Path):
        self.folder, self.wheel = folder, wheel
        self.made = 0
        self.py: Path | None = None
        self.installed: set[str] = set()

    def python(self, *extras: str, packages: tuple[str, ...] = (), alone: bool = False) -> Path:
        wanted = set(extras) | {f"package {p}" for p in packages}
        if self.py is None or (alone and not self.installed <= wanted):
            self.made += 1
            venv = self.folder / f"venv{self.made}"
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            self.py, self.installed = venv / "bin" / "python", set()
        elif wanted <= self.installed:
            return self.py
        target = f"{self.wheel}[{','.join(sorted(extras))}]" if extras else str(self.wheel)
        install = subprocess.run([str(self.py), "-m", "pip", "install", "-q", "-c", str(ROOT / "requirements.lock"),
                                  target, *packages], capture_output=True, text=True)
        assert install.returncode == 0, install.stderr[-3000:]
        self.installed |= wanted
        return self.py


@pytest.fixture(scope="session")
def fresh_venv(tmp_path_factory, wheel) -> FreshVenv:
    """The session's fresh virtual environment with the wheel (see FreshVenv)."""
    return FreshVenv(tmp_path_factory.mktemp("venv"), wheel)


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m build_dataset ARGS`` in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "build_dataset", *args], cwd=cwd or ROOT, env=full_env,
                          capture_output=True, text=True)


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones too): relative path -> sha256."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}
