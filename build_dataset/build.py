"""The whole build: seeds -> shards (records, validated, serialised) -> a published version folder."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from build_dataset.clean.rules import REGISTRY
from build_dataset.progress import Progress
from build_dataset.publish import atomic, audit, card, croissant
from build_dataset.publish.manifest import (build_manifest, content_hasher, environment, file_entries, read_manifest,
                                            write_manifest)
from build_dataset.read.facts import read_facts
from build_dataset.shard import cache, clusters, executors, pipeline, serialise, stats
from build_dataset.versions import compare
from build_dataset.versions.declared import current, released, why
from russia_israel_news.contract import CONFIGS, arrow_schema
from russia_israel_news.integrity import sha256_file
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
    published = compare.published_versions(previous)
    newer = [v for v in published if compare.parse(v) > compare.parse(version)]
    if newer:
        raise atomic.PublishError(f"version {version} is below the newest published version {newer[-1]} in {previous}; "
                                   f"set a higher version in pyproject.toml")
    older = [v for v in published if compare.parse(v) < compare.parse(version)]
    return older[-1] if older else None


def check_bump(diff: compare.Diff | None, version: str, previous: Path | None = None) -> None:
    """Refuse a version number smaller than the change since the previous version requires."""
    if diff is None:
        return
    needed = diff.bump if diff.bump != "none" else "patch"
    if compare.LEVELS.index(compare.bump_between(diff.old, version)) < compare.LEVELS.index(needed):
        raise atomic.PublishError(
            f"version {version} is too small for the change since {diff.old}{f' in {previous}' if previous else ''} "
            f"({'; '.join(diff.reasons()) or 'a new version'}): "
            f"a {needed.upper()} bump is needed, so at least {compare.bumped(diff.old, needed)}; set it in pyproject.toml "
            f"(see 'build-dataset diff')"
        )


def _results(tasks: list[pipeline.Task], workers: int, executor: str, scheduler: str | None,
             cache_dir: str | os.PathLike | None, progress=None) -> Iterator[pipeline.Result]:
    """Every shard's result, in order: from the cache where it has the shard, else built by the executor."""
    if cache_dir is None:
        yield from executors.run(pipeline.build, tasks, workers, executor, scheduler, progress)
        return
    keys = [cache.key(task, cache.page_hashes(task)) for task in tasks]
    missing = [task for task, k in zip(tasks, keys) if not cache.has(cache_dir, k)]
    built = executors.run(pipeline.build, missing, workers, executor, scheduler, progress)
    todo = {task.index for task in missing}
    for task, k in zip(tasks, keys):  # cached results are read one at a time, in order
        result = None if task.index in todo else cache.load(cache_dir, k)
        if result is None:
            result = next(built) if task.index in todo else pipeline.build(task)  # (an entry damaged since)
            cache.store(cache_dir, k, result)
        yield result


