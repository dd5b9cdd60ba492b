"""Masks against bearings and picture coordinates worked out by hand."""

import math

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod, Transformer

from camera_coverage.core.masks import camera_masks
from camera_coverage.core.picture import image_outlines

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


def test_two_pieces_8_degrees_apart_are_two_masks_and_1_degree_apart_one():
    # Private land at 352°..356° and 4°..8°: the 8° between them across
    # north needs no mask, so an installer gets two masks, not 352°..8°.
    zones = [quad(352, 356, 10, 20), quad(4, 8, 10, 20)]
    masks = camera_masks([[X0, Y0]], [0.0], [60.0], L93, [0, 0], ["private", "private"], zones)
    assert len(masks) == 2
    spans = sorted(zip(masks.from_deg.round(5), masks.to_deg.round(5)))
    assert spans == [(4.0, 8.0), (352.0, 356.0)]
    assert sorted(masks.area_m2) == pytest.approx(sorted([zones[0].area, zones[1].area]))
    assert list(masks.span_deg) == pytest.approx([4.0, 4.0])
    assert list(masks.share_of_view) == pytest.approx([4.0 / 60.0, 4.0 / 60.0])
    # The view masked is 4° + 4° of 60°.
    assert masks.masked_share[0] == pytest.approx(8.0 / 60.0)
    # 0.8° apart across north (359.6° and 0.4°): one mask from 356° to 4°.
    zones = [quad(356, 359.6, 10, 20), quad(0.4, 4, 10, 20)]
    masks = camera_masks([[X0, Y0]], [0.0], [60.0], L93, [0, 0], ["private", "private"], zones)
    assert len(masks) == 1
    assert (masks.from_deg[0], masks.to_deg[0]) == pytest.approx((356.0, 4.0), abs=1e-5)


def test_two_private_parcels_with_the_road_between_are_two_masks():
    # A camera facing north, 90°: a parcel west of a road 10 m wide
    # (x < -5) and one east of it (x > 5), from 10 m to 30 m north. The
    # west parcel spans from the view's edge (315°) to its corner nearest
    # the road's centre line, (-5, 30): 360° − atan(5/30); the east one
    # mirrors it.
    west = shapely.box(X0 - 30, Y0 + 10, X0 - 5, Y0 + 30)
    east = shapely.box(X0 + 5, Y0 + 10, X0 + 30, Y0 + 30)
    view = quad(315, 45, 0.001, 60).union(shapely.Polygon([(X0, Y0), at(315, 1), at(45, 1)]))
    zones = [west.intersection(view), east.intersection(view)]
    masks = camera_masks([[X0, Y0]], [0.0], [90.0], L93, [0, 0], ["private"] * 2, zones)
    assert len(masks) == 2
    corner = math.degrees(math.atan2(5, 30))
    rows = sorted(zip(masks.from_deg, masks.to_deg, masks.area_m2))
    assert rows[0][:2] == pytest.approx((corner, 45.0), abs=1e-5)
    assert rows[1][:2] == pytest.approx((315.0, 360.0 - corner), abs=1e-5)
    assert rows[0][2] == pytest.approx(zones[1].area)
    assert rows[1][2] == pytest.approx(zones[0].area)
    # Neither mask takes in the road: 2 × 9.46° of it left to film.
    assert sum(masks.span_deg) == pytest.approx(90.0 - 2 * corner, abs=1e-5)


def test_a_sliver_under_half_a_square_metre_is_dropped_and_counted():
    # A parcel from 10° to 30° and, at 50°, a corner 0.3 m² of another.
    sliver = shapely.box(*at(50, 30), at(50, 30)[0] + 0.6, at(50, 30)[1] + 0.5)
    zones = [quad(10, 30, 10, 20), sliver]
    masks = camera_masks([[X0, Y0]], [30.0], [90.0], L93, [0, 0], ["private"] * 2, zones)
    assert len(masks) == 1
    assert (masks.from_deg[0], masks.to_deg[0]) == pytest.approx((10.0, 30.0), abs=1e-5)
    assert masks.slivers[0] == 1
    assert masks.sliver_m2[0] == pytest.approx(0.3)
    # A larger minimum drops the parcel too; none keeps the sliver apart.
    none = camera_masks(
        [[X0, Y0]], [30.0], [90.0], L93, [0, 0], ["private"] * 2, zones, min_area_m2=1000.0
    )
    assert len(none) == 0 and none.slivers[0] == 2
    kept = camera_masks(
        [[X0, Y0]], [30.0], [90.0], L93, [0, 0], ["private"] * 2, zones, min_area_m2=0.0
    )
    assert len(kept) == 2 and kept.slivers[0] == 0


def test_a_dome_on_the_parcel_line_masks_the_parcel_not_the_circle():
    # An all-round camera on the west edge of a parcel: the parcel's ground
    # lies from 0° to 180°, not all round (it touches the camera).
    parcel = shapely.box(X0, Y0 - 10, X0 + 10, Y0 + 10)
    masks = camera_masks([[X0, Y0]], [np.nan], [360.0], L93, [0], ["private"], [parcel])
    assert (masks.from_deg[0], masks.to_deg[0]) == pytest.approx((0.0, 180.0), abs=1e-5)
    # Standing 2 m inside it, the camera has the parcel all round.
    masks = camera_masks([[X0 + 2, Y0]], [np.nan], [360.0], L93, [0], ["private"], [parcel])
    assert (masks.from_deg[0], masks.to_deg[0]) == (0.0, 360.0)


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
    if zone.area < 0.5:
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
    assert list(masks.masked_measure) == ["picture", "ground"]
    # Each mask's share_of_view stays the part of the angle it spans, of
    # the bearings the footprint spans: 90° for the sector; the picture's
    # lower edge looks straight down (45 + 90/2 = 90), its lower corners'
    # rays (±1, -1, 1) in the camera's frame go straight sideways, so the
    # ground in the picture spans 180° of bearings.
    half = math.degrees(math.atan2(2, 10))
    assert list(masks.share_of_view) == pytest.approx([2 * half / 180.0, 2 * half / 90.0])


