"""Masks against bearings and picture coordinates worked out by hand."""

import math

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Transformer

from camera_coverage.core.masks import camera_masks, image_outlines

L93 = "EPSG:2154"
# On Lambert-93's central meridian (3°E) grid north is true north.
X0, Y0 = 700_000.0, 6_600_000.0
# Lambert-93's cone constant: the meridian convergence is n (lon - 3°).
LAMBERT93_N = 0.725607765053267


def at(bearing_deg, distance, x0=X0, y0=Y0):
    rad = math.radians(bearing_deg)
    return (x0 + distance * math.sin(rad), y0 + distance * math.cos(rad))


def quad(from_deg, to_deg, near, far, x0=X0, y0=Y0):
    """The ground between two bearings and two distances, straight-edged."""
    return shapely.Polygon(
        [
            at(from_deg, near, x0, y0),
            at(from_deg, far, x0, y0),
            at(to_deg, far, x0, y0),
            at(to_deg, near, x0, y0),
        ]
    )


def test_a_zone_across_north_is_one_arc_from_350_to_10():
    masks = camera_masks([[X0, Y0]], [0.0], [60.0], L93, [0], ["private"], [quad(350, 10, 10, 20)])
    assert len(masks) == 1
    assert masks.from_deg[0] == pytest.approx(350.0, abs=1e-5)
    assert masks.to_deg[0] == pytest.approx(10.0, abs=1e-5)
    assert masks.span_deg[0] == pytest.approx(20.0, abs=1e-5)
    assert masks.share_of_view[0] == pytest.approx(20.0 / 60.0)
    assert masks.kind[0] == "private"


def test_two_pieces_either_side_of_north_merge_into_one_mask():
    zones = [quad(352, 356, 10, 20), quad(4, 8, 10, 20)]
    masks = camera_masks([[X0, Y0]], [0.0], [60.0], L93, [0, 0], ["private", "private"], zones)
    assert len(masks) == 1
    assert masks.from_deg[0] == pytest.approx(352.0, abs=1e-5)
    assert masks.to_deg[0] == pytest.approx(8.0, abs=1e-5)
    # One polygon of both pieces; the view masked is 4° + 4° of 60°, not
    # the 16° between the extremes.
    assert masks.area_m2[0] == pytest.approx(zones[0].area + zones[1].area)
    assert masks.masked_share[0] == pytest.approx(8.0 / 60.0)


def test_kinds_stay_apart_and_overlaps_count_once_in_the_masked_share():
    zones = [quad(-20, 10, 5, 25), quad(0, 20, 5, 25), quad(5, 15, 5, 6)]
    masks = camera_masks(
        [[X0, Y0]], [0.0], [60.0], L93, [0, 0, 0], ["private", "private", "entrance"], zones
    )
    assert sorted(masks.kind) == ["entrance", "private"]
    private = list(masks.kind).index("private")
    assert masks.from_deg[private] == pytest.approx(340.0, abs=1e-5)
    assert masks.to_deg[private] == pytest.approx(20.0, abs=1e-5)
    # -20..20 of a 60° view, the entrance inside it.
    assert masks.masked_share[0] == pytest.approx(40.0 / 60.0)
    assert masks.mostly_masked[0]  # 40° of 60° is more than half


def test_bearings_are_turned_from_grid_to_true_north_at_strasbourg():
    x, y = Transformer.from_crs("EPSG:4326", L93, always_xy=True).transform(7.75, 48.58)
    convergence = LAMBERT93_N * (7.75 - 3.0)  # true north lies this far anticlockwise
    masks = camera_masks(
        [[x, y]], [90.0], [60.0], L93, [0], ["private"], [quad(80, 100, 10, 20, x, y)]
    )
    # Drawn at grid bearings 80..100; true bearings are larger by the convergence.
    assert masks.from_deg[0] == pytest.approx(80.0 + convergence, abs=0.01)
    assert masks.to_deg[0] == pytest.approx(100.0 + convergence, abs=0.01)
    assert masks.span_deg[0] == pytest.approx(20.0, abs=1e-5)


def test_all_round_camera_spans_the_zone_and_the_circle_when_surrounded():
    ring = shapely.Point(X0, Y0).buffer(20).difference(shapely.Point(X0, Y0).buffer(10))
    # A U open to the north: 40° to 320° clockwise through south.
    u_shape = shapely.union_all([quad(40 + k, 50 + k, 10, 20) for k in range(0, 271, 9)])
    zones = [quad(80, 100, 10, 20), ring, u_shape]
    masks = camera_masks(
        [[X0, Y0]] * 3, [np.nan, 0.0, np.nan], [360.0, 360.0, 360.0], L93, [0, 1, 2],
        ["private"] * 3, zones,
    )  # fmt: skip
    assert masks.from_deg[0] == pytest.approx(80.0, abs=1e-5)
    assert masks.to_deg[0] == pytest.approx(100.0, abs=1e-5)
    assert masks.share_of_view[0] == pytest.approx(20.0 / 360.0)
    assert (masks.from_deg[1], masks.to_deg[1], masks.share_of_view[1]) == (0.0, 360.0, 1.0)
    assert masks.from_deg[2] == pytest.approx(40.0, abs=1e-5)
    assert masks.to_deg[2] == pytest.approx(320.0, abs=1e-5)
    assert masks.masked_share[2] == pytest.approx(280.0 / 360.0)


def test_a_zone_touching_the_camera_keeps_the_bearings_of_its_other_corners():
    triangle = shapely.Polygon([(X0, Y0), at(30, 15), at(50, 15)])
    masks = camera_masks([[X0, Y0]], [40.0], [90.0], L93, [0], ["private"], [triangle])
    assert masks.from_deg[0] == pytest.approx(30.0, abs=1e-5)
    assert masks.to_deg[0] == pytest.approx(50.0, abs=1e-5)


