"""The build's steps, run on a shard of pages: read -> clean -> admit -> records -> sign -> tables -> validate -> serialise.

Every command runs these same steps (datatrove-style: each takes the shard's state and adds to it):
``build`` all of them, a shard at a time on any executor (:mod:`build_dataset.shard.pipeline`);
``clean`` the first ones, to write records without publishing; the tests the same ones through
:func:`run` and :func:`process`; and ``benchmarks/stages.py`` times each step of :data:`BUILD`.
A shard's pages are cleaned together (the classifier scores them in one batch); a page's result
does not depend on the pages beside it, except its two cluster columns: ``build`` takes each shard's
signatures (``sign``) to one merge over every shard (:mod:`build_dataset.shard.clusters`), then finishes
each shard's ``articles`` with the clusters (:data:`FINISH`); a shard built alone (:data:`BUILD`) links
its own records only (``link``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from build_dataset.clean.cleaner import Cleaned, MAX_PASSES, clean_pages
from build_dataset.clean.lines import split_lines
from build_dataset.read.pages import RawPage, SeedError, no_pages, page_id, printable, read_page, scan
from build_dataset.shard import clusters as clustering
from build_dataset.shard.records import article_row, lines_table
from build_dataset.shard.serialise import content_bytes, hf_shard_bytes, hf_shard_name, parquet_bytes, shard_path
from build_dataset.shard.tables import to_table
from russia_israel_news.contract import CONFIGS


class BuildError(RuntimeError):
    """The build cannot go on. ``str()`` lists every problem, one a line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Task:
    """One shard to build (plain data: it travels to other processes and machines)."""

    index: int
    count: int
    root: str                    #: the seeds folder
    names: tuple[str, ...]       #: the shard's pages, relative to ``root``, in id order
    #: A private build: the ``lines`` config publishes the text of personal content (``build --keep-personal-text``).
    keep_personal_text: bool = False


@dataclass
class Shard:
    """A shard's state as the steps fill it in."""

    task: Task
    pages: list[RawPage] = field(default_factory=list)      #: read: the pages that could be read
    held: dict[str, dict] = field(default_factory=dict)     #: name -> reasons (sha256, size): pages left out
    unreadable: dict[str, str] = field(default_factory=dict)  #: read: name -> the error (``FILE[:LINE]: reason``)
    cleaned: list[Cleaned] = field(default_factory=list)    #: clean: one per page
    articles: list[dict] = field(default_factory=list)      #: records: one ``articles`` record per page
    masked: Counter = field(default_factory=Counter)        #: records: kind -> contact details masked in the articles
    signatures: clustering.Signatures | None = None         #: sign: one per article, packed
    clusters: dict[str, tuple] = field(default_factory=dict)  #: link: id -> (near_duplicate_of, story_id)
    pending: bytes = b""                                    #: defer: the articles table, to finish with the clusters
    tables: dict[str, pa.Table] = field(default_factory=dict)  #: tables: config -> Arrow table
    invalid: str | None = None                              #: validate: the report of every failure
    files: dict[str, bytes] = field(default_factory=dict)   #: serialise: path in the version folder -> bytes
    content: dict[str, bytes] = field(default_factory=dict)  #: serialise: config -> its part of the content hash
    stats: dict = field(default_factory=dict)               #: serialise: the card's statistics

    def hold(self, name: str, reasons: list[str]) -> None:
        self.held[name] = held_entry(Path(self.task.root) / name, reasons)


def read(shard: Shard) -> None:
    """Read and decode each page; one that cannot be read is held, with the reason."""
    root = Path(shard.task.root)
    for name in shard.task.names:
        try:
            shard.pages.append(read_page(root / name, root))
        except SeedError as err:
            shard.hold(name, [err.detail])
            shard.unreadable[name] = str(err)


#: Pages cleaned in one call of the cleaner: the commands' progress moves this many pages at a time
#: (a page's result is the same in any batch; the calls' fixed cost over a shard is negligible).
CLEAN_BATCH = 25
_progress: Callable[[int], None] | None = None


def report_progress(callback: Callable[[int], None] | None) -> Callable[[int], None] | None:
    """Tell ``callback`` how many pages the clean step cleaned, as it goes (None: nobody); returns the previous one."""
    global _progress
    previous, _progress = _progress, callback
    return previous


def clean(shard: Shard) -> None:
    """Decide every line of every page (:func:`build_dataset.clean.cleaner.clean_pages`, in batches)."""
    shard.cleaned = []
    for start in range(0, len(shard.pages), CLEAN_BATCH):
        batch = shard.pages[start:start + CLEAN_BATCH]
        shard.cleaned += clean_pages([split_lines(page.text) for page in batch])
        if _progress is not None:
            _progress(len(batch))


