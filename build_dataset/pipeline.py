"""The per-page step: read -> parse -> clean -> records, and the whole run over a folder."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from build_dataset.clean import MAX_PASSES, Cleaned, clean_text
from build_dataset.read import RawPage, SeedError, page_id, printable, read_page, scan
from build_dataset.records import article_row, line_rows


class BuildError(RuntimeError):
    """The build cannot go on. ``str()`` lists every problem, one a line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class PageResult:
    page: RawPage
    cleaned: Cleaned
    article: dict
    lines: list[dict]


def process(path: str | os.PathLike, root: str | os.PathLike, with_lines: bool = True) -> PageResult:
    """One page: read, clean, and its records (the ``lines`` records only if ``with_lines``)."""
    page = read_page(path, root)
    cleaned = clean_text(page.text)
    return PageResult(page, cleaned, article_row(page, cleaned), line_rows(page, cleaned) if with_lines else [])


def publishable(result: PageResult) -> list[str]:
    """Why a cleaned page cannot be an article record ([] if it can)."""
    problems = []
    if not result.cleaned.text:
        problems.append("no article text left after cleaning (every line was page debris)")
    if not result.cleaned.title:
        problems.append("no headline found before the article body")
    if not result.cleaned.stable:
        problems.append(f"cleaning the article again still changed it after {MAX_PASSES} passes (the cleaner is not "
                        f"idempotent on this page)")
    return problems


def warm_up() -> None:
    """Load what cleaning a page loads the first time (the models, the language identifier, the
    date parser's locale data: about a second), so that a timed run measures cleaning alone."""
    from build_dataset import clean, meta

    clean.body_model()
    clean.headline_model()
    meta.language("The article text.")
    meta.parse_date.__wrapped__("Published: January 1, 2000")
    meta.parse_date.__wrapped__("Published: 1.1.2000")  # not a common layout: the full parser


def one_blas_thread():
    """A context in which numpy's BLAS runs on one thread.

    The body classifier multiplies small matrices: extra BLAS threads only spin (about 60% more
    CPU for the same wall time) and compete with the build's own worker processes.
    """
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


@dataclass
class Run:
    """The pages that make records, and what was left out."""

    results: list[PageResult]
    quarantined: dict[str, dict] = field(default_factory=dict)  #: name -> reasons, sha256, size
    ignored: dict[str, str] = field(default_factory=dict)        #: entries that are not pages -> why


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


def attempt(path: Path, root: str | os.PathLike, with_lines: bool = True) -> tuple[PageResult | None, list[str]]:
    """(the page's result, []) if it makes a record, else (None, the reasons it cannot)."""
    try:
        result = process(path, root, with_lines)
        reasons = publishable(result)
    except SeedError as err:
        return None, [err.detail]
    return (None, reasons) if reasons else (result, [])


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
        raise BuildError([f"{seeds}: no *.txt pages found"])
    return found, fatal


def run(seeds: str | os.PathLike, progress: bool = False, quarantine: bool = False) -> Run:
    """Process every page in ``seeds`` in memory; raise :class:`BuildError` listing every problem.

    A page that cannot be a record (unreadable, not text, no article, no headline) stops the
    build, unless ``quarantine``: then it is left out and listed, with the reasons, in
    ``Run.quarantined``. Links out of the folder, names that cannot be ids and ids that clash
    stop the build whatever ``quarantine`` says. (``build`` does the same shard by shard.)
    """
    found, fatal = listing(seeds)
    results, held = [], {}
    for path in progress_bar(found.pages, progress):
        result, reasons = attempt(path, seeds)
        if reasons:
            held[path.name] = held_entry(path, reasons)
        else:
            results.append(result)
    stop = problems(seeds, fatal, held, len(results), quarantine)
    if stop:
        raise BuildError(stop)
    return Run(results, held, found.ignored)


def progress_bar(items, enabled: bool):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="cleaning", unit="page")

