"""Drift: every place that states a config's columns agrees with the contract's one table.

``russia_israel_news/contract.py`` declares the configs, their keys and one logical type per column;
the pandera models declare the same columns' checks. Everything else is generated from the contract:
the Arrow schema, the ``datasets`` features, the card's front matter and field table, Croissant's
fields. Each is read back here (as the code generates it, and as the current published version
holds it) and compared with the contract, column by column, so a column added, dropped, moved or
retyped in one place only fails.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pandera.pandas as pandera
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from pandera.engines import pandas_engine
from pandera.typing import Series

import russia_israel_news as rin
from build_dataset.publish import card, croissant
from build_dataset.read.facts import Facts
from conftest import DEV_INSTALL, DIST, ROOT, need
from russia_israel_news import contract, schema as models


def _pandera_dtype(name: str) -> str:
    return str(pandas_engine.Engine.dtype(name))  # "str" is string[pyarrow] or str, as pandas has it


#: How each place writes a contract column (None: the place does not state nullability).
EXPECTED = {
    "pandera model": lambda c: (c.name, _pandera_dtype(c.logical.pandera), c.nullable),
    "Arrow schema": lambda c: (c.name, pa.type_for_alias(c.logical.arrow), c.nullable),
    "datasets features": lambda c: (c.name, c.logical.arrow, None),
    "card front matter": lambda c: (c.name, c.logical.arrow, None),
    "card field table": lambda c: (c.name, c.logical.card, c.nullable),
    "Croissant fields": lambda c: (c.name, c.logical.croissant, None),
}


def _front_matter(text: str) -> dict:
    return yaml.safe_load(text.split("---\n")[1])


def _table_rows(text: str) -> list[tuple]:
    """``| `name` | type | yes/no | description |`` rows -> (name, type, nullable)."""
    rows = []
    for line in text.splitlines():
        if line.startswith("| `"):
            name, kind, nullable = (cell.strip() for cell in line.split(" | ")[:3])
            rows.append((name.strip("|` "), kind, nullable == "yes"))
    return rows


def _card_field_table(readme: str, config: str) -> str:
    """The field table of ``config`` in a published card (its ``### `config``` section under ``## Fields``)."""
    section = readme.split("## Fields\n", 1)[1].split(f"### `{config}`\n", 1)[1]
    return section.lstrip("\n").split("\n\n", 1)[0]


def _generated() -> dict:
    """The card's front matter and field tables and croissant.json, as this checkout generates them."""
    stats = {"languages": {"en": 1}, "rows": {c: 1 for c in contract.CONFIGS}, "nbytes": {c: 1 for c in contract.CONFIGS}}
    parquet = {f"{c}/train-00000-of-00001.parquet": "0" * 64 for c in contract.CONFIGS}
    return {
        "front matter": _front_matter(card.front_matter(Facts(), "0.0.0", stats)),
        "field tables": {c: card._field_table(c) for c in contract.CONFIGS},
        "croissant": json.loads(croissant.render(Facts(), "0.0.0", "2026-01-01", "c", parquet, ["en"], {})),
    }


def _published(folder) -> dict:
    readme = (folder / "README.md").read_text(encoding="utf-8")
    return {
        "front matter": _front_matter(readme),
        "field tables": {c: _card_field_table(readme, c) for c in contract.CONFIGS},
        "croissant": json.loads((folder / "croissant.json").read_text(encoding="utf-8")),
    }


def _statements(config: str, docs: dict, folder=None) -> dict[str, list[tuple]]:
    """Each place's columns of ``config``: (name, the place's type, nullable or None)."""
    import datasets

    model = models.MODELS[config].to_schema().columns
    if folder is None:
        arrow = contract.arrow_schema(config)
        features = contract.features(config)
    else:
        arrow = pq.read_schema(next((folder / config).glob("*.parquet"))).remove_metadata()
        info = json.loads((folder / "hf" / config / "dataset_info.json").read_text(encoding="utf-8"))
        features = datasets.Features.from_dict(info["features"])
    info = {i["config_name"]: i for i in docs["front matter"]["dataset_info"]}
    record_set = {r["@id"]: r for r in docs["croissant"]["recordSet"]}[config]
    return {
        "pandera model": [(name, str(col.dtype), col.nullable) for name, col in model.items()],
        "Arrow schema": [(f.name, f.type, f.nullable) for f in arrow],
        "datasets features": [(name, f.dtype, None) for name, f in features.items()],
        "card front matter": [(f["name"], f["dtype"], None) for f in info[config]["features"]],
        "card field table": _table_rows(docs["field tables"][config]),
        "Croissant fields": [(f["name"], f["dataType"], None) for f in record_set["field"]],
    }


def drift(docs: dict, folder=None) -> list[str]:
    """Every disagreement between the contract and a place that states the columns, one a line."""
    problems = []
    for config in contract.CONFIGS:
        for place, stated in _statements(config, docs, folder).items():
            expected = [EXPECTED[place](c) for c in contract.columns(config)]
            if stated != expected:
                extra = [s for s in stated if s not in expected]
                missing = [e for e in expected if e not in stated]
                problems.append(f"{config}: the {place} differs from the contract "
                                f"(only in the {place}: {extra}; only in the contract: {missing})")
    return problems


def test_every_place_agrees_with_the_contract():
    assert drift(_generated()) == []


@pytest.fixture()
def published(version):
    folder = DIST / version
    need((folder / "manifest.json").is_file(), f"the published version dist/{version}",
         f"build it with {DEV_INSTALL} && python3 -m build_dataset build")
    return folder


def test_the_published_version_agrees_with_the_contract(published):
    assert drift(_published(published), published) == []


def _places(problems: list[str]) -> list[str]:
    return [p.split(" (")[0] for p in problems]


def test_a_column_added_to_the_contract_only_is_caught(monkeypatch, published):
    column = contract.Column("section", "string", nullable=True)
    monkeypatch.setitem(contract.COLUMNS, "articles", contract.COLUMNS["articles"] + (column,))
    with pytest.raises(ValueError, match="declare each column in both"):  # no card or Croissant is generated
        _generated()
    assert _places(drift(_published(published), published)) == [
        f"articles: the {place} differs from the contract" for place in EXPECTED]


def test_a_column_added_to_the_pandera_model_only_is_caught(monkeypatch, published):
    class Wider(models.Article):
        section: Series[str] = pandera.Field(nullable=True, description="A section.")

    monkeypatch.setitem(models.MODELS, "articles", Wider)
    with pytest.raises(ValueError, match="declare each column in both"):
        _generated()
    problems = drift(_published(published), published)
    assert _places(problems) == ["articles: the pandera model differs from the contract"]
    assert "only in the pandera model: [('section', " in problems[0]


def test_a_retyped_column_is_caught(monkeypatch):
    columns = tuple(contract.Column(c.name, "string", c.nullable) if c.name == "line_no" else c
                    for c in contract.COLUMNS["lines"])
    monkeypatch.setitem(contract.COLUMNS, "lines", columns)
    problems = drift(_generated())
    assert _places(problems) == ["lines: the pandera model differs from the contract"]
    assert "only in the pandera model: [('line_no', 'int64', False)]" in problems[0]


def test_datasets_features_are_what_datasets_infers_from_the_arrow_schema():
    import datasets

    for config in contract.CONFIGS:
        assert contract.features(config) == datasets.Features.from_arrow_schema(contract.arrow_schema(config))


def test_configs_agree_everywhere(version):
    docs = _generated()
    assert tuple(models.MODELS) == contract.CONFIGS
    assert rin.CONFIGS is contract.CONFIGS and contract.DEFAULT_CONFIG == contract.CONFIGS[0]
    assert tuple(contract.KEYS) == contract.CONFIGS
    configs = docs["front matter"]["configs"]
    assert [c["config_name"] for c in configs] == list(contract.CONFIGS)
    assert [c["config_name"] for c in configs if c.get("default")] == [contract.DEFAULT_CONFIG]
    assert [i["config_name"] for i in docs["front matter"]["dataset_info"]] == list(contract.CONFIGS)
    assert [r["@id"] for r in docs["croissant"]["recordSet"]] == list(contract.CONFIGS)
    assert sorted(p.stem for p in (ROOT / "schema" / version).glob("*.yaml")) == sorted(contract.CONFIGS)


@pytest.mark.parametrize("config", contract.CONFIGS)
def test_keys_are_non_null_columns_that_pandera_and_croissant_hold_unique(config):
    key = contract.KEYS[config]
    by_name = {c.name: c for c in contract.columns(config)}
    assert all(k in by_name and not by_name[k].nullable for k in key), key
    model = models.MODELS[config].to_schema()
    assert model.unique == list(key) or (len(key) == 1 and model.columns[key[0]].unique and not model.unique)
    record_set = {r["@id"]: r for r in _generated()["croissant"]["recordSet"]}[config]
    stated = record_set["key"] if isinstance(record_set["key"], list) else [record_set["key"]]
    assert stated == [{"@id": f"{config}/{k}"} for k in key]


def test_the_type_table_is_complete_and_each_arrow_name_is_a_pyarrow_type():
    import datasets

    used = {c.type for config in contract.CONFIGS for c in contract.columns(config)}
    assert used <= set(contract.TYPES)
    for name, kind in contract.TYPES.items():
        arrow = pa.type_for_alias(kind.arrow)
        assert arrow in (pa.string(), pa.int64(), pa.date32()), name  # never large_string
        assert datasets.Value(kind.arrow).pa_type == arrow
        assert kind.croissant.startswith("sc:")
    assert len({k.arrow for k in contract.TYPES.values()}) == len(contract.TYPES)
    with pytest.raises(ValueError, match="unknown config"):
        contract.columns("comments")


def test_the_contract_and_the_package_import_with_the_standard_library_only():
    code = ("import sys, russia_israel_news, russia_israel_news.contract; "
            "print(sorted({'pyarrow', 'pandas', 'pandera', 'datasets', 'yaml'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