#: The warning of a page published without a headline (its title is null).
NO_HEADLINE = "no line before the article body can be its headline: published with a null title"


def admit(shard: Shard) -> None:
    """Hold the pages that cannot be records (no text, not idempotent); warn of those without a headline."""
    kept = []
    for page, cleaned in zip(shard.pages, shard.cleaned):
        reasons = publishable(cleaned)
        if reasons:
            shard.hold(page.name, reasons)
        else:
            if cleaned.text and not cleaned.title:
                page = dataclasses.replace(page, warnings=(*page.warnings, NO_HEADLINE))
            kept.append((page, cleaned))
    shard.pages, shard.cleaned = [p for p, _ in kept], [c for _, c in kept]


def records(shard: Shard) -> None:
    """Each page's ``articles`` record."""
    shard.articles = [article_row(page, cleaned, shard.masked) for page, cleaned in zip(shard.pages, shard.cleaned)]


def sign(shard: Shard) -> None:
    """Each article's signature for the clusters (its text's MinHash, its story words, its date)."""
    shard.signatures = clustering.Signatures.pack(clustering.Signature.of(article) for article in shard.articles)


def link(shard: Shard) -> None:
    """The clusters of the shard's own articles (a shard built alone; ``build`` merges every shard's signatures)."""
    merge = clustering.Merge()
    merge.add(shard.signatures)
    shard.clusters = merge.clusters()


def tables(shard: Shard) -> None:
    """The shard's records of both configs as Arrow tables, sorted by key (an article without clusters is alone)."""
    rows = [{**a, "near_duplicate_of": near, "story_id": story}
            for a in shard.articles for near, story in [shard.clusters.get(a["id"], (None, a["id"]))]]
    shard.tables = {"articles": to_table(rows, "articles"),
                    "lines": lines_table(shard.pages, shard.cleaned, shard.task.keep_personal_text)}


def defer(shard: Shard) -> None:
    """Set the ``articles`` table aside (as Arrow IPC bytes) until the merge has the clusters of every shard."""
    shard.pending = ipc_bytes(shard.tables.pop("articles"))


def relink(shard: Shard) -> None:
    """The set-aside ``articles`` table with its cluster columns from ``shard.clusters``."""
    table = pa.ipc.open_stream(shard.pending).read_all()
    ids = table.column("id").to_pylist()
    for name, k in (("near_duplicate_of", 0), ("story_id", 1)):
        column = pa.array([shard.clusters[i][k] for i in ids], pa.string())
        table = table.set_column(table.schema.get_field_index(name), table.schema.field(name), column)
    shard.tables = {"articles": table}


def ipc_bytes(table: pa.Table) -> bytes:
    """``table`` as an Arrow IPC stream, LZ4-compressed (a set-aside shard is written once and read once)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema, options=pa.ipc.IpcWriteOptions(compression="lz4")) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def validate(shard: Shard) -> None:
    """Check the tables against the pandera models (every failure listed)."""
    from build_dataset.shard import checks  # pandas and pandera: imported by the steps that need them, not by ``clean``

    shard.invalid = checks.report(shard.tables, shard.task.keep_personal_text)


def serialise(shard: Shard) -> None:
    """The shard's files (Parquet, Hugging Face Arrow), its part of the content hash, its statistics."""
    from build_dataset.shard import stats

    names = file_names(shard.task.index, shard.task.count)
    for config, table in shard.tables.items():
        shard.files[names[f"{config}.parquet"]] = parquet_bytes(table)
        shard.files[names[f"{config}.arrow"]] = hf_shard_bytes(table, config)
        shard.content[config] = content_bytes(table, config)
    shard.stats = stats.of_tables(shard.tables, shard.masked if shard.articles else None)


Step = Callable[[Shard], None]
#: A shard built alone, its clusters its own (the tests, ``benchmarks/stages.py``).
BUILD: tuple[Step, ...] = (read, clean, admit, records, sign, link, tables, validate, serialise)
#: What ``build`` runs on every shard: everything but the ``articles`` files, which wait for the clusters.
SHARD: tuple[Step, ...] = (read, clean, admit, records, sign, tables, defer, validate, serialise)
#: ... and then, with the clusters of every shard.
FINISH: tuple[Step, ...] = (relink, validate, serialise)
#: What ``clean`` runs: records of every readable page, published or not.
CLEAN: tuple[Step, ...] = (read, clean, records)


