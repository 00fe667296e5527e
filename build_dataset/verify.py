"""verify: rebuild a published version in a temporary folder and compare it with its manifest.

A committed version is rebuilt by the code and seeds of the commit that published it (taken from
git), since a later cleaner may clean differently; the current version (pyproject.toml's), before it
is committed, by this checkout's code from ``seeds``. The comparison is byte for byte when the rebuild ran in
the environment the manifest records (the locked one), and by logical content hash otherwise;
the result says which.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from build_dataset.publish.manifest import MANIFEST, file_entries, read_manifest
from build_dataset.versions import compare
from build_dataset.versions.declared import current
from russia_israel_news.integrity import mismatches

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Verified:
    version: str
    mode: str                      #: "bytes" or "content"
    code: str                      #: what rebuilt it
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _git(*args: str, root: Path) -> str:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True).stdout


def publishing_commit(version: str, root: Path = ROOT) -> str:
    """The commit that added ``dist/<version>/manifest.json``."""
    try:
        out = _git("log", "--diff-filter=A", "--format=%H", "--", f"dist/{version}/manifest.json", root=root).split()
    except (subprocess.CalledProcessError, FileNotFoundError) as err:
        raise RuntimeError(f"cannot read git history in {root} to find the code of version {version}: {err}") from None
    if not out:
        raise RuntimeError(f"dist/{version} is not committed: no code to rebuild it from")
    return out[-1]


def _committed(version: str, root: Path) -> str | None:
    """The commit that published ``version``, or None when it is not committed (or there is no git history)."""
    try:
        return publishing_commit(version, root)
    except RuntimeError:
        return None


def _checkout(commit: str, into: Path, root: Path) -> None:
    data = subprocess.run(["git", "-C", str(root), "archive", "--format=tar", commit], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")


def _rebuild(code: Path, seeds: Path, out: Path, previous: Path | None, quarantine: bool = False,
             progress: bool = False, keep_personal_text: bool = False) -> None:
    """Build with the code in ``code``; with ``progress``, its progress (and errors) go to this process's stderr."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    cmd = [sys.executable, "-m", "build_dataset", "build", "--seeds", str(seeds), "--out", str(out)]
    if not progress:
        cmd += ["--no-progress"]
    help_text = subprocess.run([sys.executable, "-m", "build_dataset", "build", "--help"], env=env, cwd=code,
                               capture_output=True, text=True).stdout
    if previous is not None and "--previous" in help_text:
        cmd += ["--previous", str(previous), "--reproduce"]
    if quarantine:  # the version was built with --quarantine: leave out the same pages again
        cmd += ["--quarantine"]
    if keep_personal_text:  # a private build: publish the personal text again
        cmd += ["--keep-personal-text"]
    result = subprocess.run(cmd, env=env, cwd=code, stdout=subprocess.PIPE, stderr=None if progress else subprocess.PIPE,
                            text=True)
    if result.returncode != 0:
        raise RuntimeError("the rebuild failed" + (" (its errors are above)" if progress else f":\n{result.stderr.strip()}"))


def verify(version: str | None = None, dist: Path = Path("dist"), seeds: Path | None = None, root: Path = ROOT,
           progress: bool = False) -> Verified:
    version = version or current()
    dist = Path(dist).resolve()
    folder = dist / version
    if not (folder / "manifest.json").is_file():
        raise FileNotFoundError(f"{folder}: no published version (no manifest.json)")
    try:
        published = read_manifest(folder)
    except ValueError as err:  # not UTF-8 or not JSON
        raise RuntimeError(f"{folder}/{MANIFEST} is damaged ({type(err).__name__}: {err})") from None
    with tempfile.TemporaryDirectory(prefix="verify-") as tmp:
        tmp = Path(tmp)
        commit = _committed(version, root) if version == current() else publishing_commit(version, root)
        if commit is None:
            code, what = root, "this checkout"
            seeds = Path(seeds or "seeds").resolve()  # relative to the working directory, as ``dist`` is
        else:
            code, what = tmp / "code", f"commit {commit[:12]}"
            _checkout(commit, code, root)
            seeds = Path(seeds).resolve() if seeds else code / "seeds"
        # the versions published before this one, as they stood when it was built (not the later ones)
        earlier = tmp / "earlier"
        earlier.mkdir()
        for v in compare.published_versions(dist):
            if compare.parse(v) < compare.parse(version):
                (earlier / v).symlink_to(dist / v, target_is_directory=True)
        _rebuild(code, seeds, tmp / "out", previous=earlier, quarantine="quarantined" in published, progress=progress,
                 keep_personal_text=published.get("personal_text") == "published")
        rebuilt_folder = tmp / "out" / version
        rebuilt = read_manifest(rebuilt_folder)
        mode = "bytes" if rebuilt["build"] == published["build"] else "content"
        result = Verified(version, mode, what)
        # the published files themselves: each against its manifest's checksum, and nothing unlisted
        damaged = mismatches(folder, published["files"])
        result.problems += [f"published file {bad}" for bad in damaged]
        result.problems += [f"published file {name} is not in the manifest"
                            for name in sorted(file_entries(folder).keys() - published["files"].keys())]
        if mode == "bytes":
            for name in sorted(published["files"].keys() | rebuilt["files"].keys()):
                if published["files"].get(name) != rebuilt["files"].get(name):
                    result.problems.append(f"file {name} differs")
            if (folder / MANIFEST).read_bytes() != (rebuilt_folder / MANIFEST).read_bytes():
                result.problems.append(f"file {MANIFEST} differs")
        for config in sorted(published["content_sha256"].keys() | rebuilt["content_sha256"].keys()):
            if published["content_sha256"].get(config) != rebuilt["content_sha256"].get(config):
                result.problems.append(f"content of config {config} differs")
        if result.problems and not damaged:  # name the records (a damaged file is not read)
            d = compare.diff(compare.Version.read(folder), compare.Version.read(rebuilt_folder))
            result.problems += [f"record {i} differs ({', '.join(c.fields)})" for c in d.changed for i in [c.id]]
            result.problems += [f"record {i} is missing from the rebuild" for i in d.removed]
            result.problems += [f"record {i} is new in the rebuild" for i in d.added]
            result.problems += [f"line records of {i} differ" for i in d.lines_changed if i not in {c.id for c in d.changed}]
    return result
