"""Pinhole footprints against the ground worked out by hand from the rays
through the picture's corners, and the audit's use of them.

A camera H m up, looking north and t below the horizontal, has right, up
and forward axes r = (1, 0, 0), u = (0, sin t, cos t), f = (0, cos t,
-sin t). The ray through the picture at (X, Y) (tangent units: X across,
Y up) runs along X r + Y u + f = (X, Y sin t + cos t, Y cos t - sin t) and
meets the ground H / (sin t - Y cos t) of its lengths on: H (Y sin t +
cos t) / (sin t - Y cos t) north, H X / (sin t - Y cos t) east. At the
corners, X = ±tan(h/2), Y = ∓tan(v/2): north = H / tan(t ± v/2), east =
±H tan(h/2) cos(v/2) / sin(t ± v/2).
"""

import math

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import affinity

from camera_coverage.core.audit import AuditSettings, camera_coverage
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.dori import dori_footprints
from camera_coverage.core.footprint import sectors
from camera_coverage.core.masks import camera_masks
from camera_coverage.core.picture import image_outlines
from camera_coverage.core.pinhole import pinhole_footprints, pinhole_view_deg

SHORTFALL_3DEG = 1 - math.sin(math.radians(3)) / math.radians(3)  # 0.0457 %
# The 16:9 picture of a 60° lens: tan(v/2) = tan 30° × 9/16, v = 35.98°.
V169 = math.degrees(2 * math.atan(math.tan(math.radians(30)) * 9 / 16))
X0, Y0 = 700_000.0, 6_600_000.0
L93 = "EPSG:2154"
# GEOS raises floating-point flags on some overlays the checks make (not
# the code under test).
pytestmark = pytest.mark.filterwarnings(
    "ignore:invalid value encountered:RuntimeWarning",
    "ignore:divide by zero encountered:RuntimeWarning",
)


def one(height, tilt, hfov, vfov, range_m=1000.0, direction=0.0, sweep=None, xy=(0.0, 0.0)):
    return pinhole_footprints(
        xy[0], xy[1], direction, height, tilt, hfov, vfov, range_m, sweep_deg=sweep
    )[0]


def same(a, b, tolerance_m2=1e-6):
    return a.symmetric_difference(b).area < tolerance_m2


def trapezoid(height, tilt, hfov, vfov):
    """The corners' feet (module docstring), the camera looking north."""
    t, a, v = math.radians(tilt), math.tan(math.radians(hfov / 2)), math.radians(vfov / 2)
    near, far = height / math.tan(t + v), height / math.tan(t - v)
    near_half = height * a * math.cos(v) / math.sin(t + v)
    far_half = height * a * math.cos(v) / math.sin(t - v)
    return shapely.Polygon(
        [(-near_half, near), (-far_half, far), (far_half, far), (near_half, near)]
    )


def test_straight_down_sees_the_rectangle_under_it():
    # t = 90: the picture's up axis is north; 5 tan 45° = 5 across, 5 tan 30°
    # = 2.8868 along.
    f = one(5.0, 90.0, 90.0, 60.0)
    assert same(f, shapely.box(-5.0, -2.886751345948129, 5.0, 2.886751345948129))
    # The 16:9 picture of a 60° lens: 5 tan 30° = 2.8868 across, 5 tan 30°
    # × 9/16 = 1.6238 along, 18.75 m² (DESIGN: 18.8 m², the sector 1.4).
    f = one(5.0, 90.0, 60.0, V169)
    assert same(f, shapely.box(-2.886751345948129, -1.6237976320958225, 2.886751345948129,
                               1.6237976320958225))  # fmt: skip
    assert f.area == pytest.approx(18.75, rel=1e-9)