def run_steps(task: Task, steps: Iterable[Step] = BUILD, timer: Callable | None = None) -> Shard:
    """Run ``steps`` on the shard ``task``, in order; ``timer(name)``, if given, is a context around each."""
    shard = Shard(task)
    for step in steps:
        if timer is None:
            step(shard)
        else:
            with timer(step.__name__):
                step(shard)
    return shard


def file_names(index: int, count: int) -> dict[str, str]:
    """Where a shard's files go in the version folder (Hugging Face shard naming)."""
    out = {}
    for config in CONFIGS:
        out[f"{config}.parquet"] = shard_path(config, index, count)
        out[f"{config}.arrow"] = f"hf/{config}/{hf_shard_name(index, count)}"
    return out


def publishable(cleaned: Cleaned) -> list[str]:
    """Why a cleaned page cannot be an article record ([] if it can)."""
    problems = []
    if not cleaned.text:
        problems.append("no article text left after cleaning (every line was page debris)")
    if not cleaned.stable:
        problems.append(f"cleaning the article again still changed it after {MAX_PASSES} passes (the cleaner is not "
                        f"idempotent on this page)")
    return problems


#: Pages per shard. It fixes the layout of the published files, so changing it changes a build's bytes.
SHARD_PAGES = 200


def plan(root: str | os.PathLike, pages: list[Path], size: int | None = None,
         keep_personal_text: bool = False) -> list[Task]:
    """The pages, in id order, cut into shards of ``size`` (default: ``SHARD_PAGES``)."""
    size = size or SHARD_PAGES
    names = [Path(os.path.relpath(p, root)).as_posix() for p in sorted(pages, key=page_id)]
    count = max(1, -(-len(names) // size))
    return [Task(i, count, str(root), tuple(names[i * size:(i + 1) * size]), keep_personal_text) for i in range(count)]


def warm_up() -> None:
    """Load what cleaning a page loads the first time (the models, the language identifier, the
    date parser's locale data: about a second), so that a timed run measures cleaning alone."""
    from build_dataset.clean import cleaner, meta

    cleaner.body_model()
    cleaner.headline_model()
    meta.language("The article text.")
    meta._parse.__wrapped__("january 1, 2000")
    meta._parse.__wrapped__("1.1.2000")  # not a common layout: the full parser


def warm_up_tables() -> None:
    """Load what making, validating and serialising a shard's tables loads the first time (pandera's models, the
    writers): the build loads it once, before it forks its local workers, which would otherwise each load it, in
    each of the build's two passes."""
    shard = Shard(Task(0, 1, "", ()))
    for step in (tables, validate, serialise):
        step(shard)


def one_blas_thread():
    """A context in which numpy's BLAS runs on one thread.

    The body classifier multiplies narrow matrices: extra BLAS threads only spin and compete with
    the build's own worker processes (its results are the same bits either way).
    """
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def held_entry(path: Path, reasons: list[str]) -> dict:
    entry: dict = {"reasons": reasons}
    try:
        with open(path, "rb") as f:
            entry["sha256"] = hashlib.file_digest(f, "sha256").hexdigest()
            entry["size"] = os.fstat(f.fileno()).st_size
    except OSError:  # not a regular file, unreadable: the reasons say so
        pass
    return entry


def id_clashes(paths: list[Path]) -> list[str]:
    """Pages whose ids differ only in case (or Unicode normal form): they would clash on many file systems."""
    problems, seen = [], {}
    for path in paths:
        key = page_id(path).casefold()
        if key in seen:
            problems.append(f"{printable(str(path))}: id {page_id(path)!r} clashes with {seen[key].name!r} "
                            f"(ids must differ beyond case: rename one)")
        else:
            seen[key] = path
    return problems


def problems(seeds, fatal: list[str], held: dict[str, dict], kept: int, quarantine: bool) -> list[str]:
    """Everything that stops a build: ``fatal`` problems, held pages (unless ``quarantine``), nothing left."""
    out = fatal + ([] if quarantine else [f"{printable(str(Path(seeds) / name))}: {reason}"
                                          for name, entry in held.items() for reason in entry["reasons"]])
    if held and not quarantine:
        out.append(f"{len(held)} page(s) cannot be published: fix them, or pass --quarantine to leave them out "
                   f"(the manifest then lists them, and why)")
    if not out and not kept:
        out.append(f"{seeds}: every page was quarantined; nothing left to publish")
    return out


def listing(seeds: str | os.PathLike):
    """The pages of ``seeds`` and the problems that stop a build whatever ``--quarantine`` says."""
    found = scan(seeds)
    fatal = [str(err) for err in found.rejected] + id_clashes(found.pages)
    if not found.pages and not fatal:
        raise BuildError([no_pages(seeds)])
    return found, fatal


@dataclass
class PageResult:
    page: RawPage
    cleaned: Cleaned
    article: dict


@dataclass
class Run:
    """The pages that make records, and what was left out."""

    results: list[PageResult]
    quarantined: dict[str, dict] = field(default_factory=dict)  #: name -> reasons, sha256, size
    ignored: dict[str, str] = field(default_factory=dict)        #: entries that are not pages -> why


def run(seeds: str | os.PathLike, quarantine: bool = False, steps: tuple[Step, ...] = (read, clean, admit, records)) -> Run:
    """The build's steps over every page of ``seeds``, in memory (for tests and small folders);
    raise :class:`BuildError` listing every problem, as ``build`` does.

    A page that cannot be a record (unreadable, not text, no article, no headline) stops the
    build, unless ``quarantine``: then it is left out and listed, with the reasons, in
    ``Run.quarantined``. Links out of the folder, names that cannot be ids and ids that clash
    stop the build whatever ``quarantine`` says.
    """
    found, fatal = listing(seeds)
    results, held = [], {}
    for task in plan(seeds, found.pages):
        shard = run_steps(task, steps)
        held.update(shard.held)
        results += [PageResult(*r) for r in zip(shard.pages, shard.cleaned, shard.articles)]
    stop = problems(seeds, fatal, held, len(results), quarantine)
    if stop:
        raise BuildError(stop)
    return Run(results, held, found.ignored)


def process(path: str | os.PathLike, root: str | os.PathLike) -> PageResult:
    """One page through the steps ``clean`` runs (read, clean, records); SeedError if it cannot be read."""
    name = Path(os.path.relpath(path, root)).as_posix()
    shard = run_steps(Task(0, 1, str(root), (name,)), CLEAN)
    if not shard.pages:
        raise SeedError(path, shard.held[name]["reasons"][0])
    return PageResult(shard.pages[0], shard.cleaned[0], shard.articles[0])

@dataclass
class Result:
    index: int
    files: dict[str, bytes]      #: path in the version folder -> bytes (Parquet and Arrow shards)
    content: dict[str, bytes]    #: config -> the shard's part of the content hash (see manifest.content_bytes)
    summary: dict                #: JSON-able: pages, held pages, validation report, card statistics
    pending: bytes = b""         #: the ``articles`` table set aside for :func:`finish`
    signatures: bytes = b""      #: the articles' signatures for the merge (:meth:`clusters.Signatures.to_bytes`)


def build(task: Task) -> Result:
    """Run the build's steps (:data:`SHARD`) on one shard (with the cyclic garbage collector paused: see
    :func:`gc_paused`); its ``articles`` are finished by :func:`finish`."""
    with gc_paused():
        shard = run_steps(task, SHARD)
    pages = [{"name": p.name, "sha256": p.sha256, "size": p.size, "warnings": list(p.warnings)} for p in shard.pages]
    summary = {"pages": pages, "held": shard.held, "invalid": shard.invalid, "stats": shard.stats}
    return Result(task.index, shard.files, shard.content, summary, shard.pending,
                  (shard.signatures or clustering.Signatures.empty()).to_bytes())


@dataclass(frozen=True)
class Finish:
    """A shard's set-aside ``articles`` and the clusters of its records (plain data, like :class:`Task`)."""

    index: int
    count: int
    pending: bytes
    clusters: dict[str, tuple]   #: id -> (near_duplicate_of, story_id)


def finish(job: Finish) -> Result:
    """The shard's ``articles`` files, with their cluster columns (:data:`FINISH`)."""
    shard = Shard(Task(job.index, job.count, "", ()), pending=job.pending, clusters=job.clusters)
    for step in FINISH:
        step(shard)
    return Result(job.index, shard.files, shard.content, {"invalid": shard.invalid, "stats": shard.stats})


@contextlib.contextmanager
def gc_paused():
    """Python's cyclic garbage collector off for the duration (then back as it was).

    A shard makes hundreds of thousands of small objects that live until it is serialised (its
    lines, the records, the content lines); each automatic collection scans them all again, about
    a seventh of a shard's time. Nothing here makes reference cycles that need it: objects are
    freed by reference counting as usual, and any cycle is collected by the next automatic
    collection after the shard.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
