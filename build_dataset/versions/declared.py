"""The dataset's version: stated in pyproject.toml only, read from there (or, installed, from metadata)."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

PROJECT = "russia-israel-news"
_PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _pyproject() -> dict:
    data = tomllib.loads(_PYPROJECT.read_text(encoding="utf-8")) if _PYPROJECT.is_file() else {}
    return data if data.get("project", {}).get("name") == PROJECT else {}


def _tool() -> dict:
    return _pyproject().get("tool", {}).get("russia-israel-news", {})


def released() -> str:
    """The release date of the current version (pyproject.toml, [tool.russia-israel-news] released)."""
    return _tool().get("released", "unreleased")


def why() -> str | None:
    """Why the current version exists: what changed in the cleaner or the data, and its measured effect
    (pyproject.toml, [tool.russia-israel-news] why; written with the version, like its date)."""
    text = _tool().get("why")
    return " ".join(text.split()) if isinstance(text, str) and text.strip() else None


def current() -> str:
    """The version in the source checkout's pyproject.toml, else the installed distribution's."""
    if _PYPROJECT.is_file():
        data = tomllib.loads(_PYPROJECT.read_text(encoding="utf-8"))
        if data.get("project", {}).get("name") == PROJECT:
            return data["project"]["version"]
    return metadata.version(PROJECT)
