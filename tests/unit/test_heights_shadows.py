"""Shadows of buildings and walls lower than the camera, on scenes worked
out on paper, and the heights read from BD TOPO and OSM attributes.

The camera stands at the origin and looks north over a 20 x 20 m garden,
box(-10, 0, 10, 20) (400 m²), unless said otherwise. A building of height
hb seen from a camera at height hc > hb hides the copies of its footprint
scaled by 1 to s = hc / (hc - hb) about the camera's foot."""

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point, Polygon, box

from camera_coverage.core.heights import building_heights, parse_height
from camera_coverage.core.visibility import visible_footprints

GARDEN = box(-10, 0, 10, 20)
# 3 x 3 m, its front wall 5 m north of the camera.
GARAGE = box(-1.5, 5, 1.5, 8)


def seen(buildings, heights, camera_height, footprint=GARDEN, walls=None, wall_heights=None):
    out = visible_footprints(
        np.array([[0.0, 0.0]]),
        np.array([footprint], dtype=object),
        np.array([30.0]),
        np.array(buildings, dtype=object),
        walls=walls,
        building_heights=None if heights is None else np.array(heights, dtype=float),
        camera_heights=np.array([camera_height], dtype=float),
        wall_heights=wall_heights,
    )[0]
    assert out.is_valid
    return out


def test_a_camera_6_m_up_sees_over_a_3_m_garage_into_the_garden():
    # s = 6 / (6 - 3) = 2: 2 F = box(-3, 10, 3, 16). The hull of F and 2 F:
    # (-1.5, 5), (1.5, 5), (3, 10), (3, 16), (-3, 16), (-3, 10); a trapezoid
    # from y = 5 to 10 (widths 3 and 6: 22.5 m²) and a 6 x 6 square (36 m²):
    # 58.5 m² hidden, the garage's 9 m² included.
    out = seen([GARAGE], [3.0], 6.0)
    assert out.area == pytest.approx(400 - 58.5, abs=1e-9)
    hull = Polygon([(-1.5, 5), (1.5, 5), (3, 10), (3, 16), (-3, 16), (-3, 10)])
    assert shapely.symmetric_difference(out, GARDEN.difference(hull)).area < 1e-9
    # The sight line to (0, 16.1) passes over the back of the roof (at 16.1
    # the line is at 6 × (1 - 8 / 16.1) = 3.02 m above the back wall).
    assert out.contains(Point(0, 16.1))
    assert not out.contains(Point(0, 15.9))


def test_at_15_m_up_the_garage_hides_less():
    # s = 15 / 12 = 1.25: 1.25 F = box(-1.875, 6.25, 1.875, 10). Hull: a
    # trapezoid from y = 5 to 6.25 (widths 3 and 3.75: 4.21875 m²) and a
    # 3.75 x 3.75 square (14.0625 m²): 18.28125 m² hidden.
    assert seen([GARAGE], [3.0], 15.0).area == pytest.approx(400 - 18.28125, abs=1e-9)


# The garage as a wall of unlimited height: the wedge |x| <= 0.3 y from
# y = 5 to 20, 0.3 × (20² - 5²) = 112.5 m².
GARAGE_2D = 400 - 112.5


def test_a_shed_of_unknown_height_hides_all_behind_it():
    assert seen([GARAGE], [math.nan], 6.0).area == pytest.approx(GARAGE_2D, abs=1e-9)


def test_a_camera_of_unknown_height_sees_as_in_2d():
    assert seen([GARAGE], [3.0], math.nan).area == pytest.approx(GARAGE_2D, abs=1e-9)


@pytest.mark.parametrize("height", [6.0, 12.0])
def test_a_building_as_high_as_the_camera_or_higher_hides_all_behind_it(height):
    # An 8 x 8 m house from y = 5: the wedge |x| <= 0.8 y reaches the
    # garden's sides at y = 12.5: 0.8 × (12.5² - 5²) = 105, then 20 × 7.5.
    house = box(-4, 5, 4, 13)
    assert seen([house], [height], 6.0).area == pytest.approx(400 - 105 - 150, abs=1e-9)


def test_a_building_a_hair_lower_than_the_camera_hides_all_within_reach():
    # s = 6e9: the shadow is cut past the garden, never drawn that far.
    assert seen([GARAGE], [6.0 - 1e-9], 6.0).area == pytest.approx(GARAGE_2D, abs=1e-6)


def test_a_flat_slab_hides_only_itself():
    assert seen([GARAGE], [0.0], 6.0).area == pytest.approx(400 - 9, abs=1e-9)


# An L-shaped annex, its notch box(0, 4, 4, 7) facing the camera: a deep
# wing box(-2, 4, 0, 8) and a shallow one box(0, 7, 4, 8). The line x = 0
# through the camera parts them, so each wing's shadow is its own hull.
ANNEX = Polygon([(-2, 4), (0, 4), (0, 7), (4, 7), (4, 8), (-2, 8)])