def build(seeds: str | os.PathLike = "seeds", out: str | os.PathLike = "dist", version: str | None = None,
          progress: str = "off", previous: str | os.PathLike | None = None, check_version: bool = True,
          quarantine: bool = False, workers: int = 1, executor: str = "local", scheduler: str | None = None,
          cache_dir: str | os.PathLike | None = None, keep_personal_text: bool = False) -> Outcome:
    """Build the seeds into ``out/<version>``, shard by shard.

    ``previous`` is the folder of published versions the new one is compared with (for the version
    rule and the release notes); by default ``out`` itself. (A build into a temporary folder gives
    the bytes of the published version when ``previous`` names the folder it was published in.) ``check_version=False``
    skips the version rule (``verify`` rebuilds to compare, it does not publish). A page that
    cannot be a record stops the build unless ``quarantine``: then the manifest's ``quarantined``
    lists what was left out and why. ``keep_personal_text`` makes a private build: the ``lines`` config
    publishes the text it otherwise withholds as personal content, and the manifest and the card say so.

    The pages are cleaned in shards (:mod:`build_dataset.shard.pipeline`) on ``workers`` local processes or,
    with ``executor="dask"``, on the Dask cluster at ``scheduler``; ``cache_dir`` keeps each shard's
    result for the next build (:mod:`build_dataset.shard.cache`). The bytes are the same whatever these are.

    The build holds a lock on ``out`` from start to end: a second build into the same folder fails
    at once (:class:`atomic.PublishError`); a failed or killed build leaves ``out`` as it was,
    bar a hidden staging folder that the next build removes.
    """
    version = version or current()
    previous = Path(previous if previous is not None else out)
    before = previous_version(version, previous)
    facts = read_facts(seeds)
    found, fatal = pipeline.listing(seeds)
    tasks = pipeline.plan(seeds, found.pages, keep_personal_text=keep_personal_text)
    n_pages, ignored = len(found.pages), found.ignored
    del found  # the tasks name every page; nothing below holds a list of all pages twice

    def same(new: Path, old: Path) -> bool:
        a, b = read_manifest(new), read_manifest(old)
        return a["files"] == b.get("files") and a["content_sha256"] == b.get("content_sha256")

    # The lock is held to the end: a second build into ``out`` fails at once.
    with atomic.locked(Path(out)), atomic.staging(Path(out), version, same) as stage:
        folder = stage.folder
        written = _write_shards(folder, tasks, n_pages, progress, workers, executor, scheduler, cache_dir)
        stop = pipeline.problems(seeds, fatal, written.held, len(written.seeds), quarantine)
        if stop:
            raise pipeline.BuildError(stop)
        if written.invalid:
            raise ValidationFailed("\n".join(written.invalid))
        totals = stats.merge(written.stats)
        for config in CONFIGS:
            serialise.write_hf_state(folder / "hf" / config, len(tasks), config, written.content[config],
                                   description=f"{facts.name} {version}, config {config}")
        change = None
        if before is not None:
            built = compare.Version.from_files(folder, version, schema_yaml())
            built.folder = None  # not published yet: it has no manifest to compare files by
            change = compare.diff(compare.Version.read(previous / before), built)
        if check_version:
            check_bump(change, version, previous)
        warnings = written.warnings | {name: [why] for name, why in ignored.items()}
        schema_digests = write_schema(folder / "schema")
        parquet = {p.relative_to(folder).as_posix(): sha256_file(p) for p in sorted(folder.glob("*/*.parquet"))}
        date = released()
        rai = croissant.rai(facts, list(REGISTRY), card.limitations(facts, totals),
                            card.personal_information(totals, keep_personal_text))
        (folder / "croissant.json").write_text(
            croissant.render(facts, version, date, card.citation(facts, version, date), parquet,
                             list(totals["languages"]), rai), encoding="utf-8")
        audit.write_page(folder / audit.PAGE, f"{facts.name} {version}", audit.from_folder(folder),
                         audit.quality_rows(card.quality()), limit=audit.PUBLISHED_ARTICLES)
        files = None
        if before is not None:  # which files (other than the notes and the card, new every version) changed
            files = compare.file_changes(read_manifest(previous / before)["files"], file_entries(folder))
        notes = compare.release_notes(change, version, totals["rows"], files,
                                      (why() or compare.NO_REASON) if version == current() else None)
        (folder / "RELEASE_NOTES.md").write_text(notes, encoding="utf-8")
        (folder / "README.md").write_text(card.render(facts, version, date, totals, written.seeds, notes, len(tasks),
                                                      keep_personal_text), encoding="utf-8")
        manifest = build_manifest(folder, facts.name, version, totals["rows"], written.content, written.seeds,
                                  schema_digests, warnings, environment(current()),
                                  written.held if quarantine else None, keep_personal_text)
        write_manifest(folder, manifest)
    return Outcome(stage.status, Path(out) / version, manifest)


