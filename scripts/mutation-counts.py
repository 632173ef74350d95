"""`make mutation`'s last step: how many mutants of each module were killed, survived, timed out or are
still to check, read from mutmut's results in mutants/ (the numbers docs/MUTATION.md records)."""

import collections
import json
import pathlib
import sys

from mutmut.stats import status_by_exit_code


def counts(meta_path):
    exit_codes = json.loads(meta_path.read_text())["exit_code_by_key"].values()
    return collections.Counter(status_by_exit_code[code] for code in exit_codes)


def main(root=pathlib.Path("mutants")):
    metas = sorted(root.rglob("*.py.meta"))
    if not metas:
        sys.exit("No mutmut results in mutants/: run `make mutation` first.")
    for meta_path in metas:
        module = meta_path.relative_to(root).as_posix().removesuffix(".meta")
        by_status = counts(meta_path)
        summary = ", ".join(f"{count} {status}" for status, count in by_status.most_common())
        print(f"{module}: {sum(by_status.values())} mutants: {summary}")


if __name__ == "__main__":
    main()
