"""Wheel build hook: bundle the published data of exactly the package's version.

``dist/<version>/`` (the version in pyproject.toml) is copied into the wheel as
``russia_israel_news/data/<version>/``; the loader finds it with importlib.resources.
"""

from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class BundleData(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        if self.target_name != "wheel" or version == "editable":
            return
        dataset_version = self.metadata.version
        folder = Path(self.root) / "dist" / dataset_version
        if not (folder / "manifest.json").is_file():
            raise RuntimeError(
                f"{folder} is not a published version (no manifest.json): run 'build-dataset build' before building the wheel"
            )
        build_data["force_include"][str(folder)] = f"russia_israel_news/data/{dataset_version}"
