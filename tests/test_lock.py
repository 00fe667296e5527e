"""requirements.lock is the whole locked environment: every module the tests, benchmarks and training scripts import
resolves and imports in it, every package it pins is installed by the dev install, and every installed package is
pinned (regenerate the lock as its header says when one of these fails)."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from importlib import metadata

import pytest

from conftest import ROOT

FOLDERS = ("tests", "benchmarks", "training")
#: What `pip freeze` leaves out of the lock: the installer's own packages.
INSTALLER = {"pip", "setuptools", "wheel", "distribute"}


def _name(distribution: str) -> str:
    return re.sub(r"[-_.]+", "-", distribution).lower()


def imported_modules() -> dict[str, dict]:
    """Each module (dotted name) that a script of FOLDERS imports, except their own modules -> the names imported
    from it (``from M import a, b``) and the files importing it."""
    found: dict[str, dict] = {}
    local = {p.stem for folder in FOLDERS for p in (ROOT / folder).glob("*.py")}  # a test may import a benchmark's module
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    imports = [(alias.name, ()) for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    imports = [(node.module, tuple(alias.name for alias in node.names))]
                else:
                    continue
                for module, names in imports:
                    if module.split(".")[0] not in local and module != "__future__":
                        entry = found.setdefault(module, {"names": set(), "files": set()})
                        entry["names"].update(names)
                        entry["files"].add(f"{folder}/{path.name}")
    return found


@pytest.mark.slow  # imports every library the tests, benchmarks and training use (about 12 s)
def test_every_imported_module_resolves_and_imports_in_the_locked_environment():
    modules = imported_modules()
    assert {"justext", "trafilatura", "hypothesis", "sklearn.model_selection", "build_dataset"} <= set(modules)
    assert "cli" in modules["build_dataset"]["names"]
    # find_spec says a module is there; importing it also catches a dependency that is missing (justext needs
    # lxml_html_clean with lxml 6), so each is imported, in a process of its own so that the tests' stay clean
    code = """
import importlib, importlib.util, json, sys
failed = {}
for module, names in json.loads(sys.argv[1]).items():
    try:
        if importlib.util.find_spec(module) is None:
            failed[module] = "not found"
            continue
        imported = importlib.import_module(module)
        for name in names:  # from MODULE import NAME: an attribute or a submodule
            if not hasattr(imported, name) and importlib.util.find_spec(module + "." + name) is None:
                failed[module] = f"has no {name}"
    except Exception as err:
        failed[module] = f"{type(err).__name__}: {err}"
print(json.dumps(failed))
"""
    wanted = json.dumps({module: sorted(entry["names"]) for module, entry in modules.items()})
    result = subprocess.run([sys.executable, "-c", code, wanted], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'tests'}"})
    assert result.returncode == 0, result.stderr[-3000:]
    failed = json.loads(result.stdout.splitlines()[-1])
    assert not failed, {module: (reason, sorted(modules[module]["files"])) for module, reason in failed.items()}


def test_the_lock_pins_exactly_the_installed_packages():
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    locked = dict(line.split("==") for line in lines if line and not line.startswith("#"))
    locked = {_name(name): version for name, version in locked.items()}
    installed = {_name(d.metadata["Name"]): d.version for d in metadata.distributions()}
    installed = {name: v for name, v in installed.items() if name not in INSTALLER | {"russia-israel-news"}}
    assert sorted(set(locked) - set(installed)) == [], "pinned in requirements.lock but installed by no extra"
    assert sorted(set(installed) - set(locked)) == [], "installed but not pinned in requirements.lock"
    assert {n: (locked[n], v) for n, v in installed.items() if locked[n] != v} == {}