def test_tilted_30_degrees_sees_a_trapezoid():
    # H = 5, t = 30°, 60° × 20°: near edge 5 / tan 40° = 5.9588 north, half
    # as wide as 5 tan 30° cos 10° / sin 40° = 4.4228; far edge 5 / tan 20°
    # = 13.7374, half 5 tan 30° cos 10° / sin 20° = 8.3121.
    expected = shapely.Polygon(
        [(-4.4228, 5.9588), (-8.3121, 13.7374), (8.3121, 13.7374), (4.4228, 5.9588)]
    )
    f = one(5.0, 30.0, 60.0, 20.0)
    assert same(f, expected, tolerance_m2=0.01)
    assert same(f, trapezoid(5.0, 30.0, 60.0, 20.0))
    assert f.area == pytest.approx((13.7374 - 5.9588) * (4.4228 + 8.3121), rel=1e-4)


def test_design_figures_are_for_the_16_by_9_picture():
    # DESIGN: "at 5 m, 60° × 34°, 279 m² at t = 30° against 321 m², and
    # 1.4 m² straight down against 18.8 m²". The 34° is rounded: those are
    # the figures of the 16:9 picture, v = 35.98°. The ring sector
    # (60°/360°) π (far² - near²), far = 5 / tan(30° - v/2) = 23.5064, near
    # = 5 / tan(30° + v/2) = 4.5033, gives 278.70 m²; the trapezoid (corners
    # as in the module docstring: half-widths 3.6950 and 13.1966) gives
    # (23.5064 - 4.5033) (3.6950 + 13.1966) = 320.99 m². (With v = 34°
    # exactly: 272.7 m² and 17.65 m².)
    assert one(5.0, 30.0, 60.0, V169).area == pytest.approx(320.99, rel=1e-4)
    assert one(5.0, 90.0, 60.0, V169).area == pytest.approx(18.75, rel=1e-9)
    assert one(5.0, 30.0, 60.0, 34.0).area == pytest.approx(272.71, rel=1e-4)


def test_a_picture_reaching_the_horizon_is_cut_at_the_range():
    # Level camera (t = 0), 90° × 60°, 5 m up: the side planes stand
    # upright at ±45°, the lower edge looks 30° down and meets the ground
    # 5 / tan 30° = 8.660 north. Within 20 m: the 90° sector less the
    # triangle foot-(±8.660, 8.660), 100 π - 75 = 239.16 m²; the disc's
    # corners every 3° (±45° among them) keep it within the arc's shortfall.
    f = one(5.0, 0.0, 90.0, 60.0, range_m=20.0)
    exact = 100 * math.pi - 75
    assert f.area <= exact
    assert f.area == pytest.approx(exact, rel=SHORTFALL_3DEG * 314.16 / exact * 1.01)
    assert not f.contains(shapely.Point(0, 8.5)) and f.contains(shapely.Point(0, 8.8))
    assert f.contains(shapely.Point(10, 10.5)) and not f.contains(shapely.Point(10.5, 10))
    assert f.contains(shapely.Point(0, 19.9)) and not f.contains(shapely.Point(0, 20.01))


@pytest.mark.parametrize("tilt", [-30.0, -45.0, -90.0])
def test_a_picture_all_above_the_horizon_sees_no_ground(tilt):
    # 60° high: at t <= -30° its lower edge looks level or up.
    assert one(5.0, tilt, 90.0, 60.0).is_empty


def test_a_picture_meeting_the_ground_beyond_the_range_sees_nothing():
    # t = -29°: the lower edge looks 1° down, 5 / tan 1° = 286 m away.
    assert one(5.0, -29.0, 90.0, 60.0, range_m=280.0).is_empty
    assert one(5.0, -29.0, 90.0, 60.0, range_m=300.0).distance(shapely.Point(0, 0)) > 286


@pytest.mark.parametrize(
    "direction, turn",
    [(0.0, lambda x, y: (x, y)), (90.0, lambda x, y: (y, -x)),
     (180.0, lambda x, y: (-x, -y)), (270.0, lambda x, y: (-y, x))],
)  # fmt: skip
def test_the_footprint_turns_with_the_heading(direction, turn):
    # Looking east the north trapezoid's (x, y) lies at (y, -x), etc.
    north = trapezoid(5.0, 30.0, 60.0, 20.0)
    expected = shapely.Polygon([turn(x, y) for x, y in north.exterior.coords])
    assert same(one(5.0, 30.0, 60.0, 20.0, direction=direction, xy=(0, 0)), expected)
    moved = one(5.0, 30.0, 60.0, 20.0, direction=direction, xy=(X0, Y0))
    assert same(moved, affinity.translate(expected, X0, Y0))


