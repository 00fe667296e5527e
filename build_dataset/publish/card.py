"""The dataset card (README.md of a version folder), generated from the contract, the schema and the build's statistics."""

from __future__ import annotations

import json
import re
from importlib import resources

import yaml

from build_dataset.clean.rules import REGISTRY
from build_dataset.read.facts import Facts
from build_dataset.shard.serialise import shard_path
from build_dataset.shard.stats import SAMPLE_CHARS, SAMPLE_FIELDS
from russia_israel_news.contract import CONFIGS, DEFAULT_CONFIG, WITHHELD, card_features, columns
from russia_israel_news.personal import TOKENS
from russia_israel_news.schema import LINE_LABELS, descriptions



def citation(facts: Facts, version: str, released: str) -> str:
    """The BibTeX entry of a version (card and Croissant): authors, title, version, year and URL from ``facts``."""
    key = re.sub(r"\W+", "_", f"{facts.name}_{version}")
    year = facts.citation.year or (released[:4] if released[:4].isdigit() else None)
    fields = [("author", " and ".join(facts.citation.authors)), ("title", f"{facts.pretty_name} (version {version})"),
              ("howpublished", f"\\url{{{facts.citation.url}}}" if facts.citation.url.startswith("http") else facts.citation.url),
              ("note", f"Version {version}"), ("year", str(year) if year else None)]
    body = ",\n".join(f"  {name:<12} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{key},\n{body}\n}}"


def _size_category(n: int) -> str:
    return "n<1K" if n < 1_000 else "1K<n<10K" if n < 10_000 else "10K<n<100K" if n < 100_000 else "100K<n<1M"


def front_matter(facts: Facts, version: str, stats: dict) -> str:
    meta = {
        "pretty_name": facts.pretty_name,
        "license": facts.license.id,
        **({"license_name": facts.license.name} if facts.license.id == "other" else {}),
        "language": list(stats["languages"]),
        "size_categories": [_size_category(stats["rows"]["articles"])],
        "task_categories": list(facts.task_categories),
        "tags": list(facts.keywords),
        "version": version,
        "configs": [
            {"config_name": config, **({"default": True} if config == DEFAULT_CONFIG else {}),
             "data_files": [{"split": "train", "path": f"{config}/train-*.parquet"}]}
            for config in CONFIGS
        ],
        "dataset_info": [
            {"config_name": config, "features": card_features(config),
             "splits": [{"name": "train", "num_bytes": stats["nbytes"][config], "num_examples": stats["rows"][config]}]}
            for config in CONFIGS
        ],
    }
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=120) + "---\n"


def _cell(value) -> str:
    text = "null" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _field_table(config: str) -> str:
    rows = ["| field | type | nullable | description |", "|---|---|---|---|"]
    described = descriptions(config)
    for col in columns(config):
        description = _cell(described[col.name])
        rows.append(f"| `{col.name}` | {col.logical.card} | {'yes' if col.nullable else 'no'} | {description} |")
    return "\n".join(rows)


def _rule_table(counts: dict) -> str:
    rows = ["| rule | label | lines decided | what it decides |", "|---|---|---:|---|"]
    for rule in REGISTRY.values():
        rows.append(f"| `{rule.id}` | {rule.label} | {counts.get(rule.id, 0)} | {_cell(rule.description)} |")
    return "\n".join(rows)


def _sample(row: dict | None) -> str:
    if row is None:
        return "No records."
    text = row["text"]
    excerpt = text[:SAMPLE_CHARS] + ("…" if len(text) > SAMPLE_CHARS else "")
    lines = [f"- **{k}**: {_cell(row[k])}" for k in SAMPLE_FIELDS]
    return "\n".join(lines) + "\n\n> " + excerpt.replace("\n\n", "\n>\n> ")


def _model_kb(name: str) -> int:
    """The size of a shipped model file, in kB (rounded)."""
    return round(len((resources.files("build_dataset") / "data" / name).read_bytes()) / 1000)


