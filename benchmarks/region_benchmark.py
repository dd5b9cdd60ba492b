"""The batch and the plugin's bounded reads on a generated region, side by
side in one run (issue 12):

1. equivalence: the batch's per-camera figures against one run_audit over
   the whole region (size x1), for every camera and for those whose reach
   crosses a tile's edge;
2. throughput on size x1 with 1 and 2 Dask workers (LocalCluster, one
   thread each): wall time, cameras per second per worker (reading
   included);
3. peak memory per worker at sizes x1 and x4 (2 workers);
4. coverageaudit in QGIS on 50 cameras against the whole x4 region's
   parcels and buildings (one GeoPackage each, EPSG:4326 like Etalab):
   time and peak memory with the spatial filter and with everything read.

    .venv/bin/python benchmarks/region_benchmark.py [--communes 8] [--cameras 500]
        [--parcels 15000] [--buildings 10000] [--out benchmarks/data/region_bench]

Sizes are per commune; x4 has four times the communes. Writes
OUT/results.md and prints it.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TIME_BIN = Path("/usr/bin/time")
TILE_M = 2000.0
QGIS_CAMERAS = 50


def run(args, log_path):
    """(wall s, peak RSS MB of the child from GNU time, output)."""
    peak = Path(log_path).with_suffix(".peak")
    args = [str(a) for a in args]
    if TIME_BIN.exists():
        args = [str(TIME_BIN), "-f", "%M", "-o", str(peak), *args]
    started = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    Path(log_path).write_text(done.stdout + done.stderr)
    if done.returncode not in (0,):
        raise RuntimeError(f"{' '.join(map(str, args))} failed:\n{done.stderr[-3000:]}")
    peak_mb = None
    if TIME_BIN.exists():
        numbers = re.findall(r"^(\d+)\s*$", peak.read_text(), re.MULTILINE)
        peak_mb = int(numbers[-1]) / 1024.0 if numbers else None
    return wall, peak_mb, done.stdout


def batch(*args):
    return [sys.executable, "-m", "camera_coverage_batch", *map(str, args)]


def make(folder, communes, args):
    if (folder / "cameras.geojson").exists():
        return
    command = [
        sys.executable,
        str(HERE / "make_region.py"),
        "--communes",
        communes,
        "--cameras",
        args.cameras,
        "--parcels",
        args.parcels,
        "--buildings",
        args.buildings,
        "--out",
        folder,
    ]
    subprocess.run(list(map(str, command)), check=True, cwd=ROOT)


def prepare(folder, prepared, log):
    if (prepared / "prepared.json").exists():
        return None
    return run(
        batch(
            "prepare",
            "--cameras",
            folder / "cameras.geojson",
            "--parcels",
            folder,
            "--buildings",
            folder,
            "--out",
            prepared,
            "--workers",
            2,
        ),
        log,
    )[0]


def audit(prepared, out, workers, log):
    shutil.rmtree(out, ignore_errors=True)
    run(batch("run", prepared, "--out", out, "--tile-m", TILE_M, "--workers", workers), log)
    summary = json.loads((out / "summary.json").read_text())
    tiles = summary["tiles_this_run"]
    per_worker = {}
    for tile in tiles:
        per_worker[tile["worker"]] = max(
            per_worker.get(tile["worker"], 0.0), tile["peak_memory_mb"]
        )
    task_s = sum(t["read_s"] + t["audit_s"] + t["write_s"] for t in tiles)
    cpu_s = sum(t.get("cpu_s", float("nan")) for t in tiles)
    return {
        "tile_cpu_s": [t.get("cpu_s", 0.0) for t in tiles],
        "wall_s": summary["wall_s"],
        "cameras": summary["cameras_audited"],
        "tiles": summary["tiles_done"],
        "missing": summary["tiles_missing"],
        "peak_mb": per_worker,
        "task_s": task_s,
        "read_s": sum(t["read_s"] for t in tiles),
        "parcels_read": sum(t["parcels_read"] for t in tiles),
        "cameras_per_s_per_worker": summary["cameras_audited"] / summary["wall_s"] / workers,
        "cameras_per_task_s": summary["cameras_audited"] / task_s,
        "cpu_s": cpu_s,
        "cameras_per_cpu_s": summary["cameras_audited"] / cpu_s,
    }


def balanced_makespan(costs, workers):
    """Longest worker's share when tiles go, largest first, to the least
    loaded worker (what Dask's scheduler approaches with one thread each)."""
    loads = [0.0] * workers
    for cost in sorted(costs, reverse=True):
        loads[loads.index(min(loads))] += cost
    return max(loads)


def equivalence(folder, out):
    """Largest relative difference, batch vs one run_audit, over every
    camera and over those whose reach crosses a tile edge."""
    sys.path.insert(0, str(ROOT))
    import numpy as np

    from camera_coverage_batch.summary import camera_tables
    from tests.batch.region import region_reference

    started = time.perf_counter()
    reference = region_reference(folder).set_index("camera_id").sort_index()
    reference_s = time.perf_counter() - started
    tables = camera_tables(out).set_index("camera_id").sort_index()
    assert list(tables.index) == list(reference.index)
    x, y = tables.geometry.x.to_numpy(), tables.geometry.y.to_numpy()
    edge = np.minimum.reduce([x % TILE_M, TILE_M - x % TILE_M, y % TILE_M, TILE_M - y % TILE_M])
    crossing = edge < tables["reach_m"].to_numpy()
    worst_all = worst_crossing = 0.0
    flags_equal = True
    for column in reference.columns:
        ours, theirs = tables[column].to_numpy(), reference[column].to_numpy()
        if reference[column].dtype.kind != "f":
            flags_equal &= list(ours) == list(theirs)
            continue
        scale = np.maximum(np.maximum(np.abs(ours), np.abs(theirs)), 1.0)
        if column.endswith("_m2"):
            scale = np.maximum(scale, reference["covered_m2"].to_numpy())
        rel = np.where(np.isnan(ours) & np.isnan(theirs), 0.0, np.abs(ours - theirs) / scale)
        worst_all = max(worst_all, float(np.nanmax(rel)))
        worst_crossing = max(worst_crossing, float(np.nanmax(rel[crossing])))
    return {
        "cameras": len(tables),
        "crossing": int(crossing.sum()),
        "worst_all": worst_all,
        "worst_crossing": worst_crossing,
        "texts_equal": flags_equal,
        "reference_s": reference_s,
    }


def merged_layers(folder, target):
    """The region's parcels and buildings as one GeoPackage each (EPSG:4326,
    spatial index), and 50 cameras of one commune."""
    if (target / "buildings.gpkg").exists():
        return
    import geopandas as gpd
    import pandas as pd
    import pyogrio

    from camera_coverage_batch.inputs import gdal_path

    target.mkdir(parents=True, exist_ok=True)
    for kind, name in (("parcelles", "parcels"), ("batiments", "buildings")):
        frames = [pyogrio.read_dataframe(gdal_path(p)) for p in sorted(folder.glob(f"*-{kind}*"))]
        merged = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=frames[0].crs)
        pyogrio.write_dataframe(merged, target / f"{name}.gpkg", layer=name)
    cameras = pyogrio.read_dataframe(folder / "cameras.geojson")
    pyogrio.write_dataframe(cameras.iloc[:QGIS_CAMERAS], target / "cameras.gpkg", layer="cameras")


