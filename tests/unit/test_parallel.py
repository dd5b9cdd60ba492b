"""Chunked work keeps its order, reports progress and stops on cancel."""

import numpy as np
import pytest
import shapely

from camera_coverage.core.exposure import split_coverage
from camera_coverage.core.parallel import map_chunks
from camera_coverage.core.progress import Cancelled


class Recorder:
    def __init__(self, cancel_after=None):
        self.percents, self.calls, self.cancel_after = [], 0, cancel_after

    def set_progress(self, percent):
        self.percents.append(percent)

    def is_canceled(self):
        self.calls += 1
        return self.cancel_after is not None and self.calls > self.cancel_after


def test_chunks_come_back_in_order_with_progress():
    progress = Recorder()
    parts = map_chunks(lambda part: list(range(1000)[part]), 1000, 64, progress)
    assert [x for part in parts for x in part] == list(range(1000))
    assert progress.percents[-1] == 100.0
    assert progress.percents == sorted(progress.percents)


def test_cancel_stops_between_chunks():
    with pytest.raises(Cancelled):
        map_chunks(lambda part: part, 1000, 10, Recorder(cancel_after=3))


def test_split_by_chunks_equals_split_in_one_go():
    rng = np.random.default_rng(7)
    centres = rng.uniform(0, 2000, (700, 2))
    coverage = shapely.buffer(shapely.points(centres), 25.0)
    cells = [
        shapely.box(x, y, x + 40, y + 40) for x in range(0, 2000, 50) for y in range(0, 2000, 50)
    ]
    parcels = np.array(cells)
    public = rng.random(len(parcels)) < 0.1
    exposure = split_coverage(coverage, parcels, public)
    # An independent, per-camera computation with plain shapely.
    for i in rng.choice(len(coverage), 25, replace=False):
        private = shapely.union_all(
            [shapely.intersection(coverage[i], p) for p, pub in zip(parcels, public) if not pub]
        )
        assert exposure.private_m2[i] == pytest.approx(private.area, rel=1e-9, abs=1e-9)
        # The pieces of camera i, found back through their camera index.
        mine = (exposure.pieces.camera == i) & ~exposure.pieces.is_public
        assert exposure.pieces.area_m2[mine].sum() == pytest.approx(
            private.area, rel=1e-9, abs=1e-9
        )
