"""The wheel: it bundles exactly the current version's data, and load() works in a fresh venv."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from conftest import DIST, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    before = sorted(p.name for p in DIST.iterdir())
    result = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert sorted(p.name for p in DIST.iterdir()) == before, "building the wheel must leave dist/ alone"
    (path,) = out.glob("*.whl")
    return path


def test_wheel_bundles_exactly_one_version(wheel, version):
    names = zipfile.ZipFile(wheel).namelist()
    data = sorted({n.split("/")[2] for n in names if n.startswith("russia_israel_news/data/")})
    assert data == [version]
    assert f"russia_israel_news/data/{version}/manifest.json" in names
    assert any(n.startswith("build_dataset/") for n in names)
    assert not any(n.startswith(("seeds/", "tests/", "dist/")) for n in names)


def _venv(tmp_path, wheel, extra: str):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    target = f"{wheel}[{extra}]" if extra else str(wheel)
    install = subprocess.run([str(py), "-m", "pip", "install", "-q", "-c", str(ROOT / "requirements.lock"), target],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-3000:]
    return py


def _run(py, code, cwd):
    result = subprocess.run([str(py), "-c", code], capture_output=True, text=True, cwd=cwd)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_core_install_reads_parquet_without_the_builders_dependencies(wheel, tmp_path, version):
    py = _venv(tmp_path, wheel, "")
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


def test_validate_extra_validates_in_a_fresh_venv(wheel, tmp_path, version):
    py = _venv(tmp_path, wheel, "validate")
    out = _run(py, f"""
import russia_israel_news as rin
df = rin.load(format="pandas")
rin.validate(df, version="{version}")
df.loc[0, "word_count"] = 1
try:
    rin.validate(df)
except rin.DataValidationError as err:
    assert "counts_match" in str(err)
    print("validate ok")
""", tmp_path)
    assert "validate ok" in out


def test_wheel_installs_in_a_fresh_venv_and_loads(wheel, tmp_path, version):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    install = subprocess.run([str(py), "-m", "pip", "install", "-q", "-c", str(ROOT / "requirements.lock"),
                              f"{wheel}[datasets]"], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-3000:]
    code = f"""
import russia_israel_news as rin
assert rin.__version__ == "{version}", rin.__version__
assert rin.versions() == ["{version}"], rin.versions()
ds = rin.load()
assert ds.num_rows == 5 and "text" in ds.column_names
assert rin.load(format="arrow", config="lines").num_rows > 100
print("loaded", ds.num_rows)
"""
    result = subprocess.run([str(py), "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "loaded 5" in result.stdout
