"""Where the cameras can see, as a few boxes in a layer's CRS, so that a
reader fetches only the parcels and buildings within reach (a
département's cadastre for 50 cameras is a million parcels, of which a few
thousand matter). Only what meets a footprint changes a figure, and the
footprints lie inside these boxes."""

import numpy as np
import shapely
from pyproj import CRS, Transformer

# Boxes are grown by this much before they change CRS: footprints are
# polygons whose vertices lie on the range circle, so nothing they meet
# lies further out, and a metre covers the curvature of a box's edges
# once projected.
MARGIN_M = 1.0
FIRST_CELL_M = 250.0
MAX_BOXES = 64
EDGE_POINTS = 16


def _grouped_bounds(bounds, cell_m):
    """One box per grid cell (of the boxes' centres): the union of the
    boxes in it."""
    centre = (bounds[:, :2] + bounds[:, 2:]) / 2.0
    keys = np.floor(centre / cell_m).astype(np.int64)
    _, group = np.unique(keys, axis=0, return_inverse=True)
    group = group.ravel()
    n = group.max() + 1
    out = np.empty((n, 4))
    out[:, :2], out[:, 2:] = np.inf, -np.inf
    np.minimum.at(out[:, 0], group, bounds[:, 0])
    np.minimum.at(out[:, 1], group, bounds[:, 1])
    np.maximum.at(out[:, 2], group, bounds[:, 2])
    np.maximum.at(out[:, 3], group, bounds[:, 3])
    return out


def _project_boxes(boxes, source_crs, target_crs):
    """Each box's outline, densified and projected, bounded again."""
    source, target = CRS.from_user_input(source_crs), CRS.from_user_input(target_crs)
    if source == target:
        return boxes
    t = np.linspace(0.0, 1.0, EDGE_POINTS)
    xmin, ymin, xmax, ymax = (boxes[:, i : i + 1] for i in range(4))
    xs = np.hstack([xmin + (xmax - xmin) * t, np.repeat(xmax, EDGE_POINTS, 1)])
    ys = np.hstack([np.repeat(ymin, EDGE_POINTS, 1), ymin + (ymax - ymin) * t])
    xs = np.hstack([xs, xmax - (xmax - xmin) * t, np.repeat(xmin, EDGE_POINTS, 1)])
    ys = np.hstack([ys, np.repeat(ymax, EDGE_POINTS, 1), ymax - (ymax - ymin) * t])
    x, y = Transformer.from_crs(source, target, always_xy=True).transform(xs, ys)
    x, y = np.asarray(x), np.asarray(y)
    return np.column_stack([x.min(1), y.min(1), x.max(1), y.max(1)])


def reach_boxes(geoms, crs, target_crs, max_boxes=MAX_BOXES, margin_m=MARGIN_M):
    """At most `max_boxes` boxes (xmin, ymin, xmax, ymax) in `target_crs`
    that hold every geometry of `geoms` (in the metric CRS `crs`), grown by
    `margin_m`; nearby geometries share a box."""
    geoms = np.asarray(geoms, dtype=object)
    geoms = geoms[~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)]
    if len(geoms) == 0:
        return np.empty((0, 4))
    bounds = shapely.bounds(geoms)
    cell = FIRST_CELL_M
    boxes = _grouped_bounds(bounds, cell)
    while len(boxes) > max_boxes:
        cell *= 2.0
        boxes = _grouped_bounds(bounds, cell)
    boxes = boxes + np.array([-margin_m, -margin_m, margin_m, margin_m])
    return _project_boxes(boxes, crs, target_crs)


def boxes_area(boxes):
    boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
    return float(np.sum((boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])))


def within_boxes(geoms, boxes):
    """Which geometries have a bounding box that meets one of the boxes."""
    geoms = np.asarray(geoms, dtype=object)
    keep = np.zeros(len(geoms), dtype=bool)
    if len(geoms) == 0 or len(boxes) == 0:
        return keep
    tree = shapely.STRtree(shapely.box(*np.asarray(boxes, dtype=float).T))
    located = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    envelopes = shapely.envelope(geoms[located])
    hit, _ = tree.query(envelopes, predicate="intersects")
    keep[np.flatnonzero(located)[np.unique(hit)]] = True
    return keep


def audit_extent(coverage):
    """What the audit looks at around each camera (a Coverage): its
    footprint, and its reach all round, where one parcel is enough to say
    that the cadastre covers the place (explain.beyond_cadastre)."""
    x, y = shapely.get_x(coverage.points), shapely.get_y(coverage.points)
    reach = np.nan_to_num(np.asarray(coverage.outer_m, dtype=float))
    around = shapely.box(x - reach, y - reach, x + reach, y + reach)
    return np.concatenate([coverage.footprints, coverage.points, around])
