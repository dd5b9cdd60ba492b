"""The core's answers to bad input (issue 8), without QGIS: impossible
values rejected, empty views explained, cameras beyond the cadastre not
cleared, CRS and spread checked, ids made unique, overlaps measured,
non-finite values caught."""

import math

import numpy as np
import pytest
import shapely

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues, check_cameras
from camera_coverage.core.explain import NoUsableCamera, beyond_cadastre, explain_coverage
from camera_coverage.core.finite import first_non_finite
from camera_coverage.core.identity import unique_ids
from camera_coverage.core.overlaps import overlap_among
from camera_coverage.core.placement import check_fits_crs, check_spread
from camera_coverage.core.working_crs import choose_working_crs

X0, Y0 = 652_000.0, 6_862_000.0
L93 = "EPSG:2154"
# A private parcel north of the cameras, from 5 m to 100 m.
NORTH = np.array([shapely.box(X0 - 100, Y0 + 5, X0 + 100, Y0 + 100)])


def audit(xy, direction, fov, range_m, parcels=NORTH, public=None, **optics):
    n = len(xy)
    values = CameraValues([f"c{i}" for i in range(n)], direction, fov, range_m, **optics)
    public = np.zeros(len(parcels), dtype=bool) if public is None else public
    return run_audit(
        shapely.points(np.asarray(xy, dtype=float)),
        L93,
        values,
        parcels,
        L93,
        [f"P{i}" for i in range(len(parcels))],
        public,
        AuditSettings(),
    )


@pytest.mark.parametrize(
    "height, tilt, words",
    [
        (-5.0, np.nan, "height -5 m"),
        (0.0, np.nan, "height 0 m"),
        (301.0, np.nan, "at most 300 m"),
        (np.inf, np.nan, "height inf m"),
        (np.nan, 200.0, "tilt 200°"),
        (np.nan, -90.5, "tilt -90.5°"),
    ],
)
def test_impossible_height_or_tilt_is_rejected(height, tilt, words):
    values = CameraValues(["x"], [0.0], [60.0], [30.0], height_m=[height], tilt_deg=[tilt])
    checked = check_cameras(values, 60.0, 30.0)
    assert not checked.usable[0]
    assert words in checked.rejected[0][1]


@pytest.mark.parametrize("height, tilt", [(300.0, 90.0), (0.1, -90.0), (np.nan, np.nan)])
def test_extreme_but_possible_height_and_tilt_are_kept(height, tilt):
    values = CameraValues(["x"], [0.0], [60.0], [30.0], height_m=[height], tilt_deg=[tilt])
    assert check_cameras(values, 60.0, 30.0).usable[0]


@pytest.mark.parametrize(
    "column, value, words",
    [
        ("vfov_deg", 0.0, "vertical field of view 0°"),
        ("vfov_deg", 180.0, "vertical field of view 180°"),
        ("h_resolution", -1920.0, "resolution -1920 px"),
        ("sensor_width_mm", -5.6, "sensor width -5.6 mm"),
        ("focal_mm", 0.0, "focal length 0 mm"),
    ],
)
def test_impossible_lens_values_are_rejected(column, value, words):
    values = CameraValues(["x"], [0.0], [np.nan], [30.0], **{column: [value]})
    checked = check_cameras(values, 60.0, 30.0)
    assert not checked.usable[0] and words in checked.rejected[0][1]


def test_a_camera_looking_at_the_sky_sees_nothing_and_says_why():
    result = audit([(X0, Y0)], [0.0], [60.0], [30.0], height_m=[5.0], tilt_deg=[-90.0])
    assert result.exposure.covered_m2[0] == 0
    assert result.flag_reason[0].startswith("sees nothing: the view never reaches the ground")
    assert "public domain" not in result.flag_reason[0]
    assert not result.masking_required[0] and not result.undetermined[0]


def test_a_view_meeting_the_ground_beyond_its_reach_gives_the_distances():
    # 100 m high, tilted 10°, vfov of a 60° 16:9 image: the lower edge meets
    # the ground at 100 / tan(10° + vfov/2), beyond the 30 m range.
    vfov = 2 * math.degrees(math.atan(math.tan(math.radians(30)) / (16 / 9)))
    ground = 100 / math.tan(math.radians(10 + vfov / 2))
    result = audit([(X0, Y0)], [0.0], [60.0], [30.0], height_m=[100.0], tilt_deg=[10.0])
    assert result.exposure.covered_m2[0] == 0
    reason = result.flag_reason[0]
    assert "never reaches the ground within its reach" in reason
    assert f"{ground:,.0f} m away" in reason and "reach is 30 m" in reason


