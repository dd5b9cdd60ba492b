"""What a reader is told to fetch: the audit's extent all round each camera,
the boxes' total area (read whole past most of a layer), and the features
within the boxes as a mask."""

import numpy as np
import shapely

from camera_coverage.core.audit import AuditSettings, camera_coverage
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.reach import audit_extent, boxes_area, within_boxes


def test_within_boxes_is_a_mask_that_selects_the_features():
    boxes = np.array([[0.0, 0.0, 10.0, 10.0]])
    geoms = np.array([shapely.box(50, 50, 60, 60), shapely.box(5, 5, 6, 6)], dtype=object)
    assert geoms[within_boxes(geoms, boxes)].tolist() == [geoms[1]]


def test_boxes_area_sums_the_boxes():
    # 10 x 10 and 10 x 20; a single box may come flat.
    assert boxes_area([[0, 0, 10, 10], [100, 100, 110, 120]]) == 300.0
    assert boxes_area([0, 0, 2, 3]) == 6.0
    assert boxes_area(np.empty((0, 4))) == 0.0


def test_the_audit_looks_all_round_a_camera_as_far_as_its_reach():
    # A camera looking north, 90°, 30 m: the audit's extent is its
    # footprint, its point and the 60 m square around it, where a parcel
    # behind the camera still says that the cadastre covers the place.
    values = CameraValues(camera_id=["c0"], direction=[0.0], fov=[90.0], range_m=[30.0])
    points = np.array([shapely.Point(700_000.0, 6_600_000.0)], dtype=object)
    coverage = camera_coverage(points, "EPSG:2154", values, AuditSettings())
    x, y = coverage.points[0].x, coverage.points[0].y
    extent = audit_extent(coverage)
    assert len(extent) == 3
    assert shapely.union_all(extent).equals(shapely.box(x - 30, y - 30, x + 30, y + 30))
