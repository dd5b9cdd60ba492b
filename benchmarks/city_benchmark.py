"""Side-by-side timings of the audit on the generated city
(benchmarks/make_city.py), in one run so that the ratios compare like with
like on a shared, noisy machine. Every measurement is repeated `--runs`
times, interleaved (one of each per round); the median and the minimum are
reported.

(a) `coverageaudit` with buildings through `scripts/qgis_process.sh --json`
    (reads the GeoPackages, writes every output as GeoPackage in a temporary
    folder, and the HTML report): wall time around the subprocess, peak
    memory of the child (GNU time's %M: the largest process of the tree),
    and the per-stage times parsed from the algorithm's log line
    `Timing: read X s, footprints X s, occlusion X s, overlay X s, write X s`.
    The same without buildings is measured too (a0).
(b) the floor: `camera_coverage.core.audit.run_audit` on shapely arrays,
    no QGIS, no I/O, in a fresh Python (`--worker floor`, so that every
    measurement starts from the same clean process): the inputs are read
    with osgeo.ogr beforehand (not timed), the camera values carry height,
    tilt and resolution as the algorithm reads them (same geometry as (a));
    with buildings when the core accepts them, and without (b0).
(c) the audit without buildings against the chain of QGIS native
    algorithms a volunteer would build in the graphical modeler for the same
    per-camera private areas. Both run with the same launcher: a fresh Python
    subprocess of this script (`--worker`) that starts QGIS with
    `qgis_session.start_qgis()` and calls `processing.run` on the GeoPackage
    paths; the time is measured inside it around the processing calls only
    (QGIS start-up, the same for both, is left out). Ours writes all its
    outputs (GeoPackage + report); the native chain keeps its intermediate
    layers in memory (`memory:`, the fastest choice; a model would write
    temporary GeoPackages) and writes its per-camera table as GeoPackage:
      native:wedgebuffers (AZIMUTH coalesce("direction", 0), WIDTH 360 for a
        NULL direction else "fov", OUTER_RADIUS "range_m")
      native:extractbyexpression on the parcels: private ones
        ("owner_group" IS NULL OR "owner_group" NOT IN (1,2,3,4,9))
      native:intersection (wedges x private parcels, keeping camera_id, id)
      native:fieldcalculator area_m2 = area($geometry) (planar, Lambert-93)
      qgis:statisticsbycategories: sum of area_m2 per camera_id
    Once, the total private areas of the two are compared.

    .venv/bin/python benchmarks/make_city.py            # the full city
    .venv/bin/python benchmarks/city_benchmark.py --runs 3
    .venv/bin/python benchmarks/city_benchmark.py --profile   # cProfile of (b)

Prints a table; `--results FILE` (default benchmarks/RESULTS.md, `-` for
none) records the figures with the machine and the command.
"""

import argparse
import cProfile
import datetime
import inspect
import io
import json
import os
import platform
import pstats
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
QGIS_PROCESS = ROOT / "scripts" / "qgis_process.sh"
TIME_BIN = Path("/usr/bin/time")
DEFAULT_DATA = HERE / "data" / "city"
DEFAULT_RESULTS = HERE / "RESULTS.md"
PUBLIC_EXPRESSION = '"owner_group" IN (1,2,3,4,9)'
PRIVATE_EXPRESSION = '"owner_group" IS NULL OR "owner_group" NOT IN (1,2,3,4,9)'
PUBLIC_GROUPS = (1, 2, 3, 4, 9)
STAGES = ("read", "footprints", "occlusion", "overlay", "write")
TIMING = re.compile(
    r"Timing: read ([\d.]+) s, footprints ([\d.]+) s, occlusion ([\d.]+) s, "
    r"overlay ([\d.]+) s, write ([\d.]+) s"
)
NATIVE_STEPS = ("wedgebuffers", "extractbyexpression", "intersection", "fieldcalculator", "stats")

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# ---------------------------------------------------------------- children


