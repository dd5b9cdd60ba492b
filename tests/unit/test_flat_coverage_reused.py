"""The audit takes the open-ground coverage a reader already drew for the
same cameras (coverageaudit reads parcels only within the cameras' reach,
which needs it): the figures must be those of drawing it again, and the
reader's copy must come out untouched, however often it is reused."""

import numpy as np
import pytest
import shapely
from shapely.geometry import box

from camera_coverage.core.audit import AuditSettings, camera_coverage, flat_coverage
from camera_coverage.core.cameras import CameraValues

L93 = "EPSG:2154"
OX, OY = 650_000.0, 6_860_000.0


def scene():
    # Two cameras looking north (90°, 30 m), one 6 m up over a 3 m garage
    # 5 m ahead (it hides 58.5 m², test_heights_shadows), one tilted 30°.
    points = shapely.points([[OX, OY], [OX + 100, OY]])
    values = CameraValues(
        ["a", "b"], [0.0, 0.0], [90.0, 60.0], [30.0, 30.0],
        height_m=[6.0, 5.0], tilt_deg=[np.nan, 30.0],
    )  # fmt: skip
    garage = np.array([box(OX - 1.5, OY + 5, OX + 1.5, OY + 8)], dtype=object)
    return points, values, garage


def test_a_reused_flat_coverage_gives_the_same_figures_and_stays_as_it_was():
    points, values, garage = scene()
    settings = AuditSettings()
    flat = flat_coverage(points, L93, values, settings)
    before = flat.footprints.copy()
    drawn = camera_coverage(
        points, L93, values, settings, buildings=garage, buildings_crs=L93,
        building_heights=np.array([3.0]),
    )  # fmt: skip
    for _ in range(2):
        reused = camera_coverage(
            points, L93, values, settings, buildings=garage, buildings_crs=L93,
            building_heights=np.array([3.0]), flat=flat,
        )  # fmt: skip
        assert reused.covered_m2 == pytest.approx(drawn.covered_m2, abs=1e-9)
    assert all(shapely.equals_exact(a, b, 0) for a, b in zip(flat.footprints, before))
    # The garage's shadow is gone from the reused view as from the drawn one.
    assert flat.covered_m2[0] - reused.covered_m2[0] == pytest.approx(58.5, abs=1e-6)
