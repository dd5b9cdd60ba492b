"""A dwelling's façade in the camera's picture, worked out by hand.

The camera stands at the origin, H metres up, looking grid north (on
Lambert-93's central meridian) and tilted t below the horizontal. A point x
metres east, y metres north and z metres up is, in the camera's frame,
X = x across, Y = y sin t + (z - H) cos t up and Z = y cos t - (z - H) sin t
deep, and lands in the picture at (0.5 + X / (2 Z tan(h/2)),
0.5 - Y / (2 Z tan(v/2))). The top edge of the picture looks up at v/2 - t
above the horizontal, so it meets a wall D metres ahead H + D tan(v/2 - t)
up.
"""

import math

import numpy as np
import pytest
import shapely

from camera_coverage.core.masks import camera_masks
from camera_coverage.core.picture import wall_outlines

L93 = "EPSG:2154"
X0, Y0 = 700_000.0, 6_600_000.0
FOV = 60.0


def seen_at(x, y, z, height, tilt, fov=FOV):
    t = math.radians(tilt)
    across = x
    up = y * math.sin(t) + (z - height) * math.cos(t)
    depth = y * math.cos(t) - (z - height) * math.sin(t)
    half = math.tan(math.radians(fov) / 2)
    return (0.5 + across / (2 * depth * half), 0.5 - up / (2 * depth * half))


def picture_top_on_wall(distance, height, tilt, fov=FOV):
    """How high up the wall the picture's top edge looks."""
    return height + distance * math.tan(math.radians(fov / 2 - tilt))


def wall(x0, x1, y):
    return shapely.LineString([(X0 + x0, Y0 + y), (X0 + x1, Y0 + y)])


def outline_of(foot, top, height, tilt):
    (outline,) = wall_outlines(
        np.array([foot], dtype=object),
        np.array([top]),
        np.array([[X0, Y0]]),
        np.array([0.0]),
        np.array([height]),
        np.array([tilt]),
        np.array([FOV]),
        np.array([FOV]),
    )
    return outline


def trapezoid(x0, x1, distance, low, high, height, tilt):
    """The wall from `low` to `high` metres up, as the picture shows it."""
    return shapely.Polygon(
        [
            seen_at(x0, distance, low, height, tilt),
            seen_at(x1, distance, low, height, tilt),
            seen_at(x1, distance, high, height, tilt),
            seen_at(x0, distance, high, height, tilt),
        ]
    )


def test_a_facade_of_unknown_height_is_masked_to_the_top_of_the_picture():
    # 10 m of wall 20 m ahead, camera 4 m up tilted 10° down.
    outline = outline_of(wall(-5, 5, 20), math.inf, 4.0, 10.0)
    top = picture_top_on_wall(20, 4.0, 10.0)
    expected = trapezoid(-5, 5, 20, 0.0, top, 4.0, 10.0)
    assert expected.bounds[1] == pytest.approx(0.0, abs=1e-12)
    assert outline.symmetric_difference(expected).area < 1e-9
    # It widens upwards: the top of the wall is nearer the camera's plane.
    assert expected.area == pytest.approx(0.5198 * (0.4247 + 0.4698) / 2, abs=1e-3)


def test_a_door_is_masked_to_its_height():
    outline = outline_of(wall(-1, 1, 20), 2.5, 4.0, 10.0)
    expected = trapezoid(-1, 1, 20, 0.0, 2.5, 4.0, 10.0)
    assert outline.symmetric_difference(expected).area < 1e-9


def test_a_wall_rising_behind_a_steep_camera_is_cut_at_its_image_plane():
    # Tilted 80° down, 6 m up, the wall 3 m ahead: the wall's upper part
    # is behind the camera's image plane (from 6.53 m up) and must not come
    # back mirrored; the picture's top edge meets the wall 2.43 m up.
    top = picture_top_on_wall(3, 6.0, 80.0)
    assert top == pytest.approx(2.425, abs=1e-3)
    outline = outline_of(wall(-1, 1, 3), math.inf, 6.0, 80.0)
    expected = trapezoid(-1, 1, 3, 0.0, top, 6.0, 80.0)
    assert outline.symmetric_difference(expected).area < 1e-9


def test_a_wall_passing_beside_the_camera_is_cut_at_its_image_plane():
    # A level camera (depth is then the distance north): a 3 m wall 3 m to
    # the east, from 10 m behind to 30 m ahead. What is behind the image
    # plane must not come back mirrored.
    outline = outline_of(shapely.LineString([(X0 + 3, Y0 - 10), (X0 + 3, Y0 + 30)]), 3.0, 4.0, 0.0)
    near = 0.01
    front = shapely.Polygon(
        [
            seen_at(3, near, 0, 4, 0),
            seen_at(3, 30, 0, 4, 0),
            seen_at(3, 30, 3, 4, 0),
            seen_at(3, near, 3, 4, 0),
        ]
    )
    expected = front.intersection(shapely.box(0, 0, 1, 1))
    assert outline.symmetric_difference(expected).area < 1e-9
    assert outline.bounds[0] > 0.5