def run_child(args, log_path):
    """Run a command; returns (wall s, peak RSS MB of its largest process,
    return code, its output). The peak comes from GNU time's %M (the rusage
    of its child and of the descendants that child waited for: the
    qgis_process.bin under the shell script); without /usr/bin/time, from
    os.wait4, which also counts this process's own RSS at the fork (Linux
    keeps the pre-exec high-water mark), an overestimate."""
    peak_path = Path(log_path).with_suffix(".peak")
    if TIME_BIN.exists():
        args = [str(TIME_BIN), "-f", "%M", "-o", str(peak_path), *args]
    with open(log_path, "w+b") as log:
        start = time.perf_counter()
        child = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    peak_kb = usage.ru_maxrss
    if TIME_BIN.exists():
        numbers = re.findall(r"^(\d+)\s*$", peak_path.read_text(), re.MULTILINE)
        peak_kb = int(numbers[-1]) if numbers else None
    return wall, None if peak_kb is None else peak_kb / 1024.0, child.returncode, output


def layer_counts(data):
    from osgeo import ogr

    counts = {}
    for name in ("cameras", "parcels", "buildings"):
        ds = ogr.Open(str(data / f"{name}.gpkg"))
        counts[name] = ds.GetLayer(0).GetFeatureCount()
    return counts


def stage_times(output):
    match = TIMING.search(output)
    return dict(zip(STAGES, map(float, match.groups()))) if match else None


def qgis_process_audit(data, out_dir, buildings):
    args = [
        str(QGIS_PROCESS),
        "--json",
        "run",
        "camera_coverage:coverageaudit",
        "--",
        f"CAMERAS={data / 'cameras.gpkg'}",
        f"PARCELS={data / 'parcels.gpkg'}",
        f"PUBLIC_EXPRESSION={PUBLIC_EXPRESSION}",
        f"OUTPUT_CAMERAS={out_dir / 'cameras.gpkg'}",
        f"OUTPUT_COVERAGE={out_dir / 'coverage.gpkg'}",
        f"OUTPUT_PIECES={out_dir / 'pieces.gpkg'}",
        f"OUTPUT_REPORT={out_dir / 'report.html'}",
    ]
    if buildings:
        args.insert(6, f"BUILDINGS={data / 'buildings.gpkg'}")
    return args


def measure_qgis_process(data, tmp, name, buildings):
    out_dir = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=tmp))
    args = qgis_process_audit(data, out_dir, buildings)
    wall, peak, code, output = run_child(args, out_dir / "log.txt")
    if code != 0:
        raise RuntimeError(f"{name} failed ({code}):\n{output[-3000:]}")
    return {"wall": wall, "peak_mb": peak, "stages": stage_times(output), "out": out_dir}


def measure_worker(data, tmp, chain):
    out_dir = Path(tempfile.mkdtemp(prefix=f"c-{chain}-", dir=tmp))
    args = [sys.executable, str(Path(__file__)), "--worker", chain, "--data", str(data)]
    args += ["--out", str(out_dir)]
    wall, peak, code, output = run_child(args, out_dir / "log.txt")
    lines = [line for line in output.splitlines() if line.startswith("RESULT ")]
    if code != 0 or not lines:
        raise RuntimeError(f"worker {chain} failed ({code}):\n{output[-3000:]}")
    result = json.loads(lines[-1][len("RESULT ") :])
    result.update(process_wall=wall, peak_mb=peak, out=out_dir)
    return result


# ------------------------------------------------------------------ worker


