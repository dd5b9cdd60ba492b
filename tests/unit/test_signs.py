"""Information signs, on hand-made scenes: what a surveyed "names the
operator" answer reads as, and how far the nearest sign stands from the
ground a camera films."""

import numpy as np
import pytest
import shapely

from camera_coverage.core.signs import check_signs, names_operator


def test_a_sign_names_the_operator_only_when_the_survey_says_yes():
    answers = ["yes", "Oui", " TRUE ", "1", "y", "O", "no", "non", "", None, "unknown"]
    expected = [True] * 6 + [False] * 5
    assert names_operator(answers).tolist() == expected


def test_a_camera_that_sees_nothing_is_measured_from_its_own_point():
    seen = np.array([shapely.Polygon(), shapely.box(0, 0, 10, 10)], dtype=object)
    points = np.array([shapely.Point(100, 0), shapely.Point(5, -1)], dtype=object)
    signs = np.array([shapely.Point(100, 5), shapely.Point(30, 5)], dtype=object)
    check = check_signs(seen, points, signs, [True, False], 20.0)
    # 5 m from the first camera's point; 20 m from the second's square:
    # exactly the distance allowed, which is not "more than" it.
    assert check.distance_m == pytest.approx([5.0, 20.0])
    assert check.nearest.tolist() == [0, 1]
    assert check.too_far.tolist() == [False, False]
    assert check.unnamed.tolist() == [False, True]
    farther = check_signs(seen, points, signs, [True, False], 19.9)
    assert farther.too_far.tolist() == [False, True]
    assert farther.unnamed.tolist() == [False, False]


def test_without_any_sign_no_sign_is_nearest():
    seen = np.array([shapely.box(0, 0, 10, 10)], dtype=object)
    check = check_signs(seen, [shapely.Point(5, -1)], np.array([], dtype=object), [], 30.0)
    assert check.nearest.tolist() == [-1]
    assert check.distance_m.tolist() == [np.inf]
    assert check.too_far.tolist() == [True] and check.unnamed.tolist() == [False]
