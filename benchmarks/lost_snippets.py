"""Where the cleaner loses dev_multi's kept snippets: for each trafilatura-eval snippet that must stay in the article
and is missing from the cleaner's text, the rule id that decided the line holding it, where that line stands (before,
inside or after the article's span of body lines) and its position on the page (0 = first non-blank line, 1 = last).

    python3 benchmarks/lost_snippets.py                 # the table: rule, where, count, position quartiles
    python3 benchmarks/lost_snippets.py --every 2 --show page_trailer   # and each lost snippet of one rule

The shares printed first are those of score2.py's ``with`` and ``without`` (computed here in-process, so they can
differ from quality.py's by a snippet or two where the CLI's text differs)."""

from __future__ import annotations

import argparse
import collections
import gzip
import json
from pathlib import Path

from build_dataset.clean import cleaner

ROOT = Path(__file__).resolve().parents[1]


def norm(s: str) -> str:
    return " ".join(s.split())


def lost_snippets(rows: list[dict], batch: int = 50):
    """(kept, with, removed, without, lost): the counts of score2's snippet shares and, for each lost kept snippet,
    (page id, rule, where, position, words, line text)."""
    kept = n_with = removed = n_without = 0
    lost = []
    for k in range(0, len(rows), batch):
        part = rows[k:k + batch]
        for r, c in zip(part, cleaner.clean_texts([r["raw_text"] for r in part])):
            text = norm(c.text)
            filled = [i for i, ln in enumerate(c.lines) if ln.text]
            body = [i for i, d in enumerate(c.decisions) if d.label == "body"]
            for snippet in r.get("gold_without") or []:
                n_without += 1
                removed += norm(snippet) not in text
            for snippet in r.get("gold_with") or []:
                n_with += 1
                s = norm(snippet)
                if s in text:
                    kept += 1
                    continue
                # the line holding it, or its start (a snippet can run over lines)
                hit = next((i for i in filled if s in norm(c.lines[i].text)), None)
                if hit is None:
                    hit = next((i for i in filled if s[:25] in norm(c.lines[i].text)), None)
                if hit is None:
                    lost.append((r["id"], "(not found)", "", -1.0, 0, snippet[:70]))
                    continue
                where = ("no body" if not body else "before" if hit < body[0] else "after" if hit > body[-1]
                         else "inside")
                lost.append((r["id"], c.decisions[hit].rule, where, filled.index(hit) / len(filled),
                             c.lines[hit].words, c.lines[hit].text[:70]))
    return kept, n_with, removed, n_without, lost


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"), help="folder with dev_multi.jsonl.gz")
    p.add_argument("--every", type=int, default=1, help="use every Nth trafilatura-eval page")
    p.add_argument("--show", default=None, help="also list each lost snippet of this rule id ('all': every rule)")
    args = p.parse_args(argv)
    rows = [json.loads(line) for line in gzip.open(Path(args.bench) / "dev_multi.jsonl.gz", "rt", encoding="utf-8")]
    rows = [r for r in rows if r["source"] == "trafilatura-eval"][:: args.every]
    kept, n_with, removed, n_without, lost = lost_snippets(rows)
    print(f"pages {len(rows)}  kept {kept}/{n_with} = {kept / max(n_with, 1):.4f}  "
          f"removed {removed}/{n_without} = {removed / max(n_without, 1):.4f}")
    print(f"{'rule':<24}{'where':<9}{'lost':>5}  position (quartiles)")
    for (rule, where), n in collections.Counter((x[1], x[2]) for x in lost).most_common():
        pos = sorted(x[3] for x in lost if x[1] == rule and x[2] == where)
        quartiles = " ".join(f"{pos[int(len(pos) * q)]:.2f}" for q in (0.25, 0.5, 0.75))
        print(f"{rule:<24}{where:<9}{n:>5}  {quartiles}")
    for x in lost:
        if args.show in ("all", x[1]):
            print(f"{x[0]}  {x[1]}  {x[2]}  {x[3]:.2f}  {x[4]}w  {x[5]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
