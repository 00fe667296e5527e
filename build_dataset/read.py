"""read: a folder of scraped pages -> decoded pages, with checksums.

Files are discovered in code-point order of their names (never the file system's order) and
never through a link that leaves the folder. Bytes are decoded as UTF-8 (a byte-order mark is
dropped), or UTF-16 when a UTF-16 byte-order mark says so; line ends are normalised to ``\\n``.
Each repair is recorded as a warning on the page. What cannot be decoded is rejected with a
:class:`SeedError` that names the file, the line where it helps, and the reason.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

SUFFIX = ".txt"
#: The seeds folder's own checksum file, which is not a page.
CHECKSUMS = "checksums.tsv"


class SeedError(ValueError):
    """A seed that cannot be read. ``str()`` is ``FILE[:LINE]: reason``."""

    def __init__(self, path: str | os.PathLike, reason: str, line: int | None = None):
        self.path, self.reason, self.line = str(path), reason, line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class RawPage:
    id: str            #: the file's stem: the record's stable id
    name: str          #: the file name relative to the seeds folder
    sha256: str        #: of the raw bytes
    size: int          #: in bytes
    text: str          #: decoded, with \n line ends
    warnings: tuple[str, ...] = field(default=())


def discover(folder: str | os.PathLike) -> list[Path]:
    """The ``*.txt`` pages in ``folder`` (not recursive), sorted by name."""
    root = Path(folder)
    if not root.is_dir():
        raise SeedError(root, "not a folder")
    real_root = root.resolve()
    pages = []
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        if not entry.name.endswith(SUFFIX):
            continue
        path = root / entry.name
        if entry.is_symlink() and real_root not in path.resolve().parents:
            raise SeedError(path, "is a link that points outside the seeds folder")
        if not path.is_file():
            continue
        pages.append(path)
    return pages


def decode(data: bytes, path: str | os.PathLike) -> tuple[str, tuple[str, ...]]:
    """Decode a page's bytes; returns the text and the repairs made."""
    warnings = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise SeedError(path, f"has a UTF-16 byte-order mark but is not valid UTF-16 ({err.reason} at byte {err.start})") from None
        warnings.append("decoded as UTF-16 (byte-order mark)")
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
            warnings.append("UTF-8 byte-order mark removed")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            line = data.count(b"\n", 0, err.start) + 1
            raise SeedError(path, f"is not valid UTF-8 ({err.reason} at byte {err.start})", line=line) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        warnings.append("line endings normalised to LF")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise SeedError(path, "contains NUL bytes (binary data?)", line=line)
    if not text.strip():
        raise SeedError(path, "is empty or whitespace only")
    return text, tuple(warnings)


def checksums_tsv(folder: str | os.PathLike) -> str:
    """The seeds folder's checksum file: one row per page (file, size, sha256), sorted by name."""
    rows = ["file\tsize\tsha256"]
    for path in discover(folder):
        data = path.read_bytes()
        rows.append(f"{path.name}\t{len(data)}\t{hashlib.sha256(data).hexdigest()}")
    return "\n".join(rows) + "\n"


def read_page(path: str | os.PathLike, root: str | os.PathLike | None = None) -> RawPage:
    path = Path(path)
    data = path.read_bytes()
    text, warnings = decode(data, path)
    name = path.name if root is None else path.relative_to(root).as_posix()
    return RawPage(id=path.stem, name=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                   text=text, warnings=warnings)
