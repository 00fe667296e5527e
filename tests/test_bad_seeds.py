"""Bad seeds: each is repaired (with a warning), quarantined (stops the build unless --quarantine), or
rejected (stops the build, always); every message names the file and the reason."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import random
import time
import unicodedata

import pytest

import russia_israel_news as rin
from build_dataset.read.pages import MAX_PAGE_BYTES, SeedError, decode
from build_dataset.shard import pipeline
from build_dataset.shard.pipeline import BuildError
from conftest import SEEDS, run_cli

GOOD = (SEEDS / "003_0cfae077b6775c94.txt").read_text(encoding="utf-8")
#: GOOD with the characters Latin-1 lacks made plain, and a few it has.
LATIN = GOOD.translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0x2013: "-", 0x2014: "-", 0x2026: "..."}).replace(
    "Sochi", "Sochi (café, Zürich, façade)")
NOISE = bytes(random.Random(6).randrange(1, 256) for _ in range(4096))  # random bytes, no NUL


def seeds_with(folder, files: dict[str, bytes | str]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


def article(result) -> tuple:
    a = result.article
    return a["title"], a["text"], a["author"], a["published"], a["publisher"]


def reference(tmp_path, text: str) -> tuple:
    """The article of ``text`` given as plain UTF-8."""
    (result,) = pipeline.run(seeds_with(tmp_path / "ref", {"page.txt": text})).results
    return article(result)


# -- repaired: the same article as the clean UTF-8 page, and a warning -------------------------------------------

@pytest.mark.parametrize("text, data, warning", [
    (GOOD, GOOD.encode("cp1252"), "not UTF-8 (line 1): decoded as Windows-1252 (Latin-1)"),
    (LATIN, LATIN.encode("latin-1"), "decoded as Windows-1252 (Latin-1)"),
    (GOOD, codecs.BOM_UTF8 + GOOD.encode("utf-8"), "UTF-8 byte-order mark removed"),
    (GOOD, GOOD.encode("utf-16"), "decoded as UTF-16 (byte-order mark)"),
    (GOOD, codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"), "decoded as UTF-16 (byte-order mark)"),
    (GOOD, GOOD.replace("\n", "\r\n").encode(), "line endings normalised to LF"),
    (GOOD, GOOD.replace("\n", "\r").encode(), "line endings normalised to LF"),
    (GOOD, GOOD.replace("Sochi", "Sochi\x07\x1b", 1).encode(), "2 control character(s) removed, the first on line 19"),
], ids=["cp1252", "latin-1", "utf-8-bom", "utf-16-le", "utf-16-be", "crlf", "old-mac-cr", "control-chars"])
def test_repaired_pages_give_the_clean_article_and_a_warning(tmp_path, text, data, warning):
    seeds = seeds_with(tmp_path / "seeds", {"page.txt": data})
    (result,) = pipeline.run(seeds).results
    assert any(warning in w for w in result.page.warnings), result.page.warnings
    assert article(result) == reference(tmp_path, text)
    assert len(result.cleaned.lines) == text.count("\n") + 1  # line numbers stay those of the file


def test_utf8_pages_get_no_warning(tmp_path):
    (result,) = pipeline.run(seeds_with(tmp_path / "seeds", {"page.txt": GOOD})).results
    assert result.page.warnings == ()


# -- quarantined: stops the build, or with --quarantine is left out and listed ------------------------------------

BODY_ONLY = "\n\n".join(GOOD.split("\n")[6:25])  # the article's paragraphs without the headline above them


@pytest.mark.parametrize("data, reason", [
    (b"", "is empty or whitespace only"),
    (" \r\n\t\n\u00a0\u3000\n".encode(), "is empty or whitespace only"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + NOISE, "line 3: contains NUL bytes (binary data?)"),
    (NOISE, "line 1: is not UTF-8 ( … ), UTF-16 or Windows-1252/Latin-1 text: binary data, or another encoding "
            "(convert it to UTF-8)"),
    (bytes(random.Random(7).choice([*range(1, 9), *range(14, 32)]) for _ in range(2000)),
     "is 100% control characters (binary data?)"),
    (b"Title\n\nA body line with a \x00 NUL byte.\n", "line 3: contains NUL bytes"),
    ("Title\n\nМинистр иностранных дел России.\n".encode("koi8_r"), "line 3: is not UTF-8"),
    (codecs.BOM_UTF16_LE + b"T\x00\x00\xd8", "has a UTF-16 byte-order mark but is not valid UTF-16"),
    ("Subscribe\n\nLeave a Comment\n\nScroll to Top\n", "no article text left after cleaning"),
], ids=["empty", "whitespace", "png", "random-bytes", "control-soup", "nul", "koi8-r", "bad-utf-16", "all-boilerplate"])
def test_bad_pages_stop_the_build_or_are_quarantined(tmp_path, data, reason):
    seeds = seeds_with(tmp_path / "seeds", {"bad.txt": data, "good.txt": GOOD})
    with pytest.raises(BuildError) as err:
        pipeline.run(seeds)
    message = str(err.value)
    head, *rest = reason.split(" … ")  # parts of the reason that vary (a byte offset) are left out
    assert f"{seeds / 'bad.txt'}: {head}" in message and all(part in message for part in rest)
    assert "1 page(s) cannot be published" in message and "--quarantine" in message
    assert "good.txt" not in message

    done = pipeline.run(seeds, quarantine=True)
    assert [r.page.name for r in done.results] == ["good.txt"]
    raw = (seeds / "bad.txt").read_bytes()
    (entry,) = done.quarantined.values()
    assert list(done.quarantined) == ["bad.txt"] and any(r.startswith(head) for r in entry["reasons"])
    assert entry["sha256"] == hashlib.sha256(raw).hexdigest() and entry["size"] == len(raw)


def test_an_article_without_a_headline_is_published_with_a_null_title_and_a_warning(tmp_path):
    (result,) = pipeline.run(seeds_with(tmp_path / "seeds", {"page.txt": BODY_ONLY})).results
    title, text, *_ = article(result)
    assert title is None and len(text.split("\n\n")) == sum(1 for line in BODY_ONLY.split("\n") if line.strip())
    assert result.page.warnings == (pipeline.NO_HEADLINE,)


def test_decode_is_the_same_gate(tmp_path):
    """The reader's own error (used by `clean` too) says the file, the line and the reason."""
    with pytest.raises(SeedError, match=r"^x\.txt:3: contains NUL bytes"):
        decode(b"a\nb\nc\x00", "x.txt")


