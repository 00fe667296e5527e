"""Executors: run the same per-shard function here, on local worker processes, or on a Dask cluster.

Each yields the results in task order, with at most a few results waiting at a time, so the
build's memory does not grow with the corpus, and its bytes do not depend on which worker
finished first.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator

EXECUTORS = ("local", "dask")


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _init_worker() -> None:
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")  # see pipeline.one_blas_thread


def _ordered(submit: Callable, result: Callable, tasks: Iterable, ahead: int) -> Iterator:
    """Submit up to ``ahead`` tasks beyond the one being waited for; yield results in task order."""
    pending: deque = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) > ahead:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def run(fn: Callable, tasks: list, workers: int = 1, executor: str = "local", scheduler: str | None = None) -> Iterator:
    """``fn(task)`` for every task, in order.

    ``local``: in this process when ``workers`` is 1 or there is one task, else on ``workers``
    processes. ``dask``: on the Dask distributed cluster at ``scheduler`` (its workers must see the
    seeds folder at the same path and have this package installed).
    """
    if executor == "dask":
        yield from _dask(fn, tasks, scheduler)
        return
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r} (one of {', '.join(EXECUTORS)})")
    if workers <= 1 or len(tasks) <= 1:
        yield from map(fn, tasks)
        return
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                             initializer=_init_worker) as pool:
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
