"""The per-page step: read -> parse -> clean -> records, and the whole run over a folder."""

from __future__ import annotations

import os
from dataclasses import dataclass

from build_dataset.clean import Cleaned, clean_text
from build_dataset.read import RawPage, SeedError, discover, read_page
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
        problems.append(f"{result.page.name}: no article text left after cleaning (every line was page debris)")
    if not result.cleaned.title:
        problems.append(f"{result.page.name}: no headline found before the article body")
    return problems


def one_blas_thread():
    """A context in which numpy's BLAS runs on one thread.

    The body classifier multiplies small matrices: extra BLAS threads only spin (about 60% more
    CPU for the same wall time) and compete with the build's own worker processes.
    """
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def run(seeds: str | os.PathLike, progress: bool = False) -> list[PageResult]:
    """Process every page in ``seeds``; raise :class:`BuildError` listing every page that failed."""
    paths = discover(seeds)
    if not paths:
        raise BuildError([f"{seeds}: no *.txt pages found"])
    results, problems = [], []
    ids: dict[str, str] = {}
    for path in progress_bar(paths, progress):
        try:
            result = process(path, seeds)
        except SeedError as err:
            problems.append(str(err))
            continue
        folded = result.page.id.casefold()
        if folded in ids:
            problems.append(f"{result.page.name}: id {result.page.id!r} clashes with {ids[folded]!r} (ids must differ beyond case)")
        ids[folded] = result.page.name
        problems.extend(publishable(result))
        results.append(result)
    if problems:
        raise BuildError(problems)
    return results


def progress_bar(items, enabled: bool):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="cleaning", unit="page")

