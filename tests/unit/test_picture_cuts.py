"""Zones the picture shows only in part, worked out by hand (mutation
survivors of picture.py): ground running back behind the camera, and walls
whose outlines have different numbers of corners in one call.

The camera stands H metres up, looking along grid bearing 0 and tilted t
below the horizontal. A point x metres across, y ahead and z up is, in the
camera's frame, X = x across, Y = y sin t + (z - H) cos t up and
Z = y cos t - (z - H) sin t deep, and lands in the picture at
(0.5 + X / (2 Z tan(h/2)), 0.5 - Y / (2 Z tan(v/2))). The picture's bottom
edge looks down at t + v/2: it meets flat ground H / tan(t + v/2) ahead.
"""

import math

import numpy as np
import shapely
import shapely.affinity

from camera_coverage.core.picture import image_outlines, wall_outlines

X0, Y0 = 700_000.0, 6_600_000.0
FOV = 60.0


def seen_at(x, y, z, height, tilt, fov=FOV):
    t = math.radians(tilt)
    up = y * math.sin(t) + (z - height) * math.cos(t)
    depth = y * math.cos(t) - (z - height) * math.sin(t)
    half = math.tan(math.radians(fov) / 2)
    return (0.5 + x / (2 * depth * half), 0.5 - up / (2 * depth * half))


def one_camera(value):
    return np.array([value], dtype=float)


def same_shape(a, b):
    return shapely.symmetric_difference(a, b).area < 1e-9 * max(a.area, b.area, 1e-12) + 1e-12


def test_ground_running_back_behind_the_camera_shows_its_part_in_the_picture():
    height, tilt = 5.0, 45.0
    # 2 m wide, from 8 m behind the camera's foot to 10 m ahead.
    ground = shapely.box(-1, -8, 1, 10)
    bottom = height / math.tan(math.radians(tilt + FOV / 2))
    corners = ((-1, bottom), (1, bottom), (1, 10), (-1, 10))
    expected = shapely.Polygon([seen_at(x, y, 0.0, height, tilt) for x, y in corners])
    assert math.isclose(seen_at(0, bottom, 0.0, height, tilt)[1], 1.0)
    # Turned to look along bearing 30°, the scene turned with it.
    for direction in (0.0, 30.0):
        zone = shapely.affinity.rotate(ground, -direction, origin=(0, 0))
        (outline,) = image_outlines(
            np.array([shapely.affinity.translate(zone, X0, Y0)], dtype=object),
            np.array([[X0, Y0]]),
            one_camera(direction),
            one_camera(height),
            one_camera(tilt),
            one_camera(FOV),
            one_camera(FOV),
        )
        assert same_shape(outline, expected), (direction, outline.wkt)


def test_walls_of_three_and_two_corners_in_one_call_are_each_their_own_band():
    height, tilt, door = 6.0, 20.0, 2.5

    def band(x0, x1, y):
        corners = ((x0, y, 0.0), (x1, y, 0.0), (x1, y, door), (x0, y, door))
        return shapely.Polygon([seen_at(x, y_, z, height, tilt) for x, y_, z in corners])

    # A façade drawn with a vertex in its middle, and a plain one further off.
    walls = np.array(
        [
            shapely.LineString([(X0 - 3, Y0 + 20), (X0, Y0 + 20), (X0 + 3, Y0 + 20)]),
            shapely.LineString([(X0 - 2, Y0 + 30), (X0 + 2, Y0 + 30)]),
        ],
        dtype=object,
    )
    outlines = wall_outlines(
        walls,
        np.array([door, door]),
        np.array([[X0, Y0], [X0, Y0]]),
        np.zeros(2),
        np.full(2, height),
        np.full(2, tilt),
        np.full(2, FOV),
        np.full(2, FOV),
    )
    assert same_shape(outlines[0], band(-3, 3, 20))
    assert same_shape(outlines[1], band(-2, 2, 30))
