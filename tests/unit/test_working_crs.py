"""Areas come out in ground square metres whatever the input CRS."""

import math

import numpy as np
import pytest
import shapely

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.working_crs import choose_working_crs, is_metric, reproject


def point_4326(lon, lat):
    return np.array([shapely.Point(lon, lat)])


@pytest.mark.parametrize(
    "lon, lat, epsg",
    [
        (2.35, 48.89, 2154),  # Paris
        (7.42, 43.73, 2154),  # Monaco, inside Lambert-93's extent
        (45.15, -12.78, 4471),  # Mayotte
        (55.45, -21.0, 2975),  # La Réunion
        (-61.5, 16.25, 5490),  # Guadeloupe
        (-61.0, 14.6, 5490),  # Martinique
        (-52.3, 4.9, 2972),  # Guyane
        (13.4, 52.5, 32633),  # Berlin: local UTM
        (-70.6, -33.4, 32719),  # Santiago: southern UTM
    ],
)
def test_the_working_crs_of_a_place(lon, lat, epsg):
    assert choose_working_crs("EPSG:4326", point_4326(lon, lat)).to_epsg() == epsg


def test_a_metric_input_crs_is_kept_but_web_mercator_is_not():
    paris_l93 = reproject(point_4326(2.35, 48.89), "EPSG:4326", "EPSG:2154")
    assert choose_working_crs("EPSG:2154", paris_l93).to_epsg() == 2154
    paris_3857 = reproject(point_4326(2.35, 48.89), "EPSG:4326", "EPSG:3857")
    assert is_metric("EPSG:3857")
    assert choose_working_crs("EPSG:3857", paris_3857).to_epsg() == 2154
    assert not is_metric("EPSG:4326")


def scene(metric_epsg, lon, lat):
    """A camera looking north at 30 m, a private parcel starting 10 m north of
    it: the private area is the sector minus a triangle, by hand."""
    centre = reproject(point_4326(lon, lat), "EPSG:4326", f"EPSG:{metric_epsg}")[0]
    x, y = centre.x, centre.y
    parcel = shapely.box(x - 100, y + 10, x + 100, y + 100)
    sector = math.pi * 30**2 / 4
    triangle = 10 * 20 / 2  # below y+10 the 90° sector is a triangle of height 10
    return shapely.Point(x, y), parcel, sector, sector - triangle


@pytest.mark.parametrize("epsg, lon, lat", [(2154, 2.35, 48.89), (4471, 45.15, -12.78)])
def test_inputs_in_degrees_give_the_same_square_metres(epsg, lon, lat):
    camera, parcel, covered, private = scene(epsg, lon, lat)
    values = CameraValues(["c1"], [0.0], [90.0], [30.0])
    settings = AuditSettings()
    in_metres = run_audit(
        np.array([camera]),
        f"EPSG:{epsg}",
        values,
        np.array([parcel]),
        f"EPSG:{epsg}",
        ["P"],
        [False],
        settings,
    )
    camera_deg = reproject([camera], f"EPSG:{epsg}", "EPSG:4326")
    # Densify first so the parcel's straight edges stay straight in metres.
    parcel_deg = reproject([shapely.segmentize(parcel, 1.0)], f"EPSG:{epsg}", "EPSG:4326")
    in_degrees = run_audit(
        camera_deg,
        "EPSG:4326",
        values,
        parcel_deg,
        "EPSG:4326",
        ["P"],
        [False],
        settings,
    )
    assert in_degrees.coverage.working_crs.to_epsg() == epsg
    for result in (in_metres, in_degrees):
        assert result.exposure.covered_m2[0] == pytest.approx(covered, rel=1e-3)
        assert result.exposure.private_m2[0] == pytest.approx(private, rel=1e-3)
