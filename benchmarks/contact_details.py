"""Contact details on the dev pages: what the shipped pattern and ``phonenumbers`` find, in article text and elsewhere.

    python benchmarks/contact_details.py [--bench ../shared/bench] [--show]

It cleans every dev page (in memory; nothing from the dev set is written) and counts the e-mail
addresses and phone numbers that :mod:`russia_israel_news.personal` finds in the kept article text
(each one is a false positive unless the page really prints a contact there: ``--show`` lists them)
and in the removed lines. If ``phonenumbers`` is importable, it also counts what its matcher finds
(region US, leniency VALID), for comparison.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from build_dataset.clean.cleaner import clean_pages
from build_dataset.clean.lines import split_lines
from russia_israel_news.personal import find

ROOT = Path(__file__).resolve().parent.parent


def phonenumbers_matches(text: str) -> list[str]:
    import phonenumbers

    return [m.raw_string for m in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.VALID)]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"))
    p.add_argument("--show", action="store_true", help="print every match")
    args = p.parse_args(argv)
    rows = [json.loads(line) for line in gzip.open(Path(args.bench) / "dev.jsonl.gz", "rt", encoding="utf-8")]
    try:
        import phonenumbers  # noqa: F401
        compare = True
    except ImportError:
        compare = False
    counts: Counter = Counter()
    for start in range(0, len(rows), 200):
        batch = rows[start:start + 200]
        for row, c in zip(batch, clean_pages([split_lines(r["raw_text"]) for r in batch])):
            removed = "\n".join(text for _, text, _ in c.removed())
            for where, text in (("article", c.text), ("removed", removed)):
                for s, e, kind in find(text):
                    counts[where, kind] += 1
                    if args.show:
                        print(f"{where:8} {kind:6} {row['id']}: {text[max(0, s - 30):e + 30]!r}")
                if compare:
                    for m in phonenumbers_matches(text):
                        counts[where, "phonenumbers"] += 1
                        if args.show:
                            print(f"{where:8} phonenumbers {row['id']}: {m!r}")
    print(f"pages {len(rows)}")
    for (where, kind), n in sorted(counts.items()):
        print(f"{where:8} {kind:13} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
