"""Hand-made plans with verdicts worked out on paper (CNIL rules for
schools). Scenes are drawn in Lambert-93 on its central meridian, where grid
north is true north, offsets in metres from (X0, Y0)."""

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, box

from camera_coverage.core.audit import AuditSettings
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.plans import (
    PlanInput,
    PlanSettings,
    run_plan_check,
    schedule_code,
    zone_code,
    zone_rule,
)
from camera_coverage.core.rules import RULES

X0, Y0 = 700_000.0, 6_862_000.0
CRS = "EPSG:2154"
PERIMETER = box(-100, -30, 100, 100)


def moved(geom):
    return shapely.transform(geom, lambda xy: xy + np.array([X0, Y0]))


def check(cameras, zones, schedules, walls=None, buildings=None, lang="en", **plan):
    """cameras: (x, y, direction, fov, range, h_resolution); zones: (type, geometry)."""
    points = np.array([shapely.Point(X0 + c[0], Y0 + c[1]) for c in cameras], dtype=object)
    values = CameraValues(
        camera_id=[f"c{i}" for i in range(len(cameras))],
        direction=[c[2] for c in cameras],
        fov=[c[3] for c in cameras],
        range_m=[c[4] for c in cameras],
        h_resolution=[c[5] for c in cameras],
    )
    data = PlanInput(
        zones=np.array([moved(g) for _, g in zones], dtype=object),
        zones_crs=CRS,
        zone_values=[t for t, _ in zones],
        perimeter=np.array([moved(PERIMETER)], dtype=object),
        perimeter_crs=CRS,
        schedules=schedules,
    )
    _, result, _ = run_plan_check(
        points,
        CRS,
        values,
        data,
        AuditSettings(lang=lang),
        PlanSettings(lang=lang, **plan),
        walls=None if walls is None else np.array([moved(w) for w in walls], dtype=object),
        walls_crs=CRS,
        buildings=None if buildings is None else np.array([moved(b) for b in buildings]),
        buildings_crs=CRS,
    )
    return result


CORRIDOR = box(-20, -1.5, 20, 1.5)
CLASSROOM = box(0, 1.5, 10, 9.5)


def corridor_walls(door):
    """The corridor closed at both ends, a classroom above it, and a door
    from x = 4 to 6 in the wall between them when `door`."""
    upper = (
        [LineString([(-20, 1.5), (4, 1.5)]), LineString([(6, 1.5), (20, 1.5)])]
        if door
        else [LineString([(-20, 1.5), (20, 1.5)])]
    )
    return [
        *upper,
        LineString([(20, 1.5), (20, -1.5), (-20, -1.5), (-20, 1.5)]),
        LineString([(0, 1.5), (0, 9.5), (10, 9.5), (10, 1.5)]),
    ]


# A dome (no direction) in the middle of the corridor, 30 m range; its
# identification distance, 8000 px / (2 × 250 px/m × tan 30°) = 27.7 m,
# covers the whole scene.
DOME = (0, 0, math.nan, 360, 30, 8000)
ZONES = [("corridor", CORRIDOR), ("classroom", CLASSROOM)]


def test_corridor_dome_sees_only_the_corridor_when_the_walls_are_closed():
    result = check([DOME], ZONES, ["always"], walls=corridor_walls(door=False))
    assert result.covered_m2[0] == pytest.approx(120.0, abs=1e-6)
    assert result.type_m2["corridor"][0] == pytest.approx(120.0, abs=1e-6)
    assert result.type_m2["classroom"][0] == pytest.approx(0.0, abs=1e-9)
    assert result.forbidden_m2[0] == pytest.approx(0.0, abs=1e-9)
    assert result.outside_m2[0] == pytest.approx(0.0, abs=1e-9)
    assert result.verdict == ["compliant"]
    assert result.verdict_rules == ["CNIL-SCHOOL-ACCESS"]
    assert "corridor 120 m²" in result.verdict_reason[0]