def worker(chain, data, out_dir):
    """Inside a fresh Python: QGIS started, then one chain timed; or, for
    the floor, the inputs read (not timed) and run_audit timed, no QGIS."""
    if chain in ("floor", "floor0", "flat"):
        inputs = load_floor_inputs(data, optics=chain != "flat")
        elapsed, result = floor_audit(inputs, chain == "floor")
        stages = dict(getattr(result.coverage, "seconds", {}) or {})
        print(
            "RESULT "
            + json.dumps(
                {
                    "wall": elapsed,
                    "stages": {name: stages.get(name, 0.0) for name in STAGES[1:4]},
                    "private_m2": float(result.exposure.private_m2.sum()),
                }
            ),
            flush=True,
        )
        return
    sys.path.insert(0, str(HERE))
    from qgis_session import start_qgis

    app, _provider = start_qgis()  # the registry needs the reference kept
    import processing
    from qgis.core import QgsProcessingFeedback, QgsProperty

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):
            self.lines.append(info)

    feedback = Recorder()
    cameras, parcels = str(data / "cameras.gpkg"), str(data / "parcels.gpkg")
    steps = {}
    start = time.perf_counter()
    if chain in ("ours", "ours_figures"):
        # "ours_figures" writes what the native chain ends with: the
        # per-camera private areas (a table per camera); "ours" every layer.
        outputs = {"OUTPUT_CAMERAS": str(out_dir / "cameras.gpkg")}
        if chain == "ours":
            outputs.update(
                OUTPUT_COVERAGE=str(out_dir / "coverage.gpkg"),
                OUTPUT_PIECES=str(out_dir / "pieces.gpkg"),
                OUTPUT_REPORT=str(out_dir / "report.html"),
            )
        processing.run(
            "camera_coverage:coverageaudit",
            {
                "CAMERAS": cameras,
                "PARCELS": parcels,
                "PUBLIC_EXPRESSION": PUBLIC_EXPRESSION,
                **outputs,
            },
            feedback=feedback,
        )
    else:

        def step(name, alg, params):
            t = time.perf_counter()
            result = processing.run(alg, params, feedback=feedback)["OUTPUT"]
            steps[name] = time.perf_counter() - t
            return result

        wedges = step(
            "wedgebuffers",
            "native:wedgebuffers",
            {
                "INPUT": cameras,
                "AZIMUTH": QgsProperty.fromExpression('coalesce("direction", 0)'),
                "WIDTH": QgsProperty.fromExpression('if("direction" IS NULL, 360, "fov")'),
                "OUTER_RADIUS": QgsProperty.fromField("range_m"),
                "INNER_RADIUS": 0.0,
                "OUTPUT": "memory:",
            },
        )
        private = step(
            "extractbyexpression",
            "native:extractbyexpression",
            {"INPUT": parcels, "EXPRESSION": PRIVATE_EXPRESSION, "OUTPUT": "memory:"},
        )
        pieces = step(
            "intersection",
            "native:intersection",
            {
                "INPUT": wedges,
                "OVERLAY": private,
                "INPUT_FIELDS": ["camera_id"],
                "OVERLAY_FIELDS": ["id"],
                "OUTPUT": "memory:",
            },
        )
        measured = step(
            "fieldcalculator",
            "native:fieldcalculator",
            {
                "INPUT": pieces,
                "FIELD_NAME": "area_m2",
                "FIELD_TYPE": 0,
                "FIELD_LENGTH": 0,
                "FIELD_PRECISION": 0,
                "FORMULA": "area($geometry)",
                "OUTPUT": "memory:",
            },
        )
        step(
            "stats",
            "qgis:statisticsbycategories",
            {
                "INPUT": measured,
                "VALUES_FIELD_NAME": "area_m2",
                "CATEGORIES_FIELD_NAME": ["camera_id"],
                "OUTPUT": str(out_dir / "private_per_camera.gpkg"),
            },
        )
    elapsed = time.perf_counter() - start
    log = "\n".join(feedback.lines)
    print(
        "RESULT " + json.dumps({"wall": elapsed, "steps": steps, "stages": stage_times(log)}),
        flush=True,
    )
    app.exitQgis()


# -------------------------------------------------------- floor (shapely)


def read_layer(path, fields):
    """Geometries as a shapely array and the columns as lists (None = NULL)."""
    import numpy as np
    import shapely
    from osgeo import ogr

    ogr.UseExceptions()
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    wkbs, columns = [], [[] for _ in fields]
    for feature in layer:
        wkbs.append(bytes(feature.GetGeometryRef().ExportToWkb()))
        for column, name in zip(columns, fields):
            column.append(feature.GetField(name))
    return shapely.from_wkb(np.array(wkbs, dtype=object)), columns


