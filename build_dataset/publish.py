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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from russia_israel_news import contract

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


def write_file(path: Path, data: bytes) -> None:
    """Write a shard's file into a version folder being made (its folder made as needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def parquet_bytes(table: pa.Table) -> bytes:
    """``table`` as a Parquet file, written with the pinned options (no schema metadata)."""
    sink = pa.BufferOutputStream()
    pq.write_table(table.replace_schema_metadata(None), sink, row_group_size=ROW_GROUP_SIZE, **PARQUET_OPTIONS)
    return sink.getvalue().to_pybytes()


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


@dataclass
class Staging:
    """A version being written: its files go into ``folder``; ``status`` is set when the context ends."""

    folder: Path
    status: str | None = None  #: "published" or "unchanged"


@contextlib.contextmanager
def staging(out: Path, version: str, same: Callable[[Path, Path], bool]) -> Iterator[Staging]:
    """Write version ``version`` under ``out`` atomically: the body writes into ``stage.folder``, a
    hidden staging folder, and when it ends without error the folder becomes ``out/version``.

    If ``out/version`` exists, the new build is compared with it by ``same(new, old)``: identical
    content is "unchanged", different content is refused. A failed body leaves ``out`` as it was
    (the staging folder is removed; a killed build's is removed by the next build).
    """
    out = Path(out)
    final = out / version
    try:
        out.mkdir(parents=True, exist_ok=True)
        stage = Staging(Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{version}-", dir=out)))
    except OSError as err:
        raise PublishError(f"{out}: cannot write the output folder ({err.strerror})") from None
    try:
        yield stage
        if final.exists():
            if not same(stage.folder, final):
                raise PublishError(
                    f"{final} is already published with different content; published versions are immutable: "
                    f"bump the version in pyproject.toml"
                )
            stage.status = "unchanged"
            return
        _fsync_tree(stage.folder)
        os.chmod(stage.folder, 0o755)
        try:
            os.rename(stage.folder, final)  # atomic; fails if another build published it first
        except OSError as err:
            raise PublishError(f"{final}: another build published this version first ({err.strerror})") from None
        _fsync_dir(out)
        stage.status = "published"
    except OSError as err:
        raise PublishError(f"{out}: writing the version failed ({err.strerror or err})") from None
    finally:
        if stage.folder.exists():
            shutil.rmtree(stage.folder, ignore_errors=True)


def hf_shard_name(index: int, count: int) -> str:
    """``save_to_disk``'s file naming: data-00000-of-00001.arrow."""
    return f"data-{index:05d}-of-{count:05d}.arrow"


def hf_shard_bytes(table: pa.Table, config: str) -> bytes:
    """``table`` (of ``config``) as one Arrow file of a ``save_to_disk`` folder (see :func:`write_hf_shard`)."""
    sink = pa.BufferOutputStream()
    write_hf_shard(table, config, sink)
    return sink.getvalue().to_pybytes()


def write_hf_shard(table: pa.Table, config: str, path) -> None:
    """One Arrow file of a ``datasets`` ``save_to_disk`` folder, written as ``save_to_disk`` writes it.

    Its features are the contract's for ``config`` (:func:`russia_israel_news.contract.features`).
    A build writes one per shard of records, so no step holds every record; with one shard the
    folder is byte for byte what ``save_to_disk(num_shards=1)`` writes (tested).
    """
    from datasets import config as hf_config
    from datasets.arrow_writer import ArrowWriter, get_writer_batch_size_from_data_size

    table = table.replace_schema_metadata(None)
    features = contract.features(config)
    batch = hf_config.DEFAULT_MAX_BATCH_SIZE
    if table.nbytes > 0:
        batch = min(batch, get_writer_batch_size_from_data_size(table.num_rows, table.nbytes))
    if isinstance(path, Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = ArrowWriter(features=features, path=str(path), embed_local_files=True)
    else:  # an Arrow output stream
        writer = ArrowWriter(features=features, stream=path, embed_local_files=True)
    try:
        for start in range(0, table.num_rows, batch):
            writer.write_table(table.slice(start, batch))
        writer.finalize()
    finally:
        writer.close()


def write_hf_state(folder: Path, count: int, config: str, fingerprint: str, description: str) -> None:
    """The ``state.json`` and ``dataset_info.json`` of a ``save_to_disk`` folder of ``count`` Arrow files of ``config``."""
    import json

    import datasets
    from datasets.utils.py_utils import asdict

    state = {"_data_files": [{"filename": hf_shard_name(i, count)} for i in range(count)],
             "_fingerprint": fingerprint[:16], "_format_columns": None, "_format_kwargs": {}, "_format_type": None,
             "_output_all_columns": False, "_split": str(datasets.Split.TRAIN)}
    info = asdict(datasets.DatasetInfo(description=description, features=contract.features(config)))
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "state.json", "w", encoding="utf-8") as f:
        json.dump(state, f, indent=2, sort_keys=True)
    with open(folder / "dataset_info.json", "w", encoding="utf-8") as f:
        json.dump({key: info[key] for key in sorted(info)}, f, indent=2)
