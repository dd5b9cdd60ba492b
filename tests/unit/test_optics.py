import math

import numpy as np
import pytest

from camera_coverage.core.optics import (
    DORI_LEVELS,
    dori_distance,
    ground_interval,
    hfov_from_lens,
    pixel_density,
    vfov_from_hfov,
)


def test_hfov_of_a_known_lens():
    # 1/2.8" sensor, 5.6 mm wide, behind a 4 mm lens.
    assert hfov_from_lens(5.6, 4.0) == pytest.approx(69.984, abs=1e-3)


def test_hfov_is_vectorised():
    assert hfov_from_lens(np.array([5.6, 8.0]), np.array([4.0, 4.0])) == pytest.approx(
        [69.984, 90.0], abs=1e-3
    )


def test_dori_levels_in_order_of_strictness():
    assert list(DORI_LEVELS) == ["ident", "recog", "observ", "detect"]
    assert list(DORI_LEVELS.values()) == [250.0, 125.0, 62.5, 25.0]


def test_dori_distances_for_1080p_at_90_degrees():
    # tan(45°) = 1, so z = 1920 / (2 * px_per_m).
    distances = dori_distance(1920, 90.0, np.array(list(DORI_LEVELS.values())))
    assert distances == pytest.approx([3.84, 7.68, 15.36, 38.4])


def test_dori_distance_vectorised_over_cameras():
    distances = dori_distance(np.array([1920, 3840]), np.array([90.0, 90.0]), 250.0)
    assert distances == pytest.approx([3.84, 7.68])


def test_pixel_density_is_the_inverse_of_dori_distance():
    assert pixel_density(1920, 90.0, 3.84) == pytest.approx(250.0)
    assert pixel_density(1920, 90.0, np.array([7.68, 38.4])) == pytest.approx([125.0, 25.0])


def test_ground_interval_of_a_tilted_camera():
    near, far = ground_interval(4.0, 30.0, 20.0)
    assert near == pytest.approx(4 / math.tan(math.radians(40)))
    assert near == pytest.approx(4.767, abs=1e-3)
    assert far == pytest.approx(4 / math.tan(math.radians(20)))
    assert far == pytest.approx(10.99, abs=1e-2)


def test_view_reaching_the_horizon_has_no_far_limit():
    near, far = ground_interval(4.0, 10.0, 20.0)
    assert near == pytest.approx(4 / math.tan(math.radians(20)))
    assert far == math.inf


def test_view_pointing_down_past_vertical_starts_at_the_foot():
    near, far = ground_interval(4.0, 85.0, 20.0)
    assert near == 0.0
    assert far == pytest.approx(4 / math.tan(math.radians(75)))


def test_view_above_the_horizon_sees_no_ground():
    assert ground_interval(4.0, -20.0, 20.0) == (math.inf, math.inf)


def test_unknown_values_mean_no_limit():
    near, far = ground_interval(
        np.array([4.0, np.nan, 4.0, 4.0]),
        np.array([30.0, 30.0, np.nan, 30.0]),
        np.array([20.0, 20.0, 20.0, np.nan]),
    )
    assert near == pytest.approx([4 / math.tan(math.radians(40)), 0.0, 0.0, 0.0])
    assert far[0] == pytest.approx(4 / math.tan(math.radians(20)))
    assert np.isinf(far[1:]).all()


def test_vfov_from_hfov():
    # A square image has equal angles; 16:9 at 90° gives 2 atan(9/16).
    assert vfov_from_hfov(70.0, aspect=1.0) == pytest.approx(70.0)
    assert vfov_from_hfov(90.0) == pytest.approx(math.degrees(2 * math.atan(9 / 16)))
    assert vfov_from_hfov(np.array([90.0, 60.0]), 4 / 3) == pytest.approx(
        [
            math.degrees(2 * math.atan(3 / 4)),
            math.degrees(2 * math.atan(math.tan(math.pi / 6) * 3 / 4)),
        ]
    )
