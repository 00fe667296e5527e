"""Wheel build hook: bundle every published version of the data up to the package's version.

Each ``dist/<version>/`` with a manifest, from the first up to the version in pyproject.toml, is copied into
the wheel as ``russia_israel_news/data/<version>/``, so ``load(version=...)`` and ``validate(version=...)`` can pin
any of them; the loader finds them with importlib.resources.
"""

import re
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


class BundleData(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        if self.target_name != "wheel" or version == "editable":
            return
        dataset_version = self.metadata.version
        dist = Path(self.root) / "dist"
        if not (dist / dataset_version / "manifest.json").is_file():
            raise RuntimeError(f"{dist / dataset_version} is not a published version (no manifest.json): "
                               "run 'build-dataset build' before building the wheel")
        for folder in sorted(dist.iterdir()):
            # staging folders and unpublished (newer) versions stay out
            if (re.fullmatch(r"\d+\.\d+\.\d+", folder.name) and (folder / "manifest.json").is_file()
                    and _key(folder.name) <= _key(dataset_version)):
                build_data["force_include"][str(folder)] = f"russia_israel_news/data/{folder.name}"