def test_a_camera_whose_view_buildings_hide_entirely_says_so():
    values = CameraValues(["wall"], [90.0], [60.0], [10.0])
    # On the west façade of a long building, looking east into it.
    wall = np.array([shapely.box(X0, Y0 - 50, X0 + 2, Y0 + 50)])
    result = run_audit(
        shapely.points([(X0, Y0)]),
        L93,
        values,
        NORTH,
        L93,
        ["P0"],
        [False],
        AuditSettings(),
        buildings=wall,
        buildings_crs=L93,
    )
    assert result.exposure.covered_m2[0] == pytest.approx(0.0, abs=1e-9)
    assert result.flag_reason[0].startswith("sees nothing: buildings hide its whole view")


def test_a_camera_with_no_parcel_within_reach_is_not_cleared():
    # c0 looks south, away from the parcel 5 m north: sees only public domain.
    # c1 stands 10 km away from any parcel.
    result = audit([(X0, Y0), (X0 + 10_000, Y0)], [180.0, 180.0], [60.0, 60.0], [30.0, 30.0])
    assert result.flag_reason[0] == "sees only public domain"
    assert not result.undetermined[0]
    assert result.undetermined[1] and not result.masking_required[1]
    assert "no parcel lies within its reach (30 m)" in result.flag_reason[1]
    assert "public domain only" not in result.flag_reason[1]


def test_a_parcel_just_within_reach_but_outside_the_view_counts_as_cover():
    # Looking south; the parcel starts 5 m north, within the 30 m reach.
    result = audit([(X0, Y0)], [180.0], [60.0], [30.0])
    assert not result.undetermined[0]


def test_no_usable_camera_shows_the_first_ten_reasons():
    xy = [(X0 + i, Y0) for i in range(12)]
    with pytest.raises(NoUsableCamera) as error:
        audit(xy, [0.0] * 12, [500.0] * 12, [30.0] * 12)
    message = str(error.value)
    assert "all 12 cameras were rejected" in message and "c9: field" in message
    assert "c10:" not in message and message.endswith("; …")


def test_reasons_are_written_in_the_user_language():
    values = CameraValues(["c"], [0.0], [60.0], [7.5], height_m=[100.0], tilt_deg=[10.0])
    result = run_audit(
        shapely.points([(X0, Y0)]),
        L93,
        values,
        NORTH,
        L93,
        ["P0"],
        [False],
        AuditSettings(lang="fr"),
    )
    assert result.flag_reason[0].startswith("ne voit rien : la vue n'atteint jamais le sol")
    assert "sa portée est de 7,5 m" in result.flag_reason[0]


def test_no_usable_camera_carries_every_reason():
    with pytest.raises(NoUsableCamera) as error:
        audit([(X0, Y0), (X0 + 1, Y0)], [0.0, 0.0], [500.0, 60.0], [30.0, -1.0])
    assert [i for i, _ in error.value.rejected] == [0, 1]
    assert "No usable camera: all 2 cameras were rejected" in str(error.value)
    assert "c0: field of view 500°" in str(error.value)
    assert "c1: range -1 m" in str(error.value)


def test_lambert_coordinates_read_as_degrees_are_refused():
    with pytest.raises(ValueError, match="do not fit its CRS WGS 84") as error:
        check_fits_crs(shapely.points([(X0, Y0)]), "EPSG:4326", "cameras")
    assert "Assign projection" in str(error.value)
    with pytest.raises(ValueError, match="Lambert-93"):
        check_fits_crs(shapely.points([(2.35, 48.85)]), L93, "parcels")
    check_fits_crs(shapely.points([(X0, Y0)]), L93, "cameras")
    check_fits_crs(shapely.points([(2.35, 48.85)]), "EPSG:4326", "cameras")


def test_cameras_far_apart_name_the_far_ones():
    points = shapely.points([(2.35, 48.85), (2.36, 48.86), (-74.0, 40.7)])
    working = choose_working_crs("EPSG:4326", points)
    with pytest.raises(ValueError) as error:
        check_spread(points, "EPSG:4326", working, ["paris-1", "paris-2", "new-york"])
    message = str(error.value)
    assert "new-york" in message and "paris-1" not in message
    # All of metropolitan France, Brest to Menton and Ajaccio, is one audit.
    france = shapely.points([(-4.49, 48.39), (7.5, 43.78), (8.74, 41.92), (2.35, 48.85)])
    check_spread(france, "EPSG:4326", choose_working_crs("EPSG:4326", france), list("abcd"))


def test_duplicate_ids_are_made_unique_in_input_order():
    ids, renamed = unique_ids(["CAM-05", "A", "CAM-05", "CAM-05#2", "CAM-05"])
    assert ids == ["CAM-05", "A", "CAM-05#3", "CAM-05#2", "CAM-05#4"]
    assert renamed == {"CAM-05": ["CAM-05#3", "CAM-05#4"]}
    assert unique_ids(["a", "b"]) == (["a", "b"], {})
    assert unique_ids(["a", "b", "a"]) == (["a", "b", "a#2"], {"a": ["a#2"]})


