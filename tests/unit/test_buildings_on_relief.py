"""Buildings standing on the relief: a building casts its shadow on the
level of its own base, seen from an eye as many metres above that level as
its mast plus the step in the ground between them. Scenes worked out on
paper: the garage of test_heights_shadows (3 x 3 m, 3 m high, its front
wall 5 m north of the camera) on sloping or stepped ground."""

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import box

from camera_coverage.core.audit import AuditSettings, camera_coverage
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.terrain import Dem, ground_heights
from camera_coverage.core.visibility import visible_footprints

GARDEN = box(-10, 0, 10, 20)
GARAGE = box(-1.5, 5, 1.5, 8)
L93 = "EPSG:2154"
OX, OY = 650_000.0, 6_860_000.0


def garden_seen(camera_height, camera_ground, building_ground):
    out = visible_footprints(
        np.array([[0.0, 0.0]]),
        np.array([GARDEN], dtype=object),
        np.array([30.0]),
        np.array([GARAGE], dtype=object),
        building_heights=np.array([3.0]),
        camera_heights=np.array([camera_height]),
        camera_ground=np.array([camera_ground]),
        building_ground=np.array([building_ground]),
    )[0]
    return out.area


def hidden_by_garage(scale):
    """The hull of the garage F and s F about the camera's foot, by hand:
    sF = box(-1.5 s, 5 s, 1.5 s, 8 s); a trapezoid from y = 5 to 5 s
    (widths 3 and 3 s) and the 3 s square."""
    return (3 + 3 * scale) / 2 * (5 * scale - 5) + (3 * scale) ** 2


def test_a_camera_2_m_up_on_a_terrace_4_m_above_the_garage_sees_over_it():
    # The eye is 2 + 4 = 6 m above the garage's base: s = 6 / 3 = 2,
    # 58.5 m² hidden, as for a camera 6 m up on flat ground.
    assert hidden_by_garage(2.0) == pytest.approx(58.5)
    assert garden_seen(2.0, 104.0, 100.0) == pytest.approx(400 - 58.5, abs=1e-9)


def test_a_camera_6_m_up_below_a_garage_on_a_bank_is_blinded_by_it():
    # The garage stands 4 m higher: its roof (7 m over the camera's ground)
    # is above the eye (6 m): the wedge |x| <= 0.3 y from y = 5 to 20.
    assert garden_seen(6.0, 50.0, 54.0) == pytest.approx(400 - 0.3 * (20**2 - 5**2), abs=1e-9)


def test_unknown_ground_under_either_keeps_them_on_one_level():
    assert garden_seen(6.0, math.nan, 54.0) == pytest.approx(400 - 58.5, abs=1e-9)
    assert garden_seen(6.0, 50.0, math.nan) == pytest.approx(400 - 58.5, abs=1e-9)


def slope_dem(rise_per_m):
    """1 m cells over O-50 .. O+50, the ground z = rise × (y - OY): a plane
    hides nothing from an eye above it."""
    rows = np.arange(100) + 0.5  # centres from the north edge
    y = 50.0 - rows
    heights = np.repeat((rise_per_m * y)[:, None], 100, axis=1)
    return Dem(heights, OX - 50, OY + 50, 1.0, L93)


def test_the_ground_under_points_is_read_bilinearly_and_nan_off_the_dem():
    dem = slope_dem(0.2)
    points = shapely.points([[OX, OY + 6.5], [OX + 3, OY - 10.25], [OX + 53, OY]])
    heights = ground_heights(points, L93, dem, tile_m=30.0)
    assert heights[:2] == pytest.approx([1.3, -2.05])
    assert math.isnan(heights[2])


@pytest.mark.parametrize(
    "rise, base",
    [(-0.2, -1.3), (0.2, 1.3)],
    ids=["downhill: the garage's base 1.3 m lower", "uphill: 1.3 m higher"],
)
def test_the_audit_stands_cameras_and_buildings_on_the_dem(rise, base):
    # A camera 6 m up on a slope, its 90° sector north (range 30 m); the
    # garage's base is read at its centre (0, 6.5): the eye stands 6 - base
    # above it, s = (6 - base) / (6 - base - 3). The plane itself hides nothing.
    values = CameraValues(["c"], [0.0], [90.0], [30.0], height_m=[6.0])
    points = shapely.points([[OX, OY]])
    garage = np.array([shapely.affinity.translate(GARAGE, OX, OY)], dtype=object)
    dem = slope_dem(rise)
    bare = camera_coverage(points, L93, values, AuditSettings(), dem=dem)
    built = camera_coverage(
        points, L93, values, AuditSettings(), buildings=garage, buildings_crs=L93,
        building_heights=np.array([3.0]), dem=dem,
    )  # fmt: skip
    scale = (6 - base) / (6 - base - 3)
    assert bare.relief.hidden_m2[0] == pytest.approx(0, abs=1e-6)
    hidden = bare.covered_m2[0] - built.covered_m2[0]
    assert hidden == pytest.approx(hidden_by_garage(scale), rel=1e-6)
    assert built.buildings_on_relief == 1