def test_corridor_dome_with_a_classroom_door_in_view_is_not_compliant():
    # Through the door the dome sees the quadrilateral (4, 1.5) (6, 1.5)
    # (10, 2.5) (10, 3.75) of the classroom: 6.25 - 1.5 = 4.75 m².
    result = check([DOME], ZONES, ["always"], walls=corridor_walls(door=True), lang="fr")
    assert result.forbidden_m2[0] == pytest.approx(4.75, abs=1e-6)
    assert result.forbidden_ident_m2[0] == pytest.approx(4.75, abs=1e-6)
    assert result.type_m2["corridor"][0] == pytest.approx(120.0, abs=1e-6)
    assert result.verdict == ["not_compliant"]
    assert result.verdict_rules == ["CNIL-SCHOOL-LIVING"]
    assert result.verdict_reason[0].startswith(
        "filme 4,8 m² de salle de classe pendant les heures d'ouverture"
    )
    assert "pas de direction" in result.notes[0]


def test_the_identification_distance_is_where_forbidden_ground_is_measured():
    # 1500 px: r = 1500 / (500 tan 30°) = 5.196 m. Of the classroom piece,
    # only what lies within r of the camera counts: the circle meets the
    # wall y = 1.5 at x = sqrt(r² - 1.5²) = 4.975, before the door's far
    # side, so the piece is the sector between that point and the ray
    # through (4, 1.5), less the triangle O (4, 1.5) (4.975, 1.5).
    low_res = (0, 0, math.nan, 360, 30, 1500)
    result = check([low_res], ZONES, ["always"], walls=corridor_walls(door=True))
    r = 1500 / (500 * math.tan(math.radians(30)))
    x = math.sqrt(r * r - 1.5 * 1.5)
    expected = 0.5 * r * r * (math.atan2(1.5, 4) - math.atan2(1.5, x)) - 0.5 * 1.5 * (x - 4)
    # The clip's arc is drawn in 3° steps: within 0.1 %.
    assert result.forbidden_ident_m2[0] == pytest.approx(expected, rel=5e-3)
    assert result.forbidden_m2[0] == pytest.approx(4.75, abs=1e-6)


# The street south of the perimeter (y < -30); across it, buildings from
# y = -31 (or -34): a camera on the axis looking south with a 90° field of
# view sees the triangle of its own side (a² for a camera a m inside) and
# the trapezoid of street s m wide, s (2a + s).
ENTRANCE = [("entrance", box(-10, -30, 10, -20))]


def test_entrance_camera_taking_in_3_m2_of_street_is_compliant():
    result = check(
        [(0, -29, 180, 90, 30, 1920)],
        ENTRANCE,
        ["always"],
        buildings=[box(-100, -80, 100, -31)],
    )
    assert result.outside_m2[0] == pytest.approx(3.0, abs=1e-6)
    assert result.covered_m2[0] == pytest.approx(4.0, abs=1e-6)
    assert result.outside_pct[0] == pytest.approx(75.0, abs=1e-6)
    assert result.verdict == ["compliant"]
    assert result.verdict_rules == ["CNIL-SCHOOL-ACCESS,CNIL-SCHOOL-ROAD"]


def test_entrance_camera_taking_in_40_m2_of_street_must_be_masked():
    result = check(
        [(0, -27, 180, 90, 30, 1920)],
        ENTRANCE,
        ["always"],
        buildings=[box(-100, -80, 100, -34)],
    )
    assert result.outside_m2[0] == pytest.approx(40.0, abs=1e-6)
    assert result.type_m2["entrance"][0] == pytest.approx(9.0, abs=1e-6)
    assert result.verdict == ["masking_required"]
    assert result.verdict_rules == ["CNIL-SCHOOL-ROAD"]
    assert "takes in 40 m² beyond the perimeter (82 % of its view)" in (result.verdict_reason[0])
    # The piece beyond the perimeter is in the seen pieces, not allowed.
    outside = result.seen.zone == -1
    assert result.seen.area_m2[outside].sum() == pytest.approx(40.0, abs=1e-6)
    assert not result.seen.allowed[outside][0]


