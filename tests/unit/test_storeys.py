"""Façades by storey (issue 19), worked out by hand: which storeys of a
dwelling are in a camera's picture, and the façade mask capped at the
building's top.

The camera stands H metres up looking grid north (on Lambert-93's central
meridian), tilted t below the horizontal, with a vertical field of view v.
Its picture's top edge looks up at v/2 - t, its bottom edge down at
v/2 + t, so on a wall D metres ahead it spans the heights
H - D tan(v/2 + t) to H + D tan(v/2 - t). A point x east, y north and z up
is, in the camera's frame, X = x across, Y = y sin t + (z - H) cos t up and
Z = y cos t - (z - H) sin t deep, and lands in the picture at
(0.5 + X / (2 Z tan(h/2)), 0.5 - Y / (2 Z tan(v/2))). Storeys are 3 m high,
0 the ground floor.
"""

import math

import numpy as np
import pytest
import shapely

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.dwellings import DWELLING
from camera_coverage.core.legal import LegalInputs, legal_reading
from camera_coverage.core.picture import SKY_M, wall_outlines
from camera_coverage.core.storeys import storeys_seen, storeys_text

X0, Y0 = 700_000.0, 6_600_000.0
L93 = "EPSG:2154"
HFOV, VFOV = 60.0, 34.0


def wall(distance, top, half_width=5.0):
    """A wall `distance` m north of the camera, its line carrying its top."""
    line = shapely.LineString([(X0 - half_width, Y0 + distance), (X0 + half_width, Y0 + distance)])
    return line if top is None else shapely.force_3d(line, top)


def storeys(walls, height, tilt, direction=0.0, hfov=HFOV, vfov=VFOV):
    n = len(walls)
    return storeys_seen(
        np.array(walls, dtype=object),
        np.tile([X0, Y0], (n, 1)),
        np.full(n, direction),
        np.full(n, height),
        np.full(n, tilt),
        np.full(n, hfov),
        np.full(n, vfov),
    )


def span_on_wall(distance, height, tilt, vfov=VFOV):
    """The heights a wall `distance` m ahead shows, from the module's
    docstring."""
    half = math.radians(vfov / 2)
    t = math.radians(tilt)
    return height - distance * math.tan(half + t), height + distance * math.tan(half - t)


def seen_at(x, y, z, height, tilt, hfov=HFOV, vfov=VFOV):
    t = math.radians(tilt)
    up = y * math.sin(t) + (z - height) * math.cos(t)
    depth = y * math.cos(t) - (z - height) * math.sin(t)
    return (
        0.5 + x / (2 * depth * math.tan(math.radians(hfov / 2))),
        0.5 - up / (2 * depth * math.tan(math.radians(vfov / 2))),
    )


def test_a_level_camera_at_4_m_sees_three_storeys_of_a_9_m_house_10_m_away():
    # 4 ± 10 tan 17° = 0.94 m to 7.06 m: storeys 0 (0-3), 1 (3-6) and 2
    # (6-9) all partly in view.
    low, high = span_on_wall(10, 4.0, 0.0)
    assert (low, high) == pytest.approx((0.943, 7.057), abs=1e-3)
    assert storeys([wall(10, 9.0)], 4.0, 0.0) == [[0, 1, 2]]
    # A 12 m building: its fourth storey (9-12 m) is above the picture.
    assert storeys([wall(10, 12.0)], 4.0, 0.0) == [[0, 1, 2]]
    # 6 m away the picture shows 2.17 m to 5.83 m: storeys 0 and 1 only.
    assert span_on_wall(6, 4.0, 0.0) == pytest.approx((2.166, 5.834), abs=1e-3)
    assert storeys([wall(6, 9.0)], 4.0, 0.0) == [[0, 1]]


def test_a_steep_camera_sees_only_the_ground_floor():
    # 60° down: the picture's top edge looks 43° down and meets a wall 3 m
    # ahead 4 - 3 tan 43° = 1.20 m up.
    assert span_on_wall(3, 4.0, 60.0)[1] == pytest.approx(1.2025, abs=1e-3)
    assert storeys([wall(3, 9.0)], 4.0, 60.0) == [[0]]


def test_a_3_m_house_has_one_storey_and_unknown_heights_say_nothing():
    assert storeys([wall(10, 3.0)], 4.0, 0.0) == [[0]]
    # A last storey lower than 3 m (a 7 m house: 6 to 7 m) still counts.
    assert storeys([wall(10, 7.0)], 4.0, 0.0) == [[0, 1, 2]]
    unknown = [wall(10, SKY_M), wall(10, None), shapely.LineString()]
    assert storeys(unknown, 4.0, 0.0) == [None, None, None]
    # A camera without height, tilt or direction: no picture to tell.
    for height, tilt, direction in ((math.nan, 0.0, 0.0), (4.0, math.nan, 0.0)):
        assert storeys([wall(10, 9.0)], height, tilt, direction) == [None]
    assert storeys([wall(10, 9.0)], 4.0, 0.0, direction=math.nan) == [None]


