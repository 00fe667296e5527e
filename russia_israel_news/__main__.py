"""``python -m russia_israel_news validate PATH... [--version V]``: check data against the contract.

For a consumer's CI or a pre-commit hook: exits 0 when every file is valid, 1 with a report that
names each failing row and check (no traceback), 2 on bad usage. Needs the ``validate`` extra.
"""

from __future__ import annotations

import argparse
import sys

from russia_israel_news.contract import CONFIGS


def validate_paths(paths, **options) -> int:
    """Validate each path (``options`` as :func:`russia_israel_news.validate` takes them), printing ``PATH: valid``
    on stdout or its report on stderr; 0 if every path is valid, 1 otherwise."""
    try:
        from russia_israel_news.validation import DataValidationError, validate
    except ImportError as err:
        print(f"python -m russia_israel_news: error: {err}; install: pip install 'russia-israel-news[validate]'",
              file=sys.stderr)
        return 1
    failed = 0
    for path in paths:
        try:
            validate(path, **options)
        except DataValidationError as err:
            print(str(err), file=sys.stderr)
            failed += 1
        except (FileNotFoundError, OSError) as err:
            print(f"{path}: {err}", file=sys.stderr)
            failed += 1
        except Exception as err:  # not Parquet, say: one line, no traceback
            print(f"{path}: cannot validate ({type(err).__name__}: {err})", file=sys.stderr)
            failed += 1
        else:
            print(f"{path}: valid")
    return 1 if failed else 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m russia_israel_news",
                                description="Validate data against the russia-israel-news contract.")
    sub = p.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="validate Parquet files or version folders",
                       description="Validate each PATH (a Parquet file of either config, or a version folder): the "
                                   "contract's columns are checked, extra columns are allowed unless --strict.")
    v.add_argument("paths", nargs="+", metavar="PATH")
    v.add_argument("--version", default=None, help="the published contract to check against (default: this package's)")
    v.add_argument("--config", default=None, choices=CONFIGS, help="(default: from the columns)")
    v.add_argument("--dist", default=None, help="a folder of published versions to find --version in")
    v.add_argument("--strict", action="store_true", help="fail columns the contract does not have, or out of its order")
    args = p.parse_args(argv)
    return validate_paths(args.paths, config=args.config, version=args.version, dist_dir=args.dist, strict=args.strict)


if __name__ == "__main__":
    sys.exit(main())