def test_a_larger_tolerance_lets_the_40_m2_through():
    result = check(
        [(0, -27, 180, 90, 30, 1920)],
        ENTRANCE,
        ["always"],
        buildings=[box(-100, -80, 100, -34)],
        road_tolerance_m2=50,
    )
    assert result.verdict == ["compliant"]


# A camera at the playground's corner looking north-east with a 90° field
# of view and 20 m range sees a quarter disc of it: π 20² / 4 = 314.16 m²
# (the 3° arc steps take 0.05 % off).
PLAYGROUND_CAMERA = (0, 0, 45, 90, 20, 1920)
QUARTER = math.pi * 400 / 4


def test_playground_camera_outside_opening_hours_is_compliant():
    result = check(
        [PLAYGROUND_CAMERA], [("playground", box(0, 0, 40, 40))], ["outside_opening_hours"]
    )
    assert result.type_m2["playground"][0] == pytest.approx(QUARTER, rel=1e-3)
    assert result.forbidden_m2[0] == 0
    assert result.verdict == ["compliant"]
    assert result.verdict_rules == ["CNIL-SCHOOL-LIVING"]


def test_playground_camera_filming_always_is_not_compliant():
    result = check([PLAYGROUND_CAMERA], [("playground", box(0, 0, 40, 40))], ["always"])
    assert result.forbidden_m2[0] == pytest.approx(QUARTER, rel=1e-3)
    assert result.verdict == ["not_compliant"]
    assert result.verdict_rules == ["CNIL-SCHOOL-LIVING"]
    assert result.verdict_reason[0].startswith("films 314 m² of playground during opening hours")


@pytest.mark.parametrize("schedule", ["always", "outside_opening_hours"])
@pytest.mark.parametrize(
    "zone, rule",
    [
        ("toilets", "CNIL-SCHOOL-INTIMACY"),
        ("changing_room", "CNIL-SCHOOL-INTIMACY"),
        ("staff_room", "CNIL-WORK-REST"),
    ],
)
def test_toilets_changing_rooms_and_staff_room_never(schedule, zone, rule):
    result = check([PLAYGROUND_CAMERA], [(zone, box(0, 0, 40, 40))], [schedule])
    assert result.verdict == ["not_compliant"]
    assert result.verdict_rules == [rule]
    assert "must never be filmed" in result.verdict_reason[0]


def test_unknown_zone_types_and_cameras_outside_the_perimeter_are_reported():
    outside_camera = (0, -50, 0, 90, 10, 1920)
    result = check(
        [PLAYGROUND_CAMERA, outside_camera],
        [("piscine", box(0, 0, 40, 40))],
        ["always", "sometimes"],
    )
    assert result.unknown_m2[0] == pytest.approx(QUARTER, rel=1e-3)
    assert "zones of unknown type (piscine)" in result.verdict_reason[0]
    assert "outside the perimeter" in result.notes[1]
    assert "schedule 'sometimes'" in result.notes[1]
    # It sees only street, π 10² / 4 = 79 m², 100 % beyond the perimeter.
    assert result.outside_pct[1] == pytest.approx(100.0)
    assert result.verdict[1] == "masking_required"


def test_zone_types_and_schedules_read_from_codes_and_labels():
    assert zone_code("Cour de récréation") == "playground"
    assert zone_code(" CORRIDOR ") == "corridor"
    assert zone_code("Staff room") == "staff_room"
    assert zone_code("swimming pool") is None and zone_code(None) is None
    assert schedule_code("Hors des heures d'ouverture seulement") == ("outside_opening_hours", True)
    assert schedule_code(None) == ("always", False)
    assert zone_rule("corridor", "always") is None
    assert zone_rule("classroom", "outside_opening_hours") is None
    assert zone_rule("classroom", "always") == "CNIL-SCHOOL-LIVING"


