"""atomic: an immutable version folder, written whole or not at all.

The folder is written into a hidden staging folder beside its final place and renamed into
place only when complete; a version that exists is never overwritten. A build holds an exclusive
lock on the output folder (``flock`` on the folder itself: no lock file, and the kernel releases
it when the process dies, even by SIGKILL), so two builds never write into one folder at once;
staging folders found under the lock are a dead build's and are removed.
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

STAGING_PREFIX = ".staging-"


class PublishError(RuntimeError):
    pass


def write_file(path: Path, data: bytes) -> None:
    """Write a shard's file into a version folder being made (its folder made as needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


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


