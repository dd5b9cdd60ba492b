"""Figures of the whole core audit worked out by hand, in the fast suite:
the tolerance as run_audit applies it, a tilted camera's trapezoid,
sector edges to 1e-9 degree, narrow fields of view (where the arc-step
error peaks), a camera off-centre inside its building. The cameras stand on
Lambert-93's central meridian (3°E), where grid north is true north."""

import math

import numpy as np
import pytest
import shapely

from camera_coverage.core.audit import AuditSettings, camera_coverage, run_audit
from camera_coverage.core.cameras import CameraValues

X0, Y0 = 700_000.0, 6_600_000.0
L93 = "EPSG:2154"
SHORTFALL_3DEG = 1 - math.sin(math.radians(3)) / math.radians(3)  # 0.0457 %


def vfov(hfov):
    return math.degrees(2 * math.atan(math.tan(math.radians(hfov) / 2) / (16 / 9)))


def coverage(direction, fov, range_m, pan=0.0, height=np.nan, tilt=np.nan, xy=(X0, Y0), **kw):
    values = CameraValues(
        ["c"], [direction], [fov], [range_m], [pan], height_m=[height], tilt_deg=[tilt]
    )
    return camera_coverage(shapely.points([xy]), L93, values, AuditSettings(), **kw)


def audit_one(parcels, public, tolerance, direction=np.nan, fov=360.0, range_m=10.0):
    values = CameraValues(["c"], [direction], [fov], [range_m])
    return run_audit(
        shapely.points([(X0, Y0)]),
        L93,
        values,
        np.asarray(parcels, dtype=object),
        L93,
        [f"P{i}" for i in range(len(parcels))],
        np.asarray(public, dtype=bool),
        AuditSettings(tolerance_m2=tolerance),
    )


EAST_HALF = shapely.box(X0, Y0 - 100, X0 + 100, Y0 + 100)


@pytest.mark.parametrize("tolerance, flagged", [(150.0, True), (160.0, False), (1.0, True)])
def test_run_audit_applies_the_tolerance_it_is_given(tolerance, flagged):
    # An all-round 10 m camera on the edge of a private parcel: half its
    # disc, 50 π = 157.08 m², is private (our 3° arcs: 0.046 % less).
    result = audit_one([EAST_HALF], [False], tolerance)
    private = result.exposure.private_m2[0]
    assert private == pytest.approx(50 * math.pi, rel=SHORTFALL_3DEG * 1.01)
    assert bool(result.masking_required[0]) is flagged
    if not flagged:
        assert f"within the {tolerance:g} m² tolerance" in result.flag_reason[0]


def test_public_and_private_parcels_go_to_their_own_side():
    west = shapely.box(X0 - 100, Y0 - 100, X0, Y0 + 100)
    result = audit_one([EAST_HALF, west], [False, True], 1.0)
    half = 50 * math.pi * (1 - SHORTFALL_3DEG)
    assert result.exposure.private_m2[0] == pytest.approx(half, rel=1e-6)
    assert result.exposure.public_m2[0] == pytest.approx(half, rel=1e-6)
    result = audit_one([EAST_HALF, west], [True, True], 1.0)
    assert result.exposure.private_m2[0] == 0 and not result.masking_required[0]


def test_tilted_camera_sees_the_trapezoid_of_its_picture():
    # 5 m high, tilted 30°, 60° lens, vfov v from 16:9, looking east. A
    # corner ray (±tan 30°, ±tan(v/2), 1) in the camera's frame meets the
    # ground 5 / tan(30° ± v/2) ahead and 5 tan 30° cos(v/2) / sin(30° ± v/2)
    # aside: the lower edge is the blind zone's end, the upper one the far
    # edge; the far corners (27 m away) are within the 30 m range.
    v = math.radians(vfov(60) / 2)
    t = math.radians(30)
    near, far = 5 / math.tan(t + v), 5 / math.tan(t - v)
    near_half = 5 * math.tan(math.radians(30)) * math.cos(v) / math.sin(t + v)
    far_half = 5 * math.tan(math.radians(30)) * math.cos(v) / math.sin(t - v)
    assert math.hypot(far, far_half) < 30
    c = coverage(90.0, 60.0, 30.0, height=5.0, tilt=30.0)
    (footprint,) = c.footprints
    trapezoid = shapely.Polygon(
        [
            (X0 + near, Y0 - near_half),
            (X0 + far, Y0 - far_half),
            (X0 + far, Y0 + far_half),
            (X0 + near, Y0 + near_half),
        ]
    )
    assert footprint.area == pytest.approx((far - near) * (near_half + far_half), rel=1e-9)
    assert footprint.symmetric_difference(trapezoid).area < 1e-6
    assert c.near_m[0] == pytest.approx(near)
    assert c.outer_m[0] == pytest.approx(math.hypot(far, far_half))


