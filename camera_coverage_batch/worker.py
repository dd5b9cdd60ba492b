"""One tile's audit, run by a Dask worker: the cameras standing in the
tile (each camera is in exactly one tile), the parcels and buildings within
their reach wherever they are stored (the tile grown by the halo, the
largest reach of its cameras), the core's run_audit, and the results
written atomically. A retried tile rewrites the same files, so nothing is
counted twice."""

import resource
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from camera_coverage.core import parallel
from camera_coverage.core.audit import AuditSettings, camera_coverage, run_audit
from camera_coverage.core.cameras import CameraValues, check_cameras
from camera_coverage.core.reach import audit_extent

from . import lambert_93
from .files import write_atomic, write_json
from .heights import HEIGHT_COLUMN, region_heights
from .prepare import CAMERA_NUMBERS, load_manifest, manifest_fingerprint, refused_at_prepare
from .store import read_box
from .table import camera_table

# The reach box is grown by this much: footprints are polygons whose arcs
# lie on the range circle, so nothing they meet lies further out.
MARGIN_M = 1.0
OUTPUTS = ("cameras", "coverage", "rejected")
DONE = "done"
# A camera's commune: the outline holding it, else the nearest parcel
# within this distance (a street's width and more), else none.
COMMUNE_M = 100.0
NO_COMMUNE = ""
FIGURES = ("covered_m2", "public_m2", "private_m2", "unknown_m2")


def tile_key(ix, iy):
    return f"{ix}_{iy}"


def tile_bounds(key, tile_m):
    ix, iy = (int(v) for v in key.split("_"))
    return [ix * tile_m, iy * tile_m, (ix + 1) * tile_m, (iy + 1) * tile_m]


def tile_keys(x, y, tile_m):
    """The tile holding each point: [x0, x1) x [y0, y1)."""
    ix = np.floor(np.asarray(x) / tile_m).astype(np.int64)
    iy = np.floor(np.asarray(y) / tile_m).astype(np.int64)
    return np.array([tile_key(a, b) for a, b in zip(ix, iy)], dtype=object)


def output_path(out_dir, kind, key):
    suffix = "json" if kind == DONE else "parquet"
    return Path(out_dir) / kind / f"{key}.{suffix}"


def _cameras_of_tile(prepared, manifest, key, tile_m):
    bounds = tile_bounds(key, tile_m)
    cameras, _ = read_box(prepared, manifest, "cameras", bounds)
    if not len(cameras):
        # A tile of cameras rejected at prepare only.
        empty = {"camera_row": np.zeros(0, dtype=np.int64), "camera_id": np.zeros(0, dtype=object)}
        empty.update({name: np.zeros(0) for name in CAMERA_NUMBERS})
        return gpd.GeoDataFrame(empty, geometry=np.zeros(0, dtype=object), crs=lambert_93())
    if len(cameras):
        inside = tile_keys(cameras.geometry.x, cameras.geometry.y, tile_m) == key
        cameras = cameras[inside]
    return cameras.sort_values("camera_row").reset_index(drop=True)


def _values(cameras):
    return CameraValues(
        camera_id=list(cameras["camera_id"]),
        **{name: cameras[name].to_numpy(dtype=float) for name in CAMERA_NUMBERS},
    )


def _reach_box(coverage):
    """Bounds of what the audit looks at, grown by the margin."""
    geoms = audit_extent(coverage)
    geoms = geoms[~shapely.is_empty(geoms)]
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    return [xmin - MARGIN_M, ymin - MARGIN_M, xmax + MARGIN_M, ymax + MARGIN_M]