def test_an_l_shaped_annex_hides_its_two_wings_shadows_not_its_notch():
    # 2 m high, camera 4 m up: s = 2.
    # Deep wing with box(-4, 8, 0, 16): from y = 4 to 8 the width grows from
    # 2 to 4 (12 m²), then a 4 x 8 rectangle (32 m²): 44 m².
    # Shallow wing with box(0, 14, 8, 16): from y = 7 to 14 the width grows
    # from 4 to 8 (42 m²), then 8 x 2 (16 m²): 58 m².
    out = seen([ANNEX], [2.0], 4.0)
    assert out.area == pytest.approx(400 - 44 - 58, abs=1e-9)
    # The notch is in plain view; the ground past the far wings is not hidden.
    assert out.contains(Point(2, 5))
    assert out.contains(Point(2, 16.5)) and out.contains(Point(-2, 16.5))
    assert not out.contains(Point(-3.5, 15)) and not out.contains(Point(7, 15))


def test_a_balustrade_hides_a_strip_of_the_playground():
    # A 1.2 m balustrade y = 7, |x| <= 5 seen from 4 m up: s = 4 / 2.8 = 10/7.
    # It hides the trapezoid from y = 7 (10 m wide) to y = 10 (100/7 m wide):
    # 3 × (10 + 100/7) / 2 = 255/7 m² of a 40 x 30 m playground.
    playground = box(-20, 0, 20, 30)
    balustrade = np.array([LineString([(-5, 7), (5, 7)])], dtype=object)
    out = seen([], [], 4.0, playground, balustrade, np.array([1.2]))
    assert out.area == pytest.approx(1200 - 255 / 7, abs=1e-9)
    assert not out.contains(Point(0, 9.9)) and out.contains(Point(0, 10.1))
    # As a wall of unlimited height it hides the wedge |x| <= 5 y / 7 up to
    # y = 28 (525 m²), then the playground's whole width (80 m²).
    tall = seen([], [], 4.0, playground, balustrade, np.array([math.nan]))
    assert tall.area == pytest.approx(1200 - 525 - 80, abs=1e-9)


def test_with_every_height_unknown_the_answer_is_the_2d_one_to_the_bit():
    # A courtyard building too (its walls' path) and a wall line.
    buildings = [GARAGE, ANNEX, box(4, 10, 9, 15).difference(box(5, 11, 8, 14))]
    walls = np.array([LineString([(-8, 3), (-6, 12)])], dtype=object)
    plain = seen(buildings, None, math.nan, walls=walls)
    unknown = seen(buildings, [math.nan] * 3, 6.0, walls=walls, wall_heights=np.array([math.nan]))
    assert shapely.to_wkb(unknown) == shapely.to_wkb(plain)


@pytest.mark.parametrize(
    "value, metres",
    [
        (12, 12.0),
        (12.5, 12.5),
        ("12", 12.0),
        ("12 m", 12.0),
        ("12,5", 12.5),
        ("12.5m", 12.5),
        (" 7 M ", 7.0),
        ("3 storeys", math.nan),
        ("40'", math.nan),
        ("10;12", math.nan),
        ("-3", math.nan),
        (-3.0, math.nan),
        (0, math.nan),
        (math.inf, math.nan),
        (math.nan, math.nan),
        (None, math.nan),
        ("", math.nan),
        (True, math.nan),
    ],
)
def test_a_height_is_a_plain_number_of_metres(value, metres):
    assert parse_height(value) == pytest.approx(metres, nan_ok=True)


def test_bd_topo_hauteur_comes_first():
    columns = {
        "height": ["9", "9", "9"],
        "hauteur": [12.0, None, -1.0],
        "building:levels": ["2", "2", "2"],
    }
    heights, source, unknown = building_heights(columns)
    # hauteur, then the storeys where it says nothing usable; OSM's height
    # is not read once hauteur is there.
    assert heights.tolist() == [12.0, 6.0, 6.0]
    assert source == "hauteur, building:levels"
    assert unknown == 0


def test_osm_height_with_its_unit_then_storeys():
    columns = {"height": ["3 m", None, "tall"], "building:levels": [None, 2, None]}
    heights, source, unknown = building_heights(columns)
    assert heights.tolist()[:2] == [3.0, 6.0] and math.isnan(heights[2])
    assert source == "height, building:levels"
    assert unknown == 1


def test_upper_case_hauteur_of_older_bd_topo():
    heights, source, unknown = building_heights({"HAUTEUR": [7.5, math.inf], "nom": ["a", "b"]})
    assert heights[0] == 7.5 and math.isnan(heights[1])
    assert (source, unknown) == ("HAUTEUR", 1)


def test_storeys_alone_are_3_m_each():
    heights, source, unknown = building_heights({"building:levels": ["2", "3 storeys", 1]})
    assert heights[[0, 2]].tolist() == [6.0, 3.0] and math.isnan(heights[1])
    assert (source, unknown) == ("building:levels", 1)


def test_no_height_field_leaves_every_height_unknown():
    heights, source, unknown = building_heights({"nom": ["a", "b"], "type": ["01", "02"]})
    assert np.isnan(heights).all() and heights.shape == (2,)
    assert (source, unknown) == ("", 2)


def test_the_users_field_is_read_as_metres():
    columns = {"h_m": ["4", "5 m"], "hauteur": [10.0, 10.0]}
    heights, source, unknown = building_heights(columns, "h_m")
    assert heights.tolist() == [4.0, 5.0] and (source, unknown) == ("h_m", 0)
    with pytest.raises(KeyError):
        building_heights(columns, "haut")