def test_every_cited_rule_is_in_the_rules_table_with_both_languages():
    for code in (
        "CNIL-SCHOOL-ACCESS",
        "CNIL-SCHOOL-LIVING",
        "CNIL-SCHOOL-INTIMACY",
        "CNIL-WORK-REST",
        "CNIL-SCHOOL-ROAD",
    ):
        assert RULES[code].en and RULES[code].fr and RULES[code].source


def test_the_report_reads_aloud_in_both_languages_and_escapes_data():
    from camera_coverage.core.plan_report import plan_report

    cameras = [
        {
            "camera_id": "<i>Y1</i>",
            "schedule": "always",
            "covered_m2": 314.0,
            "outside_m2": 0.0,
            "forbidden_m2": 314.0,
            "forbidden_ident_m2": 20.0,
            "verdict": "not_compliant",
            "verdict_rules": "CNIL-SCHOOL-LIVING",
            "verdict_reason": "films 314 m² of playground during opening hours",
            "notes": "",
        }
    ]
    figures = {
        "compliant": 0,
        "masking_required": 0,
        "not_compliant": 1,
        "playground": (1000.0, 314.0, 314.0),
        "living": (0.0, 0.0, 0.0),
        "entrances": (200.0, 50.0, 50.0),
    }
    english = plan_report(cameras, figures, [("z9", "no <location>")], [], [], "en")
    assert "Camera &lt;i&gt;Y1&lt;/i&gt;, filming at all hours, is not compliant: it films" in (
        english
    )
    assert "Playground: 31 % of its 1,000 m² is in view of a camera" in english
    assert "Entrances and exits: 25 % of their 200 m²" in english
    assert "no &lt;location&gt;" in english and "<i>" not in english
    french = plan_report(cameras, figures, [], [], [], "fr_FR")
    assert "La caméra &lt;i&gt;Y1&lt;/i&gt;, qui filme en permanence, n&#x27;est pas" in french
    assert "Cour de récréation : 31 % de ses 1\u202f000 m²" in french
    for code in ("CNIL-SCHOOL-ROAD", "CNIL-WORK-REST"):
        assert code in french and RULES[code].source.split(",")[0] in french


def test_the_street_to_mask_is_given_with_its_bearings():
    from camera_coverage.core.plans import plan_masks

    points = np.array([shapely.Point(X0, Y0 - 27)], dtype=object)
    values = CameraValues(
        camera_id=["gate"], direction=[180.0], fov=[90.0], range_m=[30.0], h_resolution=[1920]
    )
    data = PlanInput(
        zones=np.array([moved(box(-10, -30, 10, -20))]),
        zones_crs=CRS,
        zone_values=["entrance"],
        perimeter=np.array([moved(PERIMETER)]),
        perimeter_crs=CRS,
        schedules=["always"],
    )
    settings = AuditSettings()
    coverage, result, _ = run_plan_check(
        points,
        CRS,
        values,
        data,
        settings,
        PlanSettings(),
        buildings=np.array([moved(box(-100, -80, 100, -34))]),
        buildings_crs=CRS,
    )
    masks = plan_masks(coverage, values, result, settings)
    # The 40 m² trapezoid of street fills the view's whole width: from
    # 135° to 225°, all of its 90°.
    assert len(masks) == 1 and masks.kind[0] == "outside_perimeter"
    assert masks.area_m2[0] == pytest.approx(40.0, abs=1e-6)
    assert (masks.from_deg[0], masks.to_deg[0]) == pytest.approx((135.0, 225.0), abs=1e-6)
    assert masks.share_of_view[0] == pytest.approx(1.0)


def test_a_perimeter_without_area_is_refused_with_a_message():
    points = np.array([shapely.Point(X0, Y0)], dtype=object)
    values = CameraValues(camera_id=["c"], direction=[0.0], fov=[60.0], range_m=[10.0])
    data = PlanInput(
        zones=np.array([moved(box(0, 0, 10, 10))]),
        zones_crs=CRS,
        zone_values=["corridor"],
        perimeter=np.array([None], dtype=object),
        perimeter_crs=CRS,
        schedules=["always"],
    )
    with pytest.raises(ValueError, match="draw the establishment's outline"):
        run_plan_check(points, CRS, values, data, AuditSettings(), PlanSettings())


