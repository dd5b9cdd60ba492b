"""Pick a seeded random sample of mutmut's mutants, stratified by module.

All of ``core`` holds about 10,000 mutants: a full run takes half a day on a
two-core machine. A uniform sample from every module measures the score of
the whole core with a stated margin, in the time of a session.
"""

import argparse
import json
import math
import random
import sys
from pathlib import Path

from mutmut.__main__ import copy_also_copy_files, copy_src_dir, create_mutants, ensure_config_loaded


def generate_mutants(jobs: int) -> None:
    """Write the mutated copies and their ``.meta`` files, as ``mutmut run`` does first."""
    ensure_config_loaded()
    Path("mutants").mkdir(exist_ok=True)
    copy_src_dir()
    create_mutants(jobs)
    copy_also_copy_files()


def sample_names(fraction: float, minimum: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    names = []
    for meta in sorted(Path("mutants").rglob("*.py.meta")):
        keys = sorted(json.loads(meta.read_text())["exit_code_by_key"])
        wanted = min(len(keys), max(minimum, math.ceil(fraction * len(keys))))
        names += rng.sample(keys, wanted)
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fraction", type=float, default=0.08)
    parser.add_argument("--minimum", type=int, default=15, help="mutants per module at least")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--output", type=Path, required=True, help="sampled names, one a line")
    args = parser.parse_args()
    generate_mutants(args.jobs)  # mutmut prints its progress on stdout
    names = sample_names(args.fraction, args.minimum, args.seed)
    args.output.write_text("\n".join(names) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
