"""Issue-5 checks from the wheel installed in a fresh virtual environment, on the data the wheel bundles:
Croissant validation and records, the five readers, a consumer's validation of good and bad data,
publishing to a local folder and to an S3 server on loopback."""

from __future__ import annotations

import subprocess
import sys
import zipfile


from conftest import ROOT

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
from build_dataset.upload import upload
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
print("fresh venv ok")
'''


def test_consumer_checks_from_the_wheel_in_a_fresh_venv(tmp_path, version):
    out = tmp_path / "wheel"
    built = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = out.glob("*.whl")
    assert f"russia_israel_news/data/{version}/croissant.json" in zipfile.ZipFile(wheel).namelist()
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    install = subprocess.run([str(py), "-m", "pip", "install", "-q", "-c", str(ROOT / "requirements.lock"),
                              f"{wheel}[build]", "polars", "duckdb", "mlcroissant", "moto[server]", "s3fs"],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-3000:]
    script = tmp_path / "checks.py"
    script.write_text(SCRIPT)
    result = subprocess.run([str(py), str(script), version], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "fresh venv ok" in result.stdout
