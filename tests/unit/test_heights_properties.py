"""Properties of the shadows with heights on the random scenes of
test_visibility_properties: each building gets a height (some unknown)."""

import math

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, Point

from camera_coverage.core.visibility import visible_footprints

from .test_visibility_properties import pytestmark, scenes  # noqa: F401

SETTINGS = settings(max_examples=25, deadline=None)
HEIGHT = st.one_of(st.just(math.nan), st.floats(0, 20))
CAMERA_HEIGHT = st.floats(0.5, 25)


@st.composite
def scenes_with_heights(draw):
    footprint, radius, found = draw(scenes())
    heights = draw(st.lists(HEIGHT, min_size=len(found), max_size=len(found)))
    return footprint, radius, found, heights


def run(footprint, radius, found, heights=None, camera_height=math.nan):
    out = visible_footprints(
        np.array([(0.0, 0.0)]),
        np.array([footprint], dtype=object),
        np.array([radius]),
        np.array(found, dtype=object),
        building_heights=None if heights is None else np.array(heights, dtype=float),
        camera_heights=np.array([camera_height]),
    )[0]
    assert out.is_valid
    return out


@SETTINGS
@given(scenes_with_heights(), CAMERA_HEIGHT, CAMERA_HEIGHT)
def test_a_camera_raised_never_sees_less(scene, first, second):
    footprint, radius, found, heights = scene
    low, high = sorted((first, second))
    below = run(footprint, radius, found, heights, low)
    above = run(footprint, radius, found, heights, high)
    assert below.difference(above).area < 1e-6


@SETTINGS
@given(scenes_with_heights(), CAMERA_HEIGHT)
def test_heights_never_hide_more_than_walls_of_unlimited_height(scene, camera_height):
    footprint, radius, found, heights = scene
    flat = run(footprint, radius, found)
    assert flat.difference(run(footprint, radius, found, heights, camera_height)).area < 1e-6


@SETTINGS
@given(scenes(), st.one_of(st.just(math.nan), CAMERA_HEIGHT))
def test_with_every_height_unknown_the_answer_is_the_2d_one(scene, camera_height):
    footprint, radius, found = scene
    unknown = run(footprint, radius, found, [math.nan] * len(found), camera_height)
    assert shapely.to_wkb(unknown) == shapely.to_wkb(run(footprint, radius, found))


def hidden(point, found, heights, camera_height):
    """Brute force in 3D: the sight line from the camera to the ground at
    `point` passes through a building below its top, i.e. its ground trace
    from point / s to point (s = hc / (hc - hb); from the camera for a
    building as high as the camera, or of unknown height) crosses the
    building's interior. Roofs are not ground: a point on one is hidden."""
    if any(building.contains(point) for building in found):
        return True
    for building, height in zip(found, heights):
        start = 0.0
        if 0 <= height < camera_height:
            start = 1 - height / camera_height
        x, y = point.x, point.y
        sight = LineString([(start * x, start * y), (x, y)])
        if shapely.relate_pattern(sight, building, "T********"):
            return True
    return False


@settings(max_examples=15, deadline=None)
@given(scenes_with_heights(), CAMERA_HEIGHT)
def test_agrees_with_sight_lines_in_3d(scene, camera_height):
    # Points within 1 mm of an edge of the result or of a building, and
    # points whose sight line grazes a building's top edge, are undecidable.
    footprint, radius, found, heights = scene
    kept = [(b, h) for b, h in zip(found, heights) if b.distance(Point(0, 0)) > 0.5]
    found, heights = [b for b, _ in kept], [h for _, h in kept]
    out = run(footprint, radius, found, heights, camera_height)
    edges = shapely.union_all([out.boundary, *(b.boundary for b in found)])
    steps = np.linspace(-radius, radius, 21)
    for x in steps:
        for y in steps:
            point = Point(x, y)
            if not footprint.contains(point) or edges.distance(point) < 1e-3:
                continue
            assert out.contains(point) == (not hidden(point, found, heights, camera_height)), (
                x,
                y,
            )