def qgis_child(folder, within_reach):
    """In a fresh Python: coverageaudit on the 50 cameras; prints JSON."""
    sys.path.insert(0, str(HERE))
    from qgis_session import start_qgis

    app, _ = start_qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    from camera_coverage.layers import reach

    reach.READ_WITHIN_REACH = within_reach
    feedback = QgsProcessingFeedback()
    started = time.perf_counter()
    result = processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": str(folder / "cameras.gpkg"),
            "PARCELS": str(folder / "parcels.gpkg"),
            "BUILDINGS": str(folder / "buildings.gpkg"),
            "OUTPUT_CAMERAS": "memory:",
            "OUTPUT_COVERAGE": "memory:",
            "OUTPUT_PIECES": "memory:",
        },
        feedback=feedback,
    )
    wall = time.perf_counter() - started
    log = feedback.textLog()
    private = sum(f["private_m2"] for f in result["OUTPUT_CAMERAS"].getFeatures())
    reads = re.findall(r"(\d+) of (\d+) (parcels|buildings) read", log)
    timing = re.search(r"Timing: .*", log)
    print(
        json.dumps(
            {
                "wall_s": wall,
                "private_m2": private,
                "reads": reads,
                "timing": timing.group(0) if timing else "",
            }
        )
    )
    del result
    app.exitQgis()


