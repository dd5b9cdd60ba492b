"""The reach boxes hold every footprint, in any CRS, in few boxes; and a
feature is kept exactly when its bounding box meets one."""

import numpy as np
import shapely
import shapely.affinity

from camera_coverage.core.footprint import sectors
from camera_coverage.core.reach import MAX_BOXES, reach_boxes, within_boxes
from camera_coverage.core.working_crs import reproject


def footprints(n, seed=1, spread=20_000.0):
    rng = np.random.default_rng(seed)
    x = 650_000 + rng.uniform(0, spread, n)
    y = 6_860_000 + rng.uniform(0, spread, n)
    return sectors(x, y, rng.uniform(0, 360, n), rng.uniform(30, 360, n), rng.uniform(10, 80, n))


def test_every_footprint_lies_in_a_box_once_projected():
    geoms = footprints(500)
    for crs in ("EPSG:2154", "EPSG:4326", "EPSG:3857"):
        boxes = reach_boxes(geoms, "EPSG:2154", crs)
        assert 0 < len(boxes) <= MAX_BOXES
        union = shapely.union_all(shapely.box(*boxes.T))
        moved = reproject(geoms, "EPSG:2154", crs)
        assert shapely.covers(union, moved).all(), crs


def test_nearby_cameras_share_a_box_and_far_ones_do_not():
    geoms = footprints(50, spread=100.0)
    assert len(reach_boxes(geoms, "EPSG:2154", "EPSG:2154")) <= 4
    away = np.array([shapely.affinity.translate(geoms[0], 50_000, 0)], dtype=object)
    far = np.concatenate([geoms, away])
    boxes = reach_boxes(far, "EPSG:2154", "EPSG:2154")
    assert len(boxes) >= 2
    assert (boxes[:, 2] - boxes[:, 0]).max() < 1000


def test_within_boxes_keeps_what_meets_a_box():
    boxes = np.array([[0.0, 0.0, 10.0, 10.0], [100.0, 100.0, 110.0, 110.0]])
    geoms = np.array(
        [
            shapely.box(5, 5, 6, 6),  # inside
            shapely.box(10, 10, 20, 20),  # touches a corner
            shapely.box(50, 50, 60, 60),  # between
            shapely.LineString([(-5, 15), (15, -5)]),  # its box meets
            None,
            shapely.Polygon(),
        ],
        dtype=object,
    )
    assert within_boxes(geoms, boxes).tolist() == [True, True, False, True, False, False]
