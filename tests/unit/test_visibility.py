"""Hand-made scenes whose visible area is worked out on paper.

Most footprints are squares centred on the camera, so that a shadow wedge
cut by the square's side is a trapezoid with an exact area.
"""

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, box

from camera_coverage.core.progress import Cancelled
from camera_coverage.core.visibility import visible_footprints

R = 50.0


def square(cx=0.0, cy=0.0, half=R):
    return box(cx - half, cy - half, cx + half, cy + half)


def disc(cx=0.0, cy=0.0, radius=R):
    return Point(cx, cy).buffer(radius, quad_segs=64)


def visible(camera, footprint, *buildings, reach=R):
    out = visible_footprints(
        np.array([camera], dtype=float),
        np.array([footprint], dtype=object),
        np.array([reach]),
        np.array(buildings, dtype=object),
    )
    assert out.shape == (1,)
    assert out[0].is_valid
    assert out[0].geom_type in ("Polygon", "MultiPolygon")
    return out[0]


def wedge_area(near, far, half_width_at_near):
    """Area between x = near and x = far of the wedge |y| <= x * w / near
    seen from the origin: the shadow of a wall of half-width w at x = near."""
    return (far**2 - near**2) * half_width_at_near / near


def assert_same(a, b, tolerance=1e-6):
    assert shapely.symmetric_difference(a, b).area < tolerance


def test_square_building_casts_its_wedge():
    # Wall x = 15, |y| <= 5 hides |y| <= x/3 from x = 15 to the square's side
    # x = 50; the building lies inside that region.
    lost = wedge_area(15, 50, 5)
    assert lost == pytest.approx((2500 - 225) / 3)
    out = visible((0, 0), square(), box(15, -5, 25, 5))
    assert out.area == pytest.approx(100 * 100 - lost)
    shadow = Polygon([(15, -5), (50, -50 / 3), (50, 50 / 3), (15, 5)])
    assert_same(out, square().difference(shadow))


def test_square_building_in_a_disc():
    # Sector of half-angle atan(1/3) minus the triangle in front of the wall.
    alpha = math.atan(1 / 3)
    lost = alpha * 40**2 - 15 * 10 / 2
    footprint = disc(radius=40)
    out = visible((0, 0), footprint, box(15, -5, 25, 5), reach=40)
    assert footprint.area - out.area == pytest.approx(lost, rel=1e-3)


def test_notch_behind_a_building_changes_nothing():
    # A U open away from the camera is not convex but hides the same.
    u_shape = box(15, -5, 25, 5).difference(box(20, -2, 26, 2))
    out = visible((0, 0), square(), u_shape)
    assert out.area == pytest.approx(100 * 100 - wedge_area(15, 50, 5))


def test_notch_facing_the_camera_is_seen():
    # The camera sees the whole 5 x 4 notch, nothing past its walls.
    u_shape = box(15, -5, 25, 5).difference(box(14, -2, 20, 2))
    out = visible((0, 0), square(), u_shape)
    assert out.area == pytest.approx(100 * 100 - wedge_area(15, 50, 5) + 5 * 4)
    assert out.contains(box(15.01, -1.99, 19.99, 1.99))


def test_building_in_a_blind_zone_still_hides():
    # The footprint leaves out a 20 x 20 square under the camera; a building
    # there (wall x = 4, |y| <= 2) hides |y| <= x/2 beyond it, which the
    # footprint holds from x = 10 (half-width 5) to x = 50.
    footprint = square().difference(square(half=10))
    out = visible((0, 0), footprint, box(4, -2, 6, 2))
    assert out.area == pytest.approx(100 * 100 - 20 * 20 - wedge_area(10, 50, 5))


def test_building_out_of_reach_has_no_effect():
    footprint = disc(radius=30)
    out = visible((0, 0), footprint, box(100, 0, 110, 10), reach=30)
    assert_same(out, footprint)


def test_no_buildings():
    footprint = disc()
    assert_same(visible((0, 0), footprint), footprint)


def test_camera_on_a_facade_sees_out_not_through():
    # Camera on the south wall of a 10 x 10 building: it sees the southern
    # half-disc (and slivers a hair wide along the wall line, from the 1 cm
    # the building is set back), none of the building, nothing behind it.
    building = box(0, 0, 10, 10)
    footprint = disc(5, 0, 30)
    half = footprint.intersection(box(-30, -30, 40, 0))
    out = visible((5, 0), footprint, building, reach=30)
    assert half.difference(out).area < 1e-6
    assert half.area <= out.area < half.area + 3.0
    assert out.intersection(building).area < 1e-9
    assert not out.intersects(box(-30, 1, 40, 30))