def test_a_wall_seen_edge_on_masks_nothing_and_a_corner_is_one_mask():
    along = shapely.LineString([(X0, Y0 + 10), (X0, Y0 + 30)])
    assert outline_of(along, math.inf, 4.0, 10.0).is_empty
    # A building from 5 to 15 m east and 20 to 30 m north: the camera sees
    # its south and west walls, 3 m of each.
    corner = shapely.LineString([(X0 + 15, Y0 + 20), (X0 + 5, Y0 + 20), (X0 + 5, Y0 + 30)])
    outline = outline_of(corner, 3.0, 4.0, 10.0)
    south = trapezoid(5, 15, 20, 0.0, 3.0, 4.0, 10.0)
    west = shapely.Polygon(
        [
            seen_at(5, 20, 0, 4, 10),
            seen_at(5, 30, 0, 4, 10),
            seen_at(5, 30, 3, 4, 10),
            seen_at(5, 20, 3, 4, 10),
        ]
    )
    # The south wall runs off the picture's right edge.
    expected = south.union(west).intersection(shapely.box(0, 0, 1, 1))
    assert south.bounds[2] > 1
    assert outline.symmetric_difference(expected).area < 1e-9
    # Two walls of one mask, apart: both.
    apart = shapely.MultiLineString([wall(-5, -3, 20), wall(3, 5, 20)])
    outline = outline_of(apart, 3.0, 4.0, 10.0)
    expected = trapezoid(-5, -3, 20, 0.0, 3.0, 4.0, 10.0).union(
        trapezoid(3, 5, 20, 0.0, 3.0, 4.0, 10.0)
    )
    assert outline.symmetric_difference(expected).area < 1e-9


def test_a_facade_mask_is_the_wall_in_the_picture_and_the_strip_on_the_ground():
    strip = shapely.box(X0 - 5, Y0 + 19, X0 + 5, Y0 + 20)
    masks = camera_masks(
        [[X0, Y0]], [0.0], [FOV], L93, [0], ["dwelling_facade"], [strip],
        height_m=[4.0], tilt_deg=[10.0], hfov_deg=[FOV], vfov_deg=[FOV],
        view_area_m2=[500.0], zone_walls=[wall(-5, 5, 20)], zone_wall_top_m=[math.inf],
    )  # fmt: skip
    facade = trapezoid(-5, 5, 20, 0.0, picture_top_on_wall(20, 4.0, 10.0), 4.0, 10.0)
    assert masks.image_outline[0].symmetric_difference(facade).area < 1e-9
    # The share of the picture to mask is the wall's, far more than its
    # foot's strip of ground; on the ground, the mask is the strip.
    assert masks.masked_share[0] == pytest.approx(facade.area)
    assert masks.area_m2[0] == pytest.approx(10.0)


def test_a_doorway_from_an_entrance_point_is_the_outline_of_its_cylinder():
    # An entrance point 20 m ahead: the doorway is taken anywhere on the
    # rim 1.5 m around it, 2.5 m high; in the picture, that cylinder's hull.
    rim = shapely.Point(X0, Y0 + 20).buffer(1.5, quad_segs=8).exterior
    outline = outline_of(rim, 2.5, 4.0, 10.0)
    corners = [
        seen_at(x - X0, y - Y0, z, 4.0, 10.0) for x, y in rim.coords[:-1] for z in (0.0, 2.5)
    ]
    expected = shapely.MultiPoint(corners).convex_hull
    assert outline.symmetric_difference(expected).area < 1e-9


def test_a_wall_with_a_repeated_vertex_is_cut_without_a_numpy_warning():
    # A façade drawn with the same vertex twice, one end behind the image
    # plane: the cut must not divide by a zero-length edge (QGIS showed the
    # RuntimeWarning in the user's "Python warning" log on every audit).
    foot = shapely.LineString(
        [(X0 - 3, Y0 - 2), (X0 + 1, Y0 + 6), (X0 + 1, Y0 + 6), (X0 + 4, Y0 + 9)]
    )
    with np.errstate(all="raise"):
        outline = outline_of(foot, 3.0, 4.0, 60.0)
    assert outline.area > 0


# A 16:9 picture: 60° across but only 34° high (DESIGN's example lens),
# and the same turned on its side (corridor mode). Every test above has
# equal angles: these catch one taken for the other.
HFOV, VFOV = 60.0, 34.0


def seen_with(x, y, z, height, tilt, hfov, vfov):
    """seen_at with the picture's own angles across and up."""
    t = math.radians(tilt)
    up = y * math.sin(t) + (z - height) * math.cos(t)
    depth = y * math.cos(t) - (z - height) * math.sin(t)
    return (
        0.5 + x / (2 * depth * math.tan(math.radians(hfov) / 2)),
        0.5 - up / (2 * depth * math.tan(math.radians(vfov) / 2)),
    )