def _communes(points, parcels, outlines):
    """Each camera's commune, the same whatever the tiling: that of the
    commune outline holding it when outlines were prepared, else that of
    the nearest parcel within COMMUNE_M (cameras stand on the un-parcelled
    street, so 'the parcel holding it' is rarely one), else NO_COMMUNE.
    Ties (a camera on a shared border, two parcels at one distance) go to
    the smallest INSEE code, never to whichever the tile read first. The
    tile reads every parcel within COMMUNE_M of its cameras."""
    out = np.full(len(points), NO_COMMUNE, dtype=object)
    if not len(points):
        return out
    if len(parcels) and "commune" in parcels:
        codes = parcels["commune"].to_numpy().astype(str)
        known = np.flatnonzero(codes != "")
        tree = shapely.STRtree(parcels.geometry.to_numpy()[known])
        camera, parcel = tree.query(points, predicate="dwithin", distance=COMMUNE_M)
        if len(camera):
            distance = shapely.distance(points[camera], tree.geometries[parcel])
            code = codes[known][parcel]
            # Per camera: nearest first, then the smallest code.
            order = np.lexsort((code, distance, camera))
            first = order[np.r_[True, camera[order][1:] != camera[order][:-1]]]
            out[camera[first]] = code[first]
    if outlines is not None and len(outlines):
        codes = outlines["commune"].to_numpy().astype(str)
        tree = shapely.STRtree(outlines.geometry.to_numpy())
        camera, outline = tree.query(points, predicate="intersects")
        order = np.lexsort((codes[outline], camera))
        first = order[np.r_[True, camera[order][1:] != camera[order][:-1]]] if len(order) else order
        out[camera[first]] = codes[outline][first]
    return out


def _peak_memory_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _worker_name():
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return "local"


def _write(out_dir, key, frames, summary):
    for kind, frame in frames.items():
        write_atomic(
            output_path(out_dir, kind, key), lambda tmp, f=frame: f.to_parquet(tmp, index=False)
        )
    # Written last: a tile is finished when its summary is there.
    write_json(output_path(out_dir, DONE, key), summary)


def _refused_of_tile(prepared, key, tile_m):
    """The cameras rejected at `prepare` (a value that is not a number...)
    whose point lies in this tile: they are listed with the tile's own."""
    frame = refused_at_prepare(prepared)
    located = frame[~frame.geometry.isna()]
    if len(located):
        located = located[tile_keys(located.geometry.x, located.geometry.y, tile_m) == key]
    return located.reset_index(drop=True)


def _parcel_box(reach, points):
    """What the tile reads of the parcels: every camera's reach, and
    COMMUNE_M around every point (rejected cameras included), where its
    commune is looked for."""
    xmin, ymin, xmax, ymax = shapely.total_bounds(points)
    box = [xmin - COMMUNE_M, ymin - COMMUNE_M, xmax + COMMUNE_M, ymax + COMMUNE_M]
    if reach is None:
        return box
    reach_box = _reach_box(reach)
    return [*np.minimum(box[:2], reach_box[:2]), *np.maximum(box[2:], reach_box[2:])]


def _check_fingerprint(prepared, task):
    """A tile never reads a prepared region other than the run's own (one
    prepared again into the same folder during the run)."""
    expected = task.get("fingerprint")
    if expected and manifest_fingerprint(prepared) != expected:
        raise RuntimeError(
            f"{prepared} was prepared again during the run: start a new run in another folder."
        )


