"""Publishing a version folder beyond the repository: the Hugging Face Hub, or any fsspec URL.

``hf://datasets/ORG/NAME`` uploads the folder as one commit with ``huggingface_hub`` and tags it
with the version. Any other URL (a local path, ``s3://bucket/prefix``, ...) is written with
fsspec to ``URL/<version>/``: the data files first and ``manifest.json`` last, so a reader that
waits for the manifest never sees half a version; a version already there with other content is
refused. ``dry_run`` returns the plan and writes nothing.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from pathlib import Path

from build_dataset.publish.manifest import MANIFEST, read_manifest

HF_PREFIX = "hf://datasets/"


class UploadError(RuntimeError):
    pass


@dataclass
class Plan:
    version: str
    target: str
    files: list[tuple[str, int, str]]    #: (relative path, size, sha256), manifest.json last
    note: str

    def lines(self) -> list[str]:
        out = [f"{self.note}: {len(self.files)} files, {sum(f[1] for f in self.files)} bytes -> {self.target}"]
        out += [f"  {path}  {size}  {sha[:16]}" for path, size, sha in self.files]
        return out


def plan(folder: Path, to: str) -> Plan:
    manifest = read_manifest(folder)
    version = manifest["version"]
    files = [(path, entry["size"], entry["sha256"]) for path, entry in sorted(manifest["files"].items())]
    data = (folder / MANIFEST).read_bytes()
    import hashlib

    files.append((MANIFEST, len(data), hashlib.sha256(data).hexdigest()))
    if to.startswith(HF_PREFIX):
        repo = to[len(HF_PREFIX):].strip("/")
        if repo.count("/") != 1:
            raise UploadError(f"{to}: expected hf://datasets/ORG/NAME")
        return Plan(version, f"dataset repo {repo}", files, f"upload as one commit tagged {version}")
    return Plan(version, posixpath.join(to.rstrip("/"), version), files, "upload")


def upload(folder: Path, to: str, dry_run: bool = False) -> Plan:
    folder = Path(folder)
    if not (folder / MANIFEST).is_file():
        raise UploadError(f"{folder}: not a version folder (no {MANIFEST})")
    p = plan(folder, to)
    if dry_run:
        return p
    if to.startswith(HF_PREFIX):
        _upload_hub(folder, to[len(HF_PREFIX):].strip("/"), p.version)
    else:
        _upload_fsspec(folder, p)
    return p


def _upload_hub(folder: Path, repo: str, version: str) -> None:
    from huggingface_hub import HfApi

    api = HfApi()
    api.create_repo(repo, repo_type="dataset", exist_ok=True)
    api.upload_folder(repo_id=repo, repo_type="dataset", folder_path=str(folder),
                      commit_message=f"russia-israel-news {version}")
    api.create_tag(repo, tag=version, repo_type="dataset", tag_message=f"russia-israel-news {version}")


def _upload_fsspec(folder: Path, p: Plan) -> None:
    import fsspec

    fs, root = fsspec.core.url_to_fs(p.target)
    remote_manifest = posixpath.join(root, MANIFEST)
    if fs.exists(remote_manifest):
        existing = json.loads(fs.cat_file(remote_manifest))
        if existing == read_manifest(folder):
            p.note = "already published there with identical content; nothing uploaded"
            return
        raise UploadError(f"{p.target} already holds version {p.version} with different content")
    for path, _, _ in p.files:  # the manifest is last: its presence means the version is complete
        remote = posixpath.join(root, path)
        fs.makedirs(posixpath.dirname(remote), exist_ok=True)
        fs.put_file(str(folder / path), remote)