def load_floor_inputs(data, optics=True):
    """Inputs of run_audit. With `optics`, the camera values carry what the
    algorithm reads too (height_m, tilt_deg, h_resolution) when the core
    takes them, so that (b) builds the same geometry as (a); without, only
    direction, fov and range (the flat sectors the native chain builds)."""
    import dataclasses

    import numpy as np

    from camera_coverage.core.cameras import CameraValues

    accepted = {f.name for f in dataclasses.fields(CameraValues)}
    extra = [n for n in ("height_m", "tilt_deg", "h_resolution") if optics and n in accepted]
    points, columns = read_layer(
        data / "cameras.gpkg", ("camera_id", "direction", "fov", "range_m", *extra)
    )
    parcels, (parcel_ids, groups) = read_layer(data / "parcels.gpkg", ("id", "owner_group"))
    buildings, _ = read_layer(data / "buildings.gpkg", ())

    def floats(values):
        return np.array([np.nan if v is None else v for v in values], dtype=float)

    values = CameraValues(
        camera_id=columns[0],
        direction=floats(columns[1]),
        fov=floats(columns[2]),
        range_m=floats(columns[3]),
        pan_deg=None,
        **{name: floats(column) for name, column in zip(extra, columns[4:])},
    )
    is_public = np.array([g in PUBLIC_GROUPS for g in groups])
    return points, values, parcels, parcel_ids, is_public, buildings


def core_accepts_buildings():
    from camera_coverage.core.audit import run_audit

    return "buildings" in inspect.signature(run_audit).parameters


def floor_audit(inputs, with_buildings):
    from camera_coverage.core.audit import AuditSettings, run_audit

    points, values, parcels, parcel_ids, is_public, buildings = inputs
    extra = {"buildings": buildings, "buildings_crs": "EPSG:2154"} if with_buildings else {}
    start = time.perf_counter()
    result = run_audit(
        points,
        "EPSG:2154",
        values,
        parcels,
        "EPSG:2154",
        parcel_ids,
        is_public,
        AuditSettings(),
        **extra,
    )
    # (a) writes the pieces with their un-parcelled remainders: the same geometry here.
    started = time.perf_counter()
    result.exposure.with_unparcelled()
    result.coverage.seconds["overlay"] += time.perf_counter() - started
    return time.perf_counter() - start, result


# ------------------------------------------------------------------ report


def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "n": len(values)}


def fmt(s, unit="s", digits=2):
    if s is None:
        return "not measured"
    return f"{s['median']:.{digits}f} {unit} (min {s['min']:.{digits}f})"


def gpkg_sum(path, field):
    from osgeo import ogr

    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    return sum(f.GetField(field) or 0.0 for f in layer), layer.GetFeatureCount()


def machine():
    def read(path):
        try:
            return Path(path).read_text().strip()
        except OSError:
            return "?"

    mem_kb = next(
        (int(line.split()[1]) for line in read("/proc/meminfo").splitlines() if "MemTotal" in line),
        0,
    )
    import shapely
    from osgeo import gdal

    try:
        qgis = subprocess.run(
            ["/usr/bin/qgis_process.bin", "--version"],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        ).stdout
        qgis = next((line for line in qgis.splitlines() if line.startswith("QGIS")), "?")
    except OSError:
        qgis = "?"

    def git(*args):
        return subprocess.run(
            ["git", *args], capture_output=True, text=True, cwd=ROOT, check=False
        ).stdout.strip()

    changed = git("status", "--porcelain", "--", "camera_coverage").splitlines()
    return {
        "code": git("rev-parse", "--short", "HEAD")
        + (f" + {len(changed)} uncommitted file(s) in camera_coverage/" if changed else ""),
        "nproc": os.cpu_count(),
        "memory_gb": mem_kb / 1024 / 1024,
        "debian": read("/etc/debian_version"),
        "qgis": qgis,
        "python": platform.python_version(),
        "shapely": shapely.__version__,
        "geos": ".".join(map(str, shapely.geos_version)),
        "gdal": gdal.__version__,
        "cpu": next(
            (
                line.split(":", 1)[1].strip()
                for line in read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")
            ),
            "?",
        ),
    }


def verdict(ok):
    if ok is None:
        return "not measured"
    return "met" if ok else "MISSED"


