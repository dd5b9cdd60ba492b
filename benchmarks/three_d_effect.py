"""What the camera in three dimensions (issue 19) changes, and what it
costs, on the sample town and on the generated city, in one run.

Every camera's private area is audited under four models, all with the
buildings, in the core (`run_audit`, no QGIS):

  2d       today's model without the third dimension: each camera a sector
           out to its range (height and tilt left out), every building a
           wall of unlimited height;
  pinhole  the cameras' height and tilt (the ground in their picture where
           both are known), buildings of unlimited height;
  heights  sectors, but buildings with their heights (`hauteur`, read as the
           audit reads it by default) seen from the cameras' heights;
  3d       both: pinhole footprints and heights.

For each model against 2d: how many audited cameras' private area changes by
more than 1 % (up, down), and how many change their masking flag. A camera
that sees no private land in either model is unchanged; a change must also
exceed 0.01 m² (overlay rounding).

Speed (the issue's target: 3d within 1.3x of 2d on the city): each of 2d and
3d timed in a fresh Python (`--worker`, inputs read before the clock starts,
then `run_audit` timed), interleaved, `--runs` rounds; medians, minima and
the ratio of medians.

    .venv/bin/python benchmarks/make_city.py --scale 0.2 --out /tmp/city
    .venv/bin/python benchmarks/three_d_effect.py --city /tmp/city --runs 3
"""

import argparse
import json
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from city_benchmark import DEFAULT_DATA, PUBLIC_GROUPS, read_layer  # noqa: E402

TOWN = ROOT / "resources" / "sample_town"
MODELS = ("2d", "pinhole", "heights", "3d")
TIMED = ("2d", "3d")
TARGET_RATIO = 1.3
CHANGE_SHARE = 0.01
CHANGE_FLOOR_M2 = 0.01


def layer_files(data):
    """(cameras, parcels, buildings) of a folder: the city's GeoPackages or
    the sample town's GeoJSON."""
    for ext in ("gpkg", "geojson"):
        files = [data / f"{name}.{ext}" for name in ("cameras", "parcels", "buildings")]
        if all(f.exists() for f in files):
            return files
    raise SystemExit(f"{data}: no cameras, parcels and buildings (.gpkg or .geojson)")


def field_names(path):
    from osgeo import ogr

    ogr.UseExceptions()
    ds = ogr.Open(str(path))
    defn = ds.GetLayer(0).GetLayerDefn()
    return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def load_inputs(data, model, height_field=""):
    """run_audit's arguments for one model (see the module's docstring);
    `height_field` as the audit's BUILDING_HEIGHT_FIELD (empty: its default
    fields)."""
    import numpy as np

    from camera_coverage.core.audit import AuditSettings
    from camera_coverage.core.cameras import CameraValues
    from camera_coverage.core.heights import building_heights, height_fields

    cameras, parcels, buildings = layer_files(data)
    names = ("camera_id", "direction", "fov", "range_m", "height_m", "tilt_deg", "h_resolution")
    present = field_names(cameras)
    points, columns = read_layer(cameras, [name for name in names if name in present])
    read = dict(zip([name for name in names if name in present], columns))
    unknown = [None] * len(points)

    def floats(name, keep=True):
        values = read.get(name, unknown) if keep else unknown
        return np.array([np.nan if v is None else v for v in values], dtype=float)

    values = CameraValues(
        camera_id=read["camera_id"],
        direction=floats("direction"),
        fov=floats("fov"),
        range_m=floats("range_m"),
        height_m=floats("height_m", model != "2d"),
        tilt_deg=floats("tilt_deg", model in ("pinhole", "3d")),
        h_resolution=floats("h_resolution"),
    )
    parcel_geoms, (parcel_ids, groups) = read_layer(parcels, ("id", "owner_group"))
    fields = [height_field] if height_field else height_fields(field_names(buildings))
    building_geoms, height_columns = read_layer(buildings, fields)
    heights = None
    if model in ("heights", "3d"):
        heights = np.full(len(building_geoms), np.nan)  # no height field: all unknown
        if fields:
            heights, _, _ = building_heights(dict(zip(fields, height_columns)), height_field)
    is_public = np.array([g in PUBLIC_GROUPS for g in groups])
    crs = "EPSG:2154"
    return (
        (points, crs, values, parcel_geoms, crs, parcel_ids, is_public, AuditSettings()),
        {"buildings": building_geoms, "buildings_crs": crs, "building_heights": heights},
    )