def quality() -> str:
    """The measured quality of the shipped cleaner, from the evaluation shipped with its models."""
    path = resources.files("build_dataset") / "data" / "quality.json"
    if not path.is_file():
        return "No evaluation of this cleaner is recorded."
    q = json.loads(path.read_text(encoding="utf-8"))
    groups = q["groups"]
    rows = "\n".join(f"| {name} | {g['n']} | {g['precision']:.3f} | {g['recall']:.3f} | {g['f1']:.3f} |"
                     for name, g in groups.items())
    return (f"Measured on the 1,001 pages of the project's dev benchmark (plain text with gold article bodies), "
            f"with the article-extraction-benchmark metric (word 4-gram precision and recall, macro over pages), "
            f"by {q['method']}: F1 **{q['f1']:.3f}**, {q['empty']} empty output(s) in {q['pages']} pages.\n\n"
            f"| pages | n | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n{rows}\n\n"
            f"{_multi_quality(q.get('multi'))}"
            "For comparison on the same pages: keeping everything 0.782, jusText 0.848, a C4-style line filter 0.847, "
            "trafilatura on the original HTML 0.930.")


def _multi_quality(groups: dict | None) -> str:
    """The same cross-validation's figures on the many-language dev file, when recorded."""
    if not groups:
        return ""
    read, snip = groups["src:readability"], groups["src:trafilatura-eval"]
    return (f"On the many-language dev file, by the same cross-validation (its hosts in the same folds): "
            f"{int(read['n'])} pages of Readability's test suite F1 **{read['F1']:.3f}**; {int(snip['n'])} pages of "
            f"trafilatura's evaluation set keep {snip['with']:.3f} of the snippets that must stay and remove "
            f"{snip['w/out']:.3f} of those that must go.\n\n")


def clusters_section(stats: dict) -> str:
    """The card's account of the cluster columns: how they are made, their thresholds, their measured quality."""
    from build_dataset.shard import clusters as c

    path = resources.files("build_dataset") / "data" / "stories_quality.json"
    q = json.loads(path.read_text(encoding="utf-8"))
    n = stats["rows"]["articles"]
    return (f"`near_duplicate_of` names the record this one nearly duplicates: the same text republished or scraped "
            f"again (wire copy with another header and footer, a cut last paragraph, a few words changed). Each record's "
            f"text is lower-cased and cut into words; a MinHash of its word {c.SHINGLE}-shingles (rensa's "
            f"RMinHash, algorithm version {c.MINHASH_ALGORITHM}, {c.NUM_PERM} permutations, seed {c.SEED}) estimates the Jaccard similarity of two texts, and "
            f"two records are near duplicates when at least {c.NEAR_AGREE} of the {c.NUM_PERM} values agree (an "
            f"estimate of at least {c.NEAR_AGREE / c.NUM_PERM:.2f}). Near duplicates are linked into clusters; the "
            f"first record of a cluster in id order is its original, with `near_duplicate_of` null, and every other "
            f"names it. `load(dedup=\"near\")` keeps the originals.\n\n"
            f"`story_id` names the story a record reports: records of one event share it, whatever the outlet or "
            f"wording. Two records are of one story when they are near duplicates, or when their story words (the "
            f"content words, cut to {c.STEM} letters, of the title and the text's first {c.LEAD_WORDS} words) have a "
            f"Jaccard similarity of at least {c.STORY_JACCARD.numerator}/{c.STORY_JACCARD.denominator} or their "
            f"titles' content words one of at least {c.TITLE_JACCARD.numerator}/{c.TITLE_JACCARD.denominator}, unless "
            f"both state dates more than {c.STORY_DAYS} days apart; stories are linked into clusters, each named by its "
            f"smallest `id`, so a record added later renames a story only when its id is smaller than the story's or it links two stories. "
            f"The similarities are exact fractions of word counts: no rounding decides a link. "
            f"`load(split_by=\"story\")` gives a train/test split in which no story crosses. The story words use an "
            f"English stop-word list: stories in other languages are linked less reliably.\n\n"
            f"In this version: {stats['near_duplicates']} of {n} records are near duplicates, and the {n} records "
            f"report {stats['story_heads']} stories.\n\n"
            f"Measured on the project's labelled set ({q['records']} records in {q['stories']} stories: the seeds, "
            f"articles written for it and their near-duplicate variants; `benchmarks/stories/` in the source "
            f"repository, with its labelling rule), pairwise over the records put in one cluster:\n\n"
            f"| column | labelled pairs | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n"
            f"| `story_id` | {q['story_pairs']} | {q['story_id']['precision']:.3f} | {q['story_id']['recall']:.3f} | "
            f"{q['story_id']['f1']:.3f} |\n"
            f"| `near_duplicate_of` | {q['near_pairs']} | {q['near_duplicate_of']['precision']:.3f} | "
            f"{q['near_duplicate_of']['recall']:.3f} | {q['near_duplicate_of']['f1']:.3f} |\n\n"
            f"The thresholds were chosen on this set, which is small: read these figures as a check, not a promise.")


