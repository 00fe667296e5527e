"""`build-dataset clean DIR --jsonl OUT`: any folder of pages, bad files reported and skipped."""

from __future__ import annotations

import json

from build_dataset import cli
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


def test_clean_on_a_folder_without_pages_fails_and_says_what_it_holds(tmp_path, capsys):
    cases = {
        "empty": ({}, []),
        "nested": ({"2024/page.txt": "A page."}, ["subfolders are not read, and 2024 hold *.txt pages"]),
        "upper case": ({"PAGE.TXT": "A page."}, ["1 file(s) end in '.TXT': pages must end in '.txt'"]),
        "html": ({"page.html": "<p>A page.</p>"}, ["1 HTML file(s): pages are plain text"]),
    }
    for name, (files, hints) in cases.items():
        folder = tmp_path / name
        folder.mkdir()
        for rel, text in files.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(text, encoding="utf-8")
        out = tmp_path / f"{name}.jsonl"
        # in process (the command's own main): eight start-ups of the builder would take most of this test's time
        assert cli.main(["clean", str(folder), "--jsonl", str(out), "--no-progress"]) == 1, name
        err = capsys.readouterr().err
        assert f"build-dataset: error: no *.txt pages found in {folder}" in err, name
        assert all(h in err for h in hints), (name, err)
        assert not out.exists(), name  # nothing written
        assert cli.main(["build", "--seeds", str(folder), "--out", str(tmp_path / f"{name}-dist"), "--no-progress"]) == 1
        err = capsys.readouterr().err
        assert all(h in err for h in hints), (name, err)