def worker(model, data, height_field):
    """Inside a fresh Python: one model's audit, timed; prints a RESULT line
    with the time and each audited camera's private area and flag."""
    from camera_coverage.core.audit import run_audit

    args, keywords = load_inputs(data, model, height_field)
    started = time.perf_counter()
    result = run_audit(*args, **keywords)
    wall = time.perf_counter() - started
    ids = [args[2].camera_id[i] for i in result.coverage.index]
    figures = {
        camera: [float(area), bool(flag)]
        for camera, area, flag in zip(
            ids, result.exposure.private_m2, result.masking_required, strict=True
        )
    }
    stages = dict(result.coverage.seconds)
    print("RESULT " + json.dumps({"wall": wall, "stages": stages, "cameras": figures}), flush=True)


def measure(model, data, height_field=""):
    command = [sys.executable, __file__, "--worker", model, "--data", str(data)]
    run = subprocess.run(
        [*command, "--height-field", height_field],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    lines = [line for line in run.stdout.splitlines() if line.startswith("RESULT ")]
    if run.returncode or not lines:
        raise SystemExit(f"worker {model} on {data} failed:\n{run.stdout[-2000:]}{run.stderr}")
    return json.loads(lines[-1][len("RESULT ") :])


def changes(flat, model):
    """How `model`'s per-camera figures differ from `flat`'s (2d): audited
    cameras, those whose private area changes by more than 1 % (up, down),
    and the masking flags that turn."""
    up = down = turned = 0
    for camera, (area, flag) in flat.items():
        new_area, new_flag = model[camera]
        delta = new_area - area
        if abs(delta) > max(CHANGE_SHARE * area, CHANGE_FLOOR_M2):
            up, down = up + (delta > 0), down + (delta < 0)
        turned += new_flag != flag
    return {"cameras": len(flat), "up": up, "down": down, "flags": turned}


def effect_lines(name, data, height_field):
    """Run every model once on `data`; the effect table's rows."""
    results = {model: measure(model, data, height_field)["cameras"] for model in MODELS}
    if any(set(results[m]) != set(results["2d"]) for m in MODELS):
        raise SystemExit(f"{name}: the models audited different cameras")
    lines = []
    for model in MODELS[1:]:
        c = changes(results["2d"], results[model])
        moved = c["up"] + c["down"]
        share = moved / c["cameras"] if c["cameras"] else 0.0
        lines.append(
            f"| {name} | {model} | {c['cameras']:,} | {moved:,} ({share:.0%}) | "
            f"{c['up']:,} | {c['down']:,} | {c['flags']:,} |"
        )
    return lines


def timing_lines(data, runs):
    """2d and 3d timed in turn, `runs` rounds; the speed table's rows, the
    ratio of the medians and that of the minima (on a shared machine)."""
    walls = {model: [] for model in TIMED}
    occlusion = {model: [] for model in TIMED}
    for round_number in range(runs):
        for model in TIMED:
            run = measure(model, data)
            walls[model].append(run["wall"])
            occlusion[model].append(run["stages"].get("occlusion", 0.0))
            print(f"  round {round_number + 1}: {model} {run['wall']:.2f} s", flush=True)
    lines = []
    for model in TIMED:
        lines.append(
            f"| {model} | {statistics.median(walls[model]):.2f} s | {min(walls[model]):.2f} s | "
            f"{statistics.median(occlusion[model]):.2f} s |"
        )
    ratio = statistics.median(walls["3d"]) / statistics.median(walls["2d"])
    return lines, ratio, min(walls["3d"]) / min(walls["2d"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--city", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--town", type=Path, default=TOWN)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--town-height-field", default="", help="as BUILDING_HEIGHT_FIELD (default: the audit's)"
    )
    parser.add_argument("--worker", choices=MODELS, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--height-field", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.data.resolve(), args.height_field)
        return
    city, town = args.city.resolve(), args.town.resolve()
    layer_files(city)
    print(f"$ {shlex.join(['.venv/bin/python', 'benchmarks/three_d_effect.py', *sys.argv[1:]])}")
    print("\nEffect: private area per camera against 2d (changes above 1 %)\n")
    print("| data | model | cameras audited | changed > 1 % | up | down | flags turned |")
    print("|---|---|---|---|---|---|---|")
    for name, data, field in (
        ("sample town", town, args.town_height_field),
        (f"city ({city.name})", city, ""),
    ):
        print("\n".join(effect_lines(name, data, field)), flush=True)
    print(f"\nSpeed on the city, run_audit with buildings, {args.runs} rounds\n")
    lines, ratio, fastest = timing_lines(city, args.runs)
    print("| model | median | min | occlusion (median) |")
    print("|---|---|---|---|")
    print("\n".join(lines))
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print(f"\n3d / 2d: {ratio:.2f} (target <= {TARGET_RATIO}: {verdict}); minima {fastest:.2f}")


if __name__ == "__main__":
    main()
