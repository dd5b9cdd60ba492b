"""A camera that sees very little ground is judged on what it sees: one
2 m from a house wall, with a 20° lens, sees well under a square metre of
ground and yet 0.7 m of façade (mutation survivor of legal.py)."""

import math

import numpy as np
import pytest
import shapely

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.dwellings import DWELLING
from camera_coverage.core.legal import LegalInputs, legal_reading

# On Lambert-93's central meridian, where grid north is true north.
X0, Y0 = 700_000.0, 6_600_000.0
L93 = "EPSG:2154"


def box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def test_a_camera_facing_a_house_wall_two_metres_away():
    values = CameraValues(camera_id=["c0"], direction=[0.0], fov=[20.0], range_m=[40.0])
    points = shapely.points([(X0, Y0)])
    house = np.array([box(-5, 2, 5, 12)], dtype=object)
    # The street, public, up to the house.
    parcels = np.array([box(-50, -20, 50, 2)], dtype=object)
    settings = AuditSettings()
    result = run_audit(
        points, L93, values, parcels, L93, ["P0"], np.array([True]), settings,
        buildings=house, buildings_crs=L93,
    )  # fmt: skip
    inputs = LegalInputs(
        parcels=parcels, parcels_crs=L93, buildings=house, buildings_crs=L93,
        building_use=np.array([DWELLING], dtype=object), building_ids=["house"],
        study_area=np.array([box(-200, -200, 200, 200)]), study_area_crs=L93,
    )  # fmt: skip
    legal = legal_reading(result, values, inputs, ["P0"], settings)
    # The view is the triangle up to the wall: 2 m deep, 2 × 2 tan 10° wide.
    wall_m = 2 * 2 * math.tan(math.radians(10))
    assert result.exposure.covered_m2[0] == pytest.approx(wall_m * 2 / 2, abs=0.01)
    # (The view's two sides, within 1 cm of the wall, add about 2 cm.)
    assert legal.dwellings.facade_m[0] == pytest.approx(wall_m, abs=0.03)
    assert legal.flag_rules[0][0] == "L251-3-DWELLING"
    # What it sees is said first: no "sees only public domain" before it.
    assert legal.flag_reason[0].startswith("sees 0.7 m of dwelling façade")