def build_report(args, info, counts, rows, derived, totals, notes):
    scale = round(counts["cameras"] / 10_000, 4)
    lines = [
        "# City benchmark results",
        "",
        f"Date: {datetime.datetime.now().isoformat(timespec='seconds')}",
        "",
        "Machine: "
        f"{info['nproc']} cores ({info['cpu']}), {info['memory_gb']:.1f} GB, "
        f"Debian {info['debian']}, {info['qgis']}, Python {info['python']}, "
        f"shapely {info['shapely']} / GEOS {info['geos']}, GDAL {info['gdal']}. "
        "Shared and noisy: medians of interleaved runs.",
        "",
        f"Code measured: commit {info['code']}.",
        "",
        "Command:",
        "",
        "```sh",
        args.commands[0],
        ".venv/bin/python benchmarks/make_city.py"
        + ("" if scale == 1 else f" --scale {scale:g}")
        + ("" if args.data.resolve() == DEFAULT_DATA else f" --out {args.data}"),
        *args.commands[1:],
        "```",
        "",
        f"Workload ({args.data}): {counts['cameras']:,} cameras, "
        f"{counts['parcels']:,} parcels, {counts['buildings']:,} buildings "
        f"(Lambert-93, generated by benchmarks/make_city.py). Runs: {args.runs}.",
        "",
        "| measurement | median | min | peak memory (median) |",
        "|---|---|---|---|",
    ]
    for label, s, mem in rows:
        median = f"{s['median']:.2f} s" if s else "not measured"
        low = f"{s['min']:.2f} s" if s else ""
        peak = f"{mem['median']:.0f} MB" if mem else ""
        lines.append(f"| {label} | {median} | {low} | {peak} |")
    lines += ["", "| figure | value | target | verdict |", "|---|---|---|---|"]
    for label, value, target, ok in derived:
        lines.append(f"| {label} | {value} | {target} | {verdict(ok)} |")
    lines += ["", *totals, "", *notes, ""]
    return "\n".join(lines)


