"""The whole build: seeds -> records -> validated tables -> a published version folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from build_dataset import card, checks, pipeline, publish
from build_dataset.manifest import build_manifest, content_hash, environment, read_manifest, write_manifest
from build_dataset.tables import to_table
from build_dataset.version import current
from russia_israel_news.schema import MODELS


class ValidationFailed(RuntimeError):
    """The built records broke the contract; ``str()`` is the report."""


@dataclass
class Outcome:
    status: str          #: "published" or "unchanged"
    folder: Path
    manifest: dict


def schema_yaml() -> dict[str, str]:
    """The contract of each config, exported from the pandera models."""
    return {config: model.to_yaml() for config, model in MODELS.items()}


def write_schema(folder: Path) -> dict[str, str]:
    """Write ``CONFIG.yaml`` for each config into ``folder``; returns name -> sha256."""
    import hashlib

    folder.mkdir(parents=True, exist_ok=True)
    digests = {}
    for config, text in schema_yaml().items():
        path = folder / f"{config}.yaml"
        path.write_text(text, encoding="utf-8")
        digests[f"{config}.yaml"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return digests


def build(seeds: str | os.PathLike = "seeds", out: str | os.PathLike = "dist", version: str | None = None,
          progress: bool = False) -> Outcome:
    version = version or current()
    results = pipeline.run(seeds, progress=progress)
    tables = {
        "articles": to_table([r.article for r in results], "articles"),
        "lines": to_table([row for r in results for row in r.lines], "lines"),
    }
    problems = checks.report(tables)
    if problems:
        raise ValidationFailed(problems)
    seeds_info = {r.page.name: {"sha256": r.page.sha256, "size": r.page.size} for r in results}
    warnings = {r.page.name: list(r.page.warnings) for r in results}
    env = environment(current())
    written: dict[str, dict] = {}

    def write(folder: Path) -> None:
        for config, table in tables.items():
            publish.write_parquet(table, folder / publish.shard_path(config))
            publish.write_hf(table, folder / "hf" / config, fingerprint=content_hash(table, config),
                             description=f"russia-israel-news {version}, config {config}")
        schema_digests = write_schema(folder / "schema")
        (folder / "README.md").write_text(card.render(version, tables, seeds_info), encoding="utf-8")
        manifest = build_manifest(folder, version, tables, seeds_info, schema_digests, warnings, env)
        write_manifest(folder, manifest)
        written["manifest"] = manifest

    def same(new: Path, old: Path) -> bool:
        a, b = read_manifest(new), read_manifest(old)
        return a["files"] == b.get("files") and a["content_sha256"] == b.get("content_sha256")

    status = publish.publish(Path(out), version, write, same)
    return Outcome(status, Path(out) / version, written["manifest"])
