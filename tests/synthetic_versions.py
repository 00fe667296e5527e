"""Synthetic version folders for the diff tests: records made from a seeded random generator (no cleaner),
written as Parquet shards with the schema YAML and a manifest, so that ``versions.Version.read`` reads
them like published versions. Each case in :data:`CASES` writes an old and a new version that differ in
one way (or many): records added, removed or changed, line labels changed, schema changes, shard
layouts, shards out of key order and duplicate keys.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from build_dataset.publish.manifest import file_entries, write_manifest
from russia_israel_news.contract import KEYS, arrow_schema
from russia_israel_news.schema import MODELS

WORDS = ("Israel Russia Moscow Jerusalem talks minister said on Friday the defence coordination Syria airspace "
         "agreement officials meeting delegation statement president prime visit security border cooperation "
         "a of in and to with after before during week month report sources according spokesman").split()
AUTHORS = (None, "David Daoud", "Anna Ahronheim", "Herb Keinon", None)
PUBLISHERS = (None, "Algemeiner.com", "The Jerusalem Post", "TASS")
LABELS = ("title", "body", "byline", "date", "boilerplate", "blank")


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join([words[0].capitalize(), *words[1:]]) + "."


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article(rng: random.Random, id_: str, paragraphs: int | None = None) -> dict:
    text = "\n\n".join(_sentence(rng, rng.randint(6, 30)) for _ in range(paragraphs or rng.randint(1, 6)))
    day = rng.choice([None, datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randint(0, 2500))])
    return {"id": id_, "title": _sentence(rng, rng.randint(3, 10))[:-1], "text": text, "author": rng.choice(AUTHORS),
            "published": day, "publisher": rng.choice(PUBLISHERS), "language": "en", "source_file": f"{id_}.txt",
            "source_sha256": _sha(id_), "text_sha256": _sha(text), "word_count": len(text.split()),
            "char_count": len(text)}


def lines_of(rng: random.Random, a: dict) -> list[dict]:
    texts = [a["title"], *(rng.choice(["", _sentence(rng, rng.randint(2, 8))]) for _ in range(rng.randint(0, 4))),
             *a["text"].split("\n\n")]
    return [{"id": a["id"], "line_no": no, "text": t, "label": rng.choice(LABELS), "rule": rng.choice(["", "share_bar"])}
            for no, t in enumerate(texts, 1)]


class Records:
    """The records of one version: articles by id and their lines (lists of dicts), schema edits."""

    def __init__(self, n: int, seed: int = 0, prefix: str = "a"):
        rng = random.Random(seed)
        self.rng = rng
        self.articles = {f"{prefix}{i:04d}": article(rng, f"{prefix}{i:04d}") for i in range(0, 3 * n, 3)}
        self.lines = {i: lines_of(rng, a) for i, a in self.articles.items()}
        self.types: dict[str, dict[str, pa.DataType]] = {"articles": {}, "lines": {}}  #: column -> type overrides
        self.yaml_edits: list = []  #: functions that edit the schema YAML (config -> columns)

    def copy(self) -> "Records":
        return copy.deepcopy(self)

    def add(self, id_: str) -> None:
        self.articles[id_] = article(self.rng, id_)
        self.lines[id_] = lines_of(self.rng, self.articles[id_])

    def remove(self, id_: str) -> None:
        del self.articles[id_], self.lines[id_]

    def rows(self, config: str) -> list[dict]:
        if config == "articles":
            return list(self.articles.values())
        return [row for rows in self.lines.values() for row in rows]


def _table(rows: list[dict], config: str, types: dict[str, pa.DataType]) -> pa.Table:
    schema = arrow_schema(config)
    names = list(rows[0]) if rows else schema.names
    fields = []
    for name in names:
        base = schema.field(name) if name in schema.names else pa.field(name, pa.string())
        fields.append(pa.field(name, types.get(name, base.type), nullable=True if name in types else base.nullable))
    columns = {name: [r.get(name) for r in rows] for name in names}
    for name, type_ in types.items():
        if name in columns and pa.types.is_string(type_):
            columns[name] = [None if v is None else str(v) for v in columns[name]]
    return pa.table(columns, schema=pa.schema(fields))


def write_version(folder: Path, version: str, records: Records, shard: int = 7, lines_shard_rows: int | None = None,
                  sort: bool = True, reverse_files: bool = False, configs=("articles", "lines")) -> Path:
    """``folder`` as a version: ``shard`` articles a Parquet shard, their lines in the same shards (or
    ``lines_shard_rows`` lines a shard, so that one article's lines cross a shard boundary); rows sorted
    by key unless not ``sort``; ``reverse_files`` names the shards so that their file order is backwards."""
    folder.mkdir(parents=True)
    for config in configs:
        rows = records.rows(config)
        if sort:
            rows = sorted(rows, key=lambda r: tuple(r[k] for k in KEYS[config]))
        if config == "lines" and lines_shard_rows is None:  # with the article shards' id boundaries
            ids = sorted(records.articles)
            bounds = [ids[min(i + shard, len(ids)) - 1] for i in range(0, len(ids), shard)]
            chunks, start = [], 0
            for k, bound in enumerate(bounds):
                end = start
                while end < len(rows) and (k == len(bounds) - 1 or rows[end]["id"] <= bound):
                    end += 1
                chunks.append(rows[start:end])
                start = end
        else:
            size = lines_shard_rows if config == "lines" else shard
            chunks = [rows[i:i + size] for i in range(0, len(rows), size)] or [[]]
        (folder / config).mkdir()
        for k, chunk in enumerate(chunks):
            index = len(chunks) - 1 - k if reverse_files else k
            if not chunk and rows:
                continue
            pq.write_table(_table(chunk, config, records.types[config]),
                           folder / config / f"train-{index:05d}-of-{len(chunks):05d}.parquet")
    (folder / "schema").mkdir()
    columns = {config: yaml.safe_load(MODELS[config].to_yaml()) for config in MODELS}
    for edit in records.yaml_edits:
        edit(columns)
    for config, data in columns.items():
        (folder / "schema" / f"{config}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    counts = {config: len(records.rows(config)) for config in configs}
    (folder / "notes.txt").write_text(f"version {version}\n", encoding="utf-8")  # so that every version's files differ
    write_manifest(folder, {"version": version, "records": counts, "files": file_entries(folder)})
    return folder


# --- the cases: (old records, new records, write options of each) ---------------------------------------------

def edit_text(records: Records, id_: str, how: str) -> None:
    a = records.articles[id_]
    paragraphs = a["text"].split("\n\n")
    rng = records.rng
    if how == "words":
        words = paragraphs[0].split()
        words[len(words) // 2] = "Sochi on the Black Sea"
        paragraphs[0] = " ".join(words)
    elif how == "append":
        paragraphs.append(_sentence(rng, 12))
    elif how == "drop":
        paragraphs = paragraphs[1:] or [_sentence(rng, 5)]
    elif how == "replace":
        paragraphs[-1] = _sentence(rng, 40)
    elif how == "many":
        paragraphs = [_sentence(rng, 9) for _ in range(20)]
    a["text"] = "\n\n".join(paragraphs)
    a["text_sha256"], a["word_count"], a["char_count"] = _sha(a["text"]), len(a["text"].split()), len(a["text"])


def edit_lines(records: Records, id_: str, how: str) -> None:
    lines = records.lines[id_]
    if how == "label":
        lines[0]["label"] = "boilerplate" if lines[0]["label"] != "boilerplate" else "body"
    elif how == "rule":
        lines[-1]["rule"] = lines[-1]["rule"] + "_changed"
    elif how == "insert":
        lines.insert(1, {**lines[0], "text": "Inserted line.", "label": "boilerplate"})
        for no, row in enumerate(lines, 1):
            row["line_no"] = no
    elif how == "delete":
        lines.pop()


def case_identical() -> tuple[Records, Records, dict, dict]:
    old = Records(30, seed=1)
    return old, old.copy(), {}, {}


def case_added() -> tuple[Records, Records, dict, dict]:
    old = Records(30, seed=2)
    new = old.copy()
    for id_ in ("a0001", "a0031", "a0089x", "b0000", "0000"):
        new.add(id_)
    return old, new, {}, {"shard": 5}


def case_removed() -> tuple[Records, Records, dict, dict]:
    old = Records(30, seed=3)
    new = old.copy()
    for id_ in ("a0000", "a0030", "a0087"):
        new.remove(id_)
    return old, new, {}, {}


def case_mixed() -> tuple[Records, Records, dict, dict]:
    """Everything at once, old in shards of 7 articles, new in shards of 5 with lines cut every 23 rows."""
    old = Records(60, seed=4)
    old.articles["a0150"] = article(old.rng, "a0150", paragraphs=18)
    old.lines["a0150"] = lines_of(old.rng, old.articles["a0150"])
    orphan = {"id": "zz-orphan", "line_no": 1, "text": "An orphan line.", "label": "body", "rule": ""}
    old.lines["zz-orphan"] = [orphan]
    new = old.copy()
    new.lines["zz-orphan"][0]["text"] = "An orphan line, changed (not reported: no article in either version)."
    for id_ in ("a0000", "a0042", "a0177"):
        new.remove(id_)
    for id_ in ("a0001", "a0100x", "a9999"):
        new.add(id_)
    for id_, how in (("a0003", "words"), ("a0006", "append"), ("a0009", "drop"), ("a0012", "replace"),
                     ("a0150", "many")):
        edit_text(new, id_, how)
    new.articles["a0015"]["author"] = "Someone Else" if new.articles["a0015"]["author"] is None else None
    new.articles["a0018"]["published"] = datetime.date(2022, 2, 24)
    new.articles["a0021"]["title"] = "A changed headline"
    for id_, how in (("a0024", "label"), ("a0027", "rule"), ("a0030", "insert"), ("a0033", "delete"),
                     ("a0003", "label")):
        edit_lines(new, id_, how)
    return old, new, {"shard": 7}, {"shard": 5, "lines_shard_rows": 23}


def case_lines_only() -> tuple[Records, Records, dict, dict]:
    old = Records(20, seed=5)
    new = old.copy()
    for id_, how in (("a0006", "insert"), ("a0009", "delete"), ("a0012", "label")):
        edit_lines(new, id_, how)
    return old, new, {"lines_shard_rows": 17}, {"lines_shard_rows": 40}


def case_field_added() -> tuple[Records, Records, dict, dict]:
    old = Records(20, seed=6)
    new = old.copy()
    for a in new.articles.values():
        a["section"] = new.rng.choice([None, "world", "politics"])
    new.types["articles"]["section"] = pa.string()
    new.yaml_edits.append(lambda c: c["articles"]["columns"].setdefault("section", {"dtype": "string[pyarrow]",
                                                                                       "nullable": True}))
    return old, new, {}, {}


def case_field_removed() -> tuple[Records, Records, dict, dict]:
    """``publisher`` is dropped (a record whose publisher changed too is not a changed record) and
    ``rule`` leaves the lines; one title changes."""
    old = Records(20, seed=7)
    new = old.copy()
    for a in new.articles.values():
        del a["publisher"]
    for rows in new.lines.values():
        for row in rows:
            del row["rule"]
    new.articles["a0009"]["title"] = "Another headline"
    new.yaml_edits.append(lambda c: (c["articles"]["columns"].pop("publisher"), c["lines"]["columns"].pop("rule")))
    return old, new, {}, {}


def case_type_changed() -> tuple[Records, Records, dict, dict]:
    """``word_count`` becomes a string: every common record differs in it (5 != "5")."""
    old = Records(12, seed=8)
    new = old.copy()
    new.types["articles"]["word_count"] = pa.string()
    new.remove("a0003")

    def edit(c):
        c["articles"]["columns"]["word_count"]["dtype"] = "str"
    new.yaml_edits.append(edit)
    return old, new, {}, {}


def case_nullability_only() -> tuple[Records, Records, dict, dict]:
    old = Records(10, seed=9)
    new = old.copy()

    def edit(c):
        c["articles"]["columns"]["language"]["nullable"] = True
        c["lines"]["columns"]["text"]["description"] = "A new description (not a change of the contract)."
    new.yaml_edits.append(edit)
    return old, new, {}, {}


def case_unsorted() -> tuple[Records, Records, dict, dict]:
    """Shards whose file order runs against the key order, unsorted rows, and a duplicate line key (the
    later row wins): such folders are not what the builder writes, but they can be compared too."""
    old = Records(25, seed=10)
    new = old.copy()
    new.articles = dict(reversed(new.articles.items()))
    edit_text(new, "a0009", "words")
    edit_lines(new, "a0012", "label")
    dup = dict(new.lines["a0015"][0], text="A duplicate of line 1, written later.")
    new.lines["a0015"].append(dup)
    return old, new, {"reverse_files": True}, {"sort": False, "lines_shard_rows": 11}


def case_no_lines() -> tuple[Records, Records, dict, dict]:
    """The new version has no ``lines`` shards at all; one article changes."""
    old = Records(8, seed=11)
    new = old.copy()
    edit_text(new, "a0006", "append")
    return old, new, {}, {"configs": ("articles",)}


def case_empty_old() -> tuple[Records, Records, dict, dict]:
    """An old version with no records (empty shards), a new one with some."""
    old = Records(0, seed=12)
    new = Records(6, seed=12)
    return old, new, {}, {}


CASES = {name[5:]: fn for name, fn in sorted(globals().items()) if name.startswith("case_")}


def random_pair(seed: int, n: int = 40) -> tuple[Records, Records, dict, dict]:
    """A random old version and a new one with a random few of every kind of change (no schema change),
    each in shards of a random size."""
    old = Records(n, seed=seed)
    rng = random.Random(seed)
    new = old.copy()
    ids = sorted(new.articles)
    for id_ in rng.sample(ids, rng.randint(0, 3)):
        new.remove(id_)
    for k in range(rng.randint(0, 3)):
        new.add(rng.choice(["0", "a", "a00", "b", "a0"]) + f"{rng.randint(0, 3 * n)}x{k}")
    left = sorted(new.articles.keys() & old.articles.keys())
    for id_ in rng.sample(left, min(len(left), rng.randint(0, 4))):
        edit_text(new, id_, rng.choice(["words", "append", "drop", "replace"]))
    for id_ in rng.sample(left, min(len(left), rng.randint(0, 4))):
        edit_lines(new, id_, rng.choice(["label", "rule", "insert", "delete"]))
    for id_ in rng.sample(left, min(len(left), rng.randint(0, 2))):
        new.articles[id_][rng.choice(["author", "publisher"])] = rng.choice([None, "Somebody"])
    layout = lambda: {"shard": rng.randint(1, 9), "lines_shard_rows": rng.choice([None, rng.randint(1, 40)])}  # noqa: E731
    return old, new, layout(), layout()


def write_case(name: str, folder: Path) -> tuple[Path, Path]:
    """The case's old version (1.0.0) and new version (2.0.0) under ``folder``."""
    return write_pair(CASES[name](), folder)


def write_pair(pair: tuple[Records, Records, dict, dict], folder: Path) -> tuple[Path, Path]:
    """An old version (1.0.0) and a new one (2.0.0) under ``folder``: (old, new, old's layout, new's layout)."""
    old, new, old_opts, new_opts = pair
    return (write_version(folder / "1.0.0", "1.0.0", old, **old_opts),
            write_version(folder / "2.0.0", "2.0.0", new, **new_opts))


def dumps(data) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