@dataclass
class Written:
    """What the shards put in the version folder, as the rest of the build needs it."""

    content: dict[str, str]              #: config -> content hash
    seeds: dict[str, dict]               #: published page -> sha256, size
    held: dict[str, dict]                #: pages left out -> reasons, sha256, size
    invalid: list[str]                   #: the shards' validation reports
    stats: list[dict]                    #: the shards' statistics, in order
    warnings: dict[str, list[str]]       #: page -> warnings


class _Jobs:
    """The shards' :class:`pipeline.Finish` jobs, made one at a time as the executor takes them, each from its
    set-aside ``articles`` in ``spill`` (so they are never all in memory)."""

    def __init__(self, spill, spans: list[tuple[int, int, list[str]]], count: int, found: dict):
        self.spill, self.spans, self.count, self.found = spill, spans, count, found

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self):
        for index, (offset, size, ids) in enumerate(self.spans):
            self.spill.seek(offset)
            yield pipeline.Finish(index, self.count, self.spill.read(size), {i: self.found[i] for i in ids})


def _write_shards(folder: Path, tasks: list[pipeline.Task], n_pages: int, progress: str, workers: int, executor: str,
                  scheduler: str | None, cache_dir) -> Written:
    """Build every shard (or take it from the cache) and write its files into ``folder``, in order: first
    everything but the ``articles`` (set aside in a temporary file) while the merge gathers the signatures,
    then, with the clusters of every shard, the ``articles``."""
    hashers = {config: content_hasher(arrow_schema(config).names) for config in CONFIGS}
    held, invalid, parts, warnings = {}, [], [], {}
    if executor == "local":  # loaded once here, and shared by forked workers (not once per worker and pass)
        pipeline.warm_up()
        pipeline.warm_up_tables()
    # The published pages (name, sha256, size) wait in a temporary file, not in memory, until the
    # manifest is written: while the workers run, the coordinator's memory does not grow with the corpus.
    # The shards' signatures wait in a temporary file too, until every shard is in (the merge reads them back).
    done, spans = 0, []
    with pipeline.one_blas_thread(), Progress(n_pages, "building", progress) as bar, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as pages_log, tempfile.TemporaryFile() as spill, \
            tempfile.TemporaryFile() as signatures:
        merge = clusters.Merge(spill=signatures)
        for result in _results(tasks, workers, executor, scheduler, cache_dir, bar.add):
            _write(folder, result, hashers, invalid, parts)
            summary = result.summary
            held.update(summary["held"])
            for page in summary["pages"]:
                pages_log.write(json.dumps([page["name"], page["sha256"], page["size"]]) + "\n")
                if page["warnings"]:
                    warnings[page["name"]] = page["warnings"]
            signed = clusters.Signatures.from_bytes(result.signatures)
            merge.add(signed)
            spans.append((spill.seek(0, os.SEEK_END), spill.write(result.pending), signed.ids))
            del signed
            done += len(tasks[result.index].names)
            bar.at_least(done)  # shards from the cache, or from a cluster that does not report pages
        found = merge.clusters()
        del merge
        broken = clusters.problems(found)
        if broken:
            invalid.append("\n".join(broken))
        for result in executors.run(pipeline.finish, _Jobs(spill, spans, len(tasks), found), workers, executor,
                                    scheduler):
            _write(folder, result, hashers, invalid, parts)
        pages_log.seek(0)
        seeds = {name: {"sha256": sha256, "size": size} for name, sha256, size in map(json.loads, pages_log)}
    return Written({config: hasher.hexdigest() for config, hasher in hashers.items()}, seeds, held, invalid, parts,
                   warnings)


def _write(folder: Path, result: pipeline.Result, hashers: dict, invalid: list[str], parts: list[dict]) -> None:
    """A shard's files into ``folder``, its content into the hashes of its configs, its report and statistics."""
    for rel, data in result.files.items():
        atomic.write_file(folder / rel, data)
    for config, data in result.content.items():
        hashers[config].update(data)
    if result.summary["invalid"]:
        invalid.append(result.summary["invalid"])
    parts.append(result.summary["stats"])
