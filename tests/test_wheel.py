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
