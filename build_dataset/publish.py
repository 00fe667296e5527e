"""publish: tables -> an immutable version folder, written whole or not at all.

The folder is written into a hidden staging folder beside its final place and renamed into
place only when complete; a version that exists is never overwritten. A build holds an exclusive
lock on the output folder (``flock`` on the folder itself: no lock file, and the kernel releases
it when the process dies, even by SIGKILL), so two builds never write into one folder at once;
staging folders found under the lock are a dead build's and are removed. Every Parquet writer
option is pinned here, and only here.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

import pyarrow as pa
import pyarrow.parquet as pq

#: Every Parquet writer option, pinned: the bytes depend on them (and on the pyarrow version).
PARQUET_OPTIONS = dict(
    version="2.6",
    compression="zstd",
    compression_level=9,
    use_dictionary=True,
    write_statistics=True,
    data_page_size=1 << 20,
    data_page_version="1.0",
    use_byte_stream_split=False,
    store_schema=True,
    write_page_index=False,
    write_page_checksum=False,
    use_compliant_nested_type=True,
)
ROW_GROUP_SIZE = 100_000
STAGING_PREFIX = ".staging-"


class PublishError(RuntimeError):
    pass


def shard_path(config: str, index: int = 0, count: int = 1) -> str:
    """Hugging Face shard naming: CONFIG/train-00000-of-00001.parquet."""
    return f"{config}/train-{index:05d}-of-{count:05d}.parquet"


def write_parquet(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table.replace_schema_metadata(None), path, row_group_size=ROW_GROUP_SIZE, **PARQUET_OPTIONS)


def write_hf(table: pa.Table, path: Path, fingerprint: str, description: str) -> None:
    """A ``datasets`` ``save_to_disk`` copy, with a fingerprint fixed by the content (so bytes repeat)."""
    import datasets
    from datasets.table import InMemoryTable

    datasets.disable_progress_bars()
    info = datasets.DatasetInfo(description=description)
    ds = datasets.Dataset(InMemoryTable(table.replace_schema_metadata(None)), info=info, split=datasets.Split.TRAIN,
                          fingerprint=fingerprint[:16])
    ds.save_to_disk(str(path), num_shards=1)


def _fsync_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())


@contextlib.contextmanager
def locked(out: Path):
    """Hold the exclusive build lock on ``out`` (created if missing; removed again if the build fails and left it empty).

    Raises :class:`PublishError` at once if another build holds it. Under the lock, leftover
    staging folders (of a build that was killed) are removed.
    """
    out = Path(out)
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as err:
        raise PublishError(f"{out}: cannot write the output folder ({err.strerror or err})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PublishError(f"{out}: another build is writing into this folder; nothing was written "
                               f"(run the build again when it has finished)") from None
        for stale in out.glob(f"{STAGING_PREFIX}*"):
            shutil.rmtree(stale, ignore_errors=True)
        yield
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                out.rmdir()  # only if empty
        raise
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(out: Path, version: str, write: Callable[[Path], None], same: Callable[[Path, Path], bool]) -> str:
    """Write version ``version`` under ``out`` with ``write(folder)``; atomic.

    If ``out/version`` exists, the new build is compared with it by ``same(new, old)``:
    identical content is "unchanged", different content is refused. Returns "published" or "unchanged".
    """
    out = Path(out)
    final = out / version
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{version}-", dir=out))
    except OSError as err:
        raise PublishError(f"{out}: cannot write the output folder ({err.strerror})") from None
    try:
        write(staging)
        if final.exists():
            if same(staging, final):
                return "unchanged"
            raise PublishError(
                f"{final} is already published with different content; published versions are immutable: "
                f"bump the version in pyproject.toml"
            )
        _fsync_tree(staging)
        os.chmod(staging, 0o755)
        try:
            os.rename(staging, final)  # atomic; fails if another build published it first
        except OSError as err:
            raise PublishError(f"{final}: another build published this version first ({err.strerror})") from None
        _fsync_dir(out)
        return "published"
    except OSError as err:
        raise PublishError(f"{out}: writing the version failed ({err.strerror or err})") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
