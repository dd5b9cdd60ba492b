"""Directions are bearings from true north in every CRS. The expectations
come from pyproj's inverse geodesic problem (Geod.inv) on the sectors the
audit draws, never from core/north.py's forward step."""

import numpy as np
import pytest
import shapely
from pyproj import CRS, Geod, Transformer

from camera_coverage.core.audit import AuditSettings, camera_coverage, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.north import to_grid, to_true, true_north_bearing

GEOD = Geod(ellps="WGS84")
# (place, lon, lat, CRS)
PLACES = (
    ("Brest", -4.49, 48.39, "EPSG:2154"),
    ("Strasbourg", 7.75, 48.58, "EPSG:2154"),
    ("Ajaccio", 8.74, 41.92, "EPSG:2154"),
    ("Paris", 2.35, 48.86, "EPSG:2154"),
    ("Mayotte", 45.2, -12.8, "EPSG:4471"),
    ("Monaco", 7.42, 43.74, "EPSG:4326"),
    ("Monaco", 7.42, 43.74, "EPSG:32632"),
)
DIRECTIONS = (0.0, 45.0, 137.5, 200.0, 359.5)


def _xy(lon, lat, crs):
    return Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(lon, lat)


def _azimuth(lon, lat, x, y, crs):
    """Geodesic azimuth from (lon, lat) to the point (x, y) of `crs`."""
    to_lonlat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    lon2, lat2 = to_lonlat.transform(x, y)
    return GEOD.inv(np.full(len(lon2), lon), np.full(len(lat2), lat), lon2, lat2)[0] % 360.0


def _angle_gap(a, b):
    return np.abs((np.asarray(a) - np.asarray(b) + 180.0) % 360.0 - 180.0)


def _coverage(lon, lat, crs, directions, north="true", fov=90.0, range_m=50.0):
    x, y = _xy(lon, lat, crs)
    n = len(directions)
    values = CameraValues(
        camera_id=[f"c{i}" for i in range(n)],
        direction=np.asarray(directions, float),
        fov=np.full(n, fov),
        range_m=np.full(n, range_m),
    )
    points = shapely.points(np.full(n, x), np.full(n, y))
    return camera_coverage(points, crs, values, AuditSettings(direction_north=north))


@pytest.mark.parametrize(("place", "lon", "lat", "crs"), PLACES)
def test_each_sector_points_to_its_bearing_from_true_north(place, lon, lat, crs):
    coverage = _coverage(lon, lat, crs, DIRECTIONS)
    # A sector is symmetric about its axis: its centroid lies on it.
    centroid = shapely.centroid(coverage.footprints)
    working = coverage.working_crs
    seen = _azimuth(lon, lat, shapely.get_x(centroid), shapely.get_y(centroid), working)
    assert _angle_gap(seen, DIRECTIONS).max() < 0.1, (place, seen)


def test_grid_north_differs_from_true_north_where_the_design_notes_say():
    # DESIGN.md: in Lambert-93 true north lies +5.4° from grid north at
    # Brest, -3.4° at Strasbourg, -4.2° at Ajaccio, 0 at 3°E.
    expected = {(-4.49, 48.39): 5.4, (7.75, 48.58): -3.4, (8.74, 41.92): -4.2, (3.0, 46.5): 0.0}
    for (lon, lat), degrees in expected.items():
        x, y = _xy(lon, lat, "EPSG:2154")
        assert true_north_bearing([x], [y], "EPSG:2154")[0] == pytest.approx(degrees, abs=0.06)


def test_grid_and_true_bearings_turn_back_exactly_and_keep_all_round():
    x, y = _xy(-4.49, 48.39, "EPSG:2154")
    bearings = np.array([0.0, 10.0, 355.0, np.nan])
    grid = to_grid(bearings, np.full(4, x), np.full(4, y), "EPSG:2154")
    assert np.isnan(grid[3])
    back = to_true(grid, np.full(4, x), np.full(4, y), "EPSG:2154")
    assert _angle_gap(back[:3], bearings[:3]).max() < 1e-9
    # A geographic CRS has no grid: both norths are the same.
    assert to_grid([10.0], [-4.49], [48.39], "EPSG:4326")[0] == pytest.approx(10.0, abs=1e-12)