# A zone from a real audit (cadastre and façade strips merged) whose rings
# hold repeated points: GEOS calls it valid but its ray test raises "side
# location conflict".
TROUBLED_ZONE = (
    "0106000000070000000103000000010000000B0000005DAD0D7CC3BD2941D2B977991EDD584110D0D980DBBD"
    "294168ADD63C1FDD58418D1E829DDBBD29419299993D1FDD584133FC2682DBBD2941EABE123C1FDD5841F13C"
    "3656D0BD2941D5C8749C1EDD58410FB0135EC4BD2941EA1E0B4B1EDD584168E86008C4BD29416C09F2461EDD"
    "58419969CBD8ADBD2941B0E95A371DDD584127ED1AA2ACBD2941256D06A51DDD5841C5BAAADBABBD294109C0"
    "C3F81DDD58415DAD0D7CC3BD2941D2B977991EDD584101030000000100000004000000901E829DDBBD294192"
    "99993D1FDD58418D1E829DDBBD29419299993D1FDD5841B8CAB1FBDFBD2941424A4F5B1FDD5841901E829DDB"
    "BD29419299993D1FDD58410103000000010000001300000021F963A6C0BD2941F26889FB26DD58416622FB79"
    "C3BD2941058FC94827DD58410376EC6CC6BD294173C5329127DD5841E539267DC9BD2941143D92D427DD5841"
    "E72782A8CCBD2941BCAFB81228DD58413FA6CCFDCEBD2941355E423B28DD5841E7EFC6ECCFBD294168817A4B"
    "28DD584144C7A947D3BD2941D5DEAF7E28DD58419E04D0B6D6BD294175D934AC28DD5841AEC6D037DABD2941"
    "A480E9D328DD5841D25DBBD5DCBD2941F086B7EC28DD58414EE6B1CBE6BD29410547231123DD5841EF2A3E6C"
    "D8BD2941F55760AF22DD5841D3E8AEAEA9BD294185E1747121DD58416A3A6129C3BD29410006C31E22DD5841"
    "0F92E721BCBD2941C0B6FE4026DD584187EB0071BBBD29410580F15426DD58417DB422F4BDBD2941B987A8A9"
    "26DD584121F963A6C0BD2941F26889FB26DD584101030000000100000007000000B8CAB1FBDFBD2941424A4F"
    "5B1FDD58415546A089ECBD294187D7B3B01FDD584142022149FABD29411526F59A17DD5841C7D88523F8BD29"
    "4168B9E99117DD5841BAD903CAF5BD29411D367B2A1ADD5841CE10C666ECBD29415BC8C6AF1FDD5841B8CAB1"
    "FBDFBD2941424A4F5B1FDD584101030000000100000007000000E4EE6B960ABE29417CC6187D20DD5841BCA8"
    "72E611BE29413BF1D5AE20DD5841F31663060CBE29413F9BDF8620DD5841E8DB490918BE29415DD7967619DD"
    "584152F012A319BE2941C075702F19DD5841EDD9845717BE2941215EF6FC18DD5841E4EE6B960ABE29417CC6"
    "187D20DD584101030000000100000006000000207B789F1CBE2941BC10C5F720DD58415A70160325BE29418E"
    "BFD43021DD5841F8BD513625BE2941BFEAB31221DD5841B819F5A11CBE2941D6AE4EF620DD5841D016E8311C"
    "BE2941E7D4DBF420DD5841207B789F1CBE2941BC10C5F720DD58410103000000010000000D00000043D7EEE0"
    "FBBD2941D02C802329DD584174E582EBFEBD29414C8B761129DD5841A6AACD8802BE294111F8B1F528DD5841"
    "39E8CAF504BE294174B7B3DE28DD58418638F8F8FFBD2941643307D626DD58414BD7EE1D04BE2941871D1966"
    "24DD584168EA034720BE294163ECA32525DD5841454ECD5A20BE2941FDFB982725DD5841533BF35923BE2941"
    "62967B7325DD5841991DD49C24BE294150D49AB524DD58417D8B614321BE294155A2D29E24DD5841DD8E7DD8"
    "04BE2941FA3588DD23DD584143D7EEE0FBBD2941D02C802329DD5841"
)


def test_a_zone_geos_cannot_test_a_ray_against_still_gets_its_bearings():
    zone = shapely.from_wkb(TROUBLED_ZONE)
    camera = [843512.0791180105, 6517889.548620533]
    masks = camera_masks([camera], [np.nan], [360.0], L93, [0], ["private"], [zone])
    # Its six pieces of some size lie apart round the camera: six masks.
    assert len(masks) == 6
    assert masks.area_m2.sum() == pytest.approx(zone.area, rel=1e-9)
    # Every vertex's bearing from the camera, turned to true north by
    # pyproj's inverse geodesic, lies within one of the masks' arcs.
    x, y = shapely.get_coordinates(zone).T
    to_lonlat = Transformer.from_crs(L93, "EPSG:4326", always_xy=True)
    lon0, lat0 = to_lonlat.transform(*camera)
    lon, lat = to_lonlat.transform(x, y)
    bearings = Geod(ellps="GRS80").inv(np.full(len(lon), lon0), np.full(len(lat), lat0), lon, lat)[
        0
    ]
    assert (masks.span_deg < 90.0).all()
    within = ((bearings[:, None] - masks.from_deg + 1e-3) % 360.0) <= masks.span_deg + 2e-3
    assert within.any(axis=1).all()