def test_looking_back_over_its_head_is_the_same_geometry():
    # Tilted 120° the camera looks 60° down towards its back.
    assert same(one(5.0, 120.0, 60.0, 20.0), one(5.0, 60.0, 60.0, 20.0, direction=180.0))


def test_a_pan_covers_the_half_disc_less_the_ground_near_the_foot():
    # The level 90° × 60° camera above, turning ±45° (sweep 180°): straight
    # ahead of each heading it sees from 8.660 m (a ring sector 90° wide,
    # inner radius 8.660); past the turn's ends, the end headings' wedges,
    # within 8.660 / cos(θ - 45°). The half disc π 400 / 2 less the inner
    # sector π 75 / 4 and two right triangles of legs 8.660 (37.5 m² each):
    # 628.32 - 58.90 - 75 = 494.42 m².
    f = one(5.0, 0.0, 90.0, 60.0, range_m=20.0, sweep=180.0)
    exact = 200 * math.pi - 75 * math.pi / 4 - 75
    assert f.area <= exact
    assert f.area == pytest.approx(exact, rel=2e-3)
    assert f.contains(shapely.Point(0, 8.8)) and not f.contains(shapely.Point(0, 8.5))
    # Due east (bearing 89.5°) the end heading's wedge starts at
    # 8.660 / cos 44.5° = 12.14 m.
    assert f.contains(shapely.Point(12.4, 0.1)) and not f.contains(shapely.Point(12.0, 0.1))
    assert not f.contains(shapely.Point(-1, -0.5))


@pytest.mark.parametrize(
    "height, tilt, hfov, vfov, range_m, pan",
    [(5, 30, 60, V169, 1000, 90), (5, 45, 60, V169, 30, 200), (5, 60, 60, V169, 1000, 60),
     (10, 30, 90, 60, 40, 120), (5, 30, 20, 11.3, 1000, 90), (5, 80, 60, V169, 1000, 90)],
)  # fmt: skip
def test_a_pan_is_the_union_of_its_headings(height, tilt, hfov, vfov, range_m, pan):
    # Second method: the footprints at headings every 0.05° across the pan,
    # unioned; it falls short of the true sweep near the far corners by
    # about tan(corner bearing) × 0.05° / 2 of the area, under 0.05 %.
    headings = np.linspace(-pan / 2, pan / 2, int(pan / 0.05) + 1)
    n = len(headings)
    union = shapely.union_all(
        pinhole_footprints(np.zeros(n), np.zeros(n), headings, height, tilt, hfov, vfov, range_m)
    )
    f = one(height, tilt, hfov, vfov, range_m=range_m, sweep=hfov + pan)
    assert f.area == pytest.approx(union.area, rel=1e-3)
    assert f.difference(union).area < 1e-3 * union.area


def test_steps_of_3_degrees_would_miss_the_far_corners():
    # Why the pan is not drawn as footprints every 3°: between two headings
    # the far corners sweep arcs the two footprints do not hold, about
    # tan(30°) × 3° / 2 of the area: 2.5 % here.
    headings = np.linspace(-45, 45, 31)
    stepped = shapely.union_all(
        pinhole_footprints(np.zeros(31), np.zeros(31), headings, 5, 30, 60, V169, 1000)
    )
    swept = one(5, 30, 60, V169, sweep=150)
    assert 1 - stepped.area / swept.area == pytest.approx(0.025, abs=0.003)


def test_all_round_is_the_ring_between_the_nearest_and_farthest_ground():
    # The 30° trapezoid's nearest point is 5 / tan 40° = 5.9588 north, its
    # farthest the far corners, hypot(13.7374, 8.3121) = 16.0566.
    for direction, sweep in ((np.nan, 60.0), (10.0, 360.0)):
        f = one(5.0, 30.0, 60.0, 20.0, direction=direction, sweep=sweep)
        exact = math.pi * (16.0566**2 - 5.9588**2)
        assert f.area == pytest.approx(exact, rel=2e-3)
        assert shapely.get_num_interior_rings(f) == 1


