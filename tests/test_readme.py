"""The README's consumer section: its install commands work without a package index, and its examples run
verbatim from the wheel in a fresh virtual environment."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import DIST, ROOT


def consumer_blocks() -> list[tuple[str, str]]:
    """The fenced blocks (language, text) of the README's consumer section, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Quick start (consumers)"):readme.index("\n## ", readme.index("## Quick start") + 3)]
    return re.findall(r"```(\w+)\n(.*?)```", section, re.S)


def test_readme_install_commands_work_without_a_package_index():
    blocks = consumer_blocks()
    assert [lang for lang, _ in blocks] == ["bash", "python", "python", "python", "yaml", "yaml"]
    install = blocks[0][1].splitlines()
    # the wheel fixture (conftest) builds the wheel the same way
    assert install[0] == "python3 -m pip install build && python3 -m build --wheel --outdir wheelhouse"
    ci_runs = [line.split("- run: ", 1)[1] for line in blocks[4][1].splitlines()]
    for command in (install[1], ci_runs[0]):
        args = shlex.split(command)
        assert args[args.index("install") + 1:][:2] == ["--find-links", "wheelhouse"], command
        # a pinned package version would need that exact wheel: the contract is pinned with --version instead
        assert "==" not in command, command
    assert "--version 1.0.1" in ci_runs[1]
    hook = blocks[5][1]
    assert "language: system" in hook and "additional_dependencies" not in hook and "==" not in hook
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "published, `pip install 'russia-israel-news[datasets,validate]'` will install it from the index" in readme


def _sh(command: str, cwd, venv, expect: int = 0, **env) -> str:
    """Run ``command`` in bash with ``venv`` activated; its output (stdout and stderr) once it exits ``expect``."""
    result = subprocess.run(["bash", "-euo", "pipefail", "-c", command], cwd=cwd, capture_output=True, text=True,
                            env={**os.environ, "PATH": f"{venv / 'bin'}:{os.environ['PATH']}", "VIRTUAL_ENV": str(venv),
                                 **env})
    assert result.returncode == expect, command + "\n" + result.stdout[-2000:] + result.stderr[-3000:]
    return result.stdout + result.stderr


@pytest.mark.slow
def test_readme_consumer_examples_run_verbatim_from_the_wheel(wheel, tmp_path, version):
    (_, bash), (_, quick), (_, clusters), (_, one_call), (_, ci), (_, hook) = consumer_blocks()
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    work = tmp_path / "work"
    work.mkdir()
    (work / "wheelhouse").symlink_to(wheel.parent)  # the first line built it: the wheel fixture did the same
    # the README's install, verbatim; the lock constrains what pip picks, as the project's tests always do
    _sh(bash.splitlines()[1], work, venv, PIP_CONSTRAINT=str(ROOT / "requirements.lock"))
    python = venv / "bin" / "python"
    assert "site-packages" in _sh(f"{python} -c 'import russia_israel_news as r; print(r.__file__)'", work, venv)

    out = _sh(f"{python} -c {shlex.quote(quick)}", work, venv)
    assert "'1.0.0', '1.0.1'" in out and f"'{version}'" in out

    # a consumer's derived data: the published articles with a column added
    table = pq.read_table(DIST / version / "articles/train-00000-of-00001.parquet")
    derived = table.append_column("split", pa.array(["train"] * table.num_rows))
    for folder in (work / "derived", work / "data" / "derived"):
        folder.mkdir(parents=True)
        pq.write_table(derived, folder / "articles.parquet")
    _sh(f"{python} -c {shlex.quote('import russia_israel_news as rin' + chr(10) + one_call)}", work, venv)

    # the cluster options on the latest version: the near duplicates dropped, a split no story crosses
    (work / "clusters.py").write_text("import russia_israel_news as rin\n" + clusters
                                      + "print(len(kept), len(split['train']) + len(split['test']))\n", encoding="utf-8")
    sizes = _sh(f"{python} clusters.py", work, venv)
    assert sizes.split()[-1] == str(table.num_rows) and 0 < int(sizes.split()[-2]) <= table.num_rows, sizes

    ci_runs = [line.split("- run: ", 1)[1] for line in ci.splitlines()]
    _sh(ci_runs[0], work, venv, PIP_CONSTRAINT=str(ROOT / "requirements.lock"))
    assert "data/derived/articles.parquet: valid" in _sh(ci_runs[1], work, venv)

    # the hook's entry, run as pre-commit runs it: with the staged Parquet files appended
    entry = re.search(r"entry: (.*)", hook).group(1)
    assert "derived/articles.parquet: valid" in _sh(f"{entry} derived/articles.parquet", work, venv)
    bad = derived.set_column(derived.column_names.index("title"), "title", pa.array([""] * derived.num_rows))
    pq.write_table(bad, work / "bad.parquet")
    report = _sh(f"{entry} bad.parquet", work, venv, expect=1)
    assert "bad.parquet: " in report and "column 'title'" in report, report


def builder_block() -> str:
    """The README's example of the builder on one's own pages (its one bash block)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The builder on your own pages"):]
    return re.search(r"```bash\n(.*?)```", section, re.S).group(1)


@pytest.mark.slow
def test_readme_builder_example_runs_verbatim_from_the_wheel(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    work = tmp_path / "work"
    work.mkdir()
    (work / "wheelhouse").symlink_to(wheel.parent)
    shutil.copytree(ROOT / "tests" / "other_pages", work / "my_pages")  # two pages written for the tests
    for line in builder_block().splitlines():
        _sh(line, work, venv, PIP_CONSTRAINT=str(ROOT / "requirements.lock"))
    records = [json.loads(line) for line in (work / "cleaned.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == ["orchestra", "tram"] and all(r["title"] and r["text"] for r in records)
    assert 'id="n-articles">2<' in (work / "my_audit" / "index.html").read_text(encoding="utf-8")
    folders = [p for p in (work / "my_dist").iterdir() if (p / "manifest.json").is_file()]
    assert len(folders) == 1 and json.loads((folders[0] / "manifest.json").read_text())["records"]["articles"] == 2