def qgis_measure(folder, within_reach, log):
    wall, peak, out = run(
        [sys.executable, __file__, "--qgis-child", folder, "--within-reach", int(within_reach)],
        log,
    )
    figures = json.loads(out.strip().splitlines()[-1])
    figures["process_wall_s"], figures["peak_mb"] = wall, peak
    return figures


def report(args, sizes, results):
    x1, x4 = sizes
    one, two, big = results["x1_w1"], results["x1_w2"], results["x4_w2"]
    eq, on, off = results["equivalence"], results["qgis_on"], results["qgis_off"]
    peak1, peak4 = max(two["peak_mb"].values()), max(big["peak_mb"].values())
    speedup = one["wall_s"] / two["wall_s"]
    estimated = sum(one["tile_cpu_s"]) / balanced_makespan(one["tile_cpu_s"], 2)
    lines = [
        f"Date: {time.strftime('%Y-%m-%dT%H:%M:%S')}; load average at the start "
        f"{results['load']:.2f} (2 cores shared with other engineers' work).",
        "",
        "Command: `.venv/bin/python benchmarks/region_benchmark.py "
        f"--communes {args.communes} --cameras {args.cameras} --parcels {args.parcels} "
        f"--buildings {args.buildings}`",
        "",
        f"Region x1: {x1['communes']} communes, {x1['cameras']:,} cameras, "
        f"{x1['parcels']:,} parcels, {x1['buildings']:,} buildings; x4: {x4['communes']} "
        f"communes, {x4['cameras']:,} cameras, {x4['parcels']:,} parcels, "
        f"{x4['buildings']:,} buildings (Etalab-like per-commune .json.gz, "
        "benchmarks/make_region.py). Tiles of 2 km; Dask LocalCluster, one thread per worker.",
        "",
        "| measurement | value | target | verdict |",
        "|---|---|---|---|",
        f"| equivalence, largest relative difference, all {eq['cameras']:,} cameras | "
        f"{eq['worst_all']:.1e} | ≤ 1e-9 | {'met' if eq['worst_all'] <= 1e-9 else 'MISSED'} |",
        f"| equivalence, the {eq['crossing']:,} cameras whose reach crosses a tile edge | "
        f"{eq['worst_crossing']:.1e} | ≤ 1e-9 | "
        f"{'met' if eq['worst_crossing'] <= 1e-9 else 'MISSED'} |",
        f"| flags and reasons identical | {eq['texts_equal']} | yes | "
        f"{'met' if eq['texts_equal'] else 'MISSED'} |",
        f"| x1, 1 worker: wall | {one['wall_s']:.1f} s | | |",
        f"| x1, 2 workers: wall | {two['wall_s']:.1f} s | | |",
        f"| speed-up, 2 workers / 1 | {speedup:.2f} | ≥ 1.7 | "
        f"{'met' if speedup >= 1.7 else 'MISSED'} |",
        f"| cameras / s / worker, 1 worker (wall, reading included) | "
        f"{one['cameras_per_s_per_worker']:.0f} | ≥ 500 | "
        f"{'met' if one['cameras_per_s_per_worker'] >= 500 else 'MISSED'} |",
        f"| cameras / s / worker, 2 workers (wall, reading included) | "
        f"{two['cameras_per_s_per_worker']:.0f} | ≥ 500 | "
        f"{'met' if two['cameras_per_s_per_worker'] >= 500 else 'MISSED'} |",
        f"| cameras / s of task time (read + audit + write), 2 workers | "
        f"{two['cameras_per_task_s']:.0f} | | |",
        f"| cameras / CPU-second of a worker (read + audit + write), 1 worker | "
        f"{one['cameras_per_cpu_s']:.0f} | ≥ 500 | "
        f"{'met' if one['cameras_per_cpu_s'] >= 500 else 'MISSED'} |",
        f"| cameras / CPU-second of a worker, 2 workers | {two['cameras_per_cpu_s']:.0f} | | |",
        f"| CPU seconds of the tiles, 2 workers / 1 (1.0 = no work added by the split) | "
        f"{two['cpu_s'] / one['cpu_s']:.2f} | | |",
        f"| speed-up on 2 free cores, estimated from the 1-worker run's CPU seconds per "
        f"tile (sum / longest share of 2) | {estimated:.2f} | ≥ 1.7 | "
        f"{'met' if estimated >= 1.7 else 'MISSED'} (estimate) |",
        f"| peak memory per worker, x1 | {peak1:.0f} MB | ≤ 2 GB | "
        f"{'met' if peak1 <= 2048 else 'MISSED'} |",
        f"| peak memory per worker, x4 | {peak4:.0f} MB | < x1 + 20 % | "
        f"{'met' if peak4 < 1.2 * peak1 else 'MISSED'} |",
        f"| x4, 2 workers: wall | {big['wall_s']:.1f} s ({big['cameras']:,} cameras, "
        f"{big['cameras_per_s_per_worker']:.0f} / s / worker) | | |",
        f"| coverageaudit, {QGIS_CAMERAS} cameras vs the x4 region, spatial filter | "
        f"{on['wall_s']:.1f} s, {on['peak_mb']:.0f} MB | | |",
        f"| coverageaudit, same, everything read | {off['wall_s']:.1f} s, "
        f"{off['peak_mb']:.0f} MB | | |",
        "",
        f"- Prepare (GeoJSON.gz to partitioned GeoParquet, 2 workers): x1 "
        f"{results['prepare_x1'] or 0:.1f} s, x4 {results['prepare_x4'] or 0:.1f} s "
        "(0 = reused from an earlier run).",
        f"- Reference for the equivalence: one run_audit over the whole x1 region in "
        f"{eq['reference_s']:.1f} s (one process, the core's own threads).",
        f"- QGIS reads with the filter: {on['reads']}; without: {off['reads']}. "
        f"Private area of the 50 cameras: {on['private_m2']:.3f} m² with, "
        f"{off['private_m2']:.3f} m² without. {on['timing']} / {off['timing']}.",
        "- Peak memory per worker: ru_maxrss of each worker process, reported with each "
        "tile; the largest over the run. QGIS: GNU time %M of the child Python "
        "(QGIS started, then the algorithm).",
        f"- Per worker, x1: {json.dumps({k[-5:]: round(v) for k, v in two['peak_mb'].items()})}; "
        f"x4: {json.dumps({k[-5:]: round(v) for k, v in big['peak_mb'].items()})}.",
    ]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--communes", type=int, default=8)
    parser.add_argument("--cameras", type=int, default=500)
    parser.add_argument("--parcels", type=int, default=15_000)
    parser.add_argument("--buildings", type=int, default=10_000)
    parser.add_argument("--out", default=str(HERE / "data" / "region_bench"))
    parser.add_argument("--qgis-child", help=argparse.SUPPRESS)
    parser.add_argument("--within-reach", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.qgis_child:
        qgis_child(Path(args.qgis_child), bool(args.within_reach))
        return
    out = Path(args.out)
    logs = out / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    results = {"load": os.getloadavg()[0]}
    sizes = []
    for name, communes in (("x1", args.communes), ("x4", 4 * args.communes)):
        make(out / name, communes, args)
        results[f"prepare_{name}"] = prepare(
            out / name, out / f"{name}.prepared", logs / f"prepare_{name}.log"
        )
        rows = json.loads((out / f"{name}.prepared" / "prepared.json").read_text())["rows"]
        # The manifest's own "communes" row count is that of the (optional)
        # commune outlines layer, not the region's communes.
        sizes.append({**rows, "communes": communes})
        print(f"{name}: prepared", flush=True)
    for name, workers in (("x1_w1", 1), ("x1_w2", 2), ("x4_w2", 2)):
        size = name[:2]
        results[name] = audit(out / f"{size}.prepared", out / name, workers, logs / f"{name}.log")
        print(f"{name}: {results[name]['wall_s']:.1f} s", flush=True)
    results["equivalence"] = equivalence(out / "x1", out / "x1_w2")
    merged_layers(out / "x4", out / "x4.qgis")
    results["qgis_on"] = qgis_measure(out / "x4.qgis", True, logs / "qgis_on.log")
    results["qgis_off"] = qgis_measure(out / "x4.qgis", False, logs / "qgis_off.log")
    (out / "results.json").write_text(json.dumps(results, indent=1, default=str))
    text = report(args, sizes, results)
    (out / "results.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
