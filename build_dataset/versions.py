"""What changed between two published versions, and the version bump it needs.

The rules follow TensorFlow Datasets' semantic versioning of datasets:

* MAJOR: an existing record changed or was removed, or the schema changed in a breaking way
  (a field removed, or its type, nullability or checks changed);
* MINOR: records or fields were added, nothing existing changed;
* PATCH: the same records and schema; only packaging, card or other files changed.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq
import yaml

from build_dataset.manifest import read_manifest
from build_dataset.tables import KEYS

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
    folder: Path | None
    version: str
    rows: dict[str, dict[tuple, dict]]      #: config -> key -> row
    schema: dict[str, dict]                 #: config -> columns as exported (YAML)

    @classmethod
    def read(cls, folder: Path) -> "Version":
        """A published version folder."""
        return cls.from_files(folder, read_manifest(Path(folder))["version"])

    @classmethod
    def from_files(cls, folder: Path, version: str, schema_yaml: dict[str, str] | None = None) -> "Version":
        """The records of the Parquet shards in ``folder`` (a version folder, maybe still being written)."""
        folder = Path(folder)
        rows, schema = {}, {}
        for config, keys in KEYS.items():
            files = sorted((folder / config).glob("*.parquet"))
            table_rows = [r for f in files for r in pq.read_table(f).to_pylist()]
            rows[config] = {tuple(r[k] for k in keys): r for r in table_rows}
            yaml_path = folder / "schema" / f"{config}.yaml"
            if schema_yaml is not None:
                schema[config] = yaml.safe_load(schema_yaml[config])["columns"]
            else:
                schema[config] = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))["columns"] if yaml_path.is_file() else {}
        return cls(folder, version, rows, schema)


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
    a, b = old.rows["articles"], new.rows["articles"]
    added = sorted(k[0] for k in b.keys() - a.keys())
    removed = sorted(k[0] for k in a.keys() - b.keys())
    changed = []
    for key in sorted(a.keys() & b.keys()):
        before, after = a[key], b[key]
        # a field that only one version has is a schema change, not a change of the record
        fields = [f for f in after if f in before and before[f] != after[f]]
        if fields:
            text = _text_diff(before.get("text") or "", after.get("text") or "") if "text" in fields else []
            changed.append(Change(key[0], fields, text))
    lines_old, lines_new = old.rows["lines"], new.rows["lines"]
    common = {k[0] for k in a.keys() & b.keys()}
    lines_changed = sorted({k[0] for k in (lines_old.keys() ^ lines_new.keys()) if k[0] in common}
                           | {k[0] for k in lines_old.keys() & lines_new.keys() if k[0] in common
                              and any(lines_old[k][f] != lines_new[k][f] for f in lines_new[k] if f in lines_old[k])})
    schema_added, schema_removed, schema_changed = _schema_diff(old.schema, new.schema)
    files_changed = []
    if old.folder is not None and new.folder is not None:
        files_old, files_new = read_manifest(old.folder)["files"], read_manifest(new.folder)["files"]
        files_changed = sorted(f for f in files_old.keys() | files_new.keys()
                               if (files_old.get(f) or {}).get("sha256") != (files_new.get(f) or {}).get("sha256"))
    return Diff(old.version, new.version, added, removed, changed, lines_changed, schema_added, schema_removed,
                schema_changed, files_changed)


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


def release_notes(d: Diff | None, version: str, counts: dict[str, int],
                  files: dict[str, list[str]] | None = None) -> str:
    """Markdown release notes for ``version``, generated from its diff against the previous version."""
    head = f"## {version}\n\n"
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
