"""The plan check's HTML page, read line by line: which cameras it names,
how its table writes the figures, what it asks the board to check. The
cameras are written by hand; every expected text is the one a reader should
see."""

import re

from camera_coverage.core.plan_report import plan_report

FIGURES = {
    "playground": (1000.0, 0.0, 0.0),
    "living": (0.0, 0.0, 0.0),
    "entrances": (0.0, 0.0, 0.0),
}


def camera(camera_id, verdict, **fields):
    """A plan camera's fields, compliant and seeing 100 m² unless told."""
    return {
        "camera_id": camera_id,
        "schedule": "always",
        "covered_m2": 100.0,
        "outside_m2": 0.0,
        "unzoned_m2": 0.0,
        "forbidden_m2": 0.0,
        "forbidden_ident_m2": 0.0,
        "verdict": verdict,
        "verdict_rules": "",
        "verdict_reason": "",
        "notes": "",
        **fields,
    }


def rows(html):
    """The table of all cameras as (row class, [cell class, cell text])."""
    table = html.split("<h2>All cameras</h2>")[-1].split("<h2>Toutes les caméras</h2>")[-1]
    table = table.split("</table>")[0]
    return [
        (css, re.findall(r'<td(?: class="(\w+)")?>(.*?)</td>', cells))
        for css, cells in re.findall(r'<tr class="(\w*)">(.*?)</tr>', table)
    ]


def test_a_compliant_camera_first_does_not_hide_the_faulty_ones_after_it():
    cameras = [
        camera("A", "compliant"),
        camera(
            "B",
            "not_compliant",
            verdict_rules="CNIL-SCHOOL-LIVING,CNIL-SCHOOL-ROAD",
            verdict_reason="films the playground",
        ),
    ]
    figures = {**FIGURES, "compliant": 1, "not_compliant": 1}
    english = plan_report(cameras, figures, [], [], [])
    assert (
        "<p>Camera B, filming at all hours, is not compliant: it films the playground. "
        "Rules: CNIL-SCHOOL-LIVING, CNIL-SCHOOL-ROAD.</p>" in english
    )
    assert "Camera A" not in english


def test_the_table_writes_areas_to_one_decimal_as_the_reader_writes_numbers():
    cameras = [
        camera("A", "compliant"),
        camera(
            "B",
            "masking_required",
            covered_m2=1234.56,
            outside_m2=12.34,
            unzoned_m2=0.0,
            forbidden_m2=3.0,
            forbidden_ident_m2=25.0,
        ),
    ]
    french = plan_report(cameras, {**FIGURES, "compliant": 1}, [], [], [], "fr")
    figures = ["1\u202f234,6", "12,3", "0,0", "3,0", "25,0"]
    # The faulty camera's row is marked, the compliant one's is not; the
    # five areas are right-aligned figures, the texts are not.
    assert rows(french) == [
        (
            "",
            [
                ("", "A"),
                ("", "En permanence"),
                *[("n", f) for f in ["100,0", "0,0", "0,0", "0,0", "0,0"]],
                ("", "conforme"),
                ("", ""),
                ("", ""),
            ],
        ),
        (
            "flag",
            [
                ("", "B"),
                ("", "En permanence"),
                *[("n", f) for f in figures],
                ("", "masquage requis"),
                ("", ""),
                ("", ""),
            ],
        ),
    ]


def test_the_cameras_to_check_give_the_unzoned_ground_then_the_notes():
    cameras = [
        camera("c0", "incomplete_plan", unzoned_m2=157.0, notes="wall of unknown height"),
        camera("c1", "compliant", notes="sees the car park"),
    ]
    figures = {**FIGURES, "compliant": 1, "incomplete_plan": 1}
    french = plan_report(cameras, figures, [], [], [], "fr")
    assert (
        "<li><b>c0</b>: plan à compléter : elle voit 157 m² de l&#x27;enceinte qu&#x27;aucune "
        "zone d&#x27;un type connu ne décrit ; dessinez-y les zones et donnez-leur un type"
        " ; wall of unknown height</li><li><b>c1</b>: sees the car park</li>" in french
    )
    english = plan_report(cameras, figures, [], [], [], "en")
    assert (
        "<li><b>c0</b>: plan to complete: it sees 157 m² inside the perimeter that no zone of "
        "a known type describes; draw the zones there and give them a type"
        "; wall of unknown height</li>" in english
    )


def test_no_faulty_camera_is_not_all_clear_while_some_cannot_be_judged():
    cameras = [camera("c0", "incomplete_plan", unzoned_m2=157.0), camera("c1", "compliant")]
    figures = {**FIGURES, "compliant": 1, "incomplete_plan": 1}
    english = plan_report(cameras, figures, [], [], [])
    assert (
        "<p>None among the cameras that could be judged; 1 cannot be judged until the plan "
        "is completed (see the cameras to check).</p>" in english
    )
    assert "every camera checked is compliant" not in english
