"""Russia–Israel news: a small, versioned, cleaned news-article dataset.

    >>> import russia_israel_news as rin
    >>> ds = rin.load()                      # datasets.Dataset of the bundled version
    >>> df = rin.load(format="pandas")       # or "arrow"
    >>> lines = rin.load(config="lines")     # every raw line with its label and rule
    >>> rin.validate(my_frame)               # raises DataValidationError with a report

The core install reads Parquet with pyarrow only; ``format="datasets"`` needs the
``datasets`` extra, ``format="pandas"`` pandas, and :func:`validate` the ``validate`` extra.
"""

import importlib as _importlib
import json as _json
import re as _re
from importlib import metadata as _metadata
from importlib import resources as _resources
from pathlib import Path as _Path

from russia_israel_news import clusters as _clusters
from russia_israel_news.contract import CONFIGS
from russia_israel_news.integrity import mismatches as _mismatches

__all__ = ["load", "validate", "versions", "manifest", "schema", "CONFIGS", "DataIntegrityError",
           "DataValidationError", "__version__"]

try:
    __version__ = _metadata.version("russia-israel-news")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

_FORMATS = ("datasets", "pandas", "arrow")
_VERSION_RE = _re.compile(r"^\d+\.\d+\.\d+$")
_checked: set[_Path] = set()


class DataIntegrityError(RuntimeError):
    """A version's files do not match the checksums in its manifest."""


def _roots(dist_dir) -> list[_Path]:
    if dist_dir is not None:
        return [_Path(dist_dir)]
    roots = []
    bundled = _resources.files(__name__) / "data"
    if bundled.is_dir():
        roots.append(_Path(str(bundled)))
    # A source checkout (editable install): the published versions stand in ../dist.
    checkout = _Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "dist").is_dir():
        roots.append(checkout / "dist")
    return roots


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def versions(dist_dir=None) -> list[str]:
    """The versions that can be loaded (bundled ones, or those in ``dist_dir``), oldest first."""
    found = set()
    for root in _roots(dist_dir):
        for child in root.iterdir() if root.is_dir() else ():
            if _VERSION_RE.match(child.name) and (child / "manifest.json").is_file():
                found.add(child.name)
    return sorted(found, key=_version_key)


def _folder(version, dist_dir) -> _Path:
    available = versions(dist_dir)
    if not available:
        where = dist_dir if dist_dir is not None else "the installed package"
        raise FileNotFoundError(f"no published dataset version found in {where}")
    if version is None:
        version = __version__ if __version__ in available else available[-1]
    if not _VERSION_RE.match(str(version)):
        raise ValueError(f"dataset version {version!r}: give an exact version such as '1.0.0'; "
                         f"available: {', '.join(available)}")
    if version not in available:
        if dist_dir is not None:
            fix = f"no version {version} in {dist_dir}: pass the folder that holds {version}/manifest.json"
        else:
            fix = (f"russia-israel-news {__version__} carries the versions up to its own: for a newer one, "
                   "pip install --upgrade 'russia-israel-news' (or a newer wheel), or pass dist_dir= "
                   "(--dist on the command line) a folder of published versions, such as a checkout's dist/")
        raise FileNotFoundError(f"dataset version {version!r} not found; available: {', '.join(available)}. {fix}")
    for root in _roots(dist_dir):
        if (root / version / "manifest.json").is_file():
            return root / version
    raise AssertionError("unreachable")  # pragma: no cover


def manifest(version: str | None = None, dist_dir=None) -> dict:
    """The manifest of a version: its version, file checksums, record counts and build environment."""
    return _json.loads((_folder(version, dist_dir) / "manifest.json").read_text(encoding="utf-8"))


def _check(folder: _Path) -> dict:
    """Check every file the manifest lists against its sha256, once per process and folder."""
    try:
        info = _json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        files = info["files"]
    except (ValueError, KeyError, TypeError) as err:  # not UTF-8, not JSON, or not a manifest
        raise DataIntegrityError(f"{folder}/manifest.json is damaged ({type(err).__name__}: {err})") from None
    if folder.resolve() in _checked:
        return info
    bad = _mismatches(folder, files)
    if bad:
        raise DataIntegrityError(f"{folder}: files do not match manifest.json:\n  " + "\n  ".join(bad))
    _checked.add(folder.resolve())
    return info