def test_a_camera_looking_past_its_foot_sees_all_round_it():
    assert pinhole_view_deg(60.0, 60.0, 70.0) == 360.0
    assert one(5.0, 60.0, 60.0, 70.0).contains(shapely.Point(0, 0))
    # Its lower edge just straight down: the lower corners' feet lie square
    # to the axis (bearings ±90°).
    assert pinhole_view_deg(45.0, 90.0, 90.0) == pytest.approx(180.0)


def test_the_view_holds_the_lower_corners():
    # 30° × 60° × 20°: the lower corners (±4.4228, 5.9588) lie at
    # atan(4.4228 / 5.9588) = 36.58° from the axis, wider than the lens.
    assert pinhole_view_deg(30.0, 60.0, 20.0) == pytest.approx(2 * 36.58, abs=0.01)
    assert pinhole_view_deg(30.0, 60.0, 20.0, 150.0) == pytest.approx(90 + 2 * 36.58, abs=0.01)


cameras = st.tuples(
    st.floats(1, 30),  # height
    st.floats(-60, 90),  # tilt
    st.floats(10, 150),  # hfov
    st.floats(5, 120),  # vfov
    st.floats(5, 300),  # range
    st.floats(0, 360),  # direction
    st.sampled_from([0.0, 0.0, 30.0, 150.0, 400.0]),  # pan
)


@st.composite
def looking_down(draw, lowest=90.0):
    """(height, tilt, hfov, vfov, direction) of a camera whose picture's
    top looks at least 2° below the horizon and its bottom no lower than
    `lowest` below it."""
    vfov = draw(st.floats(5, lowest - 10))
    tilt = draw(st.floats(vfov / 2 + 2, lowest - vfov / 2))
    return draw(st.floats(1, 30)), tilt, draw(st.floats(10, 150)), vfov, draw(st.floats(0, 360))


def bearings_from_axis(geom, direction):
    xy = shapely.get_coordinates(geom)
    bearing = np.degrees(np.arctan2(xy[:, 0], xy[:, 1]))
    return (bearing - direction + 180) % 360 - 180


@settings(max_examples=80, deadline=None)
@given(cameras)
def test_the_footprint_lies_within_the_range_and_its_view(camera):
    height, tilt, hfov, vfov, range_m, direction, pan = camera
    f = one(height, tilt, hfov, vfov, range_m, direction, sweep=hfov + pan)
    assert f.is_valid
    if f.is_empty:
        return
    assert np.hypot(*shapely.get_coordinates(f).T).max() <= range_m * (1 + 1e-9)
    view = pinhole_view_deg(tilt, hfov, vfov, hfov + pan)
    if view < 360:
        assert np.abs(bearings_from_axis(f, direction)).max() <= view / 2 + 1e-6


@settings(max_examples=60, deadline=None)
@given(looking_down(), st.sampled_from([0.0, 30.0, 150.0, 400.0]), st.floats(1.1, 4))
def test_a_higher_camera_sees_the_same_picture_scaled(camera, pan, k):
    # With the top of the picture below the horizon and no range to cut
    # it, the footprint scales with the height about the foot: it grows.
    height, tilt, hfov, vfov, direction = camera
    low = one(height, tilt, hfov, vfov, 1e7, direction, sweep=hfov + pan)
    high = one(k * height, tilt, hfov, vfov, 1e7, direction, sweep=hfov + pan)
    scaled = affinity.scale(low, k, k, origin=(0, 0))
    assert high.area == pytest.approx(k * k * low.area, rel=1e-6)
    assert high.symmetric_difference(scaled).area < 1e-6 * high.area


