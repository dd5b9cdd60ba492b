"""Walls (lines) in the visibility core: floor-plan scenes whose visible
area is worked out on paper.

The corridor runs along x from -20 to 20 and y from -1.5 to 1.5 (120 m²),
closed at both ends; classrooms open on it above y = 1.5.
"""

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon, box

from camera_coverage.core.visibility import visible_footprints

R = 50.0
CORRIDOR = box(-20, -1.5, 20, 1.5)


def visible(camera, footprint, walls, buildings=(), reach=R):
    out = visible_footprints(
        np.array([camera], dtype=float),
        np.array([footprint], dtype=object),
        np.array([reach]),
        np.array(list(buildings), dtype=object),
        walls=np.array(list(walls), dtype=object),
    )
    assert out[0].is_valid and out[0].geom_type in ("Polygon", "MultiPolygon")
    return out[0]


def square(cx, cy, half=R):
    return box(cx - half, cy - half, cx + half, cy + half)


def test_a_wall_hides_the_wedge_behind_it_from_either_side():
    wall = LineString([(10, -5), (10, 5)])
    # From the origin: the wedge |y| <= x / 2 between x = 10 and x = 50,
    # (50² - 10²) * 5 / 10 = 1200 m² of the 100 m square.
    assert abs(visible((0, 0), square(0, 0), [wall]).area - (10_000 - 1200)) < 1e-6
    # From the other side, 10 m away, the same wedge mirrored.
    assert abs(visible((20, 0), square(20, 0), [wall]).area - (10_000 - 1200)) < 1e-6


def test_a_dome_in_a_closed_corridor_sees_the_corridor_only():
    walls = [CORRIDOR.exterior]
    dome = Point(0, 0).buffer(R, quad_segs=32)
    seen = visible((0, 0), dome, walls)
    assert abs(seen.area - 120.0) < 1e-6
    assert shapely.symmetric_difference(seen, CORRIDOR).area < 1e-6


def test_an_open_corridor_end_lets_a_wedge_through():
    # Side walls only: beyond x = ±20 the view spreads in the wedges
    # |y| <= 1.5 x / 20, (50² - 20²) * 1.5 / 20 = 157.5 m² each.
    walls = [LineString([(-20, 1.5), (20, 1.5)]), LineString([(-20, -1.5), (20, -1.5)])]
    seen = visible((0, 0), square(0, 0), walls)
    assert abs(seen.area - (120 + 2 * 157.5)) < 1e-6


def classroom_walls(door):
    """Corridor walls with a door from x = 4 to 6 in the upper wall when
    `door`, and a classroom x 0..10, y 1.5..9.5 above it."""
    upper = (
        [LineString([(-20, 1.5), (4, 1.5)]), LineString([(6, 1.5), (20, 1.5)])]
        if door
        else [LineString([(-20, 1.5), (20, 1.5)])]
    )
    return [
        *upper,
        LineString([(20, 1.5), (20, -1.5), (-20, -1.5), (-20, 1.5)]),
        LineString([(0, 1.5), (0, 9.5), (10, 9.5), (10, 1.5)]),
    ]


def test_the_corridor_walls_hide_the_classroom():
    seen = visible((0, 0), Point(0, 0).buffer(R, quad_segs=32), classroom_walls(door=False))
    assert abs(seen.area - 120.0) < 1e-6


def test_an_open_door_shows_a_piece_of_the_classroom():
    # Through the door (4..6 at y = 1.5) the rays from the origin reach the
    # classroom's far wall x = 10 between y = 2.5 and y = 3.75: the
    # quadrilateral (4, 1.5) (6, 1.5) (10, 2.5) (10, 3.75), that is the
    # triangle O (10, 2.5) (10, 3.75) (6.25 m²) less O (4, 1.5) (6, 1.5)
    # (1.5 m²): 4.75 m².
    seen = visible((0, 0), Point(0, 0).buffer(R, quad_segs=32), classroom_walls(door=True))
    classroom = box(0, 1.5, 10, 9.5)
    assert abs(seen.intersection(classroom).area - 4.75) < 1e-6
    assert abs(seen.area - 124.75) < 1e-6
    expected = Polygon([(4, 1.5), (6, 1.5), (10, 2.5), (10, 3.75)])
    assert shapely.symmetric_difference(seen.intersection(classroom), expected).area < 1e-6


def test_a_camera_on_a_wall_line_is_not_blinded_by_it():
    # On the corridor's upper wall, at the foot of a room x -10..0, y
    # 1.5..9.5: it sees the corridor (120 m²) and the room (80 m²).
    walls = [
        CORRIDOR.exterior,
        LineString([(-10, 1.5), (-10, 9.5), (0, 9.5), (0, 1.5)]),
    ]
    seen = visible((-5, 1.5), square(-5, 1.5), walls)
    assert abs(seen.area - 200.0) < 1e-6


def test_walls_and_buildings_together():
    # A 10 m square building east of the camera hides itself and its
    # shadow, the wedge |y| <= x / 2 from x = 10 to 50 (1200 m²); a wall
    # as wide, 10 m west, hides the mirrored wedge.
    building = box(10, -5, 20, 5)
    wall = LineString([(-10, -5), (-10, 5)])
    seen = visible((0, 0), square(0, 0), [wall], [building])
    assert abs(seen.area - (10_000 - 2 * 1200)) < 1e-6


def test_without_walls_the_result_is_the_building_path():
    building = box(10, -5, 20, 5)
    args = (np.array([[0.0, 0.0]]), np.array([square(0, 0)]), np.array([R]))
    plain = visible_footprints(*args, np.array([building]))
    empty = visible_footprints(*args, np.array([building]), walls=np.array([], dtype=object))
    assert shapely.equals(plain[0], empty[0])


def test_with_walls_an_indoor_camera_sees_its_building_inside_the_walls():
    # A 20 m × 10 m building cut in two by a partition at x = 0; its outer
    # walls are drawn too. A dome in the west room sees that room: 100 m².
    building = box(-10, -5, 10, 5)
    walls = [building.exterior, LineString([(0, -5), (0, 5)])]
    seen = visible((-5, 0), Point(-5, 0).buffer(R, quad_segs=32), walls, [building])
    assert abs(seen.area - 100.0) < 1e-6
    # Without walls it is a camera mounted on the building: it sees out of
    # it, never into it.
    plain = visible_footprints(
        np.array([[-5.0, 0.0]]),
        np.array([Point(-5, 0).buffer(R, quad_segs=32)]),
        np.array([R]),
        np.array([building]),
    )[0]
    assert plain.intersection(building).area < 1e-9


def test_with_walls_a_camera_on_a_building_outline_looking_in_films_inside():
    # On the building's south wall at (-5, -5), looking north (a 90° sector,
    # built by hand): it sees the west room (10 m × 10 m) less the two
    # corners its 45° edges leave out, 5 × 5 / 2 each: 75 m²; looking
    # south, it sees out as a façade camera does (the quarter disc of the
    # street, none of the building).
    building = box(-10, -5, 10, 5)
    walls = [building.exterior, LineString([(0, -5), (0, 5)])]
    north = Polygon([(-5, -5), (-5 - 30, -5 + 30), (-5 + 30, -5 + 30)])
    seen = visible((-5, -5), north, walls, [building])
    assert abs(seen.area - 75.0) < 1e-6
    south = Polygon([(-5, -5), (-5 + 30, -5 - 30), (-5 - 30, -5 - 30)])
    out = visible((-5, -5), south, walls, [building])
    assert abs(out.area - south.area) < 1e-6 and out.intersection(building).area < 1e-9