# Ground that no zone describes (issue 17). A camera at (0, 50) looking
# north with a 90° field of view and 20 m range sees a quarter disc,
# π 20² / 4 = 314.16 m², split by the line x = 0 into two eighths of
# π 20² / 8 = 157.08 m² each (the 3° arc steps take 0.05 % off).
NORTH_CAMERA = (0, 50, 0, 90, 20, 1920)
EIGHTH = math.pi * 400 / 8
WEST_HALF = box(-100, -30, 0, 100)
EAST_HALF = box(0, -30, 100, 100)


def pieces_of(result, k=0):
    mine = result.seen.camera == k
    return result.seen.zone_type[mine], result.seen.area_m2[mine]


def test_a_perimeter_half_zoned_leaves_the_other_half_of_the_view_unzoned():
    result = check([NORTH_CAMERA], [("corridor", WEST_HALF)], ["always"])
    assert result.covered_m2[0] == pytest.approx(2 * EIGHTH, rel=1e-3)
    assert result.type_m2["corridor"][0] == pytest.approx(EIGHTH, rel=1e-3)
    assert result.unzoned_m2[0] == pytest.approx(EIGHTH, rel=1e-3)
    assert result.verdict == ["incomplete_plan"]
    reason = result.verdict_reason[0]
    assert "sees 157 m² inside the perimeter that no zone of a known type describes" in reason
    assert "(50 % of its view): the plan must be completed" in reason
    # The unzoned half is a piece of its own: the pieces add up to the view.
    types, areas = pieces_of(result)
    assert areas[types == "unzoned"].sum() == pytest.approx(EIGHTH, rel=1e-3)
    assert areas.sum() == pytest.approx(result.covered_m2[0], abs=1e-6)
    # The plan's figures: half the perimeter's 200 × 130 m is unzoned.
    area, seen, _ = result.figures["unzoned"]
    assert area == pytest.approx(100 * 130, abs=1e-6)
    assert seen == pytest.approx(EIGHTH, rel=1e-3)
    assert result.figures["incomplete_plan"] == 1 and result.figures["compliant"] == 0


def test_zones_of_unknown_or_no_type_are_unzoned():
    result = check(
        [NORTH_CAMERA], [("gymnase", WEST_HALF), (None, EAST_HALF)], ["outside_opening_hours"]
    )
    assert result.unzoned_m2[0] == pytest.approx(2 * EIGHTH, rel=1e-3)
    assert result.unknown_m2[0] == pytest.approx(2 * EIGHTH, rel=1e-3)
    assert result.verdict == ["incomplete_plan"]
    assert "zones of unknown type (gymnase, no type)" in result.verdict_reason[0]
    types, areas = pieces_of(result)
    assert set(types) == {"unzoned"}
    assert areas.sum() == pytest.approx(result.covered_m2[0], abs=1e-6)
    assert result.figures["unzoned"][0] == pytest.approx(200 * 130, abs=1e-6)


def test_a_known_zone_drawn_over_a_zone_of_unknown_type_describes_that_ground():
    result = check(
        [NORTH_CAMERA], [("gymnase", box(-100, -30, 100, 100)), ("corridor", WEST_HALF)], ["always"]
    )
    assert result.type_m2["corridor"][0] == pytest.approx(EIGHTH, rel=1e-3)
    assert result.unzoned_m2[0] == pytest.approx(EIGHTH, rel=1e-3)
    _, areas = pieces_of(result)
    assert areas.sum() == pytest.approx(result.covered_m2[0], abs=1e-6)


def corridor_with_hole(width, height, y=2.0):
    """The whole perimeter a corridor but for a hole of width × height
    centred on x = 0 from y up, north of a camera at the origin."""
    hole = box(-width / 2, y, width / 2, y + height)
    return [("corridor", box(-100, -30, 100, 100).difference(hole))]