#: The card lists at most this many source pages (the manifest lists every one).
MAX_SEED_ROWS = 50


def personal_information(stats: dict, keep_personal_text: bool) -> str:
    """The policy on personal data, with this version's counts (the card's section and Croissant's RAI field)."""
    withheld, masked = stats["withheld"], stats["masked"]
    reasons = "; ".join(f"{what} (`{reason}`: {withheld.get(reason, 0)} lines)" for reason, what in WITHHELD.items())
    tokens = " and ".join(f"`{token}`" for token in TOKENS.values())
    counts = ", ".join(f"{kind} {masked.get(kind, 0)}" for kind in TOKENS)
    text = (f"The `lines` config publishes the text of the article's lines and of page furniture, but withholds the "
            f"text of third-party personal content: {reasons}. Such a row keeps its `line_no`, `label` and `rule`; "
            f"its `text` is null, `text_sha256` is the sha256 of the withheld text (anyone who holds the raw page can "
            f"check it) and `withheld` names the reason. Readers and people named in boxes did not publish for this "
            f"dataset, and their names and words are personal data (GDPR), so they are not republished. "
            f"E-mail addresses and phone numbers left in an article's text are masked as {tokens} ({counts} in this "
            f"version). The raw text is in the seeds (`seeds/` of the source repository), under their publishers' terms.")
    if keep_personal_text:
        text += (" This is a private build (`build --keep-personal-text`): its `lines` config publishes the withheld "
                 "text as well, still marked by `withheld` and `text_sha256`; do not redistribute it.")
    return text



