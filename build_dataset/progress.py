"""Progress of the long commands (build, clean, verify): a bar on a terminal, a line every few seconds otherwise.

A bar's ``\\r`` redraws turn a CI log or a redirected file into one unreadable line, so off a terminal
the progress is a plain line every ``interval`` seconds (the command's own summary ends it).
"""

from __future__ import annotations

import sys
import threading
import time

MODES = ("bar", "lines", "off")
#: Seconds between two lines of progress off a terminal.
INTERVAL = 10.0


def mode(no_progress: bool, stream=None) -> str:
    """``off`` when asked, else ``bar`` on a terminal and ``lines`` otherwise."""
    stream = stream or sys.stderr
    if no_progress:
        return "off"
    return "bar" if stream.isatty() else "lines"


class Progress:
    """Pages done out of ``total``, shown as ``mode`` says. Thread-safe.

    Two sources may report: :meth:`add` (pages as they are cleaned, from this process or from a
    counter the workers share) and :meth:`at_least` (pages of the shards finished, built or taken
    from the cache). The count shown is the larger of the two, so neither counts a page twice.
    """

    def __init__(self, total: int, desc: str, mode: str = "off", interval: float | None = None, stream=None):
        if mode not in MODES:
            raise ValueError(f"unknown progress mode {mode!r} (one of {', '.join(MODES)})")
        self.total, self.desc, self.mode = total, desc, mode
        self.interval = INTERVAL if interval is None else interval
        self.stream = stream or sys.stderr
        self.counted = self.floor = self.shown = 0
        self._lock = threading.Lock()
        self._started = self._last = time.monotonic()
        self._bar = None
        if mode == "bar":
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=desc, unit="page", file=self.stream)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, n: int) -> None:
        with self._lock:
            self.counted += n
            self._show()

    def at_least(self, n: int) -> None:
        with self._lock:
            self.floor = max(self.floor, n)
            self._show()

    def _show(self) -> None:
        n = min(self.total, max(self.counted, self.floor))
        if n <= self.shown:
            return
        if self._bar is not None:
            self._bar.update(n - self.shown)
        self.shown = n
        now = time.monotonic()
        if self.mode == "lines" and now - self._last >= self.interval:
            self._last = now
            self._line(now)

    def _line(self, now: float) -> None:
        rate = self.shown / max(now - self._started, 1e-9)
        share = f" ({100 * self.shown / self.total:.0f}%)" if self.total else ""
        print(f"{self.desc}: {self.shown} of {self.total} pages{share}, {rate:.0f} pages/s", file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

