"""build-dataset: the command line (``build-dataset`` or ``python -m build_dataset``)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from build_dataset.shard.executors import EXECUTORS, default_workers

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="build-dataset",
        description="Build, clean, and validate the russia-israel-news dataset from scraped news pages.",
        epilog="Run 'build-dataset COMMAND --help' for a command's options.",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    b = sub.add_parser("build", help="clean every seed, validate, and publish dist/<version>/",
                       description="Clean every *.txt page in --seeds, validate the records against the schema, and "
                                   "publish OUT/<version>/ atomically (the version is pyproject.toml's). A published "
                                   "version is never overwritten.")
    b.add_argument("--seeds", default="seeds", help="folder of raw *.txt pages (default: seeds)")
    b.add_argument("--out", default="dist", help="folder of published versions (default: dist)")
    b.add_argument("--previous", default=None,
                   help="folder of published versions to compare with, for the version rule and release notes "
                        "(default: --out)")
    b.add_argument("--quarantine", action="store_true",
                   help="leave out pages that cannot be records (unreadable, not text, no article, no headline) "
                        "and list them, with the reasons, in the manifest; without it such a page stops the build")
    b.add_argument("--keep-personal-text", action="store_true",
                   help="a private build: publish the text of the lines withheld as personal content (reader comments, "
                        "author boxes, contact details); recorded in the manifest and the card")
    b.add_argument("--workers", type=_positive, default=None,
                   help="local worker processes (default: every core); the output is the same for any number")
    b.add_argument("--executor", choices=EXECUTORS, default="local",
                   help="where shards are built: 'local' processes, or 'dask' (a Dask distributed cluster, see "
                        "--scheduler; its workers must see the seeds at the same path)")
    b.add_argument("--scheduler", default=None, help="the Dask scheduler's address, e.g. tcp://host:8786")
    b.add_argument("--cache", default=None, metavar="DIR",
                   help="keep each shard's result in DIR and reuse it when neither its pages nor the cleaner changed")
    b.add_argument("--no-progress", action="store_true", help="do not show a progress bar")
    b.add_argument("--reproduce", action="store_true", help=argparse.SUPPRESS)  # used by verify: no version rule

    c = sub.add_parser("clean", help="clean every *.txt in DIR to JSON lines, publishing nothing",
                       description="Clean every *.txt page in DIR and write one JSON object per page to --jsonl: id, "
                                   "title, text, metadata, the removed lines with their rules and every line with its "
                                   "label and rule (what 'build-dataset audit' shows). A page that cannot be "
                                   "read is reported on stderr and skipped.")
    c.add_argument("dir", help="folder of *.txt pages")
    c.add_argument("--jsonl", required=True, help="output file ('-' for stdout)")
    c.add_argument("--no-progress", action="store_true", help="do not show a progress bar")

    a = sub.add_parser("audit", help="write the audit page of a version, or of 'clean --jsonl' output",
                       description="Write an HTML page showing every line of every article with the label and rule "
                                   "that decided it (as published in each version's audit/index.html): from a version "
                                   "(a number in --dist, or a folder) or from the output of 'build-dataset clean "
                                   "--jsonl'. A published version folder is never written to.")
    a.add_argument("source", help="a version number, a version folder, or a .jsonl file from 'build-dataset clean'")
    a.add_argument("--out", default=None, help="folder to write index.html into (default: ./audit-SOURCE, SOURCE being "
                                               "the version or the JSON lines file's name)")
    a.add_argument("--dist", default="dist", help="folder of published versions (default: dist)")

    v = sub.add_parser("validate", help="validate Parquet files or version folders against the schema",
                       description="Validate each PATH (a Parquet file of either config, or a version folder) against "
                                   "the schema. Exits 0 if valid, 1 with a report naming each failing row and check.")
    v.add_argument("paths", nargs="+", metavar="PATH")
    v.add_argument("--strict", action="store_true", help="fail columns the contract does not have, or out of its order")

    r = sub.add_parser("verify", help="rebuild a published version and compare it with its manifest",
                       description="Rebuild VERSION (default: the current one) in a temporary folder and compare it "
                                   "with DIST/VERSION/manifest.json: byte for byte in the locked environment, otherwise "
                                   "by content hash. An older version is rebuilt by the code of the commit that "
                                   "published it. Exits 1 naming each file or record that differs.")
    r.add_argument("version", nargs="?", help="a version number, or 'all' (default: the current version)")
    r.add_argument("--dist", default="dist", help="folder of published versions (default: dist)")
    r.add_argument("--no-progress", action="store_true", help="do not show the rebuild's progress")
    r.add_argument("--seeds", default=None, help="seeds to rebuild from (default: ./seeds for the current version, "
                                                           "the publishing commit's for an older one)")

    d = sub.add_parser("diff", help="what changed between two versions, and the bump it requires",
                       description="Compare two versions (folders or version numbers in --dist): records added, "
                                   "removed and changed (with a short text diff), schema changes, and the smallest "
                                   "version bump the change requires (TFDS rules: see README).")
    d.add_argument("old")
    d.add_argument("new")
    d.add_argument("--dist", default="dist", help="folder of published versions (default: dist)")

    u = sub.add_parser("publish", help="upload a published version to the Hugging Face Hub or any fsspec URL",
                       description="Upload DIST/VERSION to --to: hf://datasets/ORG/NAME (one commit, tagged with the "
                                   "version) or any fsspec URL (a local path, s3://bucket/prefix, ...), where it lands in "
                                   "URL/VERSION/ with manifest.json written last.")
    u.add_argument("version")
    u.add_argument("--to", required=True, help="hf://datasets/ORG/NAME or an fsspec URL")
    u.add_argument("--dist", default="dist", help="folder of published versions (default: dist)")
    u.add_argument("--dry-run", action="store_true", help="print exactly what would be uploaded; upload nothing")

    g = sub.add_parser("changelog", help="write (or --check) CHANGELOG.md from the published versions' release notes")
    g.add_argument("--dist", default="dist", help="folder of published versions (default: dist)")
    g.add_argument("--check", action="store_true", help="exit 1 if CHANGELOG.md is out of date")

    k = sub.add_parser("checksums", help="write (or --check) the seeds folder's checksums.tsv",
                       description="Write SEEDS/checksums.tsv (file, size, sha256 of every *.txt page), or with --check "
                                   "exit 1 if it does not match the pages.")
    k.add_argument("--seeds", default="seeds", help="folder of raw *.txt pages (default: seeds)")
    k.add_argument("--check", action="store_true", help="compare instead of writing")

    s = sub.add_parser("schema", help="export the schema of the current version to schema/<version>/",
                       description="Write the contract exported from the pandera models to OUT/<version>/CONFIG.yaml.")
    s.add_argument("--out", default="schema", help="folder (default: schema)")
    return p


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _err(message: str) -> None:
    print(f"build-dataset: error: {message}", file=sys.stderr)


def _progress(flag_off: bool) -> str:
    from build_dataset.progress import mode

    return mode(flag_off)


def cmd_build(args) -> int:
    from build_dataset.build import ValidationFailed, build
    from build_dataset.publish.atomic import PublishError
    from build_dataset.read.pages import SeedError
    from build_dataset.shard.pipeline import BuildError

    try:
        outcome = build(args.seeds, args.out, progress=_progress(args.no_progress), previous=args.previous,
                        check_version=not args.reproduce, quarantine=args.quarantine,
                        workers=args.workers or default_workers(), executor=args.executor, scheduler=args.scheduler,
                        cache_dir=args.cache, keep_personal_text=args.keep_personal_text)
    except (BuildError, SeedError) as err:
        _err(f"cannot build:\n{err}")
        return EXIT_FAILED
    except ValueError as err:  # a bad executor setting
        _err(str(err))
        return EXIT_FAILED
    except ValidationFailed as err:
        _err(f"records failed validation; nothing was published:\n{err}")
        return EXIT_FAILED
    except PublishError as err:
        _err(str(err))
        return EXIT_FAILED
    for name, warnings in outcome.manifest["warnings"].items():
        for warning in warnings:
            print(f"build-dataset: warning: {name}: {warning}", file=sys.stderr)
    for name, entry in outcome.manifest.get("quarantined", {}).items():
        print(f"build-dataset: quarantined (left out): {name}: {'; '.join(entry['reasons'])}", file=sys.stderr)
    counts = ", ".join(f"{n} {c}" for c, n in outcome.manifest["records"].items())
    if outcome.status == "unchanged":
        print(f"{outcome.folder}: rebuilt and compared: identical ({counts}), nothing to publish")
    else:
        print(f"published {outcome.folder} ({counts})")
    return EXIT_OK


def cmd_clean(args) -> int:
    from build_dataset.read.pages import SeedError, discover, no_pages
    from build_dataset.progress import Progress
    from build_dataset.shard.pipeline import CLEAN, one_blas_thread, plan, report_progress, run_steps, warm_up

    try:
        paths = discover(args.dir)
    except SeedError as err:
        _err(str(err))
        return EXIT_FAILED
    if not paths:  # as build does: an empty output would look like a folder of pages with no articles
        _err(no_pages(args.dir))
        return EXIT_FAILED
    out = sys.stdout if args.jsonl == "-" else open(args.jsonl, "w", encoding="utf-8")
    failed = 0
    warm_up()  # the rate reported is that of cleaning, start-up apart
    started = time.perf_counter()
    try:
        done = 0
        with one_blas_thread(), Progress(len(paths), "cleaning", _progress(args.no_progress)) as bar:
            report_progress(bar.add)
            for task in plan(args.dir, paths):
                shard = run_steps(task, CLEAN)
                for error in shard.unreadable.values():
                    print(f"build-dataset: skipped {error}", file=sys.stderr)
                failed += len(shard.unreadable)
                for a, cleaned in zip(shard.articles, shard.cleaned):
                    record = {k: a[k] for k in ("id", "title", "text", "author", "publisher", "language")}
                    record["published"] = a["published"].isoformat() if a["published"] else None
                    record["removed"] = [{"line": no, "text": text, "rule": rule} for no, text, rule in cleaned.removed()]
                    record["lines"] = [{"line": ln.no, "text": ln.text, "label": d.label, "rule": d.rule}
                                       for ln, d in zip(cleaned.lines, cleaned.decisions)]
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                done += len(task.names)
                bar.at_least(done)  # pages that could not be read were not cleaned
    finally:
        report_progress(None)
        if out is not sys.stdout:
            out.close()
    elapsed = time.perf_counter() - started
    print(f"cleaned {len(paths) - failed} of {len(paths)} pages in {elapsed:.2f} s "
          f"({len(paths) / max(elapsed, 1e-9):.0f} pages/s)" + (f"; {failed} skipped" if failed else ""), file=sys.stderr)
    return EXIT_OK


def cmd_audit(args) -> int:
    from build_dataset.publish import audit, card
    from build_dataset.publish.manifest import read_manifest
    from build_dataset.versions.compare import resolve

    source = Path(args.source)
    try:
        if source.is_file():  # clean's JSON lines: made by this builder, whose quality the card would state
            name, articles, quality = source.name, audit.from_jsonl(source), audit.quality_rows(card.quality())
        else:
            folder = resolve(args.source, Path(args.dist))
            manifest = read_manifest(folder)
            name, articles = f"{manifest['name']} {manifest['version']}", audit.from_folder(folder)
            quality = audit.quality_rows((folder / "README.md").read_text(encoding="utf-8"))
        out = Path(args.out or f"audit-{source.stem if source.is_file() else Path(args.source).name}")
        page = audit.write_page(out / "index.html", name, articles, quality)
    except (FileNotFoundError, ValueError, KeyError) as err:
        _err(str(err))
        return EXIT_FAILED
    print(f"wrote {page}")
    return EXIT_OK


def cmd_validate(args) -> int:
    from russia_israel_news.__main__ import validate_paths

    return validate_paths(args.paths, strict=args.strict)


def cmd_verify(args) -> int:
    from build_dataset.verify import verify
    from build_dataset.versions.compare import published_versions

    targets = published_versions(Path(args.dist)) if args.version == "all" else [args.version]
    failed = 0
    for version in targets:
        try:
            result = verify(version, Path(args.dist), Path(args.seeds) if args.seeds else None,
                            progress=_progress(args.no_progress) != "off")
        except (FileNotFoundError, RuntimeError) as err:
            _err(str(err))
            failed += 1
            continue
        how = "byte for byte (locked environment)" if result.mode == "bytes" else "by content hash (environment differs from the manifest's)"
        if result.ok:
            print(f"{result.version}: verified {how}, rebuilt by {result.code}")
        else:
            failed += 1
            print(f"{result.version}: FAILED, compared {how}, rebuilt by {result.code}:", file=sys.stderr)
            for problem in result.problems:
                print(f"  {problem}", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def cmd_diff(args) -> int:
    from build_dataset.versions import compare

    try:
        old = compare.Version.read(compare.resolve(args.old, Path(args.dist)))
        new = compare.Version.read(compare.resolve(args.new, Path(args.dist)))
    except FileNotFoundError as err:
        _err(str(err))
        return EXIT_FAILED
    print(compare.report(compare.diff(old, new)))
    return EXIT_OK


def cmd_publish(args) -> int:
    from build_dataset.publish.upload import UploadError, upload

    try:
        result = upload(Path(args.dist) / args.version, args.to, dry_run=args.dry_run)
    except (UploadError, OSError) as err:
        _err(str(err))
        return EXIT_FAILED
    lines = result.lines()
    if args.dry_run:
        lines[0] = "dry run, nothing uploaded; would " + lines[0]
    print("\n".join(lines))
    return EXIT_OK


def cmd_changelog(args) -> int:
    from build_dataset.versions.changelog import render

    text = render(Path(args.dist))
    path = Path("CHANGELOG.md")
    if args.check:
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            _err("CHANGELOG.md is out of date: run 'build-dataset changelog'")
            return EXIT_FAILED
        print("CHANGELOG.md: up to date")
        return EXIT_OK
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return EXIT_OK


def cmd_checksums(args) -> int:
    from build_dataset.read.pages import CHECKSUMS, SeedError, checksums_tsv

    try:
        expected = checksums_tsv(args.seeds)
    except SeedError as err:
        _err(str(err))
        return EXIT_FAILED
    path = Path(args.seeds) / CHECKSUMS
    if args.check:
        actual = path.read_text(encoding="utf-8") if path.is_file() else ""
        if actual != expected:
            _err(f"{path} does not match the pages in {args.seeds} (run 'build-dataset checksums' after changing a seed)")
            return EXIT_FAILED
        print(f"{path}: matches")
        return EXIT_OK
    path.write_text(expected, encoding="utf-8")
    print(f"wrote {path}")
    return EXIT_OK


def cmd_schema(args) -> int:
    from build_dataset.build import write_schema
    from build_dataset.versions.declared import current

    folder = Path(args.out) / current()
    write_schema(folder)
    print(f"wrote {folder}")
    return EXIT_OK


COMMANDS = {"build": cmd_build, "clean": cmd_clean, "audit": cmd_audit, "validate": cmd_validate, "verify": cmd_verify, "diff": cmd_diff,
            "publish": cmd_publish, "changelog": cmd_changelog, "checksums": cmd_checksums, "schema": cmd_schema}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except ImportError as err:
        _err(f"{err}; install the builder with: pip install 'russia-israel-news[build]'")
        return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
