"""Executors: run the same per-shard function here, on local worker processes, or on a Dask cluster.

Each yields the results in task order, with at most a few results waiting at a time, so the
build's memory does not grow with the corpus, and its bytes do not depend on which worker
finished first.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from build_dataset.shard import pipeline

EXECUTORS = ("local", "dask")


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(counter=None) -> None:
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")  # see pipeline.one_blas_thread
    if counter is not None:
        pipeline.report_progress(lambda n: _add(counter, n))


def _add(counter, n: int) -> None:
    with counter.get_lock():
        counter.value += n


@contextlib.contextmanager
def _following(counter, report: Callable[[int], None], every: float = 0.2):
    """Pass what the workers' shared counter gains to ``report`` (from a thread of this process) while the body runs."""
    stop = threading.Event()

    def poll() -> None:
        seen = 0
        while True:
            stopping = stop.wait(every)
            value = counter.value
            if value > seen:
                report(value - seen)
                seen = value
            if stopping:
                return

    thread = threading.Thread(target=poll, name="progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _ordered(submit: Callable, result: Callable, tasks: Iterable, ahead: int) -> Iterator:
    """Submit up to ``ahead`` tasks beyond the one being waited for; yield results in task order."""
    pending: deque = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) > ahead:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def run(fn: Callable, tasks: list, workers: int = 1, executor: str = "local", scheduler: str | None = None,
        progress: Callable[[int], None] | None = None) -> Iterator:
    """``fn(task)`` for every task, in order.

    ``local``: in this process when ``workers`` is 1 or there is one task, else on ``workers``
    processes. ``dask``: on the Dask distributed cluster at ``scheduler`` (its workers must see the
    seeds folder at the same path and have this package installed). ``progress`` is told of pages
    as the pipeline cleans them, here or in local workers (not from a Dask cluster).
    """
    if executor == "dask":
        yield from _dask(fn, tasks, scheduler)
        return
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r} (one of {', '.join(EXECUTORS)})")
    if workers <= 1 or len(tasks) <= 1:
        previous = pipeline.report_progress(progress)
        try:
            yield from map(fn, tasks)
        finally:
            pipeline.report_progress(previous)
        return
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    counter = context.Value("q", 0) if progress else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                             initargs=(counter,)) as pool, \
            (_following(counter, progress) if counter is not None else contextlib.nullcontext()):
        yield from _ordered(lambda t: pool.submit(fn, t), lambda f: f.result(), tasks, 2 * workers)


def _dask(fn: Callable, tasks: list, scheduler: str | None) -> Iterator:
    if not scheduler:
        raise ValueError("--executor dask needs --scheduler ADDRESS (e.g. tcp://host:8786)")
    try:
        from distributed import Client
    except ImportError:
        raise ImportError("the dask executor needs the 'dask' extra: pip install 'russia-israel-news[dask]'") from None
    with Client(scheduler, set_as_default=False) as client:
        client.run(_init_worker)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _ordered(lambda t: client.submit(fn, t, pure=False), lambda f: f.result(), tasks, 2 * workers)