@settings(max_examples=60, deadline=None)
@given(looking_down(lowest=88.0))
def test_the_ground_in_view_fills_the_picture(camera):
    # Second model: the mask outlines' projection (picture.py) of a
    # footprint whose top edge looks below the horizon and whose far
    # corners are within range is the whole picture.
    height, tilt, hfov, vfov, direction = camera
    f = one(height, tilt, hfov, vfov, 1e7, direction)
    (outline,) = image_outlines(
        np.array([f]), np.zeros((1, 2)), np.array([direction]), np.array([height]),
        np.array([tilt]), np.array([hfov]), np.array([vfov]),
    )  # fmt: skip
    assert outline.area == pytest.approx(1.0, abs=1e-6)


def audit(height, tilt, direction=0.0, fov=60.0, range_m=30.0, pan=0.0):
    values = CameraValues(
        ["c"], [direction], [fov], [range_m], [pan], height_m=[height], tilt_deg=[tilt]
    )
    return camera_coverage(shapely.points([(X0, Y0)]), L93, values, AuditSettings())


@pytest.mark.parametrize("height, tilt", [(np.nan, np.nan), (5.0, np.nan), (np.nan, 30.0)])
def test_without_height_and_tilt_the_audit_draws_todays_sector(height, tilt):
    c = audit(height, tilt, direction=45.0)
    sector = sectors([X0], [Y0], [45.0], [60.0], [30.0])[0]
    assert same(c.footprints[0], sector)
    assert c.footprints[0].area == pytest.approx(150 * math.pi, rel=SHORTFALL_3DEG * 1.01)
    assert c.view_deg[0] == 60.0 and c.outer_m[0] == 30.0 and c.near_m[0] == 0.0


def test_with_height_and_tilt_the_audit_draws_the_picture():
    # The 16:9 picture of the default 60° lens, 5 m up, 30° down: the
    # 320.99 m² trapezoid, from 4.5033 m to its far corners
    # hypot(23.5064, 13.1966) = 26.9574 m away, within the 30 m range.
    c = audit(5.0, 30.0)
    assert same(c.footprints[0], affinity.translate(trapezoid(5.0, 30.0, 60.0, V169), X0, Y0))
    assert c.near_m[0] == pytest.approx(4.5033, abs=1e-4)
    assert c.outer_m[0] == pytest.approx(26.9574, abs=1e-4)
    # Its lower corners lie atan(3.6950 / 4.5033) = 39.369° off the axis.
    assert c.view_deg[0] == pytest.approx(2 * 39.369, abs=0.002)


def test_the_dori_zones_follow_the_picture():
    # The 60° lens's detection reaches 1920 / (2 × 25 × tan 30°) = 66.5 m,
    # past the range: the whole footprint, lower corners included (a 60°
    # sector would cut them off).
    c = audit(5.0, 30.0)
    detect = dori_footprints(c)["detect"][0]
    assert detect.area == pytest.approx(c.footprints[0].area, rel=1e-9)
    # Identification: 1920 / (2 × 250 × tan 30°) = 6.65 m: the trapezoid
    # within 6.65 m of the foot.
    ident = dori_footprints(c)["ident"][0]
    disc = shapely.Point(X0, Y0).buffer(6.651, quad_segs=256)
    assert ident.area == pytest.approx(c.footprints[0].intersection(disc).area, rel=2e-3)


def test_a_mask_at_the_pictures_corner_keeps_its_bearings():
    # 5 m up, 30° down, 60° × 20° (corners in test_tilted_30_degrees...):
    # a zone near the lower right corner, between bearings 30° and 36°,
    # lies in the picture although outside the lens's ±30°.
    zone = shapely.Polygon(
        [(X0 + 6.0 * math.tan(math.radians(b)), Y0 + 6.0) for b in (30.0, 36.0)]
        + [(X0 + 7.0 * math.tan(math.radians(b)), Y0 + 7.0) for b in (36.0, 30.0)]
    )
    masks = camera_masks(
        [[X0, Y0]], [0.0], [60.0], L93, [0], ["private"], [zone],
        height_m=[5.0], tilt_deg=[30.0], hfov_deg=[60.0], vfov_deg=[20.0],
    )  # fmt: skip
    assert masks.from_deg[0] == pytest.approx(30.0, abs=1e-6)
    assert masks.to_deg[0] == pytest.approx(36.0, abs=1e-6)
    assert not masks.image_outline[0].is_empty
