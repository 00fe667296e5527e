"""The audit page (``audit/index.html``): every line of every article with the label and rule that decided it.

One static HTML file with inline CSS and no script: an overview (counts per label and per rule as SVG bars, the
cleaner's quality from the card, a link per article), then each article's raw page line by line. A line's label and
rule show as a coloured text tag whose rule description appears on hover and focus; removed lines are struck
through; a line whose text is withheld shows its tag and reason, never text. The rule filter is a ``<select>``
read by CSS (``:has(option:checked)``), so reading and filtering need no JavaScript. The page is made from a
version folder's Parquet files and card (as the build stages them, or as published) or from
``build-dataset clean --jsonl`` output, streamed shard by shard; the same input gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TextIO

import pyarrow.parquet as pq

from build_dataset.clean.rules import REGISTRY
from russia_israel_news import contract
from russia_israel_news.schema import LINE_LABELS

#: The audit page's path inside a version folder.
PAGE = "audit/index.html"

#: Labels whose lines are not part of the article text (struck through on the page).
REMOVED = ("byline", "date", "boilerplate")


@dataclass(frozen=True)
class Line:
    no: int
    text: str | None     #: None: withheld
    label: str
    rule: str
    withheld: str | None = None
    text_sha256: str | None = None


@dataclass
class Article:
    id: str
    title: str | None    #: null when the page has no line that can be its headline
    meta: list[tuple[str, str]]   #: (field, value) of the metadata that is set
    lines: list[Line]


# -- sources: a version folder's Parquet, or clean's JSON lines; each a function giving the articles in order --

def from_folder(folder: Path) -> Callable[[], Iterator[Article]]:
    """The articles of a version folder (staged or published), read one Parquet shard of each config at a time."""
    pairs = list(zip(sorted((folder / "articles").glob("*.parquet")), sorted((folder / "lines").glob("*.parquet"))))
    if not pairs:
        raise FileNotFoundError(f"{folder}: no Parquet files under articles/ and lines/")

    def articles() -> Iterator[Article]:
        for art_path, lines_path in pairs:
            groups = _lines_by_id(lines_path)
            group = next(groups, None)
            for a in pq.read_table(art_path).to_pylist():
                while group is not None and group[0] < a["id"]:  # both tables are sorted by id
                    group = next(groups, None)
                own = []
                if group is not None and group[0] == a["id"]:
                    own, group = group[1], next(groups, None)
                yield Article(a["id"], a["title"], _meta(a), own)
    return articles


#: Rows of a lines shard turned into Python objects at a time: a whole shard's rows at once were the build's
#: largest allocation after its workers had exited.
LINE_BATCH = 4096


def _lines_by_id(path: Path) -> Iterator[tuple[str, list[Line]]]:
    """(id, its lines) of a lines shard in the shard's order (sorted by id, then line number), read a batch at a time."""
    current, own = None, []
    for batch in pq.ParquetFile(path).iter_batches(batch_size=LINE_BATCH):
        for row in batch.to_pylist():
            if row["id"] != current:
                if current is not None:
                    yield current, own
                current, own = row["id"], []
            own.append(Line(row["line_no"], row["text"], row["label"], row["rule"], row.get("withheld"),
                            row.get("text_sha256")))
    if current is not None:
        yield current, own