def test_grid_north_option_reads_angles_on_the_camera_layer_grid():
    # At Brest, 0° on the Lambert-93 grid: the sector's axis is the grid's
    # north, whose true bearing is what Geod.inv finds for a grid step north.
    lon, lat = -4.49, 48.39
    x, y = _xy(lon, lat, "EPSG:2154")
    grid_north_azimuth = _azimuth(lon, lat, np.array([x]), np.array([y + 100.0]), "EPSG:2154")[0]
    coverage = _coverage(lon, lat, "EPSG:2154", [0.0], north="grid")
    assert _angle_gap(coverage.checked.direction[0], grid_north_azimuth) < 1e-4
    centroid = shapely.centroid(coverage.footprints)
    seen = _azimuth(lon, lat, shapely.get_x(centroid), shapely.get_y(centroid), "EPSG:2154")
    assert _angle_gap(seen[0], grid_north_azimuth) < 0.1
    # Far from 3°E the two readings differ by the convergence (5.4° here).
    assert _angle_gap(grid_north_azimuth, 0.0) > 5.0


def test_same_scene_in_three_crs_gives_the_same_areas():
    # Brest, where grid and true north are 5.4° apart: parcels drawn in
    # lon/lat, cameras looking along several bearings.
    lon, lat = -4.49, 48.39
    rings = []
    for dx in range(-3, 4):
        for dy in range(-3, 4):
            west, south = lon + dx * 0.0003, lat + dy * 0.0002
            rings.append(shapely.box(west, south, west + 0.0002, south + 0.00015))
    lonlat_parcels = shapely.segmentize(np.array(rings), 0.00001)
    results = {}
    for crs in ("EPSG:4326", "EPSG:2154", "EPSG:32630"):
        to = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
        parcels = shapely.transform(
            lonlat_parcels, lambda xy, to=to: np.column_stack(to.transform(*xy.T))
        )
        x, y = _xy(lon, lat, crs)
        n = len(DIRECTIONS)
        values = CameraValues(
            camera_id=[str(d) for d in DIRECTIONS],
            direction=np.array(DIRECTIONS),
            fov=np.full(n, 40.0),
            range_m=np.full(n, 60.0),
        )
        result = run_audit(
            shapely.points(np.full(n, x), np.full(n, y)),
            crs,
            values,
            parcels,
            crs,
            [str(i) for i in range(len(parcels))],
            np.zeros(len(parcels), bool),
            AuditSettings(),
        )
        results[crs] = (result.exposure.covered_m2, result.exposure.private_m2)
    covered, private = results["EPSG:4326"]
    assert private.min() > 100  # every camera sees some parcel
    for crs in ("EPSG:2154", "EPSG:32630"):
        other_covered, other_private = results[crs]
        assert np.allclose(other_covered, covered, rtol=2e-3)
        assert np.allclose(other_private, private, rtol=2e-3)


def test_working_crs_keeps_the_camera_layer_angles_apart_from_its_own():
    # Cameras given in UTM 30N at Brest are worked in UTM 30N; the same
    # bearing drawn there and in Lambert-93 points the same way on the ground.
    assert CRS("EPSG:32630").is_projected
    coverage = _coverage(-4.49, 48.39, "EPSG:32630", [90.0])
    assert coverage.working_crs_id == "EPSG:32630"
    centroid = shapely.centroid(coverage.footprints)
    seen = _azimuth(-4.49, 48.39, shapely.get_x(centroid), shapely.get_y(centroid), "EPSG:32630")
    assert _angle_gap(seen[0], 90.0) < 0.1
