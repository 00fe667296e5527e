"""Progress of the long commands: a bar on a terminal, a line every few seconds otherwise, moving page by page."""

from __future__ import annotations

import io
import re

import pytest

from build_dataset import cli, progress
from build_dataset.build import build
from build_dataset.shard import pipeline
from conftest import SEEDS


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_mode_follows_the_stream_and_the_flag():
    assert progress.mode(False, _Terminal()) == "bar"
    assert progress.mode(False, io.StringIO()) == "lines"
    assert progress.mode(True, _Terminal()) == "off"
    with pytest.raises(ValueError, match="unknown progress mode"):
        progress.Progress(1, "x", "loud")


def test_two_sources_never_count_a_page_twice():
    out = io.StringIO()
    with progress.Progress(10, "building", "lines", interval=0, stream=out) as bar:
        bar.add(3)          # pages cleaned so far
        bar.at_least(2)     # a finished shard's pages, already counted
        bar.add(4)
        bar.at_least(10)    # the rest came from the cache
        bar.add(5)          # never beyond the total
    shown = [int(n) for n in re.findall(r"building: (\d+) of 10 pages", out.getvalue())]
    assert shown == [3, 7, 10]


def _shown(err: str) -> list[int]:
    return [int(n) for n in re.findall(r"building: (\d+) of 5 pages", err)]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_build_reports_pages_as_they_are_cleaned_not_shard_by_shard(workers, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(progress, "INTERVAL", 0)
    monkeypatch.setattr(pipeline, "CLEAN_BATCH", 1)
    monkeypatch.setattr(pipeline, "SHARD_PAGES", 5 if workers == 1 else 3)  # one shard; or two, on two workers
    added = []
    real_add = progress.Progress.add
    monkeypatch.setattr(progress.Progress, "add", lambda self, n: added.append(n) or real_add(self, n))
    build(SEEDS, tmp_path / "out", progress="lines", workers=workers)
    shown = _shown(capsys.readouterr().err)
    assert shown == sorted(shown) and shown[-1] == 5
    assert sum(added) == 5  # every page reported as it was cleaned (from the workers through their counter)
    if workers == 1:
        assert shown == [1, 2, 3, 4, 5] and added == [1] * 5  # one shard, seen page by page


def test_off_a_terminal_the_commands_print_no_bar(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(progress, "INTERVAL", 0)
    assert cli.main(["build", "--seeds", str(SEEDS), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "building: 5 of 5 pages" in err and "\r" not in err  # lines, not a bar's redraws
    assert cli.main(["build", "--seeds", str(SEEDS), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "rebuilt and compared: identical" in out and "nothing to publish" in out