@pytest.mark.parametrize("camera", [(5, -0.03), (5, -0.0005), (5, 0.0005), (5, 0.03)])
def test_camera_a_few_cm_off_its_facade(camera):
    # 3 cm in front of a wall 5 m long each side, the camera looks past its
    # ends under 0.006 rad: two slivers of 0.003 * 30² m² at most.
    building = box(0, 0, 10, 10)
    footprint = disc(*camera, 30)
    out = visible(camera, footprint, building, reach=30)
    assert footprint.intersection(box(-30, -40, 40, -0.04)).difference(out).area < 1e-6
    south = footprint.intersection(box(-30, -40, 40, 0))
    assert out.area < south.area + 2 * 0.003 * 30**2
    assert out.intersection(building).area < 1e-9


def test_camera_on_a_corner_sees_three_quarters():
    building = box(0, 0, 10, 10)
    footprint = disc(0, 0, 30)
    out = visible((0, 0), footprint, building, reach=30)
    quadrant = box(0, 0, 30, 30)
    three_quarters = footprint.difference(quadrant)
    assert three_quarters.difference(out).area < 1e-6
    assert out.area < three_quarters.area + 1.0
    assert not out.intersects(box(1, 1, 30, 30))


def test_camera_inside_its_building_is_not_blinded():
    building = box(0, 0, 10, 10)
    footprint = disc(5, 5, 30)
    out = visible((5, 5), footprint, building, reach=30)
    assert_same(out, footprint.difference(building))


def test_camera_inside_its_building_is_hidden_by_another():
    # Own building: interior removed only. The other one (wall x = 20,
    # 0 <= y <= 10, i.e. 15 m east and +-5 m around the camera) hides its wedge.
    out = visible((5, 5), square(5, 5), box(0, 0, 10, 10), box(20, 0, 30, 10))
    assert out.area == pytest.approx(100 * 100 - 100 - wedge_area(15, 50, 5))


def test_camera_in_a_courtyard_sees_the_courtyard():
    courtyard = box(-5, -5, 5, 5)
    building = box(-20, -20, 20, 20).difference(courtyard)
    out = visible((1, 2), disc(1, 2), building)
    assert_same(out, courtyard)


@pytest.mark.parametrize("camera", [(5, 0), (5, 3), (4.99, 0), (5.02, 0), (-5, -5)])
def test_camera_on_a_courtyard_wall_sees_the_courtyard(camera):
    courtyard = box(-5, -5, 5, 5)
    building = box(-20, -20, 20, 20).difference(courtyard)
    out = visible(camera, disc(*camera), building)
    assert_same(out, courtyard)


def test_multipolygon_building_hides_behind_each_part():
    building = MultiPolygon([box(15, -5, 25, 5), box(-25, -5, -15, 5)])
    out = visible((0, 0), square(), building)
    assert out.area == pytest.approx(100 * 100 - 2 * wedge_area(15, 50, 5))


def test_camera_on_one_part_is_hidden_by_the_other():
    # Camera on the west wall of the east part: it sees the western half of
    # its square, less the wedge of the west part 30 m away (half-width 5).
    building = MultiPolygon([box(15, -5, 25, 5), box(-25, -5, -15, 5)])
    out = visible((15, 0), square(15, 0), building)
    expected = 50 * 100 - wedge_area(30, 50, 5)
    assert expected <= out.area < expected + 6.0
    assert not out.intersects(box(16, -50, 65, 50))
    assert not out.intersects(box(-35, -1, -26, 1))


def test_several_cameras_share_one_tree():
    buildings = np.array([box(15, -5, 25, 5), box(215, -5, 225, 5)], dtype=object)
    cameras = np.array([[0.0, 0.0], [200.0, 0.0], [400.0, 0.0]])
    footprints = np.array([square(x, 0) for x in cameras[:, 0]], dtype=object)
    out = visible_footprints(
        cameras, footprints, np.full(3, R), buildings, tree=shapely.STRtree(buildings)
    )
    lost = wedge_area(15, 50, 5)
    assert shapely.area(out) == pytest.approx([10000 - lost, 10000 - lost, 10000])


class Recorder:
    def __init__(self, cancel_after=None):
        self.percents, self.cancel_after = [], cancel_after

    def set_progress(self, percent):
        self.percents.append(percent)

    def is_canceled(self):
        return self.cancel_after is not None and len(self.percents) >= self.cancel_after


def many_cameras(n):
    cameras = np.column_stack([np.arange(n) * 100.0, np.zeros(n)])
    footprints = shapely.buffer(shapely.points(cameras), 30.0)
    return cameras, footprints, np.full(n, 30.0), np.array([box(15, -5, 25, 5)], dtype=object)


def test_progress_reaches_100():
    progress = Recorder()
    out = visible_footprints(*many_cameras(1200), progress=progress)
    assert len(out) == 1200
    assert progress.percents[-1] == pytest.approx(100.0)
    assert progress.percents == sorted(progress.percents)


def test_cancel_stops_between_chunks():
    with pytest.raises(Cancelled):
        visible_footprints(*many_cameras(1200), progress=Recorder(cancel_after=1))
