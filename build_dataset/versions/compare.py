"""What changed between two published versions, and the version bump it needs.

The rules follow TensorFlow Datasets' semantic versioning of datasets:

* MAJOR: an existing record changed or was removed, or the schema changed in a breaking way
  (a field removed, or its type, nullability or checks changed);
* MINOR: records or fields were added, nothing existing changed;
* PATCH: the same records and schema; only packaging, card or other files changed.

The records are compared streamed, a window of ids at a time (:func:`_windows`): the builder writes
every config's rows sorted by key across its shards, so both versions' shards are read in step, a
Parquet batch at a time, and the memory does not grow with the corpus. Rows are compared column by
column in Arrow; only the changed records become Python objects (for the report's text diffs). A folder
whose rows are not in strictly increasing key order (not one the builder wrote) is compared in memory
(:func:`_records_in_memory`), with the same result.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import yaml

from build_dataset.publish.manifest import read_manifest
from russia_israel_news.contract import KEYS

LEVELS = ("none", "patch", "minor", "major")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


def parse(version: str) -> tuple[int, int, int]:
    if not _VERSION.match(version):
        raise ValueError(f"not a version: {version!r} (expected MAJOR.MINOR.PATCH)")
    major, minor, patch = (int(p) for p in version.split("."))
    return major, minor, patch


def bumped(version: str, level: str) -> str:
    """The smallest version above ``version`` at ``level``."""
    major, minor, patch = parse(version)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def bump_between(old: str, new: str) -> str:
    """The level of the step from ``old`` to ``new`` ("none" if new is not above old)."""
    a, b = parse(old), parse(new)
    if b <= a:
        return "none"
    return "major" if b[0] > a[0] else "minor" if b[1] > a[1] else "patch"


def published_versions(dist: Path) -> list[str]:
    """Version folders (with a manifest) in ``dist``, oldest first."""
    if not Path(dist).is_dir():
        return []
    found = [p.name for p in Path(dist).iterdir() if _VERSION.match(p.name) and (p / "manifest.json").is_file()]
    return sorted(found, key=parse)


def resolve(arg: str | Path, dist: Path) -> Path:
    """A version folder from a folder path or a version number (looked up in ``dist``)."""
    path = Path(arg)
    if (path / "manifest.json").is_file():
        return path
    if _VERSION.match(str(arg)) and (Path(dist) / str(arg) / "manifest.json").is_file():
        return Path(dist) / str(arg)
    raise FileNotFoundError(f"{arg}: not a version folder, nor a version published in {dist}")


@dataclass
class Version:
    folder: Path | None                     #: the published folder (its manifest lists the files); None while built
    version: str
    shards: dict[str, list[Path]]           #: config -> its Parquet shards, in order
    schema: dict[str, dict]                 #: config -> columns as exported (YAML)

    @classmethod
    def read(cls, folder: Path) -> "Version":
        """A published version folder."""
        return cls.from_files(folder, read_manifest(Path(folder))["version"])

    @classmethod
    def from_files(cls, folder: Path, version: str, schema_yaml: dict[str, str] | None = None) -> "Version":
        """The Parquet shards in ``folder`` (a version folder, maybe still being written); nothing is read yet."""
        folder = Path(folder)
        shards, schema = {}, {}
        for config in KEYS:
            shards[config] = sorted((folder / config).glob("*.parquet"))
            yaml_path = folder / "schema" / f"{config}.yaml"
            if schema_yaml is not None:
                schema[config] = yaml.safe_load(schema_yaml[config])["columns"]
            else:
                schema[config] = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))["columns"] if yaml_path.is_file() else {}
        return cls(folder, version, shards, schema)

    @property
    def rows(self) -> dict[str, dict[tuple, dict]]:
        """Every record, config -> key -> row, read into memory (the diff streams them instead)."""
        rows = {}
        for config, keys in KEYS.items():
            table_rows = [r for f in self.shards[config] for r in pq.read_table(f).to_pylist()]
            rows[config] = {tuple(r[k] for k in keys): r for r in table_rows}
        return rows


@dataclass
class Change:
    id: str
    fields: list[str]
    text_diff: list[str] = field(default_factory=list)


@dataclass
class Diff:
    old: str
    new: str
    added: list[str]
    removed: list[str]
    changed: list[Change]
    lines_changed: list[str]            #: ids whose `lines` records changed
    schema_added: list[str]             #: "config.field"
    schema_removed: list[str]
    schema_changed: list[str]           #: "config.field: what"
    files_changed: list[str]

    @property
    def bump(self) -> str:
        if self.removed or self.changed or self.lines_changed or self.schema_removed or self.schema_changed:
            return "major"
        if self.added or self.schema_added:
            return "minor"
        if self.files_changed:
            return "patch"
        return "none"

    def reasons(self) -> list[str]:
        out = []
        if self.removed:
            out.append(f"{len(self.removed)} record(s) removed")
        if self.changed:
            out.append(f"{len(self.changed)} record(s) changed")
        if self.lines_changed and not self.changed:
            out.append(f"line records of {len(self.lines_changed)} article(s) changed")
        if self.schema_removed or self.schema_changed:
            out.append("breaking schema change")
        if self.added:
            out.append(f"{len(self.added)} record(s) added")
        if self.schema_added:
            out.append(f"{len(self.schema_added)} field(s) added")
        if not out and self.files_changed:
            out.append(f"{len(self.files_changed)} file(s) changed, data identical")
        return out


def _clip(text: str, width: int = 120) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _inline(a: str, b: str, context: int = 6) -> str:
    """One changed paragraph as a word diff: "…context [-removed-] {+added+} context…"."""
    wa, wb = a.split(), b.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op == "equal":
            words = wa[i1:i2]
            if len(words) > 2 * context:
                words = ([] if not parts else words[:context]) + ["…"] + words[-context:]
            parts.append(" ".join(words))
        else:
            if i2 > i1:
                parts.append("[-" + _clip(" ".join(wa[i1:i2]), 80) + "-]")
            if j2 > j1:
                parts.append("{+" + _clip(" ".join(wb[j1:j2]), 80) + "+}")
    return _clip(" ".join(parts), 240)


def _text_diff(old: str, new: str, limit: int = 12) -> list[str]:
    """Paragraph-level changes: "- removed", "+ added", "~ changed (word diff)"."""
    a, b = old.split("\n\n"), new.split("\n\n")
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1) if op == "replace" else 0
        out += [f"~ {_inline(a[i1 + k], b[j1 + k])}" for k in range(pairs)]
        out += [f"- {_clip(p)}" for p in a[i1 + pairs:i2]]
        out += [f"+ {_clip(p)}" for p in b[j1 + pairs:j2]]
    if len(out) > limit:
        out = out[:limit] + [f"… and {len(out) - limit} more paragraph change(s)"]
    return out


def _schema_diff(old: dict[str, dict], new: dict[str, dict]):
    added, removed, changed = [], [], []
    for config in sorted(set(old) | set(new)):
        a, b = old.get(config) or {}, new.get(config) or {}
        for name in b:
            if name not in a:
                added.append(f"{config}.{name}")
        for name in a:
            if name not in b:
                removed.append(f"{config}.{name}")
                continue
            before = {k: v for k, v in a[name].items() if k != "description"}
            after = {k: v for k, v in b[name].items() if k != "description"}
            for key in sorted(set(before) | set(after)):
                if before.get(key) != after.get(key):
                    changed.append(f"{config}.{name}: {key} {before.get(key)!r} -> {after.get(key)!r}")
    return added, removed, changed


def diff(old: Version, new: Version) -> Diff:
    try:
        added, removed, changed, lines_changed = _records_streamed(old, new)
    except _NotStreamable:
        added, removed, changed, lines_changed = _records_in_memory(old, new)
    schema_added, schema_removed, schema_changed = _schema_diff(old.schema, new.schema)
    files_changed = []
    if old.folder is not None and new.folder is not None:
        files_old, files_new = read_manifest(old.folder)["files"], read_manifest(new.folder)["files"]
        files_changed = sorted(f for f in files_old.keys() | files_new.keys()
                               if (files_old.get(f) or {}).get("sha256") != (files_new.get(f) or {}).get("sha256"))
    return Diff(old.version, new.version, added, removed, changed, lines_changed, schema_added, schema_removed,
                schema_changed, files_changed)


def _change(key_id: str, fields: list[str], before_text, after_text) -> Change:
    text = _text_diff(before_text or "", after_text or "") if "text" in fields else []
    return Change(key_id, fields, text)


def _records_in_memory(old: Version, new: Version):
    """Records added, removed and changed, and ids whose lines changed, from every row read into memory."""
    old_rows, new_rows = old.rows, new.rows
    a, b = old_rows["articles"], new_rows["articles"]
    added = sorted(k[0] for k in b.keys() - a.keys())
    removed = sorted(k[0] for k in a.keys() - b.keys())
    changed = []
    for key in sorted(a.keys() & b.keys()):
        before, after = a[key], b[key]
        # a field that only one version has is a schema change, not a change of the record
        fields = [f for f in after if f in before and before[f] != after[f]]
        if fields:
            changed.append(_change(key[0], fields, before.get("text"), after.get("text")))
    lines_old, lines_new = old_rows["lines"], new_rows["lines"]
    common = {k[0] for k in a.keys() & b.keys()}
    lines_changed = sorted({k[0] for k in (lines_old.keys() ^ lines_new.keys()) if k[0] in common}
                           | {k[0] for k in lines_old.keys() & lines_new.keys() if k[0] in common
                              and any(lines_old[k][f] != lines_new[k][f] for f in lines_new[k] if f in lines_old[k])})
    return added, removed, changed, lines_changed


# --- the streamed comparison ------------------------------------------------------------------------------------

class _NotStreamable(Exception):
    """The shards cannot be compared streamed: keys out of order, repeated or missing, or shards of different
    schemas. (Never so for a version the builder wrote.)"""


#: Rows a Parquet batch, per config (a few MB of text either way).
_BATCH_ROWS = {"articles": 1024, "lines": 65536}
#: Arrow types whose equality is Python's equality of the values (``to_pylist``): compared in Arrow.
_ARROW_EQUALITY = (pa.types.is_string, pa.types.is_large_string, pa.types.is_integer, pa.types.is_boolean,
                   pa.types.is_date, pa.types.is_floating)
#: The column every config's key starts with: the windows are ranges of ids.
_ID = "id"


def _streamable_keys(schema: pa.Schema, keys: tuple[str, ...]) -> bool:
    """Whether the rows can be windowed by these key columns: all there, the id a string, the others strings or
    integers (types whose order and equality in Arrow are Python's)."""
    def ok(key: str, type_: pa.DataType) -> bool:
        return pa.types.is_string(type_) or pa.types.is_large_string(type_) or (key != _ID and pa.types.is_integer(type_))
    return keys[0] == _ID and all(k in schema.names and ok(k, schema.field(k).type) for k in keys)


def _increasing(columns: list[pa.ChunkedArray]) -> bool:
    """Whether the rows' keys (the columns, compared left to right) strictly increase from row to row."""
    n = len(columns[0])
    if n < 2:
        return True
    inner = None
    for column in reversed(columns):
        a, b = column.slice(0, n - 1), column.slice(1)
        less = pc.less(a, b)
        inner = less if inner is None else pc.or_(less, pc.and_(pc.equal(a, b), inner))
    return pc.all(inner).as_py()


class _Stream:
    """One config's rows of one version, in key order, read a batch at a time; the order is checked as it goes."""

    def __init__(self, shards: list[Path], config: str):
        self.keys = KEYS[config]
        self._batches = self._read(shards, _BATCH_ROWS[config])
        self.buffer: pa.Table | None = None
        self.done = False
        self._last: tuple | None = None
        self.schema: pa.Schema | None = None  #: every shard's (the first batch's, without metadata)

    @staticmethod
    def _read(shards: list[Path], rows: int) -> Iterator[pa.RecordBatch]:
        for path in shards:
            with pq.ParquetFile(path) as f:
                yield from f.iter_batches(batch_size=rows)

    def _pull(self) -> None:
        batch = next(self._batches, None)
        if batch is None:
            self.done = True
            return
        if not batch.num_rows:
            return
        table = pa.Table.from_batches([batch]).replace_schema_metadata(None)
        if self.schema is None:
            self.schema = table.schema
            if not _streamable_keys(self.schema, self.keys):
                raise _NotStreamable()
        elif not table.schema.equals(self.schema):
            raise _NotStreamable()
        keys = [table.column(k) for k in self.keys]
        first = tuple(c[0].as_py() for c in keys)
        if any(c.null_count for c in keys) or (self._last is not None and not self._last < first) \
                or not _increasing(keys):
            raise _NotStreamable()
        self._last = tuple(c[-1].as_py() for c in keys)
        self.buffer = table if self.buffer is None else pa.concat_tables([self.buffer, table])

    def _rows(self) -> int:
        return 0 if self.buffer is None else self.buffer.num_rows

    def last_id(self):
        """The last buffered row's id, reading a batch first if none is buffered (None at the end)."""
        while not self._rows() and not self.done:
            self._pull()
        return self.buffer.column(_ID)[-1].as_py() if self._rows() else None

    def take(self, hi) -> pa.Table | None:
        """Every row whose id is at most ``hi`` (every row left, if ``hi`` is None), reading as far as needed."""
        if hi is not None:
            while not self.done and (not self._rows() or self.buffer.column(_ID)[-1].as_py() <= hi):
                self._pull()
        if not self._rows():
            return self.buffer
        n = self.buffer.num_rows if hi is None else pc.sum(pc.less_equal(self.buffer.column(_ID), hi)).as_py() or 0
        window, self.buffer = self.buffer.slice(0, n), self.buffer.slice(n)
        return window


def _windows(old: Version, new: Version) -> Iterator[dict[tuple[str, str], pa.Table | None]]:
    """Both versions' rows of every config, a range of ids at a time: (side, config) -> the rows with those ids.

    A range ends at the smallest id that ends some stream's buffer; every stream is read up to the
    first id beyond it, so each window holds all the rows of its ids, and a few batches are held at a time."""
    streams = {(side, config): _Stream(v.shards[config], config) for side, v in (("old", old), ("new", new))
               for config in KEYS}
    while True:
        lasts = {name: s.last_id() for name, s in streams.items()}
        if all(last is None for last in lasts.values()):
            return
        for config, keys in KEYS.items():  # both versions' keys must be of one type, to be matched in Arrow
            a, b = streams["old", config].schema, streams["new", config].schema
            if a is not None and b is not None and any(a.field(k).type != b.field(k).type for k in keys):
                raise _NotStreamable()
        reading = [lasts[name] for name, s in streams.items() if not s.done and lasts[name] is not None]
        hi = min(reading) if reading else None
        yield {name: s.take(hi) for name, s in streams.items()}


def _differs(a: pa.ChunkedArray, b: pa.ChunkedArray) -> pa.ChunkedArray | pa.Array:
    """For each row: whether the two columns' values differ (as Python's ``!=`` of the values would say)."""
    if a.type == b.type and any(is_type(a.type) for is_type in _ARROW_EQUALITY):
        unequal = pc.fill_null(pc.not_equal(a, b), False)
        return pc.or_(unequal, pc.xor(pc.is_null(a), pc.is_null(b)))
    return pa.array([x != y for x, y in zip(a.to_pylist(), b.to_pylist())], pa.bool_())


def _changed_columns(before: pa.Table, after: pa.Table) -> dict[str, pa.Array]:
    """Row-aligned tables -> each column both have (in ``after``'s order) -> whether each row differs in it."""
    return {name: _differs(before.column(name), after.column(name))
            for name in after.column_names if name in before.column_names}


def _any(masks) -> pa.Array | None:
    out = None
    for mask in masks:
        out = mask if out is None else pc.or_(out, mask)
    return out


def _empty(table: pa.Table | None) -> bool:
    return table is None or not table.num_rows


def _lines_changed(before: pa.Table | None, after: pa.Table | None, common: pa.Array) -> list[str]:
    """Ids in ``common`` whose line records differ (one has a line the other has not, or a field of a line differs)."""
    if _empty(before) and _empty(after):
        return []
    if _empty(before) or _empty(after):
        present = after if _empty(before) else before
        return pc.unique(present.column(_ID).filter(pc.is_in(present.column(_ID), value_set=common))).to_pylist()
    before = before.filter(pc.is_in(before.column(_ID), value_set=common))
    after = after.filter(pc.is_in(after.column(_ID), value_set=common))
    keys = list(KEYS["lines"])
    ids = []
    if before.num_rows != after.num_rows or not all(before.column(k).equals(after.column(k)) for k in keys):
        # not the same lines: match them by key, and take the ids of the lines one version lacks
        index = lambda t, name: t.select(keys).append_column(name, pa.array(range(t.num_rows), pa.int64()))  # noqa: E731
        pairs = index(before, "_before").join(index(after, "_after"), keys=keys, join_type="full outer")
        lone = pc.or_(pc.is_null(pairs.column("_before")), pc.is_null(pairs.column("_after")))
        ids = pairs.column(_ID).filter(lone).to_pylist()
        both = pairs.filter(pc.invert(lone))
        before, after = before.take(both.column("_before")), after.take(both.column("_after"))
    mask = _any(_changed_columns(before, after).values())
    if mask is not None:
        ids += after.column(_ID).filter(mask).to_pylist()
    return sorted(set(ids))


def _records_streamed(old: Version, new: Version):
    """What :func:`_records_in_memory` gives, a window of ids at a time."""
    added, removed, changed, lines_changed = [], [], [], []
    for w in _windows(old, new):
        a, b = w["old", "articles"], w["new", "articles"]
        if _empty(a) or _empty(b):  # no ids in common: no changed records, no changed lines
            added += [] if _empty(b) else b.column(_ID).to_pylist()
            removed += [] if _empty(a) else a.column(_ID).to_pylist()
        else:
            in_b, in_a = pc.is_in(a.column(_ID), value_set=b.column(_ID)), pc.is_in(b.column(_ID), value_set=a.column(_ID))
            added += b.column(_ID).filter(pc.invert(in_a)).to_pylist()
            removed += a.column(_ID).filter(pc.invert(in_b)).to_pylist()
            before, after = a.filter(in_b), b.filter(in_a)  # the same ids, in the same order
            columns = _changed_columns(before, after)
            mask = _any(columns.values())
            rows = pc.indices_nonzero(mask) if mask is not None else []
            if len(rows):
                differs = {name: column.take(rows).to_pylist() for name, column in columns.items()}
                texts = [t.column("text").take(rows).to_pylist() if "text" in t.column_names else [None] * len(rows)
                         for t in (before, after)]
                for k, (key_id, old_text, new_text) in enumerate(zip(after.column(_ID).take(rows).to_pylist(), *texts)):
                    # a field that only one version has is a schema change, not a change of the record
                    fields = [name for name, flags in differs.items() if flags[k]]
                    changed.append(_change(key_id, fields, old_text, new_text))
            lines_changed += _lines_changed(w["old", "lines"], w["new", "lines"], after.column(_ID))
    return sorted(added), sorted(removed), changed, sorted(lines_changed)


def report(d: Diff) -> str:
    """A readable diff report, ending with the bump it requires."""
    out = [f"{d.old} -> {d.new}"]
    for label, items in (("added", d.added), ("removed", d.removed)):
        if items:
            out.append(f"records {label}: {', '.join(items)}")
    for change in d.changed:
        out.append(f"record changed: {change.id} ({', '.join(change.fields)})")
        out.extend(f"    {line}" for line in change.text_diff)
    only_lines = [i for i in d.lines_changed if i not in {c.id for c in d.changed}]
    if only_lines:
        out.append(f"line labels changed (article unchanged): {', '.join(only_lines)}")
    for label, items in (("fields added", d.schema_added), ("fields removed", d.schema_removed),
                         ("fields changed", d.schema_changed)):
        for item in items:
            out.append(f"schema {label[:-1] if label.endswith('s') else label}: {item}")
    if d.bump == "none":
        out.append("no change")
    out.append(f"required bump: {d.bump.upper()}" + (f" ({'; '.join(d.reasons())})" if d.reasons() else ""))
    return "\n".join(out)


#: Files every version writes anew (its notes and its card), left out of the file changes.
REGENERATED = ("README.md", "RELEASE_NOTES.md", "manifest.json")


def file_changes(old: dict[str, dict], new: dict[str, dict]) -> dict[str, list[str]]:
    """Files added, removed and changed between two manifests' file lists (but the regenerated ones)."""
    old = {k: v for k, v in old.items() if k not in REGENERATED}
    new = {k: v for k, v in new.items() if k not in REGENERATED}
    return {"added": sorted(new.keys() - old.keys()), "removed": sorted(old.keys() - new.keys()),
            "changed": sorted(k for k in old.keys() & new.keys() if old[k]["sha256"] != new[k]["sha256"])}


def _file_lines(files: dict[str, list[str]] | None) -> list[str]:
    if not files:
        return []
    out = [f"- Files {what}: {', '.join(f'`{f}`' for f in names)}." for what, names in files.items() if names]
    return out + ["- The dataset card (`README.md`) is regenerated for every version."]


#: The reason a release gives when none was declared with its version.
NO_REASON = "not stated (write it as `why` under `[tool.russia-israel-news]` in pyproject.toml)."


def release_notes(d: Diff | None, version: str, counts: dict[str, int],
                  files: dict[str, list[str]] | None = None, why: str | None = None) -> str:
    """Markdown release notes for ``version``: why it exists (declared with the version), then what its diff
    against the previous version shows."""
    head = f"## {version}\n\n" + (f"Why: {why}\n\n" if why else "")
    if d is None:
        return head + (f"First release: {counts.get('articles', 0)} articles and {counts.get('lines', 0)} line records.\n")
    if d.bump == "none":
        return head + "\n".join([f"Changes since {d.old} (PATCH): the same records and schema.", "",
                                 *_file_lines(files)]) + "\n"
    parts = [f"Changes since {d.old} ({d.bump.upper()}: {'; '.join(d.reasons())}).", ""]
    if d.added:
        parts.append(f"- Added records: {', '.join(f'`{i}`' for i in d.added)}.")
    if d.removed:
        parts.append(f"- Removed records: {', '.join(f'`{i}`' for i in d.removed)}.")
    for change in d.changed:
        parts.append(f"- Changed `{change.id}`: {', '.join(change.fields)}.")
        names = {"-": "paragraph removed", "+": "paragraph added", "~": "paragraph changed"}
        for line in change.text_diff:
            parts.append(f"  - {names.get(line[0], 'more')}: {line[2:] if line[0] in names else line}")
    only_lines = [i for i in d.lines_changed if i not in {c.id for c in d.changed}]
    if only_lines:
        parts.append(f"- Line labels changed, article unchanged: {', '.join(f'`{i}`' for i in only_lines)}.")
    for item in d.schema_added:
        parts.append(f"- Schema: field `{item}` added.")
    for item in d.schema_removed:
        parts.append(f"- Schema: field `{item}` removed.")
    for item in d.schema_changed:
        parts.append(f"- Schema: {item}.")
    parts += _file_lines(files)
    return head + "\n".join(parts) + "\n"