def from_jsonl(path: Path) -> Callable[[], Iterator[Article]]:
    """The articles of ``build-dataset clean --jsonl`` output (its ``lines``: every line with label and rule)."""
    def articles() -> Iterator[Article]:
        with open(path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                record = json.loads(raw)
                if "lines" not in record:
                    raise ValueError(f"{path}:{n}: no 'lines' (made by an older 'build-dataset clean'? run it again)")
                yield Article(record["id"], record["title"], _meta(record),
                              [Line(x["line"], x["text"], x["label"], x["rule"]) for x in record["lines"]])
    return articles


def _meta(record: dict) -> list[tuple[str, str]]:
    return [(k, str(record[k])) for k in ("author", "published", "publisher", "language") if record.get(k)]


def quality_rows(card: str) -> list[list[str]]:
    """The rows of the card's quality table (pages, n, precision, recall, F1); [] when the card has none."""
    lines = card.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("| pages | n | precision | recall | F1 |"):
            rows = []
            for row in lines[i + 2:]:
                if not row.startswith("|"):
                    break
                rows.append([cell.strip() for cell in row.strip("|").split("|")])
            return rows
    return []


# -- the page --

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#111;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.5rem;border-top:2px solid #333;padding-top:.5rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{padding:.15rem .5rem;text-align:left;vertical-align:top}
th{border-bottom:1px solid #666}td.n{text-align:right;font-variant-numeric:tabular-nums}
.meta{color:#444;margin:.2rem 0 .6rem}.meta code{font-size:.85em}
.filter{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ccc;z-index:2}
ol.lines{list-style:none;padding:0;margin:0;font-family:ui-monospace,monospace;font-size:13px}
.line{display:grid;grid-template-columns:3rem 17rem 1fr;align-items:start;gap:.5rem;padding:.1rem .25rem;border-left:4px solid transparent}
.no{color:#555;text-align:right}.text{white-space:pre-wrap;overflow-wrap:anywhere}
.tag{position:relative;border-radius:3px;padding:0 .3rem;border:1px solid currentColor;cursor:help;
 justify-self:start;white-space:nowrap;font-size:12px}
.tag:focus{outline:2px solid #000;outline-offset:1px}
.tag:hover::after,.tag:focus::after{content:attr(title);position:absolute;left:0;top:1.4rem;z-index:3;width:24rem;
 background:#111;color:#fff;padding:.4rem .5rem;border-radius:3px;font:13px/1.35 system-ui,sans-serif;white-space:normal}
.l-title{border-left-color:#1f5fbf;font-weight:bold}.l-title .tag{color:#1f5fbf}
.l-body .tag{color:#2e6b30}
.l-byline,.l-date{border-left-color:#7a3b9a;font-style:italic;background:#f6effa}.l-byline .tag,.l-date .tag{color:#7a3b9a}
.l-boilerplate{border-left-color:#b3261e;background:#fbf0ef}.l-boilerplate .tag{color:#b3261e}
.removed .text{text-decoration:line-through;color:#666}
.l-blank{min-height:.6rem}.l-blank .tag{color:#777;font-size:11px}
.withheld{font-style:italic;color:#444;text-decoration:none!important}
svg.bar{vertical-align:middle}svg.bar rect{fill:#555}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
"""


def _filter_css(rules: Iterable[str]) -> str:
    """One pair of CSS rules per rule: when the filter selects it, other lines and articles without it are hidden."""
    return "".join(
        f'body:has(#rule-filter option[value="{t}"]:checked) .line:not(.r-{t}),'
        f'body:has(#rule-filter option[value="{t}"]:checked) article:not(:has(.r-{t})){{display:none}}\n'
        for t in sorted({_token(r) for r in rules}))


def _description(rule: str) -> str:
    known = REGISTRY.get(rule)
    return known.description if known else "(not a rule of this builder's registry)"


def _bar(n: int, most: int) -> str:
    width = round(200 * n / most) if most else 0
    return f'<svg class="bar" width="200" height="12" aria-hidden="true"><rect width="{width}" height="12"/></svg>'


def _token(value: str) -> str:
    """``value`` as it can stand in a class name, an id and a CSS selector."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", value)


def _anchor(article_id: str) -> str:
    return "a-" + _token(article_id)


def _line(line: Line) -> str:
    removed = line.label in REMOVED
    classes = f"line l-{_token(line.label)} r-{_token(line.rule)}" + (" removed" if removed else "")
    state = "removed" if removed else "kept" if line.label != "blank" else "blank"
    tag = (f'<span class="tag" tabindex="0" title="{escape(_description(line.rule))}" aria-describedby="d-{_token(line.rule)}">'
           f'{escape(line.label)} · {escape(line.rule)}<span class="vh"> ({state})</span></span>')
    if line.text is None or line.withheld:  # a private build's withheld text is published, but not shown here
        # The reasons' descriptions are the contract's where it has them (the privacy columns' versions).
        what = getattr(contract, "WITHHELD", {}).get(line.withheld, "")
        why = f": {line.withheld}" + (f" — {what}" if what else "") if line.withheld else ""
        sha = f"; sha256 {line.text_sha256}" if line.text_sha256 else ""
        text = f'<span class="text withheld">[text withheld{escape(why)}{sha}]</span>'
    else:
        text = f'<span class="text">{escape(line.text)}</span>'
    return f'<li class="{classes}"><span class="no">{line.no}</span>{tag}{text}</li>\n'


def _article(a: Article) -> str:
    meta = " · ".join(f"{k}: {escape(v)}" for k, v in a.meta)
    rows = "".join(_line(line) for line in a.lines)
    return (f'<article id="{_anchor(a.id)}" aria-labelledby="h-{_anchor(a.id)}">\n'
            f'<h2 id="h-{_anchor(a.id)}">{_title(a.title)}</h2>\n'
            f'<p class="meta"><code>{escape(a.id)}</code>{" · " + meta if meta else ""}</p>\n'
            f'<ol class="lines">\n{rows}</ol>\n</article>\n')


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _title(title: str | None) -> str:
    return escape(title) if title is not None else "<em>(no title)</em>"


#: A published version's page shows this many articles line by line (the first by id); its overview counts
#: every line. A page of a whole large corpus would be as large as the corpus and too large for a browser;
#: ``build-dataset audit`` writes every article.
PUBLISHED_ARTICLES = 1000


def write(out: TextIO, name: str, articles: Callable[[], Iterator[Article]], quality: list[list[str]],
          limit: int | None = None) -> None:
    """Write the audit page of ``articles`` (called twice: the overview's counts first, then the lines) to
    ``out``; with ``limit``, only the first ``limit`` articles are shown line by line."""
    labels, rules, index = Counter(), Counter(), []
    for a in articles():
        labels.update(line.label for line in a.lines)
        rules.update(line.rule for line in a.lines)
        index.append((a.id, a.title, len(a.lines), sum(line.label in REMOVED for line in a.lines)))
    order = sorted(rules, key=lambda r: (-rules[r], r))
    css = _CSS + _filter_css(rules)
    # No script, no fetch: the policy allows this page's one style element and nothing else.
    csp = f"default-src 'none'; style-src {_hash(css)}"
    out.write(f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
              f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
              f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              f'<title>Cleaning audit: {escape(name)}</title>\n<style>{css}</style>\n</head>\n<body>\n'
              f'<h1>Cleaning audit: {escape(name)}</h1>\n'
              f'<p>Every line of every page, with the label and the rule that decided it. Lines labelled '
              f'{", ".join(REMOVED)} are removed from the article text (struck through); focus or hover a tag for its '
              f'rule\'s description. Articles: <strong id="n-articles">{len(index)}</strong>; lines: '
              f'<strong id="n-lines">{sum(labels.values())}</strong>.</p>\n')
    shown = len(index) if limit is None else min(limit, len(index))
    if shown < len(index):
        out.write(f'<p id="shown">Line by line below: the first {shown} articles by id, of {len(index)}; the counts '
                  f'cover every line. <code>build-dataset audit</code> writes a page with every article.</p>\n')
    most = max(labels.values(), default=0)
    out.write('<h2 id="labels">Lines per label</h2>\n<table>\n<tr><th>label</th><th>lines</th><th></th></tr>\n')
    for label in [x for x in LINE_LABELS if x in labels] + sorted(set(labels) - set(LINE_LABELS)):
        out.write(f'<tr><td>{escape(label)}</td><td class="n">{labels[label]}</td><td>{_bar(labels[label], most)}</td></tr>\n')
    most = max(rules.values(), default=0)
    out.write('</table>\n<h2 id="rules">Lines per rule</h2>\n<table>\n'
              '<tr><th>rule</th><th>label</th><th>lines</th><th></th><th>what it decides</th></tr>\n')
    for r in order:
        label = REGISTRY[r].label if r in REGISTRY else ""
        out.write(f'<tr><td><code>{escape(r)}</code></td><td>{label}</td><td class="n">{rules[r]}</td>'
                  f'<td>{_bar(rules[r], most)}</td><td id="d-{_token(r)}">{escape(_description(r))}</td></tr>\n')
    out.write('</table>\n<h2 id="quality">Quality of the cleaner</h2>\n')
    if quality:
        out.write("<p>From the dataset card: word 4-gram precision, recall and F1 on the project's dev benchmark.</p>\n"
                  '<table>\n<tr><th>pages</th><th>n</th><th>precision</th><th>recall</th><th>F1</th></tr>\n')
        for row in quality:
            out.write("<tr>" + "".join(f'<td{" class=n" if i else ""}>{escape(c)}</td>' for i, c in enumerate(row))
                      + "</tr>\n")
        out.write("</table>\n")
    else:
        out.write("<p>No quality figures: the card states none.</p>\n")
    out.write('<h2 id="articles">Articles</h2>\n<table>\n<tr><th>article</th><th>lines</th><th>removed</th></tr>\n')
    for article_id, title, n, removed in index[:shown]:
        out.write(f'<tr><td><a href="#{_anchor(article_id)}">{_title(title)}</a> <code>{escape(article_id)}</code></td>'
                  f'<td class="n">{n}</td><td class="n">{removed}</td></tr>\n')
    options = "".join(f'<option value="{_token(r)}">{escape(r)} ({rules[r]})</option>' for r in order)
    out.write('</table>\n<div class="filter"><label for="rule-filter">Show only the lines of rule </label>'
              f'<select id="rule-filter"><option value="" selected>every rule</option>{options}</select></div>\n')
    for a in itertools.islice(articles(), shown):
        out.write(_article(a))
    out.write("</body>\n</html>\n")


def write_page(path: Path, name: str, articles: Callable[[], Iterator[Article]], quality: list[list[str]],
               limit: int | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        write(out, name, articles, quality, limit)
    return path


def write_for_folder(folder: Path, name: str) -> Path:
    """Write ``folder/audit/index.html`` from the folder's Parquet files and its card (README.md)."""
    card = folder / "README.md"
    quality = quality_rows(card.read_text(encoding="utf-8")) if card.is_file() else []
    return write_page(folder / PAGE, name, from_folder(folder), quality)
