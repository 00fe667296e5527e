"""read: a folder of scraped pages -> decoded pages, with checksums.

Files are discovered in code-point order of their names (never the file system's order) and
never through a link that leaves the folder. Bytes are decoded as UTF-8 (a byte-order mark is
dropped), or UTF-16 when a UTF-16 byte-order mark says so, or, when they are not UTF-8, as
Windows-1252 (a superset of Latin-1's letters) if ``charset_normalizer`` finds them plausible
text in that encoding; line ends are normalised to ``\\n``. Each repair is recorded as a warning
on the page. What cannot be decoded, or is no text (empty, NUL bytes, mostly control
characters, larger than :data:`MAX_PAGE_BYTES`), is rejected with a :class:`SeedError` that
names the file, the line where it helps, and the reason.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SUFFIX = ".txt"
#: The seeds folder's own checksum file, which is not a page.
CHECKSUMS = "checksums.tsv"
#: The corpus's declared facts (see :mod:`build_dataset.read.facts`); not a page.
FACTS = "dataset.toml"
#: A page larger than this is not read: a news page is a few kB, this is surely not one.
MAX_PAGE_BYTES = 10 * 1024 * 1024
#: A text with more control characters than this share of its characters is binary data.
MAX_CONTROL_SHARE = 0.1
#: Control characters other than tab and line ends (the cleaner removes them, or repairs C1 ones).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Every control character (none belongs in a file name).
_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def printable(name: str) -> str:
    """``name`` safe to print: bytes that are not UTF-8 and control characters escaped."""
    name = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _ANY_CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)


class SeedError(ValueError):
    """A seed that cannot be read. ``str()`` is ``FILE[:LINE]: reason``."""

    def __init__(self, path: str | os.PathLike, reason: str, line: int | None = None):
        self.path, self.reason, self.line = str(path), reason, line
        where = printable(self.path) + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {reason}")

    @property
    def detail(self) -> str:
        """The reason, with the line if there is one (the file is said elsewhere)."""
        return f"line {self.line}: {self.reason}" if self.line is not None else self.reason


@dataclass(frozen=True)
class RawPage:
    id: str            #: the file's stem (NFC): the record's stable id
    name: str          #: the file name relative to the seeds folder
    sha256: str        #: of the raw bytes
    size: int          #: in bytes
    text: str          #: decoded, with \n line ends
    warnings: tuple[str, ...] = field(default=())


@dataclass
class Listing:
    """What a seeds folder holds."""

    pages: list[Path]                       #: the ``*.txt`` entries, sorted by name
    ignored: dict[str, str]                 #: other entries: name -> why it is not a page
    rejected: list[SeedError]               #: links out of the folder, names that cannot be ids


def page_id(path: str | os.PathLike) -> str:
    """A page's id: its file's stem, in NFC (the same id whatever the file system's normal form)."""
    return unicodedata.normalize("NFC", Path(path).stem)


def name_problem(name: str) -> str | None:
    """Why a file name cannot name a record (None if it can)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "its name is not valid UTF-8"
    if _ANY_CONTROL.search(name):
        return "its name contains control characters"
    return None


def _inside(path: Path, real_root: str) -> bool:
    return os.path.commonpath([real_root, os.path.realpath(path)]) == real_root


def scan(folder: str | os.PathLike) -> Listing:
    """List ``folder`` (not recursive), sorted by name. Links are never followed out of it."""
    root = Path(folder)
    if not root.is_dir():
        raise SeedError(root, "not a folder")
    real_root = os.path.realpath(root)
    listing = Listing([], {}, [])
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        path = root / entry.name
        if entry.name in (CHECKSUMS, FACTS):
            continue
        if entry.is_symlink() and not _inside(path, real_root):
            listing.rejected.append(SeedError(path, "is a link that points outside the seeds folder (never followed)"))
            continue
        problem = name_problem(entry.name)
        if problem:
            listing.rejected.append(SeedError(path, problem))
        elif entry.name.endswith(SUFFIX):
            listing.pages.append(path)
        else:
            listing.ignored[entry.name] = f"ignored: not a page (pages are *{SUFFIX} files)"
    return listing


def no_pages(folder: str | os.PathLike) -> str:
    """Why ``folder`` gave no pages, with what it holds instead: pages in subfolders, other suffixes, HTML."""
    root = Path(folder)
    files = [p for p in root.rglob("*") if p.is_file()]
    nested = sorted({p.parent.relative_to(root).as_posix() for p in files if p.suffix == SUFFIX and p.parent != root})
    cased = [p for p in files if p.parent == root and p.suffix.lower() == SUFFIX and p.suffix != SUFFIX]
    html = [p for p in files if p.suffix.lower() in (".html", ".htm")]
    hints = []
    if nested:
        hints.append(f"subfolders are not read, and {', '.join(nested[:3])}{' ...' if len(nested) > 3 else ''} "
                     f"hold *{SUFFIX} pages: point at the folder that holds them")
    if cased:
        hints.append(f"{len(cased)} file(s) end in {cased[0].suffix!r}: pages must end in {SUFFIX!r} (lower case)")
    if html:
        hints.append(f"{len(html)} HTML file(s): pages are plain text, one *{SUFFIX} file a page; "
                     f"extract their text first")
    return f"no *{SUFFIX} pages found in {printable(str(root))}" + "".join(f"; {h}" for h in hints)


def discover(folder: str | os.PathLike) -> list[Path]:
    """The ``*.txt`` pages in ``folder`` (not recursive), sorted by name; SeedError for a link out of it."""
    listing = scan(folder)
    if listing.rejected:
        raise listing.rejected[0]
    return listing.pages


def _legacy(data: bytes, path, err: UnicodeDecodeError) -> tuple[str, str]:
    """Bytes that are not UTF-8: Windows-1252 text (Latin-1 is a subset), or a SeedError."""
    from charset_normalizer import from_bytes

    line = data.count(b"\n", 0, err.start) + 1
    if from_bytes(data, cp_isolation=["cp1252", "latin_1"]).best() is None:
        raise SeedError(path, f"is not UTF-8 ({err.reason} at byte {err.start}), UTF-16 or Windows-1252/Latin-1 "
                              f"text: binary data, or another encoding (convert it to UTF-8)", line=line)
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252: the web's Windows-1252)

    return data.decode("sloppy-windows-1252"), f"not UTF-8 (line {line}): decoded as Windows-1252 (Latin-1)"


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
        if b"\x00" in data:  # before any decoding: binary data, whatever else it is
            raise SeedError(path, "contains NUL bytes (binary data?)", line=data.count(b"\n", 0, data.index(b"\x00")) + 1)
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
            warnings.append("UTF-8 byte-order mark removed")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            text, warning = _legacy(data, path, err)
            warnings.append(warning)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        warnings.append("line endings normalised to LF")
    if "\x00" in text:  # UTF-16 text
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise SeedError(path, "contains NUL bytes (binary data?)", line=line)
    first = _CONTROL.search(text)
    if first:
        controls = len(_CONTROL.findall(text))
        if controls > MAX_CONTROL_SHARE * len(text):
            raise SeedError(path, f"is {controls / len(text):.0%} control characters (binary data?)")
        line = text.count("\n", 0, first.start()) + 1
        warnings.append(f"{controls} control character(s) removed, the first on line {line}")
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


def read_bytes(path: Path) -> bytes:
    """A page's bytes; SeedError if it is not a readable file or is larger than MAX_PAGE_BYTES."""
    if not path.is_file():
        raise SeedError(path, "is not a regular file (a folder, a device, or a broken link)")
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_PAGE_BYTES:
                raise SeedError(path, f"is {size / 2**20:.1f} MiB, over the {MAX_PAGE_BYTES // 2**20} MiB limit for a page")
            data = f.read(MAX_PAGE_BYTES + 1)
    except OSError as err:
        raise SeedError(path, f"cannot be read ({err.strerror or err})") from None
    if len(data) > MAX_PAGE_BYTES:
        raise SeedError(path, f"is over the {MAX_PAGE_BYTES // 2**20} MiB limit for a page")
    return data


def read_page(path: str | os.PathLike, root: str | os.PathLike | None = None) -> RawPage:
    path = Path(path)
    data = read_bytes(path)
    text, warnings = decode(data, path)
    name = path.name if root is None else path.relative_to(root).as_posix()
    return RawPage(id=page_id(path), name=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                   text=text, warnings=warnings)
