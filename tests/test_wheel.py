"""The wheel: it bundles every published version's data, and works installed in a fresh virtual environment,
from the core install (Parquet with pyarrow only) to the issue-5 consumer checks on the data the wheel bundles:
Croissant validation and records, the five readers, a consumer's validation of good and bad data, publishing
to a local folder and to an S3 server on loopback.

The wheel is built once a session and one fresh environment serves every test here (conftest's ``wheel`` and
``fresh_venv``): the tests run in the order below, each adding the extras it needs. Building and installing are slow;
the fast loop checks the build hook that bundles the data on its own.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from types import ModuleType, SimpleNamespace

import pytest

from conftest import DIST, ROOT

#: Every published version, oldest first: the wheel carries them all.
PUBLISHED = sorted((p.name for p in DIST.iterdir() if (p / "manifest.json").is_file()),
                   key=lambda v: tuple(int(n) for n in v.split(".")))
CONSUMER_TOOLS = ("polars", "duckdb", "mlcroissant", "moto[server]", "s3fs")


def _hook_class(monkeypatch) -> type:
    """hatch_build.BundleData, imported without hatchling (only `python -m build`'s isolated environment has it)."""
    interface = ModuleType("hatchling.builders.hooks.plugin.interface")
    interface.BuildHookInterface = object
    monkeypatch.setitem(sys.modules, interface.__name__, interface)
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.BundleData


def _bundle(hook_class: type, target: str, version: str, root=ROOT) -> dict:
    hook = SimpleNamespace(target_name=target, metadata=SimpleNamespace(version=version), root=str(root))
    build_data = {"force_include": {}}
    hook_class.initialize(hook, "standard", build_data)
    return build_data["force_include"]


def test_build_hook_bundles_every_published_version(version, tmp_path, monkeypatch):
    hook = _hook_class(monkeypatch)
    assert len(PUBLISHED) >= 5 and PUBLISHED[-1] == version
    assert _bundle(hook, "wheel", version) == {str(DIST / v): f"russia_israel_news/data/{v}" for v in PUBLISHED}
    assert _bundle(hook, "sdist", version) == {}
    with pytest.raises(RuntimeError, match="not a published version"):
        _bundle(hook, "wheel", version, root=tmp_path)
    # a staging folder, a folder without a manifest and a version newer than the package's stay out
    for name, manifest in ((".staging-9.0.0-x", True), ("1.0.9", False), ("1.0.0", True), ("9.0.0", True)):
        (tmp_path / "dist" / name).mkdir(parents=True)
        if manifest:
            (tmp_path / "dist" / name / "manifest.json").write_text("{}")
    assert list(_bundle(hook, "wheel", "1.0.0", root=tmp_path).values()) == ["russia_israel_news/data/1.0.0"]


@pytest.mark.slow
def test_wheel_bundles_every_published_version(wheel, version):
    names = zipfile.ZipFile(wheel).namelist()
    data = {n.split("/")[2] for n in names if n.startswith("russia_israel_news/data/")}
    assert data == set(PUBLISHED)
    for v in PUBLISHED:  # each version whole: every file its manifest lists
        listed = json.loads((DIST / v / "manifest.json").read_text())["files"]
        assert {f"russia_israel_news/data/{v}/{f}" for f in [*listed, "manifest.json"]} <= set(names), v
    assert any(n.startswith("build_dataset/") for n in names)
    assert not any(n.startswith(("seeds/", "tests/", "dist/")) for n in names)


def _run(py, code, cwd):
    result = subprocess.run([str(py), "-c", code], capture_output=True, text=True, cwd=cwd)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.mark.slow
def test_core_install_reads_parquet_without_the_builders_dependencies(fresh_venv, tmp_path, version):
    py = fresh_venv.python(alone=True)
    out = _run(py, f"""
import importlib.util as u
import russia_israel_news as rin
for heavy in ("datasets", "pandas", "pandera", "ftfy", "dateparser", "sklearn"):
    assert u.find_spec(heavy) is None, heavy + " is installed by the core install"
table = rin.load(format="arrow")
assert table.num_rows == 5 and rin.manifest()["version"] == "{version}"
for call, extra in ((lambda: rin.load(), "datasets"), (lambda: rin.load(format="pandas"), "pandas"),
                    (lambda: rin.validate("x.parquet"), "validate")):
    try:
        call()
    except ImportError as err:
        assert f"russia-israel-news[{{extra}}]" in str(err), err
    else:
        raise AssertionError("no ImportError for " + extra)
print("core ok")
""", tmp_path)
    assert "core ok" in out


@pytest.mark.slow
def test_validate_extra_validates_in_a_fresh_venv(fresh_venv, tmp_path, version):
    py = fresh_venv.python("validate")
    out = _run(py, f"""
import russia_israel_news as rin
df = rin.load(format="pandas")
rin.validate(df, version="{version}")
for pinned in {PUBLISHED!r}:  # every published contract, from the wheel's own copy of that version
    rin.validate(rin.load(version=pinned, format="pandas"), version=pinned)
rin.validate(df, version="1.0.1")
df.loc[0, "word_count"] = 1
try:
    rin.validate(df)
except rin.DataValidationError as err:
    assert "counts_match" in str(err)
    print("validate ok")
""", tmp_path)
    assert "validate ok" in out


@pytest.mark.slow
def test_wheel_installs_in_a_fresh_venv_and_loads(fresh_venv, tmp_path, version):
    py = fresh_venv.python("datasets")
    out = _run(py, f"""
import russia_israel_news as rin
assert rin.__version__ == "{version}", rin.__version__
assert rin.versions() == {PUBLISHED!r}, rin.versions()
ds = rin.load()
assert ds.num_rows == 5 and "text" in ds.column_names
old = rin.load(version="1.0.0")
assert old.num_rows == 5 and rin.manifest("1.0.0")["version"] == "1.0.0"
try:
    rin.load(version="9.9.9")
except FileNotFoundError as err:
    assert "dist_dir" in str(err) and "pip install --upgrade" in str(err), err
else:
    raise AssertionError("version 9.9.9 loaded")
assert rin.load(format="arrow", config="lines").num_rows > 100
print("loaded", ds.num_rows)
""", tmp_path)
    assert "loaded 5" in out


SCRIPT = r'''
import sys, tempfile
from importlib import resources
from pathlib import Path

import duckdb, polars as pl, pandas as pd, pyarrow.parquet as pq, datasets
import mlcroissant as mlc
import russia_israel_news as rin

version = sys.argv[1]
folder = Path(str(resources.files("russia_israel_news") / "data" / version))
assert str(folder).find("site-packages") > 0, folder          # the installed wheel's data, not a checkout
tmp = Path(tempfile.mkdtemp())

# Croissant: validation and records
ds = mlc.Dataset(jsonld=str(folder / "croissant.json"))
assert not ds.metadata.ctx.issues.errors and not ds.metadata.ctx.issues.warnings
assert [r["articles/id"].decode() for r in ds.records("articles")] == rin.load(format="arrow").column("id").to_pylist()

# the five readers: same ids and types
f = str(folder / "articles" / "train-00000-of-00001.parquet")
ids = sorted(pq.read_table(f).column("id").to_pylist())
assert sorted(pd.read_parquet(f)["id"]) == ids
assert sorted(pl.read_parquet(f)["id"].to_list()) == ids
assert sorted(r[0] for r in duckdb.connect().execute("select id from read_parquet(?)", [f]).fetchall()) == ids
hf = datasets.load_dataset(str(folder), "articles", split="train", cache_dir=str(tmp / "cache"))
assert sorted(hf["id"]) == ids and hf.features["published"].dtype == "date32"
assert pl.read_parquet(f).schema["published"] == pl.Date

# a consumer's validation of good and bad data
df = rin.load(format="pandas")
rin.validate(df, version=version)
df.loc[0, "text_sha256"] = "0" * 64
try:
    rin.validate(df, version=version)
    raise AssertionError("bad data passed")
except rin.DataValidationError as err:
    assert "sha256_matches" in str(err)

# publishing: a local folder, and S3 on loopback
from build_dataset.publish.upload import upload
upload(folder, str(tmp / "mirror"))
assert (tmp / "mirror" / version / "manifest.json").read_bytes() == (folder / "manifest.json").read_bytes()
import os, boto3, s3fs
from moto.server import ThreadedMotoServer
server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
host, port = server.get_host_and_port()
endpoint = f"http://{host}:{port}"
os.environ.update(AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test", AWS_DEFAULT_REGION="us-east-1",
                  AWS_ENDPOINT_URL=endpoint)
try:
    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket="datasets")
    upload(folder, "s3://datasets/rin")
    fs = s3fs.S3FileSystem(endpoint_url=endpoint, skip_instance_cache=True)
    assert fs.cat_file(f"datasets/rin/{version}/manifest.json") == (folder / "manifest.json").read_bytes()
finally:
    server.stop()

# the cluster columns, from a build of the seeds and a page scraped twice (the wheel's builder and loader)
import shutil
from build_dataset.build import build
seeds = tmp / "seeds"
shutil.copytree(sys.argv[2], seeds)
shutil.copy(seeds / "000_903d19389aab4f0c.txt", seeds / "005_scraped_again.txt")
(tmp / "none").mkdir()
built = build(seeds, tmp / "dist", previous=tmp / "none").folder
every = rin.load(format="arrow", dist_dir=built.parent)
kept = rin.load(format="pandas", dist_dir=built.parent, dedup="near")
assert every.num_rows == 6 and sorted(kept["id"]) == sorted(set(every.column("id").to_pylist()) - {"005_scraped_again"})
split = rin.load(dist_dir=built.parent, split_by="story", test_size=0.5)
train, test = (set(split[k]["story_id"]) for k in ("train", "test"))
assert not train & test and len(split["train"]) + len(split["test"]) == 6
print("fresh venv ok")
'''


@pytest.mark.slow
def test_consumer_checks_from_the_wheel_in_a_fresh_venv(wheel, fresh_venv, tmp_path, version):
    assert f"russia_israel_news/data/{version}/croissant.json" in zipfile.ZipFile(wheel).namelist()
    py = fresh_venv.python("build", packages=CONSUMER_TOOLS)
    script = tmp_path / "checks.py"
    script.write_text(SCRIPT)
    result = subprocess.run([str(py), str(script), version, str(ROOT / "seeds")], capture_output=True, text=True,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "fresh venv ok" in result.stdout