@pytest.mark.parametrize(
    ("hfov", "vfov", "top"),
    # 10 m of wall 20 m ahead, camera 4 m up tilted 10° down, height
    # unknown: masked up to where the picture's top edge, v/2 - 10° above
    # the horizontal, meets it: 4 + 20 tan 7° = 6.456 m up for a 34° high
    # picture, 4 + 20 tan 20° = 11.279 m for a 60° high one.
    [(HFOV, VFOV, 6.456), (VFOV, HFOV, 11.279)],
)
def test_a_wall_in_a_picture_wider_than_it_is_high_and_turned(hfov, vfov, top):
    exact = 4.0 + 20.0 * math.tan(math.radians(vfov / 2 - 10.0))
    assert exact == pytest.approx(top, abs=1e-3)
    (outline,) = wall_outlines(
        np.array([wall(-5, 5, 20)], dtype=object), np.array([math.inf]),
        np.array([[X0, Y0]]), np.array([0.0]), np.array([4.0]), np.array([10.0]),
        np.array([hfov]), np.array([vfov]),
    )  # fmt: skip
    corners = [(-5, 0), (5, 0), (5, exact), (-5, exact)]
    expected = shapely.Polygon([seen_with(x, 20, z, 4, 10, hfov, vfov) for x, z in corners])
    expected = expected.intersection(shapely.box(0, 0, 1, 1))
    assert expected.bounds[1] == pytest.approx(0.0, abs=1e-3)
    assert outline.symmetric_difference(expected).area < 1e-9
    # The wall's foot, 4 m below the lens 20 m ahead, lies atan(4/20) - 10°
    # below the picture's axis.
    below = math.radians(math.degrees(math.atan2(4, 20)) - 10)
    assert outline.bounds[3] == pytest.approx(
        0.5 + math.tan(below) / (2 * math.tan(math.radians(vfov / 2))), abs=1e-9
    )


def test_ground_in_a_picture_wider_than_it_is_high():
    # 10 m up, 45° down: a ground point `a` across and `h` ahead lies
    # s (h + 10) deep and s (h - 10) above the axis (s = cos 45°).
    s = math.cos(math.radians(45))

    def picture(a, h):
        return (
            0.5 + a / (2 * s * (h + 10) * math.tan(math.radians(HFOV / 2))),
            0.5 - (h - 10) / (2 * (h + 10) * math.tan(math.radians(VFOV / 2))),
        )

    box = shapely.box(X0 - 2, Y0 + 8, X0 + 2, Y0 + 14)
    masks = camera_masks(
        [[X0, Y0]], [0.0], [HFOV], L93, [0], ["private"], [box],
        height_m=[10.0], tilt_deg=[45.0], hfov_deg=[HFOV], vfov_deg=[VFOV],
    )  # fmt: skip
    expected = shapely.Polygon([picture(-2, 8), picture(2, 8), picture(2, 14), picture(-2, 14)])
    assert 0 < expected.bounds[1] < expected.bounds[3] < 1
    assert masks.image_outline[0].symmetric_difference(expected).area < 1e-9


def test_two_houses_apart_are_two_masks_each_with_its_own_wall():
    # Two façades 20 m ahead, 10 m apart across the camera's axis, with
    # the street between them: two masks, each its own wall in the picture.
    strips = [
        shapely.box(X0 - 9, Y0 + 19, X0 - 5, Y0 + 20),
        shapely.box(X0 + 5, Y0 + 19, X0 + 9, Y0 + 20),
    ]
    walls = shapely.MultiLineString([wall(-9, -5, 20), wall(5, 9, 20)])
    masks = camera_masks(
        [[X0, Y0]], [0.0], [FOV], L93, [0, 0], ["dwelling_facade"] * 2, strips,
        height_m=[4.0], tilt_deg=[10.0], hfov_deg=[FOV], vfov_deg=[FOV],
        zone_walls=[walls, shapely.MultiLineString()], zone_wall_top_m=[3.0, 3.0],
    )  # fmt: skip
    assert len(masks) == 2
    west = trapezoid(-9, -5, 20, 0.0, 3.0, 4.0, 10.0)
    east = trapezoid(5, 9, 20, 0.0, 3.0, 4.0, 10.0)
    rows = sorted(range(2), key=lambda r: masks.image_outline[r].centroid.x)
    assert masks.image_outline[rows[0]].symmetric_difference(west).area < 1e-9
    assert masks.image_outline[rows[1]].symmetric_difference(east).area < 1e-9
    # The street between, atan(5/20) either side of the axis, is in neither.
    assert masks.from_deg[rows[0]] == pytest.approx(360 - math.degrees(math.atan2(9, 19)), abs=1e-6)
    assert masks.to_deg[rows[0]] == pytest.approx(360 - math.degrees(math.atan2(5, 20)), abs=1e-6)
    assert masks.from_deg[rows[1]] == pytest.approx(math.degrees(math.atan2(5, 20)), abs=1e-6)