def test_a_100_mb_single_line_file_is_quarantined_quickly(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"good.txt": GOOD})
    with open(seeds / "huge.txt", "wb") as f:
        line = b"word " * 200_000  # 1 MB, no line end
        for _ in range(100):
            f.write(line)
    started = time.perf_counter()
    with pytest.raises(BuildError, match=r"huge\.txt: is 95\.4 MiB, over the 10 MiB limit for a page"):
        pipeline.run(seeds)
    done = pipeline.run(seeds, quarantine=True)
    assert time.perf_counter() - started < 20
    assert done.quarantined["huge.txt"]["size"] == 100_000_000
    assert [r.page.name for r in done.results] == ["good.txt"]


def test_a_long_single_line_under_the_limit_is_cleaned_cheaply(tmp_path):
    sentence = "The minister said on Tuesday that talks between Russia and Israel would continue next week. "
    body = sentence * (8 * 2**20 // len(sentence))  # 8 MiB on one line
    assert len(body) < MAX_PAGE_BYTES
    seeds = seeds_with(tmp_path / "seeds", {"long.txt": "Talks Between Russia and Israel Go On\n\n" + body})
    started = time.perf_counter()
    (result,) = pipeline.run(seeds).results
    assert time.perf_counter() - started < 20
    assert result.article["title"] == "Talks Between Russia and Israel Go On"
    assert result.article["text"] == body.strip()


def test_a_folder_named_like_a_page_is_quarantined(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"good.txt": GOOD})
    (seeds / "folder.txt").mkdir()
    with pytest.raises(BuildError, match=r"folder\.txt: is not a regular file"):
        pipeline.run(seeds)
    assert pipeline.run(seeds, quarantine=True).quarantined == {
        "folder.txt": {"reasons": ["is not a regular file (a folder, a device, or a broken link)"]}}


def test_when_every_page_is_quarantined_nothing_is_published(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"empty.txt": b""})
    with pytest.raises(BuildError, match="every page was quarantined; nothing left to publish"):
        pipeline.run(seeds, quarantine=True)


# -- rejected: stops the build even with --quarantine ---------------------------------------------------------------

@pytest.mark.parametrize("first, second", [("Page.txt", "page.txt"), ("caf\u00e9.txt", "cafe\u0301.txt")],
                         ids=["case", "unicode-normal-form"])
def test_stems_that_differ_only_in_case_or_normal_form_are_rejected(tmp_path, first, second):
    seeds = seeds_with(tmp_path / "seeds", {first: GOOD, second: GOOD})
    if len(list(seeds.iterdir())) < 2:
        pytest.fail("the file system merged the two names")  # not on Linux ext4/tmpfs
    for quarantine in (False, True):
        with pytest.raises(BuildError) as err:
            pipeline.run(seeds, quarantine=quarantine)
        assert "clashes with" in str(err.value) and "ids must differ beyond case: rename one" in str(err.value)
        assert first in str(err.value) or unicodedata.normalize("NFC", first) in str(err.value)


