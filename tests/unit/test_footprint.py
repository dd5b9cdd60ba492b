"""Footprints against areas and bearings worked out by hand."""

import math

import numpy as np
import pytest
import shapely

from camera_coverage.core.footprint import sectors

X0, Y0 = 652_000.0, 6_862_000.0


def bearing_point(bearing_deg, distance):
    rad = math.radians(bearing_deg)
    return shapely.Point(X0 + distance * math.sin(rad), Y0 + distance * math.cos(rad))


@pytest.mark.parametrize("fov", [1.0, 7.5, 45.0, 60.0, 90.0, 180.0, 270.0, 359.5])
@pytest.mark.parametrize("direction", [0.0, 45.0, 350.0, 180.0])
def test_sector_area_within_a_thousandth_of_the_exact_sector(direction, fov):
    (sector,) = sectors([X0], [Y0], [direction], [fov], [40.0])
    exact = math.pi * 40.0**2 * fov / 360.0
    assert sector.is_valid
    assert abs(sector.area - exact) / exact < 1e-3


@pytest.mark.parametrize("direction, fov", [(np.nan, 60.0), (90.0, 360.0), (0.0, 400.0)])
def test_no_direction_or_full_fov_gives_a_disc(direction, fov):
    (disc,) = sectors([X0], [Y0], [direction], [fov], [25.0])
    assert abs(disc.area - math.pi * 625.0) / (math.pi * 625.0) < 1e-3
    assert disc.contains(shapely.Point(X0, Y0))


def test_north_is_a_direction_not_none():
    (north,) = sectors([X0], [Y0], [0.0], [90.0], [30.0])
    assert north.contains(bearing_point(0, 20))
    assert north.contains(bearing_point(44, 20))
    assert not north.contains(bearing_point(90, 20))
    assert not north.contains(bearing_point(180, 20))
    assert not north.contains(bearing_point(270, 20))
    assert abs(north.area - math.pi * 900 / 4) / (math.pi * 900 / 4) < 1e-3


@pytest.mark.parametrize(
    "direction, fov, inside, outside",
    [
        (350.0, 60.0, [325, 340, 0, 15], [35, 90, 300, 180]),
        (10.0, 60.0, [345, 0, 35], [330, 45, 180]),
        (0.0, 10.0, [356, 4], [350, 10]),
    ],
)
def test_sectors_crossing_north(direction, fov, inside, outside):
    (sector,) = sectors([X0], [Y0], [direction], [fov], [50.0])
    for bearing in inside:
        assert sector.contains(bearing_point(bearing, 25)), bearing
    for bearing in outside:
        assert not sector.contains(bearing_point(bearing, 25)), bearing


def test_east_is_drawn_facing_east():
    (east,) = sectors([X0], [Y0], [90.0], [20.0], [30.0])
    minx, miny, maxx, maxy = east.bounds
    assert minx == pytest.approx(X0)
    assert maxx == pytest.approx(X0 + 30.0)
    assert maxy - miny < 2 * 30 * math.sin(math.radians(10)) + 1e-6


def test_blind_zone_leaves_an_annular_sector():
    near, far = 5.0, 20.0
    (ring_sector, ring_disc) = sectors(
        [X0, X0], [Y0, Y0], [90.0, np.nan], [90.0, 90.0], [far, far], [near, near]
    )
    expected = math.pi * (far**2 - near**2) / 4
    assert abs(ring_sector.area - expected) / expected < 1e-3
    assert not ring_sector.contains(bearing_point(90, 3))
    assert ring_sector.contains(bearing_point(90, 10))
    disc_expected = math.pi * (far**2 - near**2)
    assert abs(ring_disc.area - disc_expected) / disc_expected < 1e-3
    assert not ring_disc.contains(shapely.Point(X0, Y0))


def test_many_cameras_in_one_call_keep_their_order():
    directions = np.array([0.0, 90.0, 180.0, 270.0, np.nan])
    polys = sectors(
        np.full(5, X0), np.full(5, Y0), directions, np.full(5, 30.0), np.arange(1, 6) * 10.0
    )
    assert len(polys) == 5
    assert polys[1].contains(bearing_point(90, 15))
    assert polys[2].contains(bearing_point(180, 25))
    assert polys[3].contains(bearing_point(270, 35))
    assert polys[4].contains(bearing_point(123, 45))
    assert sectors([], [], [], [], []).shape == (0,)
