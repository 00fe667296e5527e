"""croissant.json: MLCommons Croissant 1.0 metadata of a version folder, generated from the contract.

One FileObject (with its sha256) per Parquet file, one RecordSet per config whose fields, types and
key come from :mod:`russia_israel_news.contract` and descriptions from the pandera models; name,
license, creators, URL and citation from the corpus's declared facts (:mod:`build_dataset.read.facts`);
the Responsible-AI fields (``rai:``) from those facts, the cleaner's rule ids and the records. Written
by hand (it is plain JSON-LD); the tests check it with ``mlcroissant`` (validation, and loading
the records).
"""

from __future__ import annotations

import json

from build_dataset.read.facts import Facts
from russia_israel_news.contract import CONFIGS, KEYS, columns
from russia_israel_news.schema import MODELS, descriptions

CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


def rai(facts: Facts, rule_ids: list[str], limitations: list[str], personal_information: str) -> dict:
    """The Croissant RAI fields this project can answer: how the data was collected and cleaned, its limits and uses."""
    return {
        "rai:dataCollection": "Web pages scraped as plain text (one file per page); each record's source_sha256 pins "
                              "the raw bytes, and manifest.json lists every page.",
        "rai:dataCollectionType": "Web Scraping",
        "rai:dataPreprocessingProtocol": [
            "Decoded as UTF-8 (repairs recorded in manifest.json), Unicode repaired with ftfy, split into lines.",
            "Every line labelled by the first rule or model that decides it; the article is the body lines, nothing "
            "rewritten. Rule ids: " + ", ".join(rule_ids) + ".",
            "Every record validated against the pandera schema published in schema/.",
        ],
        "rai:dataBiases": list(facts.uses.limitations) or ["None declared beyond the limitations."],
        "rai:dataLimitations": limitations,
        "rai:dataUseCases": [*facts.uses.intended, *(f"Out of scope: {u}" for u in facts.uses.out_of_scope)],
        "rai:personalSensitiveInformation": personal_information,
        "rai:dataReleaseMaintenancePlan": "Versions are immutable and follow semantic versioning of datasets: a "
                                          "change to the records is a new version with release notes; ids never "
                                          "change across versions.",
    }


def render(facts: Facts, version: str, released: str, citation: str, parquet_files: dict[str, str],
           languages: list[str], rai_fields: dict) -> str:
    """The croissant.json text. ``parquet_files``: relative path -> sha256, for every Parquet file."""
    distribution, record_sets = [], []
    for config in CONFIGS:
        described = descriptions(config)
        files = sorted(path for path in parquet_files if path.startswith(f"{config}/"))
        if not files:
            raise ValueError(f"croissant: no Parquet file for config {config}")
        file_id = f"{config}-parquet"
        if len(files) == 1:  # one file: named, with its checksum
            source = "fileObject"
            distribution.append({
                "@type": "cr:FileObject", "@id": file_id, "name": file_id, "contentUrl": files[0],
                "encodingFormat": "application/x-parquet", "sha256": parquet_files[files[0]],
            })
        else:  # shards: a file set (each file's checksum is in manifest.json)
            source = "fileSet"
            distribution.append({
                "@type": "cr:FileSet", "@id": file_id, "name": file_id, "encodingFormat": "application/x-parquet",
                "includes": f"{config}/train-*.parquet",
            })
        fields = [{
            "@type": "cr:Field", "@id": f"{config}/{col.name}", "name": col.name,
            "description": described[col.name], "dataType": col.logical.croissant,
            "source": {source: {"@id": file_id}, "extract": {"column": col.name}},
        } for col in columns(config)]
        keys = [{"@id": f"{config}/{k}"} for k in KEYS[config]]
        record_sets.append({
            "@type": "cr:RecordSet", "@id": config, "name": config, "description": (MODELS[config].__doc__ or "").strip(),
            "key": keys[0] if len(keys) == 1 else keys, "field": fields,
        })
    doc = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "name": facts.name,
        "description": facts.summary,
        "conformsTo": CONFORMS_TO,
        "citeAs": citation,
        "creator": [{"@type": "sc:Organization", "name": author} for author in facts.citation.authors],
        "url": facts.citation.url,
        "datePublished": released,
        "license": facts.license.note,
        "version": version,
        "inLanguage": languages,
        "keywords": list(facts.keywords),
        **rai_fields,
        "distribution": distribution,
        "recordSet": record_sets,
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
