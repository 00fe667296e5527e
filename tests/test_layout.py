"""The builder's layout: no module imports one that stands later in the data's flow."""

from __future__ import annotations

import ast

from conftest import ROOT

STAGES = ("read", "clean", "shard", "publish", "versions")  # the flow's order; the commands stand above them


def _stage(module: str) -> int:
    parts = module.split(".")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else len(STAGES)


def _imports(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("build_dataset"):
            if node.module == "build_dataset":
                yield from (f"build_dataset.{alias.name}" for alias in node.names)
            else:
                yield node.module
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("build_dataset"))


def test_no_module_imports_a_later_stage():
    package = ROOT / "build_dataset"
    modules = sorted(package.rglob("*.py"))
    assert len(modules) > 30
    upward = []
    for path in modules:
        me = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        upward += [f"{me} -> {m}" for m in _imports(path) if _stage(m) > _stage(me)]
    assert upward == []


def test_every_stage_is_a_package_and_nothing_else_stands_at_the_top():
    package = ROOT / "build_dataset"
    for stage in STAGES:
        assert (package / stage / "__init__.py").is_file(), stage
    top = sorted(p.name for p in package.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "build.py", "cli.py", "progress.py", "verify.py"]
