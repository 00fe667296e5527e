"""The whole build: seeds -> records -> validated tables -> a published version folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from build_dataset import card, checks, croissant, pipeline, publish, stats, versions
from build_dataset.manifest import (build_manifest, content_hash, environment, file_entries, read_manifest,
                                    sha256_file, write_manifest)
from build_dataset.tables import to_table
from build_dataset.version import current, released
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


def previous_version(version: str, previous: Path) -> str | None:
    """The newest version published in ``previous`` below ``version``; refuses a version below a published one."""
    published = versions.published_versions(previous)
    newer = [v for v in published if versions.parse(v) > versions.parse(version)]
    if newer:
        raise publish.PublishError(f"version {version} is below the newest published version {newer[-1]} in {previous}; "
                                   f"set a higher version in pyproject.toml")
    older = [v for v in published if versions.parse(v) < versions.parse(version)]
    return older[-1] if older else None


def check_bump(diff: versions.Diff | None, version: str) -> None:
    """Refuse a version number smaller than the change since the previous version requires."""
    if diff is None:
        return
    needed = diff.bump if diff.bump != "none" else "patch"
    if versions.LEVELS.index(versions.bump_between(diff.old, version)) < versions.LEVELS.index(needed):
        raise publish.PublishError(
            f"version {version} is too small for the change since {diff.old} ({'; '.join(diff.reasons()) or 'a new version'}): "
            f"a {needed.upper()} bump is needed, so at least {versions.bumped(diff.old, needed)}; set it in pyproject.toml "
            f"(see 'build-dataset diff')"
        )


def build(seeds: str | os.PathLike = "seeds", out: str | os.PathLike = "dist", version: str | None = None,
          progress: bool = False, previous: str | os.PathLike | None = "dist", check_version: bool = True,
          quarantine: bool = False) -> Outcome:
    """Build the seeds into ``out/<version>``.

    ``previous`` is the folder of published versions the new one is compared with (for the version
    rule and the release notes); by default the project's ``dist``, whatever ``out`` is, so that a
    build into a temporary folder gives the same bytes as the published one. ``check_version=False``
    skips the version rule (``verify`` rebuilds to compare, it does not publish). A page that
    cannot be a record stops the build unless ``quarantine`` (see :func:`pipeline.run`): then the
    manifest's ``quarantined`` lists what was left out and why.

    The build holds a lock on ``out`` from start to end: a second build into the same folder fails
    at once (:class:`publish.PublishError`); a failed or killed build leaves ``out`` as it was,
    bar a hidden staging folder that the next build removes.
    """
    version = version or current()
    previous = Path(previous if previous is not None else out)
    before = previous_version(version, previous)
    with publish.locked(Path(out)):  # held to the end: a second build into ``out`` fails at once
        with pipeline.one_blas_thread():
            done = pipeline.run(seeds, progress=progress, quarantine=quarantine)
        results = done.results
        tables = {
            "articles": to_table([r.article for r in results], "articles"),
            "lines": to_table([row for r in results for row in r.lines], "lines"),
        }
        problems = checks.report(tables)
        if problems:
            raise ValidationFailed(problems)
        change = None
        if before is not None:
            change = versions.diff(versions.Version.read(previous / before), versions.Version.from_tables(version, tables, schema_yaml()))
        if check_version:
            check_bump(change, version)
        counts = {c: t.num_rows for c, t in tables.items()}
        seeds_info = {r.page.name: {"sha256": r.page.sha256, "size": r.page.size} for r in results}
        warnings = {r.page.name: list(r.page.warnings) for r in results} | {n: [w] for n, w in done.ignored.items()}
        env = environment(current())
        written: dict[str, dict] = {}

        def write(folder: Path) -> None:
            for config, table in tables.items():
                publish.write_parquet(table, folder / publish.shard_path(config))
                publish.write_hf(table, folder / "hf" / config, fingerprint=content_hash(table, config),
                                 description=f"russia-israel-news {version}, config {config}")
            schema_digests = write_schema(folder / "schema")
            parquet = {p.relative_to(folder).as_posix(): sha256_file(p) for p in sorted(folder.glob("*/*.parquet"))}
            (folder / "croissant.json").write_text(
                croissant.render(version, released(), card.SUMMARY, card.LICENSE_NOTE, card.citation(version), parquet),
                encoding="utf-8")
            files = None
            if before is not None:  # which files (other than the notes and the card, new every version) changed
                files = versions.file_changes(read_manifest(previous / before)["files"], file_entries(folder))
            notes = versions.release_notes(change, version, counts, files)
            (folder / "RELEASE_NOTES.md").write_text(notes, encoding="utf-8")
            (folder / "README.md").write_text(card.render(version, stats.of_tables(tables), seeds_info, notes), encoding="utf-8")
            manifest = build_manifest(folder, version, tables, seeds_info, schema_digests, warnings, env, done.quarantined)
            write_manifest(folder, manifest)
            written["manifest"] = manifest

        def same(new: Path, old: Path) -> bool:
            a, b = read_manifest(new), read_manifest(old)
            return a["files"] == b.get("files") and a["content_sha256"] == b.get("content_sha256")

        status = publish.publish(Path(out), version, write, same)
        return Outcome(status, Path(out) / version, written["manifest"])
