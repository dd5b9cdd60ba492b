"""The cost of the legal reading (issue 9) on the generated city
(benchmarks/make_city.py): the core audit with buildings, with and without
the legal reading (study area, dwellings and their façades, entrances from
dwelling façades on the public domain, private operators, masks with their
bearings and picture outlines). Target: with ≤ 2 × without.

Every building is taken as a dwelling (the worst case: each is a candidate
for façades), one camera in five as a private operator; no entrance layer,
so entrances come from façades seen on the public domain (the costlier
path). Each measurement runs in a fresh Python (`--worker`), interleaved,
`--runs` rounds; the median and minimum are reported. With `--qgis`, one
`coverageaudit` through `scripts/qgis_process.sh` writes every output, the
masks included, and its log's stage times are reported too.

    .venv/bin/python benchmarks/make_city.py --scale 0.2 --out /tmp/city
    .venv/bin/python benchmarks/legal_benchmark.py --data /tmp/city --runs 3 --qgis
"""

import argparse
import datetime
import json
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from city_benchmark import (  # noqa: E402
    DEFAULT_DATA,
    PUBLIC_EXPRESSION,
    floor_audit,
    load_floor_inputs,
)

OPERATOR_SHARE = 5  # one camera in five belongs to a private operator
STAGES = re.compile(r"Timing: (.*)")


def worker(mode, data):
    import numpy as np

    from camera_coverage.core.audit import AuditSettings
    from camera_coverage.core.dwellings import DWELLING
    from camera_coverage.core.legal import LegalInputs, legal_reading

    inputs = load_floor_inputs(data)
    points, values, parcels, parcel_ids, _, buildings = inputs
    seconds, result = floor_audit(inputs, with_buildings=True)
    stages = dict(result.coverage.seconds)
    if mode == "legal":
        started = time.perf_counter()
        n = len(points)
        legal = legal_reading(
            result,
            values,
            LegalInputs(
                parcels=parcels,
                parcels_crs="EPSG:2154",
                buildings=buildings,
                buildings_crs="EPSG:2154",
                building_use=np.full(len(buildings), DWELLING, dtype=object),
                building_ids=[str(i) for i in range(len(buildings))],
                private_operator=np.arange(n) % OPERATOR_SHARE == 0,
            ),
            parcel_ids,
            AuditSettings(),
        )
        seconds += time.perf_counter() - started
        stages.update(legal.seconds)
        stages["masks_written"] = len(legal.masks)
        stages["cameras_with_facades"] = int((legal.dwellings.facade_m > 0).sum())
    print(json.dumps({"seconds": seconds, "stages": stages}))


def measure(mode, data):
    run = subprocess.run(
        [sys.executable, __file__, "--worker", mode, "--data", str(data)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def qgis_audit(data):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        started = time.perf_counter()
        run = subprocess.run(
            [
                "bash",
                str(ROOT / "scripts" / "qgis_process.sh"),
                "run",
                "camera_coverage:coverageaudit",
                "--",
                f"CAMERAS={data / 'cameras.gpkg'}",
                f"PARCELS={data / 'parcels.gpkg'}",
                f"BUILDINGS={data / 'buildings.gpkg'}",
                f"PUBLIC_EXPRESSION={PUBLIC_EXPRESSION}",
                "DWELLING_EXPRESSION=true",
                f"OUTPUT_CAMERAS={out / 'cameras.gpkg'}",
                f"OUTPUT_COVERAGE={out / 'coverage.gpkg'}",
                f"OUTPUT_PIECES={out / 'pieces.gpkg'}",
                f"OUTPUT_MASKS={out / 'masks.gpkg'}",
                f"OUTPUT_REPORT={out / 'report.html'}",
            ],
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - started
    if run.returncode:
        raise SystemExit(run.stdout + run.stderr)
    found = STAGES.search(run.stdout + run.stderr)
    return wall, found.group(1) if found else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--qgis", action="store_true")
    parser.add_argument("--results", default=str(HERE / "RESULTS.md"), help="'-' for none")
    parser.add_argument("--worker", choices=("base", "legal"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.data)
        return
    runs = {"base": [], "legal": []}
    for _ in range(args.runs):
        for mode in runs:
            runs[mode].append(measure(mode, args.data))
    base = [r["seconds"] for r in runs["base"]]
    legal = [r["seconds"] for r in runs["legal"]]
    ratio = statistics.median(legal) / statistics.median(base)
    last = runs["legal"][-1]["stages"]
    # In one process: the audit and the land split (which every audit now
    # makes) against the same plus dwellings and masks.
    without = [
        sum(r["stages"][k] for k in ("footprints", "occlusion", "overlay", "land"))
        for r in runs["legal"]
    ]
    added = [r["stages"]["dwellings"] + r["stages"]["masks"] for r in runs["legal"]]
    in_process = statistics.median((w + a) / w for w, a in zip(without, added))
    lines = [
        f"\n## Legal reading (issue 9), {datetime.date.today().isoformat()}\n",
        f"Data: `{args.data}` ({platform.node()}, {platform.processor() or platform.machine()}); "
        f"`{' '.join(['.venv/bin/python', 'benchmarks/legal_benchmark.py', *sys.argv[1:]])}`\n",
        "| figure | median | min | target | verdict |",
        "|---|---|---|---|---|",
        f"| core audit with buildings | {statistics.median(base):.2f} s | {min(base):.2f} s | | |",
        f"| + legal reading (dwellings, entrances, operators, masks) | "
        f"{statistics.median(legal):.2f} s | {min(legal):.2f} s | | |",
        f"| with / without, separate processes (medians) | {ratio:.2f} | | ≤ 2 | "
        f"{'met' if ratio <= 2 else 'MISSED'} |",
        f"| with dwellings and masks / audit and land split, same process | "
        f"{in_process:.2f} | | ≤ 2 | {'met' if in_process <= 2 else 'MISSED'} |",
        "",
        "Stages of the last legal run (s): "
        + ", ".join(
            f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in last.items()
        ),
    ]
    if args.qgis:
        wall, stages = qgis_audit(args.data)
        times = dict(
            (name, float(value)) for name, value in re.findall(r"(\w+) ([\d.]+) s", stages)
        )
        base = sum(times.get(k, 0.0) for k in ("read", "footprints", "occlusion", "overlay"))
        base += times.get("write", 0.0) + times.get("land", 0.0)
        full = base + times.get("dwellings", 0.0) + times.get("masks", 0.0)
        lines.append(
            f"\n`coverageaudit` through qgis_process, every output and the masks: "
            f"wall {wall:.1f} s; Timing: {stages}. With dwellings and masks / without "
            f"(read to write and the land split): {full / base:.2f} (target ≤ 2: "
            f"{'met' if full <= 2 * base else 'MISSED'})."
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.results != "-":
        with open(args.results, "a", encoding="utf-8") as results:
            results.write(text)


if __name__ == "__main__":
    main()
