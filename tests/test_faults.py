"""Faults: a killed build, two builds at once, a read-only or full disk, a damaged published file."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

import russia_israel_news as rin
from build_dataset import build as build_module, cli
from build_dataset.build import build
from build_dataset.publish import atomic
from build_dataset.publish.atomic import PublishError, STAGING_PREFIX
from build_dataset.versions import compare
from conftest import DIST, ROOT, SEEDS, run_cli, tree
from russia_israel_news.integrity import mismatches

SHARD = "articles/train-00000-of-00001.parquet"


@pytest.fixture()
def out(tmp_path):
    """An output folder holding one published version (1.0.0), which nothing may change."""
    folder = tmp_path / "dist"
    shutil.copytree(DIST / "1.0.0", folder / "1.0.0")
    return folder


def visible(folder) -> dict[str, str]:
    """The files a reader can see: all but those in staging folders."""
    return {k: v for k, v in tree(folder).items() if not k.startswith(STAGING_PREFIX)}


def start_build(out, *extra) -> subprocess.Popen:
    # compared with the project's versions, as the committed one was: the same bytes
    return subprocess.Popen([sys.executable, "-m", "build_dataset", "build", "--out", str(out), "--previous", str(DIST),
                             "--no-progress", *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def assert_whole(folder) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert mismatches(folder, manifest["files"]) == []
    assert tree(folder) == tree(DIST / folder.name)  # the committed version, byte for byte


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_dist_as_it_was(out, version):
    before = tree(out)
    rng = random.Random(6)
    # from the start (reading, cleaning, validating, writing) and while the staging folder is written
    plans = [("start", rng.uniform(0.2, 2.0)) for _ in range(4)] + [("staging", rng.uniform(0.0, 0.3)) for _ in range(4)]
    killed = 0
    for phase, delay in plans:
        proc = start_build(out)
        if phase == "staging":
            deadline = time.monotonic() + 120
            while proc.poll() is None and not any(out.glob(f"{STAGING_PREFIX}*")) and time.monotonic() < deadline:
                time.sleep(0.002)
        time.sleep(delay)
        if proc.poll() is None:
            proc.kill()  # SIGKILL: no handler, no finally
            killed += 1
        proc.communicate()
        if (out / version).exists():  # killed after the rename (or not at all): the version is whole
            assert_whole(out / version)
            shutil.rmtree(out / version)
        assert visible(out) == before, f"killed at {phase} + {delay:.2f} s"
        assert rin.versions(dist_dir=out) == ["1.0.0"] and compare.published_versions(out) == ["1.0.0"]
    assert killed >= 6
    # the next build removes what killed builds left in staging, and publishes
    result = run_cli("build", "--out", str(out), "--previous", str(DIST), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["1.0.0", version]
    assert_whole(out / version)
    assert rin.load(format="arrow", dist_dir=out).num_rows == 5


def test_staging_folders_are_invisible_to_readers_and_removed_by_the_next_build(out, version):
    stale = out / f"{STAGING_PREFIX}{version}-dead"
    shutil.copytree(DIST / version, stale)  # a whole copy, but never renamed into place
    (out / "9.9.9").mkdir()  # a version folder without a manifest is not a version either
    assert rin.versions(dist_dir=out) == ["1.0.0"] and compare.published_versions(out) == ["1.0.0"]
    with pytest.raises(FileNotFoundError, match="available: 1.0.0"):
        rin.load(version=version, dist_dir=out)
    (out / "9.9.9").rmdir()
    assert build(SEEDS, out, previous=DIST).status == "published"
    assert sorted(p.name for p in out.iterdir()) == ["1.0.0", version]
    assert_whole(out / version)


@pytest.mark.slow
def test_two_builds_at_once_one_wins_the_other_fails_clearly(tmp_path, version):
    out = tmp_path / "dist"
    procs = [start_build(out), start_build(out)]
    results = [(p.wait(timeout=300), *p.communicate()) for p in procs]
    assert sorted(code for code, _, _ in results) == [0, 1], results
    (winner,) = [r for r in results if r[0] == 0]
    (loser,) = [r for r in results if r[0] == 1]
    assert f"published {out / version}" in winner[1]
    assert f"build-dataset: error: {out}: another build is writing into this folder; nothing was written" in loser[2]
    assert "Traceback" not in loser[2]
    assert [p.name for p in out.iterdir()] == [version]
    assert_whole(out / version)


def test_a_build_into_a_locked_folder_fails_at_once_and_writes_nothing(out):
    before = tree(out)
    with atomic.locked(out):
        started = time.monotonic()
        with pytest.raises(PublishError, match="another build is writing into this folder"):
            build(SEEDS, out, previous=DIST)
        assert time.monotonic() - started < 5  # before reading a seed
    assert tree(out) == before


def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _half_written_shard(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.write(data[:100])
    _no_space()


def _half_written_manifest(folder, manifest):
    (folder / "manifest.json").write_text('{"name": "russia-', encoding="utf-8")
    _no_space()


@pytest.mark.parametrize("patch", ["parquet", "manifest"])
def test_a_full_disk_gives_a_clear_error_and_leaves_dist_as_it_was(out, monkeypatch, capsys, patch):
    before = tree(out)
    if patch == "parquet":  # the first file written (a shard's Parquet file)
        monkeypatch.setattr(atomic, "write_file", _half_written_shard)
    else:  # the last file written
        monkeypatch.setattr(build_module, "write_manifest", _half_written_manifest)
    code = cli.main(["build", "--out", str(out), "--previous", str(DIST), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"build-dataset: error: {out}: writing the version failed (No space left on device)" in err
    assert tree(out) == before  # no version folder, no staging folder


def test_a_read_only_output_folder_gives_a_clear_error(out, monkeypatch, capsys):
    before = tree(out)

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(atomic.tempfile, "mkdtemp", read_only)
    code = cli.main(["build", "--out", str(out), "--previous", str(DIST), "--no-progress"])
    assert code == 1
    assert f"build-dataset: error: {out}: cannot write the output folder (Read-only file system)" in capsys.readouterr().err
    assert tree(out) == before


@pytest.mark.slow
def test_an_output_folder_that_cannot_be_made_gives_a_clear_error(tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    result = run_cli("build", "--out", str(tmp_path / "a-file" / "dist"), "--no-progress")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{tmp_path / 'a-file' / 'dist'}: cannot write the output folder (Not a directory)" in result.stderr


# -- a damaged published file ------------------------------------------------------------------------------------------

@pytest.fixture()
def dist_copy(tmp_path):
    folder = tmp_path / "dist"
    shutil.copytree(DIST, folder)
    return folder


def flip_bit(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.slow
def test_a_flipped_byte_in_a_published_file_is_caught_by_verify_and_load(dist_copy, version):
    shard = dist_copy / version / SHARD
    flip_bit(shard, shard.stat().st_size // 2)
    result = run_cli("verify", version, "--dist", str(dist_copy))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{version}: FAILED" in result.stderr
    assert f"published file {SHARD}: sha256" in result.stderr
    with pytest.raises(rin.DataIntegrityError, match=f"{SHARD}: sha256"):
        rin.load(format="arrow", dist_dir=dist_copy)


@pytest.mark.slow
def test_a_flipped_bit_in_the_manifest_is_caught_by_verify_and_load(dist_copy, version):
    manifest = dist_copy / version / "manifest.json"
    text = manifest.read_text(encoding="utf-8")
    digest = json.loads(text)["files"][SHARD]["sha256"]
    flip_bit(manifest, text.index(digest))  # the shard's checksum, one bit off
    result = run_cli("verify", version, "--dist", str(dist_copy))
    assert result.returncode == 1
    assert f"published file {SHARD}: sha256 {digest} != manifest" in result.stderr
    assert "file manifest.json differs" in result.stderr
    with pytest.raises(rin.DataIntegrityError, match=f"{SHARD}: sha256 {digest} != manifest"):
        rin.load(format="pandas", dist_dir=dist_copy)


def test_a_manifest_that_is_not_json_is_caught_by_verify_and_load(dist_copy, version):
    flip_bit(dist_copy / version / "manifest.json", 0)  # "{" -> "z"
    result = run_cli("verify", version, "--dist", str(dist_copy))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{dist_copy / version}/manifest.json is damaged (JSONDecodeError" in result.stderr
    with pytest.raises(rin.DataIntegrityError, match="manifest.json is damaged"):
        rin.load(version=version, format="arrow", dist_dir=dist_copy)


@pytest.mark.slow
def test_an_unlisted_file_in_a_published_version_is_caught_by_verify(dist_copy, version):
    pq.write_table(pq.read_table(DIST / version / SHARD), dist_copy / version / "articles" / "train-extra.parquet")
    result = run_cli("verify", version, "--dist", str(dist_copy))
    assert result.returncode == 1
    assert "published file articles/train-extra.parquet is not in the manifest" in result.stderr