# Picture of a camera 10 m up, tilted 45° down, 90° lenses both ways, facing
# grid north: a ground point `a` metres across and `h` ahead is seen at
# xc = a, yc = s (h - 10), zc = s (h + 10) with s = cos 45°, so at
# x = 0.5 + a / (2 s (h + 10)), y = 0.5 - (h - 10) / (2 (h + 10)).
def picture(a, h):
    s = math.cos(math.radians(45))
    return 0.5 + a / (2 * s * (h + 10)), 0.5 - (h - 10) / (2 * (h + 10))


def test_image_outline_of_a_ground_box_for_a_known_height_and_tilt():
    box = shapely.box(X0 - 2, Y0 + 10, X0 + 2, Y0 + 30)
    masks = camera_masks(
        [[X0, Y0]], [0.0], [90.0], L93, [0], ["private"], [box],
        height_m=[10.0], tilt_deg=[45.0], hfov_deg=[90.0], vfov_deg=[90.0],
    )  # fmt: skip
    outline = masks.image_outline[0]
    expected = shapely.Polygon([picture(-2, 10), picture(2, 10), picture(2, 30), picture(-2, 30)])
    assert picture(0, 10) == (0.5, 0.5)
    assert outline.symmetric_difference(expected).area < 1e-9
    assert outline.area == pytest.approx(expected.area)


def test_image_outline_is_cut_to_the_picture():
    wide = shapely.box(X0 - 50, Y0 + 10, X0 + 50, Y0 + 11)
    (outline,) = image_outlines(
        [wide], np.array([[X0, Y0]]), np.array([0.0]), np.array([10.0]),
        np.array([45.0]), np.array([90.0]), np.array([90.0]),
    )  # fmt: skip
    y_top, y_bottom = picture(0, 11)[1], picture(0, 10)[1]
    assert outline.bounds == pytest.approx((0.0, y_top, 1.0, y_bottom))


def test_no_outline_without_height_or_for_a_panning_camera():
    box = shapely.box(X0 - 2, Y0 + 10, X0 + 2, Y0 + 30)
    masks = camera_masks(
        [[X0, Y0], [X0, Y0]], [0.0, 0.0], [90.0, 150.0], L93, [0, 1], ["private"] * 2,
        [box, box], height_m=[np.nan, 10.0], tilt_deg=[45.0, 45.0],
        hfov_deg=[90.0, 90.0], vfov_deg=[90.0, 90.0],
    )  # fmt: skip
    assert shapely.is_empty(masks.image_outline).all()


def test_inputs_are_not_modified_and_empty_zones_are_left_out():
    box = shapely.box(X0 - 2, Y0 + 10, X0 + 2, Y0 + 30)
    zones = np.array([box, shapely.from_wkt("POLYGON EMPTY"), None], dtype=object)
    before = shapely.to_wkb(zones[:1])
    masks = camera_masks(
        [[X0, Y0]] * 3, [0.0] * 3, [90.0] * 3, L93, [0, 1, 2], ["private"] * 3, zones,
        height_m=[10.0] * 3, tilt_deg=[45.0] * 3, hfov_deg=[90.0] * 3, vfov_deg=[90.0] * 3,
    )  # fmt: skip
    assert list(masks.camera) == [0]
    assert shapely.to_wkb(zones[:1])[0] == before[0]
    assert list(masks.masked_share[1:]) == [0.0, 0.0]


def test_no_zone_gives_no_mask():
    masks = camera_masks([[X0, Y0]], [0.0], [60.0], L93, [], [], [])
    assert len(masks) == 0
    assert list(masks.masked_share) == [0.0]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    direction=st.floats(0, 359.99),
    fov=st.floats(5, 350),
    box=st.tuples(st.floats(-40, 30), st.floats(-40, 30), st.floats(1, 30), st.floats(1, 30)),
)
def test_mask_bearings_lie_inside_the_field_of_view(direction, fov, box):
    sector = shapely.Polygon(
        [(X0, Y0)] + [at(direction - fov / 2 + fov * k / 60, 40) for k in range(61)]
    )
    x, y, w, h = box
    zone = sector.intersection(shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h))
    masks = camera_masks([[X0, Y0]], [direction], [fov], L93, [0], ["private"], [zone])
    if zone.area < 1e-6:
        assert len(masks) == 0
        return
    start = (direction - fov / 2) % 360
    lead = (masks.from_deg[0] - start + 1e-6) % 360
    assert lead <= fov + 2e-6
    assert lead + masks.span_deg[0] <= fov + 2e-6
    assert masks.to_deg[0] == pytest.approx((masks.from_deg[0] + masks.span_deg[0]) % 360, abs=1e-5)
    assert 0 <= masks.share_of_view[0] <= 1


def test_masked_share_is_the_picture_taken_or_else_the_ground():
    box = shapely.box(X0 - 2, Y0 + 10, X0 + 2, Y0 + 30)
    masks = camera_masks(
        [[X0, Y0], [X0, Y0]], [0.0, 0.0], [90.0, 90.0], L93, [0, 1], ["private"] * 2,
        [box, box], height_m=[10.0, np.nan], tilt_deg=[45.0, 45.0],
        hfov_deg=[90.0, 90.0], vfov_deg=[90.0, 90.0], view_area_m2=[400.0, 400.0],
    )  # fmt: skip
    picture_box = shapely.Polygon(
        [picture(-2, 10), picture(2, 10), picture(2, 30), picture(-2, 30)]
    )
    # Known height and tilt: the part of the picture; else 80 m² of 400 m².
    assert masks.masked_share[0] == pytest.approx(picture_box.area)
    assert masks.masked_share[1] == pytest.approx(80.0 / 400.0)
