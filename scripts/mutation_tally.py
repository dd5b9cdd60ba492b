"""Tally mutmut's results per module, counting only the mutants that were run.

``mutmut results`` lists every mutant not killed, including the thousands a
sampled run never tried; the score needs the run ones alone.
"""

import json
import sys
from collections import Counter
from pathlib import Path

from mutmut.__main__ import status_by_exit_code

NOT_CAUGHT = ("survived", "no tests", "suspicious")
COLUMNS = ("killed", "timeout", "survived", "no tests", "suspicious", "segfault")


def tally(meta: Path) -> Counter:
    codes = json.loads(meta.read_text())["exit_code_by_key"].values()
    return Counter(status_by_exit_code.get(code, "other") for code in codes if code is not None)


def main() -> int:
    total = Counter()
    print("| module | run | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 2) + "|")
    for meta in sorted(Path("mutants").rglob("*.py.meta")):
        counts = tally(meta)
        if not counts:
            continue
        total += counts
        module = meta.name.removesuffix(".py.meta")
        cells = " | ".join(str(counts[c]) for c in COLUMNS)
        print(f"| {module} | {sum(counts.values())} | {cells} |")
    run = sum(total.values())
    print(f"| all | {run} | " + " | ".join(str(total[c]) for c in COLUMNS) + " |")
    caught = total["killed"] + total["timeout"]
    if run:
        print(f"\nscore: {caught} of {run} caught ({100 * caught / run:.1f} %)")
    survivors = [
        key
        for meta in sorted(Path("mutants").rglob("*.py.meta"))
        for key, code in json.loads(meta.read_text())["exit_code_by_key"].items()
        if code is not None and status_by_exit_code.get(code) in NOT_CAUGHT
    ]
    print("\n".join(["", "not caught:", *survivors]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