def _counted(counts: dict[str, int]) -> str:
    """``{"en": 4, "de": 1}`` -> "en (4), de (1)": most first, then by name."""
    return ", ".join(f"{k} ({n})" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"


def _bullets(items) -> str:
    return "\n".join(f"- {item}" for item in items)


def limitations(facts: Facts, stats: dict) -> list[str]:
    """What the card says the data cannot support: computed from the records, then what ``facts`` declare."""
    n, publishers, languages = stats["rows"]["articles"], stats["publishers"], stats["languages"]
    years = sorted({d[:4] for d in stats["dates"]}) if stats["dates"] else []
    span = f"dated {'–'.join(years)}" if years else "with no stated dates"
    scope = f"one topic ({facts.topic})" if facts.topic else "no declared topic"
    return [
        f"{n} article(s), {scope}, {len(publishers)} named publisher(s), {span}, languages {_counted(languages)}: "
        f"statistics from it do not generalise.",
        *facts.uses.limitations,
        "The cleaner (general rules and two small models, none fitted to these pages) can still misjudge a line; "
        "the `lines` config shows every decision and the rule or model that made it, so errors can be found and "
        "reported.",
        "The models learnt mostly from English and German web pages (WCXB, Readability's and trafilatura's test "
        "pages); pages in other languages or layouts may be cleaned worse.",
        "Author, date and publisher are null wherever the page does not state them.",
        "A title is null where the page has an article but no line that can be its headline: publishing the "
        "article without one is better than dropping it or naming it after a banner, dateline or menu line.",
    ]


def render(facts: Facts, version: str, released: str, stats: dict, seeds: dict[str, dict], notes: str,
           shards: int = 1, keep_personal_text: bool = False) -> str:
    """The card of a version whose records have the statistics ``stats`` (see :mod:`build_dataset.shard.stats`)."""
    rule_counts, label_counts = stats["rules"], stats["labels"]
    removed = sum(n for label, n in label_counts.items() if label not in ("title", "body", "blank"))
    publishers, languages, words = stats["publishers"], stats["languages"], stats["words"]
    n_articles, n_lines = stats["rows"]["articles"], stats["rows"]["lines"]
    date_range = f"{stats['dates'][0]} to {stats['dates'][1]}" if stats["dates"] else "not stated"
    files = [shard_path(c) if shards == 1 else f"{c}/train-*-of-{shards:05d}.parquet" for c in stats["rows"]]
    shown = list(seeds.items())[:MAX_SEED_ROWS]
    seed_rows = "\n".join(f"| `{name}` | {info['size']} | `{info['sha256'][:16]}…` |" for name, info in shown)
    if len(seeds) > len(shown):
        seed_rows += f"\n| … and {len(seeds) - len(shown)} more (every page is in `manifest.json`) | | |"
    label_row = ", ".join(f"{label} {label_counts.get(label, 0)}" for label in LINE_LABELS)
    return f"""{front_matter(facts, version, stats)}
# {facts.pretty_name} (version {version})

{facts.summary} Two configs:

- `articles` (default): one record per page — title, body text, author, date, publisher, hashes and counts.
- `lines`: every raw line of every page, with the label and the id of the rule that decided it — the
  audit trail, and a small training set for line classifiers.

```python
import russia_israel_news as rin
ds = rin.load(version="{version}")                 # datasets.Dataset
lines = rin.load(version="{version}", config="lines", format="pandas")
# or, with only `datasets`:
from datasets import load_dataset
ds = load_dataset("path/to/{version}", "articles", split="train")
```

## Release notes

{notes.replace("## ", "### ", 1).strip()}

## Sample record

{_sample(stats['sample'])}

## Statistics

| | |
|---|---|
| articles | {n_articles} |
| words in article texts | {words} |
| raw lines | {n_lines} ({label_row}) |
| lines removed from the article | {removed} (boilerplate, byline and date lines) |
| publication dates | {date_range} ({stats['dated']} of {n_articles} articles state one) |
| publishers named | {", ".join(publishers) if publishers else "none"} |
| languages | {_counted(languages)} |
| stories | {stats['story_heads']} (`story_id`) |
| near duplicates | {stats['near_duplicates']} (`near_duplicate_of` set) |

## Sources

{len(seeds)} web pages scraped as plain text, one file per page in `seeds/` of the source repository. Each record's
`id` is its file's stem and never changes across versions; `source_sha256` pins the exact raw bytes.

| seed file | bytes | sha256 |
|---|---:|---|
{seed_rows}

## How the data was cleaned

Each page is decoded (UTF-8; repairs are recorded in `manifest.json`), repaired with ftfy (mojibake and
control characters; curly quotes and dashes are kept; a non-breaking space becomes a space) and split into
lines. Every line then gets exactly one label and the id of the rule that decided it: line rules first
(phrase lists grouped by concept, matched as whole words), then page rules (comment sections, related-article
lists); then a body classifier keeps the article's lines among those left (the article ends at the first share
bar, comment prompt or related-articles list below the middle of its text), and a headline picker chooses the
headline above them; what is left is page furniture, named by where it stands. The article text
is the `body` lines joined by one blank line; nothing is added or rewritten. Author, date and publisher are
read only from lines the page states (a byline, a dateline, a footer naming the site); otherwise they are null.

The body classifier and the headline picker are small models (a two-stage network over line shape and
context, {_model_kb("body_model.json")} KB of JSON; a linear ranker over candidate lines) trained on the dev
split of the Web Content Extraction Benchmark (WCXB; 685 pages, CC-BY-4.0; credit to its authors); both also
on the real pages of Mozilla Readability's test suite (67 pages, Apache-2.0; its extractions as gold) and of
trafilatura's evaluation set (924 pages in many languages, Apache-2.0; for the body classifier only the lines
holding its kept or removed snippets, for the headline picker the pages' titles), credit to their authors; the
body classifier also on each training page's gold article laid out as the cleaner writes its output, so that
cleaning an article again keeps it; never on the seeds' text or on the research-only L3S-GN1 pages.
Training is reproducible from `training/` in the source repository.

{quality()}

Lines decided by each rule (every `boilerplate`, `byline` and `date` line is removed from the article text):

{_rule_table(rule_counts)}

## Near duplicates and stories

{clusters_section(stats)}

## Fields

### `articles`

{_field_table("articles")}

### `lines`

{_field_table("lines")}

Every record is validated against the pandera models in `russia_israel_news.schema` (exported to `schema/`):
unique ids, non-empty text (and title, where there is one), hashes and counts that match the text, plausible dates; and, page by page
before its records are made, an article that the cleaner would not change if it cleaned it again.

## Personal and sensitive information

{personal_information(stats, keep_personal_text)}

## Uses

Intended:

{_bullets(facts.uses.intended)}

Out of scope:

{_bullets(facts.uses.out_of_scope)}

## Limitations and biases

{_bullets(limitations(facts, stats))}

## License and copyright

{facts.license.note}

## Citation

```bibtex
{citation(facts, version, released)}
```

Files: {", ".join(f"`{f}`" for f in files)}, a `datasets` `save_to_disk` copy in `hf/`, the contract
in `schema/`, Croissant 1.0 metadata in `croissant.json`, and `manifest.json` with the sha256 of every file.
"""