# A camera at the origin looking north, 90° and 5 m: π 25 / 4 = 19.6 m² of
# view, of which 1 % (0.2 m²) is less than 1 m²: the threshold is 1 m².
SMALL_VIEW = (0, 0, 0, 90, 5, 1920)
# The same with 20 m: 314 m², 1 % of it (3.14 m²) is the threshold.
WIDE_VIEW = (0, 0, 0, 90, 20, 1920)


@pytest.mark.parametrize(
    "camera, width, expected",
    [
        (SMALL_VIEW, 0.5, "compliant"),  # 0.5 m² under 1 m²
        (SMALL_VIEW, 1.5, "incomplete_plan"),  # 1.5 m² over 1 m² (and 1 %)
        (WIDE_VIEW, 2.0, "compliant"),  # 2 m² over 1 m² but under 1 % (3.14)
        (WIDE_VIEW, 4.0, "incomplete_plan"),  # 4 m² over 3.14 m²
    ],
)
def test_unzoned_ground_over_one_m2_and_one_percent_of_the_view(camera, width, expected):
    result = check([camera], corridor_with_hole(width, 1.0), ["always"])
    assert result.unzoned_m2[0] == pytest.approx(width, abs=1e-6)
    assert result.verdict == [expected]
    types, areas = pieces_of(result)
    assert areas[types == "unzoned"].sum() == pytest.approx(width, abs=1e-6)


# A classroom box(0, 0, 40, 40) with toilets box(10, 10, 20, 20) drawn
# inside it; a camera at its corner looking north-east, 90° and 30 m, sees
# a quarter disc of π 30² / 4 = 706.9 m² holding the whole toilets
# (farthest corner 28.3 m away).
CLASSROOM_CAMERA = (0, 0, 45, 90, 30, 1920)
TOILETS_IN_CLASSROOM = [("classroom", box(0, 0, 40, 40)), ("toilets", box(10, 10, 20, 20))]


@pytest.mark.parametrize("zones", [TOILETS_IN_CLASSROOM, TOILETS_IN_CLASSROOM[::-1]])
def test_toilets_inside_a_classroom_are_toilets_counted_once(zones):
    quarter = math.pi * 900 / 4
    # Outside opening hours the classroom may be filmed, the toilets never.
    result = check([CLASSROOM_CAMERA], zones, ["outside_opening_hours"])
    assert result.covered_m2[0] == pytest.approx(quarter, rel=1e-3)
    assert result.type_m2["toilets"][0] == pytest.approx(100.0, abs=1e-6)
    assert result.forbidden_m2[0] == pytest.approx(100.0, abs=1e-6)
    assert result.type_m2["classroom"][0] == pytest.approx(result.covered_m2[0] - 100.0, abs=1e-6)
    assert result.unzoned_m2[0] == pytest.approx(0.0, abs=1e-9)
    assert result.verdict == ["not_compliant"]
    assert result.verdict_rules == ["CNIL-SCHOOL-INTIMACY"]
    _, areas = pieces_of(result)
    assert areas.sum() == pytest.approx(result.covered_m2[0], abs=1e-6)
    # The overlap is noted: toilets (the stricter) over the classroom, 100 m².
    toilets = [t for t, _ in zones].index("toilets")
    classroom = 1 - toilets
    assert result.overlaps == [(toilets, classroom, pytest.approx(100.0, abs=1e-6))]
    # The classroom's own area for the board counts the toilets out.
    assert result.figures["living"][0] == pytest.approx(1600.0 - 100.0, abs=1e-6)


def test_zones_of_one_type_overlapping_are_counted_once_and_not_noted():
    zones = [("classroom", box(0, 0, 40, 40)), ("classroom", box(10, 10, 20, 20))]
    result = check([CLASSROOM_CAMERA], zones, ["always"])
    assert result.type_m2["classroom"][0] == pytest.approx(result.covered_m2[0], abs=1e-6)
    _, areas = pieces_of(result)
    assert areas.sum() == pytest.approx(result.covered_m2[0], abs=1e-6)
    assert result.overlaps == []


