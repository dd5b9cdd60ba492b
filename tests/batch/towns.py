"""Test towns on real cadastres (Paris 18e, Épinay-sur-Orge, from
../shared/data): the real parcels, cameras (Paris's real sites plus
generated ones, seeded) and buildings derived from the real parcels (every
third parcel shrunk by 3 m, two in three with a BD TOPO `hauteur` of 2.5 to
12 m, the others of unknown height), written as input files; and the
reference: one single run_audit over the whole town, as the plugin does
it, heights read by the core as the plugin reads them."""

import gzip
import shutil

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.heights import building_heights
from camera_coverage_batch.prepare import CAMERA_NUMBERS
from camera_coverage_batch.table import camera_table
from tests.conftest import SHARED_DATA

PARIS_PARCELS = SHARED_DATA / "paris18" / "cadastre-75118-parcelles.json"
PARIS_CAMERAS = SHARED_DATA / "paris18" / "cameras-paris-bo2019.csv"
EPINAY_PARCELS = SHARED_DATA / "epinay" / "cadastre-91216-parcelles.json"


def generated_cameras(parcels, n, seed, start=0):
    """n cameras spread over the town, a fifth all round (no direction),
    some with height and tilt, ranges 15 to 60 m."""
    rng = np.random.default_rng(seed)
    xmin, ymin, xmax, ymax = parcels.total_bounds
    direction = rng.uniform(0, 360, n)
    direction[rng.random(n) < 0.2] = np.nan
    height = np.where(rng.random(n) < 0.3, rng.uniform(3, 8, n), np.nan)
    return gpd.GeoDataFrame(
        {
            "camera_id": [f"g{start + i}" for i in range(n)],
            "direction": direction,
            "fov": rng.uniform(40, 110, n),
            "range_m": rng.uniform(15, 60, n),
            "height_m": height,
            "tilt_deg": np.where(np.isnan(height), np.nan, rng.uniform(10, 40, n)),
        },
        geometry=shapely.points(rng.uniform(xmin, xmax, n), rng.uniform(ymin, ymax, n)),
        crs=parcels.crs,
    )


def derived_buildings(parcels, seed=19):
    metric = parcels.to_crs(2154).geometry.iloc[::3].buffer(-3.0)
    metric = metric[~metric.is_empty]
    rng = np.random.default_rng(seed)
    # A third low (annexes, 2.5 to 4 m), a third houses and blocks (6 to
    # 15 m), a third of unknown height.
    n = len(metric)
    kind = rng.integers(0, 3, n)
    height = np.where(kind == 0, rng.uniform(2.5, 4.0, n), rng.uniform(6.0, 15.0, n))
    height[kind == 2] = np.nan
    return gpd.GeoDataFrame(
        {"hauteur": height}, geometry=metric.to_crs(parcels.crs).to_numpy(), crs=parcels.crs
    )


def paris_town(folder, generated=150):
    parcels = pyogrio.read_dataframe(PARIS_PARCELS)
    sites = pd.read_csv(PARIS_CAMERAS, sep=";")
    sites = sites[sites["Code postal"] == 75018]
    real = gpd.GeoDataFrame(
        {"camera_id": sites["Numéro"].astype(str).to_numpy()},
        geometry=gpd.points_from_xy(sites["lon"], sites["lat"]),
        crs=4326,
    )
    cameras = pd.concat([real, generated_cameras(parcels, generated, 75018)], ignore_index=True)
    return _write_town(folder, gpd.GeoDataFrame(cameras, crs=4326), parcels, PARIS_PARCELS)


def epinay_town(folder, generated=200, camera_crs=3857):
    """The cameras in Web Mercator: a camera file in another CRS."""
    parcels = pyogrio.read_dataframe(EPINAY_PARCELS)
    cameras = generated_cameras(parcels, generated, 91216)
    town = _write_town(folder, cameras, parcels, EPINAY_PARCELS, camera_crs)
    # The Etalab file as published: gzipped.
    gz = folder / "cadastre-91216-parcelles.json.gz"
    with open(EPINAY_PARCELS, "rb") as raw, gzip.open(gz, "wb") as out:
        shutil.copyfileobj(raw, out)
    town["parcels_file"] = gz
    return town