def audit_tile(task):
    """Audit one tile; returns its summary (also written as done/<tile>.json)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    parallel.WORKERS = task.get("threads", 1)
    prepared, out_dir, key, tile_m = task["prepared"], task["out"], task["tile"], task["tile_m"]
    _check_fingerprint(prepared, task)
    manifest = load_manifest(prepared)
    settings = AuditSettings(**task["settings"])
    cameras = _cameras_of_tile(prepared, manifest, key, tile_m)
    refused = _refused_of_tile(prepared, key, tile_m)
    points = cameras.geometry.to_numpy()
    values = _values(cameras)
    summary = {
        "tile": key,
        "cameras": len(cameras) + len(refused),
        "halo_m": 0.0,
        "cameras_without_height": 0,
    }
    reach = None
    if len(cameras):
        try:
            reach = camera_coverage(points, lambert_93(), values, settings)
        except ValueError:
            reach = None
    parcels = gpd.GeoDataFrame(
        {"parcel_id": [], "commune": [], "is_public": []}, geometry=[], crs=lambert_93()
    )
    stored = {"parcels": 0, "buildings": 0}
    buildings = outlines = heights = None
    every_point = np.concatenate([points, refused.geometry.to_numpy()])
    if len(every_point):
        parcels, stored["parcels"] = read_box(
            prepared,
            manifest,
            "parcels",
            _parcel_box(reach, every_point),
            ["parcel_id", "commune", "is_public", "geometry"],
        )
        if manifest["layers"].get("communes"):
            outlines, _ = read_box(
                prepared, manifest, "communes", tile_bounds(key, tile_m), ["commune", "geometry"]
            )
    if reach is not None:
        summary["halo_m"] = float(np.max(reach.outer_m))
        if manifest["layers"].get("buildings"):
            # A region prepared before heights were read has none: 2D.
            with_heights = region_heights(manifest)["prepared_with_heights"]
            buildings, stored["buildings"] = read_box(
                prepared,
                manifest,
                "buildings",
                _reach_box(reach),
                ["geometry", HEIGHT_COLUMN] if with_heights else ["geometry"],
            )
            if with_heights:
                heights = buildings[HEIGHT_COLUMN].to_numpy(dtype=float)
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    camera_ids = list(cameras["camera_id"])
    rows = cameras["camera_row"].to_numpy()
    if reach is None:
        located = ~shapely.is_missing(points)
        checked = check_cameras(
            values, settings.default_fov, settings.default_range_m, settings.lang, located
        )
        rejected, table, points_out, footprints = checked.rejected, None, points[:0], points[:0]
    else:
        result = run_audit(
            points,
            lambert_93(),
            values,
            parcels.geometry.to_numpy(),
            lambert_93(),
            list(parcels["parcel_id"]),
            parcels["is_public"].to_numpy(dtype=bool),
            settings,
            buildings=None if buildings is None else buildings.geometry.to_numpy(),
            buildings_crs=None if buildings is None else lambert_93(),
            building_heights=heights,
        )
        coverage = result.coverage
        table = camera_table(result, camera_ids)
        rejected = coverage.checked.rejected
        points_out, footprints = coverage.points, coverage.footprints
        # As the plugin's log: from a camera without height every building
        # hides everything behind it, whatever its height.
        summary["cameras_without_height"] = int(np.isnan(values.height_m[coverage.index]).sum())
        table.insert(0, "camera_row", rows[coverage.index])
        table.insert(2, "tile", key)
        table.insert(3, "commune", _communes(points_out, parcels, outlines))
    audit_s = time.perf_counter() - started
    started = time.perf_counter()
    if table is None:
        table = pd.DataFrame({"camera_row": rows[:0], "camera_id": [], "tile": [], "commune": []})
    rejected_points = np.concatenate(
        [points[[i for i, _ in rejected]], refused.geometry.to_numpy()]
    )
    frames = {
        "cameras": gpd.GeoDataFrame(table, geometry=points_out, crs=lambert_93()),
        "coverage": gpd.GeoDataFrame(
            table[["camera_row", "camera_id", "commune"]].copy(),
            geometry=footprints,
            crs=lambert_93(),
        ),
        "rejected": gpd.GeoDataFrame(
            {
                "camera_row": np.concatenate(
                    [rows[[i for i, _ in rejected]], refused["camera_row"].to_numpy()]
                ).astype(np.int64),
                "camera_id": [camera_ids[i] for i, _ in rejected] + list(refused["camera_id"]),
                "reason": [reason for _, reason in rejected] + list(refused["reason"]),
                "stage": ["audit"] * len(rejected) + ["prepare"] * len(refused),
                "tile": key,
                "commune": _communes(rejected_points, parcels, outlines),
            },
            geometry=rejected_points,
            crs=lambert_93(),
        ),
    }
    summary.update(tile_figures(frames["cameras"]), rejected=len(frames["rejected"]))
    summary.update(
        parcels_read=len(parcels),
        parcels_stored=stored["parcels"],
        buildings_read=0 if buildings is None else len(buildings),
        buildings_stored=stored["buildings"],
        read_s=read_s,
        audit_s=audit_s,
    )
    _write(out_dir, key, frames, summary)
    summary["write_s"] = time.perf_counter() - started
    # CPU seconds of the worker process: what the tile costs on a machine
    # whose cores are shared (wall times then measure the neighbours too).
    summary["cpu_s"] = time.process_time() - cpu_started
    summary["peak_memory_mb"] = _peak_memory_mb()
    summary["worker"] = _worker_name()
    return summary


def tile_figures(cameras):
    """The figures of a tile's (or a commune's) camera table: cameras
    audited, those not audited (no parcel within reach: masking unknown,
    their ground unknown), flagged, and the areas."""
    n = len(cameras)
    undetermined = cameras["undetermined"].to_numpy(dtype=bool) if n else np.zeros(0, dtype=bool)
    masking = cameras["masking_required"] if n else pd.Series([], dtype="boolean")
    return {
        "audited": int(n - undetermined.sum()),
        "not_audited": int(undetermined.sum()),
        "flagged": int(masking.fillna(False).astype(bool).sum()),
        **{name: float(cameras[name].sum()) if n else 0.0 for name in FIGURES},
    }