def test_overlapping_parcels_are_counted_with_their_area():
    parcels = np.array(
        [
            shapely.box(0, 0, 10, 10),
            shapely.box(5, 0, 15, 10),  # overlaps the first by 50 m²
            shapely.box(15, 0, 25, 10),  # only touches the second
            shapely.box(30, 0, 40, 10),
            shapely.box(30, 0, 40, 10),  # a duplicate: 100 m²
        ]
    )
    assert overlap_among(parcels) == (4, pytest.approx(150.0))
    assert overlap_among(parcels, [2, 3]) == (0, 0.0)
    assert overlap_among(parcels, [0, 1]) == (2, pytest.approx(50.0))
    assert overlap_among(parcels[:1]) == (0, 0.0)
    # A sliver below 1 dm² is noise along a shared edge; missing or empty
    # parcels are left out.
    sliver = np.array([shapely.box(0, 0, 10, 10), shapely.box(9.9999, 0, 20, 10)])
    assert overlap_among(sliver) == (0, 0.0)
    holes = np.array([None, shapely.Polygon(), *parcels[:2]], dtype=object)
    assert overlap_among(holes) == (2, pytest.approx(50.0))


def test_overlapping_parcels_end_to_end_count_once():
    # All-round 10 m camera; P0 = the whole east half-plane near it, P1 = P0
    # widened 2 m west. Private = half disc + the segment -2 < x < 0.
    parcels = np.array(
        [
            shapely.box(X0, Y0 - 50, X0 + 50, Y0 + 50),
            shapely.box(X0 - 2, Y0 - 50, X0 + 50, Y0 + 50),
        ]
    )
    r, d = 10.0, 2.0
    strip = r**2 * math.asin(d / r) + d * math.sqrt(r**2 - d**2)
    result = audit([(X0, Y0)], [np.nan], [360.0], [r], parcels=parcels)
    assert result.exposure.private_m2[0] == pytest.approx(math.pi * r**2 / 2 + strip, rel=1e-3)
    assert result.exposure.public_m2[0] == pytest.approx(math.pi * r**2 / 2 - strip, rel=2e-3)
    assert result.exposure.overlaps == (2, pytest.approx(5000.0))


def test_non_finite_values_are_caught_before_writing():
    good = shapely.points([(0, 0), (1, 1)])
    assert first_non_finite(good, [[1.0, "a", None], [2.0, "b", True]]) is None
    bad = np.array([shapely.Point(0, 0), shapely.Point(np.inf, 0)])
    assert first_non_finite(bad) == 1
    assert first_non_finite(good, [[1.0], [float("nan")]]) == 1
    assert first_non_finite(None, [[1.0], [2.0], [float("inf")]]) == 2
    assert first_non_finite(bad, [[float("nan")], [1.0]]) == 0


def test_coverage_polygons_read_from_a_layer_are_explained_too():
    reasons, undetermined = explain_coverage(
        ["sees only public domain"] * 3, [0.0, 50.0, 50.0], [True, True, False], "en"
    )
    assert reasons[0] == "sees nothing: its coverage is empty"
    assert reasons[1].startswith("not audited: no parcel touches its coverage")
    assert reasons[2] == "sees only public domain"
    assert undetermined.tolist() == [False, True, False]


def test_beyond_cadastre_measures_the_reach_from_the_camera():
    parcel = np.array([shapely.box(X0 + 20, Y0, X0 + 30, Y0 + 10)])
    cameras = np.array([shapely.Point(X0, Y0), shapely.Point(X0, Y0), None], dtype=object)
    assert beyond_cadastre(cameras, parcel, [19.9, 20.1, 30.0]).tolist() == [True, False, False]
    assert beyond_cadastre(cameras[:2], np.array([], dtype=object), 5.0).tolist() == [True, True]


@pytest.mark.parametrize(
    "column", ["h_resolution", "sensor_width_mm", "focal_mm", "height_m", "vfov_deg"]
)
@pytest.mark.parametrize("value", [math.inf, -math.inf])
def test_an_infinite_optics_value_rejects_its_camera_only(column, value):
    values = CameraValues(
        camera_id=["OK", "BAD"],
        direction=[0.0, 0.0],
        fov=[np.nan, np.nan],
        range_m=[30.0, 30.0],
        **{column: [np.nan, value]},
    )
    checked = check_cameras(values, 60.0, 30.0)
    assert checked.usable.tolist() == [True, False]
    assert [index for index, _ in checked.rejected] == [1]


def test_a_value_that_is_not_a_number_rejects_its_camera_naming_field_and_value():
    values = CameraValues(
        camera_id=["A", "B", "C"],
        direction=[90.0, np.nan, 180.0],
        fov=[60.0, 60.0, 60.0],
        range_m=[30.0, 30.0, 30.0],
        unreadable={1: ("direction", "NE")},
    )
    checked = check_cameras(values, 60.0, 30.0, lang="fr")
    assert checked.usable.tolist() == [True, False, True]
    ((index, reason),) = checked.rejected
    assert index == 1 and "direction « NE »" in reason
