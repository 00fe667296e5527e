"""build-dataset publish: to a local folder and to an S3 server on loopback for real; the Hub as far as the plan."""

from __future__ import annotations

import hashlib
import json
import os

import pytest

from build_dataset.publish.upload import UploadError, upload
from conftest import DIST, run_cli


def _tree(fs, root):
    return {path[len(root) + 1:]: hashlib.sha256(fs.cat_file(path)).hexdigest()
            for path in fs.find(root)}


def _local_tree(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_publish_to_a_local_folder(tmp_path, version):
    target = tmp_path / "mirror"
    result = run_cli("publish", version, "--to", str(target))
    assert result.returncode == 0, result.stderr
    assert _local_tree(target / version) == _local_tree(DIST / version)
    again = run_cli("publish", version, "--to", str(target))
    assert again.returncode == 0 and "identical content; nothing uploaded" in again.stdout
    manifest = json.loads((target / version / "manifest.json").read_text())
    manifest["records"]["articles"] = 6
    (target / version / "manifest.json").write_text(json.dumps(manifest))
    refused = run_cli("publish", version, "--to", str(target))
    assert refused.returncode == 1 and "different content" in refused.stderr


def test_dry_run_prints_the_plan_and_writes_nothing(tmp_path, version):
    target = tmp_path / "mirror"
    result = run_cli("publish", version, "--to", str(target), "--dry-run")
    assert result.returncode == 0 and not target.exists()
    lines = result.stdout.splitlines()
    assert lines[0].startswith("dry run, nothing uploaded; would upload") and lines[-1].strip().startswith("manifest.json")
    assert len(lines) - 1 == len(_local_tree(DIST / version))


@pytest.mark.slow
def test_hub_upload_plan(version):
    result = run_cli("publish", version, "--to", "hf://datasets/example-org/russia-israel-news", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert f"would upload as one commit tagged {version}" in result.stdout
    assert "dataset repo example-org/russia-israel-news" in result.stdout
    bad = run_cli("publish", version, "--to", "hf://datasets/no-org", "--dry-run")
    assert bad.returncode == 1 and "hf://datasets/ORG/NAME" in bad.stderr


@pytest.fixture()
def s3_server(monkeypatch):
    """A moto S3 server on loopback (127.0.0.1, a free port), stopped after the test."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    for key, value in {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1",
                       "AWS_ENDPOINT_URL": endpoint}.items():
        monkeypatch.setenv(key, value)
    yield endpoint
    server.stop()


def test_publish_to_s3_on_loopback(s3_server, version):
    import boto3
    import s3fs

    boto3.client("s3", endpoint_url=s3_server).create_bucket(Bucket="datasets")
    plan = upload(DIST / version, "s3://datasets/russia-israel-news")
    assert plan.target == f"s3://datasets/russia-israel-news/{version}"
    fs = s3fs.S3FileSystem(endpoint_url=s3_server, skip_instance_cache=True)
    assert _tree(fs, f"datasets/russia-israel-news/{version}") == _local_tree(DIST / version)
    assert upload(DIST / version, "s3://datasets/russia-israel-news").note.startswith("already published")
    with pytest.raises(UploadError, match="not a version folder"):
        upload(DIST / "0.0.0", "s3://datasets/russia-israel-news")
    assert os.environ["AWS_ENDPOINT_URL"].startswith("http://127.0.0.1:")
