"""`build-dataset clean DIR --jsonl OUT`: any folder of pages, bad files reported and skipped."""

from __future__ import annotations

import json

from conftest import SEEDS, run_cli


def test_clean_reports_bad_files_and_goes_on(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a good page.txt").write_text((SEEDS / "002_ebf37fcaf404cbd7.txt").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    (folder / "koi8.txt").write_bytes("Заголовок\n\nТекст.\n".encode("koi8_r"))  # not UTF-8, nor Windows-1252 text
    (folder / "empty.txt").write_text("\n \n")
    (folder / "notes.md").write_text("not a page")
    out = tmp_path / "out.jsonl"
    result = run_cli("clean", str(folder), "--jsonl", str(out), "--no-progress")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a good page"]
    record = records[0]
    assert record["title"] and record["text"] and record["language"] == "en"
    assert {"line", "text", "rule"} <= set(record["removed"][0])
    assert any(r["rule"] == "comment_count" and r["text"] == "No Comments" for r in record["removed"])
    assert "koi8.txt:1: is not UTF-8" in result.stderr
    assert "empty.txt: is empty or whitespace only" in result.stderr
    assert "cleaned 1 of 3 pages" in result.stderr


def test_clean_on_a_missing_folder_is_one_clear_line(tmp_path):
    result = run_cli("clean", str(tmp_path / "nope"), "--jsonl", str(tmp_path / "o.jsonl"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "not a folder" in result.stderr
