"""judge_plan called directly, with footprints drawn by hand and the
optional per-camera inputs left out, as a notebook or a batch job would
(mutation survivors of plans.py).

The lycée is a 40 m square; its west half is a classroom, its east half a
corridor."""

import numpy as np
import pytest
import shapely

from camera_coverage.core.plans import COMPLIANT, MASKING, NOT_COMPLIANT, PlanSettings, judge_plan

PERIMETER = shapely.box(0, 0, 40, 40)
ZONES = np.array([shapely.box(0, 0, 20, 40), shapely.box(20, 0, 40, 40)], dtype=object)
TYPES = ["classroom", "corridor"]


def test_cameras_judged_without_the_optional_inputs():
    footprints = np.array(
        [
            shapely.box(5, 5, 15, 15),  # 100 m² of classroom
            shapely.box(25, 2, 35, 12),  # 100 m² of corridor
            shapely.from_wkt("POLYGON EMPTY"),  # sees nothing
        ],
        dtype=object,
    )
    # The second stands on the corridor's outer wall, half a metre out.
    points = shapely.points([(10, 1), (30, -0.5), (20, 20)])
    plan = judge_plan(
        footprints, points, np.array(["always"] * 3), ZONES, TYPES, PERIMETER, PlanSettings()
    )
    assert plan.verdict == [NOT_COMPLIANT, COMPLIANT, COMPLIANT]
    assert plan.forbidden_m2.tolist() == pytest.approx([100.0, 0.0, 0.0])
    assert plan.inside_perimeter.tolist() == [True, False, True]
    assert "outside the perimeter" in plan.notes[1]
    assert plan.notes[0] == plan.notes[2] == ""
    # Nothing seen, nothing beyond the perimeter: 0 %, not a division by 0.
    assert plan.outside_pct.tolist() == [0.0, 0.0, 0.0]


def judge(footprints, points, lang="en"):
    n = len(footprints)
    return judge_plan(
        np.array(footprints, dtype=object),
        shapely.points(points),
        np.array(["always"] * n),
        ZONES,
        TYPES,
        PERIMETER,
        PlanSettings(lang=lang),
    )


def test_masking_is_required_only_past_both_tolerances():
    # 10 m wide on the corridor, running 3 m and 3.3 m beyond the south
    # wall: 30 m² of 300 (10 %, the tolerated share, not more) and 33 m²
    # of 300 (11 %); both past the 20 m² tolerated.
    plan = judge([shapely.box(25, -3, 35, 27), shapely.box(25, -3.3, 35, 26.7)], [(30, 0)] * 2)
    assert plan.outside_pct.tolist() == pytest.approx([10.0, 11.0])
    assert plan.masking_required.tolist() == [False, True]
    assert plan.verdict == [COMPLIANT, MASKING]


def test_cameras_that_see_no_zone_at_all():
    # Only street: 100 m² south of the lycée, all beyond its perimeter.
    plan = judge([shapely.box(10, -12, 20, -2)], [(15, 0)])
    assert plan.outside_m2.tolist() == pytest.approx([100.0])
    assert plan.verdict == [MASKING]
    assert plan.forbidden_m2.tolist() == [0.0]


def test_reasons_in_french_give_the_identification_area_and_decimal_commas():
    # A classroom seen whole from 1 m (all of it near enough to identify);
    # 15 m² of street beside 185 m² of corridor: 7.5 %, tolerated.
    near = shapely.box(5, 2, 15, 12)
    street = shapely.box(25, -1.5, 35, 18.5)
    plan = judge([near, street], [(10, 1), (30, 0)], lang="fr")
    assert "dont 100 m² assez près pour identifier les personnes" in plan.verdict_reason[0]
    assert (
        "voit 15 m² hors de l'enceinte (7,5 % de sa vue), dans la tolérance"
        in (plan.verdict_reason[1])
    )