def main_benchmark(args):
    data = args.data.resolve()
    for name in ("cameras", "parcels", "buildings"):
        if not (data / f"{name}.gpkg").exists():
            sys.exit(f"{data / name}.gpkg is missing: run benchmarks/make_city.py first")
    notes = []
    help_text = subprocess.run(
        [str(QGIS_PROCESS), "help", "camera_coverage:coverageaudit"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    ).stdout
    qp_buildings = re.search(r"^BUILDINGS:", help_text, re.MULTILINE) is not None
    core_buildings = core_accepts_buildings()
    if not qp_buildings:
        notes.append("- (a): coverageaudit has no BUILDINGS parameter yet: not measured.")
    if not core_buildings:
        notes.append("- (b): run_audit has no `buildings=` keyword yet: measured without only.")

    counts = layer_counts(data)
    print(f"workload: {counts}", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="city-bench-"))
    m = {k: [] for k in ("a", "a0", "b", "b0", "c_figures", "c_ours", "c_native")}
    plan = [
        ("a", "(a)  qgis_process, buildings:   ", qp_buildings, "qp", True),
        ("b", "(b)  run_audit, buildings:      ", core_buildings, "floor", None),
        ("a0", "(a0) qgis_process, no buildings:", True, "qp", False),
        ("b0", "(b0) run_audit, no buildings:   ", True, "floor0", None),
        ("c_figures", "(c)  ours, figures only:        ", True, "ours_figures", None),
        ("c_ours", "(c)  ours, every output:        ", True, "ours", None),
        ("c_native", "(c)  native chain:              ", True, "native", None),
    ]
    for r in range(args.runs):
        print(f"round {r + 1}/{args.runs}", flush=True)
        for key, label, wanted, how, buildings in plan:
            if not wanted:
                continue
            if how == "qp":
                run = measure_qgis_process(data, tmp, key, buildings)
            else:
                run = measure_worker(data, tmp, how)
            m[key].append(run)
            peak = f"  peak {run['peak_mb']:.0f} MB" if run.get("peak_mb") else ""
            print(f"  {label} {run['wall']:6.2f} s{peak}", flush=True)

    def s(key, field="wall"):
        return summary([run[field] for run in m[key]])

    def stage(key, name):
        return summary([(run.get("stages") or {}).get(name) for run in m[key]])

    rows = [
        ("(a) coverageaudit + buildings, qgis_process (wall)", s("a"), s("a", "peak_mb")),
        ("(a0) coverageaudit, no buildings, qgis_process (wall)", s("a0"), s("a0", "peak_mb")),
        ("(b) run_audit + buildings, in memory", s("b"), s("b", "peak_mb")),
        ("(b0) run_audit, no buildings, in memory", s("b0"), s("b0", "peak_mb")),
        (
            "(c) ours, no buildings, per-camera figures (OUTPUT_CAMERAS)",
            s("c_figures"),
            s("c_figures", "peak_mb"),
        ),
        ("(c) ours, no buildings, every output", s("c_ours"), s("c_ours", "peak_mb")),
        ("(c) native chain, processing.run", s("c_native"), s("c_native", "peak_mb")),
        ("(c) ours, worker process wall (with QGIS start)", s("c_ours", "process_wall"), None),
        ("(c) native, worker process wall (with QGIS start)", s("c_native", "process_wall"), None),
    ]
    for key, label in (
        ("a", "(a)"),
        ("b", "(b)"),
        ("a0", "(a0)"),
        ("b0", "(b0)"),
        ("c_figures", "(c) ours figures"),
        ("c_ours", "(c) ours every output"),
    ):
        for name in STAGES:
            st = stage(key, name)
            if st:
                rows.append((f"{label} stage {name}", st, None))
    for name in NATIVE_STEPS:
        st = summary([run["steps"].get(name) for run in m["c_native"]])
        rows.append((f"(c) native step {name}", st, None))

    def ratio(x, y):
        return x["median"] / y["median"] if x and y else None

    a, b, b0 = s("a"), s("b"), s("b0")
    a_over_b = ratio(a, b)
    a0_over_b0 = ratio(s("a0"), b0)
    ours_native = ratio(s("c_figures"), s("c_native"))
    every_native = ratio(s("c_ours"), s("c_native"))
    occlusion = stage("a", "occlusion")
    occ_ms = occlusion["median"] * 1000.0 / counts["cameras"] if occlusion else None
    floor_occlusion = stage("b", "occlusion")
    floor_occ_ms = (
        floor_occlusion["median"] * 1000.0 / counts["cameras"] if floor_occlusion else None
    )
    peak_a = s("a", "peak_mb")

    def num(x, fmt_spec):
        return "n/a" if x is None else format(x, fmt_spec)

    derived = [
        ("(a) wall, full audit with buildings", num(a and a["median"], ".2f") + " s", "≤ 30 s",
         None if a is None else a["median"] <= 30),
        ("(a) peak memory", num(peak_a and peak_a["median"], ".0f") + " MB", "≤ 3 GB",
         None if peak_a is None else peak_a["median"] <= 3072),
        ("(a)/(b) with buildings", num(a_over_b, ".2f"), "≤ 2",
         None if a_over_b is None else a_over_b <= 2),
        ("(a0)/(b0) without buildings (for reference)", num(a0_over_b0, ".2f"), "≤ 2",
         None if a0_over_b0 is None else a0_over_b0 <= 2),
        ("ours/native (c), same result: per-camera private areas", num(ours_native, ".2f"),
         "< 1", None if ours_native is None else ours_native < 1),
        ("ours every output/native (c) (for reference)", num(every_native, ".2f"), "< 1",
         None if every_native is None else every_native < 1),
        ("occlusion per camera, stage time of (a) / cameras", num(occ_ms, ".3f") + " ms",
         "≤ 1 ms", None if occ_ms is None else occ_ms <= 1),
        ("occlusion per camera in (b) (for reference)", num(floor_occ_ms, ".3f") + " ms",
         "≤ 1 ms", None if floor_occ_ms is None else floor_occ_ms <= 1),
    ]  # fmt: skip

    # Total private area, once: ours (c) against the native chain.
    ours_private, n_ours = gpkg_sum(m["c_ours"][-1]["out"] / "cameras.gpkg", "private_m2")
    native_private, n_native = gpkg_sum(m["c_native"][-1]["out"] / "private_per_camera.gpkg", "sum")
    floor_private = m["b0"][-1]["private_m2"]
    flat_private = measure_worker(data, tmp, "flat")["private_m2"]
    rel = (native_private - ours_private) / ours_private if ours_private else float("nan")
    totals = [
        "Total private area without buildings (check, last round): "
        f"ours {ours_private:,.0f} m² ({n_ours:,} cameras), "
        f"native chain {native_private:,.0f} m² ({n_native:,} cameras with private land), "
        f"(b0) {floor_private:,.0f} m²; relative difference native vs ours {rel:+.3%}. "
        f"The same core on flat sectors (no height, tilt or resolution, as the native chain "
        f"draws them): {flat_private:,.0f} m², native vs that "
        f"{(native_private - flat_private) / flat_private:+.3%}."
    ]
    if occ_ms is None:
        notes.append("- Occlusion per camera: no `Timing:` line with buildings, not measured.")
    if not any(run.get("stages") for run in m["a0"]):
        notes.append("- Stage times: the algorithm logged no `Timing:` line.")
    notes.append(
        "- (c) launcher: one fresh Python per measurement (`city_benchmark.py --worker`) "
        "starting QGIS with qgis_session.start_qgis() and calling processing.run on the "
        "GeoPackage paths; the time is taken around the processing calls only. The native "
        "chain keeps its intermediates in memory (memory: layers) and writes its per-camera "
        "table to a GeoPackage; ours writes the same result, the per-camera figures "
        "(OUTPUT_CAMERAS), to a GeoPackage, and, in the 'every output' row, also the "
        "coverage, the pieces with the un-parcelled remainders and the report."
    )
    notes.append(
        "- (b): one fresh Python per measurement (`city_benchmark.py --worker floor`), "
        "no QGIS: GeoPackages read with osgeo.ogr (not timed), then run_audit timed; its "
        "stage times are the core's own (footprints, occlusion, overlay)."
    )
    notes.append(
        "- Peak memory: "
        + (
            "GNU time's %M (maximum resident set of the largest process of the child's "
            "tree: qgis_process.bin under the shell script, or the worker Python)."
            if TIME_BIN.exists()
            else "ru_maxrss from os.wait4 (an overestimate: Linux counts the parent's RSS "
            "at the fork in the child's high-water mark)."
        )
    )

    print()
    width = max(len(label) for label, _, _ in rows) + 2
    for label, st, mem in rows:
        extra = f"   peak {mem['median']:.0f} MB" if mem else ""
        print(f"{label:<{width}}{fmt(st)}{extra}")
    print()
    for label, value, target, ok in derived:
        print(f"{label:<{width}}{value:<12} target {target:<8} {verdict(ok)}")
    print()
    for line in totals + notes:
        print(line)
    shutil.rmtree(tmp, ignore_errors=True)  # about 0.5 GB of outputs at full scale
    if args.results != "-":
        info = machine()
        report = build_report(args, info, counts, rows, derived, totals, notes)
        Path(args.results).write_text(report, encoding="utf-8")
        print(f"\nwritten: {args.results}")