def test_all_round_tilted_camera_has_a_hole_under_it():
    near = 5 / math.tan(math.radians(30 + vfov(60) / 2))
    c = coverage(np.nan, 60.0, 20.0, height=5.0, tilt=30.0)
    (footprint,) = c.footprints
    assert shapely.get_num_interior_rings(footprint) == 1
    exact = math.pi * (20**2 - near**2)
    assert c.covered_m2[0] == pytest.approx(exact, rel=SHORTFALL_3DEG * 3)


def bearings(footprint, xy=(X0, Y0)):
    """Bearing (degrees clockwise from north) of every vertex but the apex."""
    ring = np.asarray(footprint.exterior.coords)[:-1]
    dx, dy = ring[:, 0] - xy[0], ring[:, 1] - xy[1]
    keep = np.hypot(dx, dy) > 1e-6
    return np.degrees(np.arctan2(dx[keep], dy[keep]))


@pytest.mark.parametrize(
    "direction, fov, pan",
    [
        (0.0, 60.0, 0.0),
        (45.0, 90.0, 0.0),
        (350.0, 60.0, 0.0),
        (180.0, 9.0, 0.0),
        (90.0, 60.0, 40.0),
    ],
)
def test_sector_edges_lie_on_the_exact_bearings(direction, fov, pan):
    (footprint,) = coverage(direction, fov, 25.0, pan=pan).footprints
    sweep = fov + pan
    # Unwrap around the direction, so that sectors across north compare.
    relative = (bearings(footprint) - direction + 180.0) % 360.0 - 180.0
    assert relative.min() == pytest.approx(-sweep / 2, abs=1e-9)
    assert relative.max() == pytest.approx(sweep / 2, abs=1e-9)


@pytest.mark.parametrize("fov", [1.0, 3.0, 6.0, 8.0, 9.0, 10.0, 45.0, 60.0, 359.0])
def test_narrow_and_wide_sectors_are_within_the_arc_step_error(fov):
    # Our arcs in steps of at most 3°: 1 - sin(s)/s below the true sector,
    # 0.046 % at worst; one arc point too few at 9° would be 0.103 %.
    c = coverage(30.0, fov, 40.0)
    exact = math.pi * 40**2 * fov / 360
    shortfall = 1 - c.covered_m2[0] / exact
    assert -1e-8 <= shortfall <= SHORTFALL_3DEG + 1e-8  # float noise at 700 km


def test_a_camera_off_centre_inside_its_building_sees_all_around_it():
    # A 20 x 10 m building; the camera 1 m inside its west wall (mounted
    # somewhere on it, not on the façade): it hides nothing from it, and its
    # own interior is not ground the camera sees.
    building = shapely.box(X0 - 1, Y0 - 5, X0 + 19, Y0 + 5)
    c = coverage(np.nan, 60.0, 30.0, buildings=np.array([building]), buildings_crs=L93)
    (footprint,) = c.footprints
    disc = math.pi * 900 * (1 - SHORTFALL_3DEG)
    assert c.covered_m2[0] == pytest.approx(disc - 200.0, rel=1e-6)
    for x, y in [(25.0, 0.0), (-25.0, 0.0), (0.0, 25.0), (0.0, -25.0), (10.0, 8.0)]:
        assert footprint.contains(shapely.Point(X0 + x, Y0 + y)), (x, y)
    assert not footprint.intersects(shapely.Point(X0 + 10, Y0))


def test_a_building_in_front_hides_its_shadow_worked_out_by_hand():
    # All-round 30 m; a 10 x 10 building from 15 to 25 m east: hidden is the
    # wedge between the rays through (15, ±5) beyond x = 15, i.e.
    # R² θ - 15 × 10 / 2 with θ = atan(5 / 15), the building included.
    building = shapely.box(X0 + 15, Y0 - 5, X0 + 25, Y0 + 5)
    c = coverage(np.nan, 60.0, 30.0, buildings=np.array([building]), buildings_crs=L93)
    hidden = 900 * math.atan(5 / 15) - 75
    assert c.covered_m2[0] == pytest.approx(math.pi * 900 - hidden, rel=1e-3)