def _write_town(folder, cameras, parcels, parcels_file, camera_crs=4326):
    folder.mkdir(parents=True, exist_ok=True)
    buildings = derived_buildings(parcels)
    cameras.to_crs(camera_crs).to_file(folder / "cameras.gpkg")
    buildings.to_file(folder / "buildings.gpkg")
    return {
        "cameras": cameras,
        "parcels": parcels,
        "buildings": buildings,
        "cameras_file": folder / "cameras.gpkg",
        "parcels_file": parcels_file,
        "buildings_file": folder / "buildings.gpkg",
    }


def reference_table(town, settings=None, heights=True):
    """The plugin's way: one run_audit over every camera, parcel and
    building, in their own CRS (EPSG:4326), the buildings' heights read
    from their fields by the core (`heights` False: as walls of unlimited
    height, the 2D audit)."""
    settings = settings or AuditSettings()
    cameras = town["cameras"]
    values = CameraValues(
        camera_id=list(cameras["camera_id"]),
        **{
            name: cameras[name].to_numpy(dtype=float)
            if name in cameras
            else np.full(len(cameras), np.nan)
            for name in CAMERA_NUMBERS
        },
    )
    parcels = town["parcels"]
    buildings = town["buildings"]
    columns = {name: buildings[name].tolist() for name in buildings.columns if name != "geometry"}
    result = run_audit(
        cameras.geometry.to_numpy(),
        "EPSG:4326",
        values,
        parcels.geometry.to_numpy(),
        "EPSG:4326",
        list(parcels["id"]),
        np.zeros(len(parcels), dtype=bool),
        settings,
        buildings=buildings.geometry.to_numpy(),
        buildings_crs="EPSG:4326",
        building_heights=building_heights(columns)[0] if heights else None,
    )
    return camera_table(result, list(cameras["camera_id"])), result


def assert_same_figures(batch, reference, rel=1e-9):
    """Every camera once, every column of the reference equal: numbers
    within `rel` relative to the larger value (areas: relative to the
    camera's covered area, since public = covered - private turns a
    1e-12 wobble of a 1,000 m² footprint into a large relative one on a
    0.5 m² remainder), texts and flags exactly."""
    batch = batch.set_index("camera_id").sort_index()
    reference = reference.set_index("camera_id").sort_index()
    assert not batch.index.duplicated().any()
    assert list(batch.index) == list(reference.index)
    for column in reference.columns:
        ours, theirs = batch[column].to_numpy(), reference[column].to_numpy()
        if reference[column].dtype.kind == "f":
            scale = np.maximum(np.maximum(np.abs(ours), np.abs(theirs)), 1.0)
            if column.endswith("_m2"):
                scale = np.maximum(scale, reference["covered_m2"].to_numpy())
            both_nan = np.isnan(ours) & np.isnan(theirs)
            worst = np.where(both_nan, 0.0, np.abs(ours - theirs) / scale)
            at = int(np.nanargmax(worst)) if len(worst) else 0
            assert np.nanmax(worst, initial=0.0) <= rel, (
                f"{column}: camera {reference.index[at]}, batch {ours[at]!r}, "
                f"reference {theirs[at]!r}"
            )
            assert not np.isnan(worst).any(), column
        else:
            # An empty value (masking unknown: not audited) equals only another.
            def differ(a, b):
                if pd.isna(a) or pd.isna(b):
                    return not (pd.isna(a) and pd.isna(b))
                return a != b

            diff = [(i, a, b) for i, a, b in zip(reference.index, ours, theirs) if differ(a, b)]
            assert not diff, (column, diff[:3])