def main_profile(args):
    """cProfile of (b) (with buildings when the core takes them), on one
    thread: cProfile only sees the thread it runs in, and the core shares
    its chunks among threads."""
    try:
        from camera_coverage.core import parallel

        parallel.WORKERS = 1
    except ImportError:
        pass
    inputs = load_floor_inputs(args.data.resolve())
    with_buildings = core_accepts_buildings()
    profile = cProfile.Profile()
    profile.enable()
    elapsed, _ = floor_audit(inputs, with_buildings)
    profile.disable()
    print(f"(b) run_audit, buildings={with_buildings}: {elapsed:.2f} s")
    text = io.StringIO()
    stats = pstats.Stats(profile, stream=text)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    print(text.getvalue())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--results", default=str(DEFAULT_RESULTS), help="'-' for none")
    parser.add_argument("--profile", action="store_true", help="cProfile of (b) only")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument(
        "--worker",
        choices=("ours", "ours_figures", "native", "floor", "floor0", "flat"),
        help=argparse.SUPPRESS,
    )
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.data.resolve(), args.out)
        return
    args.commands = [
        "cd " + shlex.quote(str(ROOT)),
        shlex.join([".venv/bin/python", "benchmarks/city_benchmark.py", *sys.argv[1:]]),
    ]
    if args.profile:
        main_profile(args)
    else:
        main_benchmark(args)


if __name__ == "__main__":
    main()
