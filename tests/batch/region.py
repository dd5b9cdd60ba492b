"""A small generated region (benchmarks/make_region.py: Etalab-like
per-commune files) prepared once for the batch tests."""

import subprocess
import sys

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage_batch.inputs import gdal_path
from camera_coverage_batch.prepare import CAMERA_NUMBERS
from camera_coverage_batch.table import camera_table
from tests.conftest import ROOT

COMMUNES, CAMERAS, PARCELS, BUILDINGS = 4, 150, 3000, 2000


def make_region(folder):
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "make_region.py"),
            "--communes",
            str(COMMUNES),
            "--cameras",
            str(CAMERAS),
            "--parcels",
            str(PARCELS),
            "--buildings",
            str(BUILDINGS),
            "--out",
            str(folder),
        ],
        check=True,
        capture_output=True,
    )
    return folder


def region_reference(folder, settings=None):
    """One run_audit over the whole region, read straight from its files."""
    cameras = pyogrio.read_dataframe(folder / "cameras.geojson")
    parcels = pd.concat(
        [pyogrio.read_dataframe(gdal_path(p)) for p in sorted(folder.glob("*-parcelles.json.gz"))],
        ignore_index=True,
    )
    buildings = pd.concat(
        [pyogrio.read_dataframe(gdal_path(p)) for p in sorted(folder.glob("*-batiments.json.gz"))],
        ignore_index=True,
    )
    values = CameraValues(
        camera_id=list(cameras["camera_id"]),
        **{
            n: cameras[n].to_numpy(dtype=float) if n in cameras else np.full(len(cameras), np.nan)
            for n in CAMERA_NUMBERS
        },
    )
    result = run_audit(
        cameras.geometry.to_numpy(),
        "EPSG:4326",
        values,
        gpd.GeoSeries(parcels.geometry).to_numpy(),
        "EPSG:4326",
        list(parcels["id"]),
        np.zeros(len(parcels), dtype=bool),
        settings or AuditSettings(),
        buildings=gpd.GeoSeries(buildings.geometry).to_numpy(),
        buildings_crs="EPSG:4326",
    )
    return camera_table(result, list(cameras["camera_id"]))


def _parcels_l93(folder):
    parcels = pd.concat(
        [pyogrio.read_dataframe(gdal_path(p)) for p in sorted(folder.glob("*-parcelles.json.gz"))],
        ignore_index=True,
    )
    return gpd.GeoDataFrame(parcels, geometry="geometry", crs=4326).to_crs(2154)


def expected_communes(points, parcels, within_m=100.0):
    """Each point's commune found straight from every parcel of the input
    files (geopandas' nearest join, no tiles): that of the nearest parcel
    within `within_m`, the smallest code on a tie, else "" (none)."""
    frame = gpd.GeoDataFrame({"n": np.arange(len(points))}, geometry=points, crs=2154)
    located = frame[~frame.geometry.isna()]
    joined = gpd.sjoin_nearest(
        located, parcels[["commune", "geometry"]], max_distance=within_m, distance_col="d"
    )
    joined = joined.dropna(subset=["commune"]).sort_values(["n", "d", "commune"])
    first = joined.drop_duplicates("n")
    out = np.full(len(points), "", dtype=object)
    out[first["n"].to_numpy()] = first["commune"].to_numpy()
    return out


def hostile_cameras(folder, seed=17):
    """The region's cameras and planted ones, written as
    `cameras-hostile.geojson`; returns every camera's expected commune and
    state (audited, not_audited, rejected), found from the input files.

    Planted: cameras 40-90 m from the nearest parcel with a 20 m range (not
    audited, yet in a commune), cameras more than 150 m from any parcel
    (not audited, no commune), cameras 2-10 m off the last parcels with a
    40 m range (audited), and rejected ones: a direction 'NE' (at prepare,
    with a point), no point at all (at prepare), a 500° field of view (by
    the core)."""
    rng = np.random.default_rng(seed)
    parcels = _parcels_l93(folder)
    base = gpd.read_file(folder / "cameras.geojson").to_crs(2154)
    tree = shapely.STRtree(parcels.geometry.to_numpy())
    xmin, ymin, xmax, ymax = parcels.total_bounds
    wanted = {"near": ((40.0, 90.0), 20.0, 30), "far": ((150.0, 1e9), 20.0, 25)}
    wanted["edge"] = ((2.0, 10.0), 40.0, 20)
    planted = []
    for kind, ((low, high), range_m, count) in wanted.items():
        found = 0
        while found < count:
            x = rng.uniform(xmin - 600, xmax + 600, 4000)
            y = rng.uniform(ymin - 600, ymax + 600, 4000)
            points = shapely.points(x, y)
            _, distance = tree.query_nearest(points, return_distance=True, all_matches=False)
            for point, d in zip(points, distance):
                if low <= d <= high and found < count:
                    planted.append((f"{kind}-{found}", kind, point, range_m))
                    found += 1
    inside = shapely.get_coordinates(base.geometry.to_numpy()[:2])
    rows = [
        {
            "camera_id": cid,
            "direction": str(round(float(rng.uniform(0, 360)), 1)),
            "fov": 60.0,
            "range_m": range_m,
            "kind": kind,
            "geometry": point,
        }
        for cid, kind, point, range_m in planted
    ]
    rows += [
        {
            "camera_id": "bad-direction",
            "direction": "NE",
            "fov": 60.0,
            "range_m": 30.0,
            "kind": "rejected",
            "geometry": shapely.Point(inside[0] + [3.0, 3.0]),
        },
        {
            "camera_id": "no-point",
            "direction": "90",
            "fov": 60.0,
            "range_m": 30.0,
            "kind": "rejected",
            "geometry": None,
        },
        {
            "camera_id": "wide",
            "direction": "90",
            "fov": 500.0,
            "range_m": 30.0,
            "kind": "rejected",
            "geometry": shapely.Point(inside[1] + [3.0, -3.0]),
        },
    ]
    extra = gpd.GeoDataFrame(rows, geometry="geometry", crs=2154)
    base = base.assign(
        kind="audited",
        direction=base["direction"].map(lambda d: None if d is None or d != d else str(d)),
    )
    cameras = gpd.GeoDataFrame(pd.concat([base, extra], ignore_index=True), crs=2154)
    cameras.to_crs(4326).drop(columns="kind").to_file(
        folder / "cameras-hostile.geojson", driver="GeoJSON"
    )
    state = (
        cameras["kind"]
        .map({"audited": "audited", "edge": "audited", "near": "not_audited", "far": "not_audited"})
        .fillna("rejected")
    )
    expected = pd.DataFrame(
        {
            "camera_id": cameras["camera_id"],
            "kind": cameras["kind"],
            "state": state,
            "commune": expected_communes(cameras.geometry.to_numpy(), parcels),
            "to_parcel_m": [
                np.nan if g is None else float(parcels.distance(g).min()) for g in cameras.geometry
            ],
        }
    )
    return expected