def test_a_storey_band_in_the_picture_by_hand():
    # The first floor (3 to 6 m) of a wall 10 m ahead of a level camera
    # 4 m up: its floor is 1 m below the axis, its ceiling 2 m above.
    (band,) = wall_outlines(
        np.array([wall(10, 9.0)], dtype=object),
        np.array([6.0]),
        np.array([[X0, Y0]]),
        np.array([0.0]),
        np.array([4.0]),
        np.array([0.0]),
        np.array([HFOV]),
        np.array([VFOV]),
        base_m=np.array([3.0]),
    )
    across = 5 / (2 * 10 * math.tan(math.radians(30)))
    up = 2 * 10 * math.tan(math.radians(17))
    expected = shapely.box(0.5 - across, 0.5 - 2 / up, 0.5 + across, 0.5 + 1 / up)
    assert expected.bounds[1] == pytest.approx(0.1729, abs=1e-4)
    assert band.symmetric_difference(expected).area < 1e-9


def test_storeys_read_as_runs():
    assert storeys_text([0, 1, 2]) == "0-2"
    assert storeys_text([0]) == "0"
    assert storeys_text([0, 1, 4]) == "0-1, 4"
    assert storeys_text([1, 3, 4, 5]) == "1, 3-5"
    assert storeys_text(None) is None
    assert storeys_text([]) is None


# The legal reading end to end ----------------------------------------------

HOUSE = shapely.box(X0 - 5, Y0 + 15, X0 + 5, Y0 + 25)


def legal(building, height_m, tilt_deg, building_height):
    """A camera at the origin looking north at one dwelling; the street
    (un-parcelled) public, the house on its own private parcel."""
    values = CameraValues(
        camera_id=["c"],
        direction=[0.0],
        fov=[HFOV],
        range_m=[40.0],
        height_m=[height_m],
        tilt_deg=[tilt_deg],
        vfov_deg=[VFOV],
    )
    points = np.array([shapely.Point(X0, Y0)], dtype=object)
    parcels = np.array([shapely.box(X0 - 50, Y0 + 14, X0 + 50, Y0 + 60)], dtype=object)
    buildings = np.array([building], dtype=object)
    heights = np.array([building_height])
    settings = AuditSettings()
    result = run_audit(
        points,
        L93,
        values,
        parcels,
        L93,
        ["P"],
        np.array([False]),
        settings,
        buildings=buildings,
        buildings_crs=L93,
        building_heights=heights,
    )
    inputs = LegalInputs(
        parcels=parcels,
        parcels_crs=L93,
        buildings=buildings,
        buildings_crs=L93,
        building_use=np.array([DWELLING], dtype=object),
        building_heights=heights,
    )
    return legal_reading(result, values, inputs, ["P"], settings)


def facade_outline(reading):
    masks = reading.masks
    (row,) = np.flatnonzero(masks.kind == "dwelling_facade")
    return masks.image_outline[row]


def test_a_facade_mask_stops_at_the_roof_and_the_storeys_in_view():
    # 4 m up, 10° down: on the house's wall 15 m ahead the picture shows up
    # to 4 + 15 tan 7° = 5.84 m; the 5 m roof line is below that.
    assert span_on_wall(15, 4.0, 10.0)[1] == pytest.approx(5.842, abs=1e-3)
    reading = legal(HOUSE, 4.0, 10.0, 5.0)
    assert reading.dwellings.facade_m[0] == pytest.approx(10.0, abs=0.1)
    outline = facade_outline(reading)
    corners = [seen_at(x, 15, z, 4.0, 10.0) for x, z in ((-5, 0), (5, 0), (5, 5), (-5, 5))]
    # The roof line: 1 m above the camera, 15 m ahead.
    assert corners[2][1] == pytest.approx(0.0979, abs=1e-4)
    # (The seen wall runs a few centimetres round the house's corners, where
    # sight lines graze its sides: its roof line is that little farther.)
    assert outline.bounds[1] == pytest.approx(corners[2][1], abs=1e-3)
    assert outline.symmetric_difference(shapely.Polygon(corners)).area < 1e-3
    # Storeys 0 (0-3 m) and 1 (3-5 m) are in the picture.
    assert reading.dwelling_storeys == [[0, 1]]


def test_a_facade_of_unknown_height_is_masked_to_the_top_of_the_picture():
    reading = legal(HOUSE, 4.0, 10.0, math.nan)
    assert facade_outline(reading).bounds[1] == pytest.approx(0.0, abs=1e-9)
    assert reading.dwelling_storeys == [None]
    # A 9 m house: the picture's top (5.84 m) cuts its second storey.
    reading = legal(HOUSE, 4.0, 10.0, 9.0)
    assert facade_outline(reading).bounds[1] == pytest.approx(0.0, abs=1e-9)
    assert reading.dwelling_storeys == [[0, 1]]


def test_a_camera_looking_down_at_a_house_3_m_ahead_films_its_ground_floor():
    # 60° down: the ground in the picture runs from 4 / tan 77° = 0.92 m to
    # 4 / tan 43° = 4.29 m; the wall 3 m ahead shows up to 1.20 m.
    near = shapely.box(X0 - 5, Y0 + 3, X0 + 5, Y0 + 13)
    assert legal(near, 4.0, 60.0, 9.0).dwelling_storeys == [[0]]
    # A camera over a 3 m house sees its one storey (and over its roof).
    assert legal(HOUSE, 4.0, 10.0, 3.0).dwelling_storeys == [[0]]
