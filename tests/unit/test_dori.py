"""DORI footprints on cameras whose pixel densities are worked out by hand:
1,000 px across a 90° view is 2 d metres wide at d metres, 500 / d px/m, so
people are identified (250 px/m) to 2 m, recognised (125) to 4 m, observed
(62.5) to 8 m and detected (25) to 20 m, beyond a 10 m range."""

import math

import numpy as np
import pytest
import shapely

from camera_coverage.core.audit import AuditSettings, camera_coverage
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.dori import CHUNK_CAMERAS, dori_footprints


class Recorded:
    """Progress that keeps what it was told."""

    def __init__(self):
        self.percents = []

    def set_progress(self, percent):
        self.percents.append(percent)

    def is_canceled(self):
        return False


def test_each_level_cuts_every_camera_at_its_own_distance():
    # More cameras than one chunk, 100 m apart in a row, all looking north.
    n = CHUNK_CAMERAS + 1
    values = CameraValues(
        camera_id=[f"c{i}" for i in range(n)],
        direction=[0.0] * n,
        fov=[90.0] * n,
        range_m=[10.0] * n,
        h_resolution=[1000.0] * n,
    )
    points = shapely.points(700_000.0 + 100.0 * np.arange(n), np.full(n, 6_600_000.0))
    coverage = camera_coverage(points, "EPSG:2154", values, AuditSettings())
    progress = Recorded()
    levels = dori_footprints(coverage, progress)
    # A quarter disc of each level's distance, the range (10 m) at most.
    for level, distance in (("ident", 2), ("recog", 4), ("observ", 8), ("detect", 10)):
        area = shapely.area(levels[level])
        assert area == pytest.approx(np.full(n, math.pi * distance**2 / 4), rel=1e-2), level
        # Each camera's own ground: the last one's lies around its own point.
        last = coverage.points[-1]
        assert levels[level][-1].distance(last) == 0.0
        assert levels[level][-1].hausdorff_distance(last) == pytest.approx(distance, rel=1e-6)
    assert max(progress.percents) == pytest.approx(100.0)
    assert progress.percents == sorted(progress.percents)
