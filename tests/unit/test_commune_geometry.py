"""Neighbouring communes and what lies within reach, on squares at distances
worked out by hand; the OSM building use given to each cadastre building by
overlap shares worked out by hand."""

import math

import numpy as np
import pytest
import shapely
from shapely import box

from camera_coverage.core.commune_geometry import (
    MIN_OVERLAP_SHARE,
    building_values_by_overlap,
    communes_within,
    within_reach,
)

COMMUNE = box(0, 0, 1000, 1000)


def _array(*geometries):
    array = np.empty(len(geometries), dtype=object)
    array[:] = geometries
    return array


def _bow_tie(x, y, size):
    """Self-crossing, so invalid: two triangles of size²/4 meeting at the
    centre."""
    return shapely.Polygon([(x, y), (x + size, y + size), (x + size, y), (x, y + size), (x, y)])


NEIGHBOURS = _array(
    box(1149, 0, 2000, 1000),  # 0: 149 m east
    box(1151, 0, 2000, 1000),  # 1: 151 m east
    box(1150, 0, 2000, 1000),  # 2: exactly 150 m east
    box(1090, 1120, 1500, 1500),  # 3: corner to corner, sqrt(90² + 120²) = 150 m
    box(1100, 1120, 1500, 1500),  # 4: sqrt(100² + 120²) = 156.2 m, each gap < 150
    box(-500, 0, 0, 1000),  # 5: shares the west boundary
    None,  # 6: no outline
    shapely.Polygon(),  # 7: empty outline
    _bow_tie(1140, 400, 100),  # 8: invalid, 140 m east
    box(0, -2000, 1000, -1150.5),  # 9: 1150.5 m south
)


def test_communes_within_150_m():
    assert communes_within(COMMUNE, NEIGHBOURS, 150).tolist() == [0, 2, 3, 5, 8]


def test_communes_within_0_m_are_those_that_touch():
    assert communes_within(COMMUNE, NEIGHBOURS, 0).tolist() == [5]


def test_communes_within_a_larger_distance():
    assert communes_within(COMMUNE, NEIGHBOURS, 1150.5).tolist() == [0, 1, 2, 3, 4, 5, 8, 9]


def test_no_other_commune():
    assert communes_within(COMMUNE, _array(), 150).tolist() == []


@pytest.mark.parametrize("distance", [-1.0, math.nan, math.inf])
def test_a_distance_that_is_not_one_is_refused(distance):
    with pytest.raises(ValueError, match="distance"):
        communes_within(COMMUNE, NEIGHBOURS, distance)
    with pytest.raises(ValueError, match="distance"):
        within_reach(NEIGHBOURS, COMMUNE, distance)


def test_within_reach_inside_counts_and_the_hole_does_not():
    # An outline with an enclave (another commune) of 400 x 400 m in it.
    outline = box(0, 0, 1000, 1000).difference(box(300, 300, 700, 700))
    geometries = _array(
        shapely.Point(100, 100),  # inside
        shapely.Point(1150, 500),  # 150 m east
        shapely.Point(1150.5, 500),  # 150.5 m east
        shapely.LineString([(2000, -1000), (2000, 2000)]),  # 1000 m east
        box(1100, -300, 1200, -200),  # corner 100 and 200 m off: sqrt(100² + 200²)
        shapely.Point(500, 500),  # centre of the enclave, 200 m from the outline
        shapely.Point(500, 350),  # in the enclave, 50 m from the outline
        None,
        shapely.Point(),
    )
    assert within_reach(geometries, outline, 150).tolist() == [
        True,
        True,
        False,
        False,
        False,
        False,
        True,
        False,
        False,
    ]
    # At 0 m, only what is inside or on the outline.
    assert within_reach(geometries, outline, 0).tolist() == [True] + [False] * 8
    assert within_reach(geometries, outline, 224).tolist()[4:6] == [True, True]
    assert within_reach(geometries, outline, 223).tolist()[4:6] == [False, True]


# Etalab buildings of 10 x 10 m (100 m²), each with its OSM neighbours.
BUILDINGS = _array(
    box(0, 0, 10, 10),  # 0: 30 m² under "garage", 70 m² under "house"
    box(20, 0, 30, 10),  # 1: 25 m² under "apartments", exactly a quarter
    box(50, 0, 60, 10),  # 2: 24 m² under "shed", under a quarter
    box(80, 0, 90, 10),  # 3: only touches "retail" along its east wall
    box(200, 0, 210, 10),  # 4: no OSM building near
    _bow_tie(100, 0, 10),  # 5: invalid, 50 m²; "church" covers its east triangle
    None,  # 6: no geometry
    box(300, 0, 310, 10),  # 7: 50 m² under "school", 50 m² under "office"
)
OSM = _array(
    box(-5, 0, 3, 10),
    box(3, 0, 10, 10),
    box(27.5, 0, 40, 10),  # 125 m²: its 25 m² over building 1 are a fifth of it
    box(57.6, 0, 70, 10),
    box(90, 0, 100, 10),
    box(105, 0, 110, 10),
    box(295, 0, 305, 10),
    box(305, 0, 315, 10),
)
VALUES = ["garage", "house", "apartments", "shed", "retail", "church", "school", "office"]


def test_building_values_by_overlap():
    assert building_values_by_overlap(BUILDINGS, OSM, VALUES) == [
        "house",
        "apartments",
        None,
        None,
        None,
        "church",
        None,
        "school",
    ]


def test_the_threshold_is_a_quarter():
    assert MIN_OVERLAP_SHARE == 0.25


def test_the_largest_overlap_wins_whatever_the_order_of_the_osm_buildings():
    order = [1, 0, 2, 3, 4, 5, 6, 7]
    values = building_values_by_overlap(BUILDINGS[:1], OSM[order], [VALUES[i] for i in order])
    assert values == ["house"]


def test_an_invalid_osm_building_is_made_valid():
    # Its east triangle (25 m²) over the building, a quarter of it.
    assert building_values_by_overlap(
        _array(box(0, 0, 10, 10)), _array(_bow_tie(-5, 0, 10)), ["yes"]
    ) == ["yes"]


def test_a_building_without_area_gets_no_value():
    flat = shapely.Polygon([(0, 0), (10, 0), (5, 0), (0, 0)])
    assert building_values_by_overlap(_array(flat), _array(box(0, -5, 10, 5)), ["yes"]) == [None]


def test_no_osm_building_at_all():
    assert building_values_by_overlap(BUILDINGS, _array(), []) == [None] * len(BUILDINGS)
    assert building_values_by_overlap(_array(), OSM, VALUES) == []


def test_values_and_osm_buildings_must_match():
    with pytest.raises(ValueError, match="7 building values for 8 OSM buildings"):
        building_values_by_overlap(BUILDINGS, OSM, VALUES[:7])
