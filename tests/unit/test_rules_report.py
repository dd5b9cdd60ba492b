"""Flag reasons and the report say the figures in plain words, escaped."""

import numpy as np

from camera_coverage.core.messages import number
from camera_coverage.core.report import audit_report
from camera_coverage.core.rules import flag_reason, masking_required


def test_masking_is_required_above_the_tolerance_only():
    flags = masking_required(np.array([0.0, 0.99, 1.0, 1.01, 412.0]), 1.0)
    assert flags.tolist() == [False, False, False, True, True]


def test_flag_reason_names_area_count_and_first_parcels():
    ids = ["75118000AB0012", "75118000AB0013", "75118000AB0014", "75118000AB0015"]
    reason = flag_reason(412.3, ids, 1.0, "en")
    assert reason == (
        "sees 412 m² of 4 private parcel(s): 75118000AB0012, 75118000AB0013, 75118000AB0014, …"
    )
    french = flag_reason(1234.5, ids[:1], 1.0, "fr")
    assert french == "voit 1\u202f234 m² de 1 parcelle(s) privée(s) : 75118000AB0012"


def test_flag_reason_below_tolerance_and_public_only():
    assert flag_reason(0.5, ["X"], 1.0, "en") == (
        "sees 0.50 m² of private land, within the 1.0 m² tolerance"
    )
    assert flag_reason(0.0, [], 1.0, "fr") == "ne voit que le domaine public"


def test_numbers_in_french():
    assert number(3.25, "fr", 2) == "3,25"
    assert number(12345.0, "en") == "12,345"


def test_report_escapes_data_and_lists_everything():
    cameras = [
        {
            "camera_id": "<script>alert(1)</script>",
            "covered_m2": 100.0,
            "public_m2": 60.0,
            "private_m2": 40.0,
            "private_pct": 40.0,
            "masking_required": True,
            "flag_reason": "sees 40 m² of 1 private parcel(s): A&B",
        },
        {
            "camera_id": "CAM-2",
            "covered_m2": 50.0,
            "public_m2": 50.0,
            "private_m2": 0.0,
            "private_pct": 0.0,
            "masking_required": False,
            "flag_reason": "sees only public domain",
        },
    ]
    html = audit_report(
        cameras,
        [("CAM-9", "range -5 m must be more than 0")],
        [("Range where none is given", "30 m")],
        [("Cameras", 'shop "<b>" layer')],
        "en",
    )
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "A&amp;B" in html
    assert "&lt;b&gt;" in html
    assert "CAM-9" in html and "range -5 m" in html
    assert "Cameras whose view must be masked</b>: 1" in html
    assert "150 m²" in html  # total covered
    french = audit_report(cameras, [], [], [], "fr")
    assert "Caméras dont la vue doit être masquée</b>: 1" in french
    assert 'lang="fr"' in french


def test_a_camera_not_audited_keeps_its_reason_when_a_sign_rule_is_cited():
    # Issue 17: with SIGNS, the sign sentence replaced "not audited" and
    # "sees nothing", and a camera that sees nothing was flagged for a sign
    # "61 m from the ground filmed" (it films none).
    from camera_coverage.core.rules import Evidence, legal_flags

    not_audited = Evidence(
        private_m2=0.0,
        private_parcels=[],
        base_reason="not audited: no parcel lies within its reach",
        unknown_m2=1196.0,
        sign_too_far=True,
        sign_distance_m=2793.0,
        sign_id="S3",
        explained=True,
    )
    codes, reason, required = legal_flags(not_audited, 1.0, "en")
    assert reason.startswith("not audited: no parcel lies within its reach; ")
    assert codes == ["L251-3-SIGN"] and "S3" in reason and not required
    sees_nothing = Evidence(
        private_m2=0.0,
        private_parcels=[],
        base_reason="sees nothing: the view never reaches the ground",
        sign_too_far=True,
        sign_distance_m=61.0,
        sign_id="S2",
        explained=True,
        sees_nothing=True,
    )
    codes, reason, _ = legal_flags(sees_nothing, 1.0, "en")
    assert codes == [] and reason == "sees nothing: the view never reaches the ground"