@pytest.mark.parametrize("raw_name, shown", [(b"bad\xff name.txt", "bad\\xff name.txt: its name is not valid UTF-8"),
                                             (b"two\nlines.txt", "two\\nlines.txt: its name contains control characters")],
                         ids=["not-utf-8", "newline"])
def test_names_that_cannot_be_ids_are_rejected(tmp_path, raw_name, shown):
    seeds = seeds_with(tmp_path / "seeds", {"good.txt": GOOD})
    with open(os.path.join(os.fsencode(seeds), raw_name), "wb") as f:
        f.write(GOOD.encode())
    for quarantine in (False, True):
        with pytest.raises(BuildError) as err:
            pipeline.run(seeds, quarantine=quarantine)
        assert shown in str(err.value)


# -- accepted as they are ---------------------------------------------------------------------------------------------

def test_names_with_spaces_and_unicode_are_stable_ids(tmp_path):
    nfd = unicodedata.normalize("NFD", "Москва и Тель-Авив — café 2021.txt")
    seeds = seeds_with(tmp_path / "seeds", {"a page with spaces.txt": GOOD, nfd: (SEEDS / "000_903d19389aab4f0c.txt").read_bytes()})
    (task,) = pipeline.plan(seeds, sorted(seeds.glob("*.txt")))
    shard = pipeline.run_steps(task, pipeline.BUILD)
    ids = [a["id"] for a in shard.articles]
    assert ids == ["a page with spaces", unicodedata.normalize("NFC", "Москва и Тель-Авив — café 2021")]
    assert not shard.held and shard.invalid is None  # the schema takes them


def test_other_files_are_ignored_and_listed(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"good.txt": GOOD, "notes.md": "# notes", "photo.png": NOISE, ".DS_Store": NOISE,
                                            "checksums.tsv": "file\tsize\tsha256\n"})
    (seeds / "drafts").mkdir()
    done = pipeline.run(seeds)
    assert [r.page.name for r in done.results] == ["good.txt"]
    assert done.ignored == {name: "ignored: not a page (pages are *.txt files)"
                            for name in (".DS_Store", "drafts", "notes.md", "photo.png")}


# -- the whole build: the manifest says what was repaired and what was left out ---------------------------------

@pytest.mark.slow
def test_build_stops_or_quarantines_and_the_manifest_says_why(tmp_path, version):
    seeds = seeds_with(tmp_path / "seeds", {
        "003_0cfae077b6775c94.txt": GOOD,
        "legacy.txt": (SEEDS / "000_903d19389aab4f0c.txt").read_text(encoding="utf-8").encode("cp1252"),
        "empty.txt": b"",
        "debris.txt": "Subscribe\n\nLeave a Comment\n",
        "notes.md": "not a page",
    })
    out, nothing = tmp_path / "out", tmp_path / "no-previous"
    args = ["build", "--seeds", str(seeds), "--out", str(out), "--previous", str(nothing), "--no-progress"]

    stopped = run_cli(*args)
    assert stopped.returncode == 1 and "Traceback" not in stopped.stderr
    assert f"{seeds / 'empty.txt'}: is empty or whitespace only" in stopped.stderr
    assert f"{seeds / 'debris.txt'}: no article text left" in stopped.stderr
    assert "2 page(s) cannot be published: fix them, or pass --quarantine" in stopped.stderr
    assert not out.exists()

    done = run_cli(*args, "--quarantine")
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / version / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["records"]["articles"] == 2
    assert sorted(manifest["seeds"]) == ["003_0cfae077b6775c94.txt", "legacy.txt"]
    assert manifest["quarantined"] == {
        "debris.txt": {"reasons": ["no article text left after cleaning (every line was page debris)"],
                       "sha256": hashlib.sha256(b"Subscribe\n\nLeave a Comment\n").hexdigest(), "size": 27},
        "empty.txt": {"reasons": ["is empty or whitespace only"], "sha256": hashlib.sha256(b"").hexdigest(), "size": 0},
    }
    assert manifest["warnings"] == {"legacy.txt": ["not UTF-8 (line 7): decoded as Windows-1252 (Latin-1)"],
                                    "notes.md": ["ignored: not a page (pages are *.txt files)"]}
    assert "warning: legacy.txt: not UTF-8" in done.stderr and "warning: notes.md: ignored" in done.stderr
    assert "quarantined (left out): empty.txt: is empty or whitespace only" in done.stderr
    assert sorted(rin.load(format="arrow", dist_dir=out).column("id").to_pylist()) == ["003_0cfae077b6775c94", "legacy"]