def load(version: str | None = None, config: str = "articles", format: str = "datasets", dist_dir=None,
         dedup: str | None = None, split_by: str | None = None, test_size: float = 0.2, seed: int = 0):
    """Load one config of one dataset version.

    version: an exact version such as ``"1.0.0"``; default the version this package ships.
    config: ``"articles"`` (default) or ``"lines"``.
    format: ``"datasets"`` (a :class:`datasets.Dataset`), ``"pandas"`` or ``"arrow"``.
    dist_dir: a folder of published versions to load from instead of the bundled data.
    dedup: ``"near"`` drops the near duplicates (the records whose ``near_duplicate_of`` is set), keeping
    the first of each cluster (``articles`` only).
    split_by: ``"story"`` returns ``{"train": ..., "test": ...}`` (a ``datasets.DatasetDict`` for the
    ``datasets`` format) in which no story crosses: about ``test_size`` of the stories, chosen by a hash of
    their ``story_id`` and ``seed``, go to test (``articles`` only).

    The first load of a version checks every file against its manifest
    (:class:`DataIntegrityError` if one differs).
    """
    if config not in CONFIGS:
        raise ValueError(f"unknown config {config!r}; choose one of {', '.join(CONFIGS)}")
    if format not in _FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(_FORMATS)}")
    if dedup not in (None, "near") or split_by not in (None, "story"):
        raise ValueError(f"dedup={dedup!r}, split_by={split_by!r}: dedup is None or 'near', split_by None or 'story'")
    if (dedup or split_by) and config != "articles":
        raise ValueError("dedup and split_by read the articles config's cluster columns: use config='articles'")
    folder = _folder(version, dist_dir)
    _check(folder)
    data = _read(folder, config, format)
    if not (dedup or split_by):
        return data
    columns = data.column_names if format != "pandas" else list(data.columns)
    if "story_id" not in columns:
        raise ValueError(f"version {folder.name} has no cluster columns (near_duplicate_of, story_id): "
                         "dedup and split_by need a newer version")
    near, story = (_values(data, c, format) for c in ("near_duplicate_of", "story_id"))
    keep = [i for i, n in enumerate(near) if not (dedup and isinstance(n, str))]
    if not split_by:
        return _take(data, keep, format)
    test = _clusters.held_out_stories(story, test_size, seed)
    parts = {"train": _take(data, [i for i in keep if story[i] not in test], format),
             "test": _take(data, [i for i in keep if story[i] in test], format)}
    if format == "datasets":
        import datasets

        return datasets.DatasetDict(parts)
    return parts


def _read(folder: _Path, config: str, format: str):
    if format == "datasets":
        try:
            import datasets
        except ImportError as err:
            raise ImportError(
                "load(format='datasets') needs the 'datasets' package: "
                "pip install 'russia-israel-news[datasets]' (or use format='arrow')"
            ) from err
        return datasets.load_from_disk(str(folder / "hf" / config))
    import pyarrow.parquet as pq

    files = sorted((folder / config).glob("*.parquet"))
    table = pq.ParquetDataset(files).read() if len(files) > 1 else pq.read_table(files[0])
    table = table.replace_schema_metadata(None)
    if format == "arrow":
        return table
    try:
        import pandas  # noqa: F401
    except ImportError as err:
        raise ImportError("load(format='pandas') needs pandas: pip install 'russia-israel-news[pandas]' "
                          "(or use format='arrow')") from err
    return table.to_pandas()


def _values(data, column: str, format: str) -> list:
    if format == "arrow":
        return data.column(column).to_pylist()
    if format == "pandas":
        return [v if isinstance(v, str) else None for v in data[column]]
    return data[column]


def _take(data, rows: list[int], format: str):
    if format == "arrow":
        return data.take(rows)
    if format == "pandas":
        return data.iloc[rows].reset_index(drop=True)
    return data.select(rows)


def validate(obj, config: str | None = None, version: str | None = None, dist_dir=None, strict: bool = False):
    """Validate a DataFrame, a Parquet file or a version folder against the contract.

    ``version`` pins the published contract (``"1.0.1"``) to check against; default this package's.
    The contract's columns are checked and extra columns are allowed; ``strict=True`` rejects them
    (and columns out of the contract's order). Returns the validated frame; raises
    :class:`DataValidationError` naming the file and every failing column, row and check.
    Needs the ``validate`` extra.
    """
    try:
        from russia_israel_news.validation import validate as _validate
    except ImportError as err:
        raise ImportError("validate() needs the validate extra: pip install 'russia-israel-news[validate]'") from err
    return _validate(obj, config=config, version=version, dist_dir=dist_dir, strict=strict)


def __getattr__(name):  # the error class and the schema need pandera: import them only when asked for
    try:
        if name == "DataValidationError":
            return _importlib.import_module("russia_israel_news.validation").DataValidationError
        if name == "schema":
            return _importlib.import_module("russia_israel_news.schema")
    except ImportError as err:
        raise ImportError(f"russia_israel_news.{name} needs the validate extra: "
                          "pip install 'russia-israel-news[validate]'") from err
    raise AttributeError(f"module 'russia_israel_news' has no attribute {name!r}")


def __dir__():  # submodules bind themselves as attributes when imported; dir() shows the API only
    return sorted(__all__)