def test_the_unzoned_verdict_and_its_reason_in_french_name_no_code():
    result = check(
        [NORTH_CAMERA], [("corridor", WEST_HALF), (None, EAST_HALF)], ["sometimes"], lang="fr"
    )
    reason, notes = result.verdict_reason[0], result.notes[0]
    assert "voit 157 m² dans l'enceinte qu'aucune zone d'un type connu ne décrit" in reason
    assert "(50 % de sa vue) : le plan doit être complété" in reason
    assert "zones de type inconnu (sans type) : donnez-leur un type de zone" in reason
    assert "horaire « sometimes » illisible" in notes
    for code in ("incomplete_plan", "unzoned", "zone_type", "always", "outside_opening"):
        assert code not in reason and code not in notes


def test_the_report_states_the_unzoned_ground_the_overlaps_and_the_cameras_to_check():
    from camera_coverage.core.plan_report import plan_report

    result = check(
        [NORTH_CAMERA, CLASSROOM_CAMERA],
        [("corridor", WEST_HALF), *TOILETS_IN_CLASSROOM],
        ["always", "outside_opening_hours"],
        lang="fr",
    )
    assert result.verdict == ["incomplete_plan", "not_compliant"]
    cameras = [
        {
            "camera_id": f"c{k}",
            "schedule": "always",
            "covered_m2": result.covered_m2[k],
            "outside_m2": result.outside_m2[k],
            "unzoned_m2": result.unzoned_m2[k],
            "forbidden_m2": result.forbidden_m2[k],
            "forbidden_ident_m2": result.forbidden_ident_m2[k],
            "verdict": result.verdict[k],
            "verdict_rules": result.verdict_rules[k],
            "verdict_reason": result.verdict_reason[k],
            "notes": result.notes[k],
        }
        for k in range(2)
    ]
    # The zones' names and types as the plan gives them.
    zones = [("Couloir A", "corridor"), ("Salle 12", "classroom"), ("WC", "toilets")]
    overlaps = [(*zones[a], *zones[b], m2) for a, b, m2 in result.overlaps]
    french = plan_report(cameras, result.figures, [], [], [], "fr", overlaps=overlaps)
    # Unzoned: the perimeter's 26 000 m² less the corridor (west half,
    # 13 000 m²) and the classroom (1 600 m², toilets inside it).
    assert (
        "Sol de l&#x27;enceinte qu&#x27;aucune zone d&#x27;un type connu ne décrit : "
        "11\u202f400 m² (44 % des 26\u202f000 m² de l&#x27;enceinte), dont 157 m²" in french
    )
    assert (
        "2 caméras vérifiées : 0 conformes, 0 à masquer en partie, 1 non conformes, 1 "
        "impossibles à juger tant que le plan n&#x27;est pas complété" in french
    )
    assert (
        "Les zones WC (toilettes) et Salle 12 (salle de classe) se chevauchent sur 100 m² : "
        "la règle la plus stricte, celle de la zone toilettes, s&#x27;y applique" in french
    )
    to_check = french.split("Caméras à vérifier")[1].split("<h2>")[0]
    assert "c0" in to_check and "plan à compléter : elle voit 157 m²" in to_check
    assert "c1" not in to_check
    assert "Plan à compléter" in french or "plan à compléter" in french
    for code in ("incomplete_plan", "unzoned", "toilets", "classroom", "zone_type"):
        assert code not in french.split("<h2>Règles appliquées")[0], code
    english = plan_report(cameras, result.figures, [], [], [], "en", overlaps=overlaps)
    assert "Ground inside the perimeter that no zone of a known type describes: 11,400 m²" in (
        english
    )
    assert "Zones WC (toilets) and Salle 12 (classroom) overlap on 100 m²" in english
