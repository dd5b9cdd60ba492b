"""Camera values: defaults where missing, rejections with their reason."""

import numpy as np
import pytest
import shapely

from camera_coverage.core.audit import AuditSettings, camera_coverage
from camera_coverage.core.cameras import CameraValues, check_cameras


def test_defaults_fill_missing_values_and_are_counted():
    values = CameraValues(["a", "b", "c"], [0, np.nan, 90], [np.nan, 90, np.nan], [10, np.nan, 5])
    checked = check_cameras(values, 60.0, 30.0)
    assert checked.fov.tolist() == [60.0, 90.0, 60.0]
    assert checked.range_m.tolist() == [10.0, 30.0, 5.0]
    assert checked.default_fov_used == 2
    assert checked.default_range_used == 1
    assert checked.sweep_deg.tolist() == [60.0, 360.0, 60.0]
    assert checked.rejected == []


def test_out_of_range_values_are_rejected_with_the_value():
    values = CameraValues(
        ["ok", "fov", "range", "far", "pan", "dir"],
        [-90, 0, 0, 0, 0, np.inf],
        [90, 400, 90, 90, 90, 90],
        [10, 10, -5, 5000, 10, 10],
        [0, 0, 0, 0, 500, 0],
    )
    checked = check_cameras(values, 60.0, 30.0)
    assert checked.usable.tolist() == [True, False, False, False, False, False]
    assert checked.direction[0] == 270.0
    reasons = dict(checked.rejected)
    assert "400" in reasons[1]
    assert "-5" in reasons[2]
    assert "5000" in reasons[3]
    assert "500" in reasons[4]
    assert "inf" in reasons[5]


def test_turning_camera_covers_its_arc_widened_by_its_fov():
    values = CameraValues(["pan"], [0.0], [60.0], [10.0], [90.0])
    coverage = camera_coverage(
        np.array([shapely.Point(652000, 6862000)]), "EPSG:2154", values, AuditSettings()
    )
    expected = np.pi * 100 * 150 / 360
    assert abs(coverage.covered_m2[0] - expected) / expected < 1e-3


def test_cameras_without_location_or_with_several_points_are_rejected():
    points = np.array(
        [
            shapely.Point(652000, 6862000),
            None,
            shapely.MultiPoint([(652010, 6862000), (652020, 6862000)]),
            shapely.MultiPoint([(652030, 6862000)]),
        ]
    )
    values = CameraValues(["a", "b", "c", "d"], [0] * 4, [90] * 4, [10] * 4)
    coverage = camera_coverage(points, "EPSG:2154", values, AuditSettings(lang="fr"))
    assert coverage.index.tolist() == [0, 3]
    reasons = dict(coverage.checked.rejected)
    assert "géométrie vide" in reasons[1]
    assert "2 points" in reasons[2]


def test_field_of_view_from_the_lens_when_none_is_given():
    # 1/2.8" sensor, 5.6 mm wide, behind a 4 mm lens: 2 atan(5.6 / 8) = 69.98°.
    values = CameraValues(
        ["lens", "given", "none"],
        [0, 0, 0],
        [np.nan, 45.0, np.nan],
        [10, 10, 10],
        sensor_width_mm=[5.6, 5.6, np.nan],
        focal_mm=[4.0, 4.0, np.nan],
    )
    checked = check_cameras(values, 60.0, 30.0)
    assert checked.fov[0] == pytest.approx(69.984, abs=1e-3)
    assert checked.fov[1] == 45.0  # a given angle wins over the lens
    assert checked.fov[2] == 60.0
    assert (checked.fov_from_lens, checked.default_fov_used) == (1, 1)
