"""Field-of-view footprints on the ground, built as polygons in bulk.

Angles are compass bearings (degrees clockwise from north). Arcs are cut in
steps of at most `MAX_STEP_DEG`: the inscribed polygon's area falls short of
the exact sector by 1 - sin(s)/s ~ s²/6 (s in radians), 0.046 % for 3°,
within the 0.1 % asked for, with a third of the vertices of 1° steps (every
overlay downstream is faster for it).
North is a direction like any other; NaN direction means all round.
"""

import numpy as np
import shapely

MAX_STEP_DEG = 3.0


def _arc_points(cx, cy, radius, start_deg, span_deg, npts, closed):
    """Points of many arcs at once; a closed arc (a full circle) does not
    repeat its first point."""
    arc = np.repeat(np.arange(len(npts)), npts)
    first = np.repeat(np.cumsum(npts) - npts, npts)
    k = np.arange(npts.sum()) - first
    denom = np.where(closed, npts, np.maximum(npts - 1, 1))[arc]
    angle = np.radians(start_deg[arc] + span_deg[arc] * k / denom)
    x = cx[arc] + radius[arc] * np.sin(angle)
    y = cy[arc] + radius[arc] * np.cos(angle)
    return np.column_stack([x, y]), arc


def sectors(x, y, direction, fov, outer_m, inner_m=None):
    """One polygon per camera: a sector (or an annular sector when `inner_m`
    leaves out a blind zone under the camera), a disc when the direction is
    NaN or the field of view is 360 degrees or more."""
    x, y, direction, fov, outer_m = (
        np.asarray(v, dtype=float) for v in (x, y, direction, fov, outer_m)
    )
    n = len(x)
    inner_m = np.zeros(n) if inner_m is None else np.nan_to_num(np.asarray(inner_m, float))
    if n == 0:
        return np.empty(0, dtype=object)
    full = np.isnan(direction) | (fov >= 360.0)
    span = np.where(full, 360.0, fov)
    start = np.where(full, 0.0, np.nan_to_num(direction) - span / 2.0)
    steps = np.maximum(np.ceil(span / MAX_STEP_DEG).astype(int), 3)
    has_inner = inner_m > 0
    cam = np.arange(n)

    # Each ring is a list of arcs; an apex is an arc of one point at radius 0.
    # Sector without blind zone: apex + outer arc.
    # Sector with blind zone: outer arc + inner arc walked back.
    # Disc: outer circle, plus an inner circle as a hole.
    sector = ~full
    apex = sector & ~has_inner
    back = sector & has_inner
    hole = full & has_inner
    arcs = [
        # (cameras, radius, start, span, npts, closed, ring key, order in ring)
        (cam[apex], 0.0, start, 0.0, 1, False, 0, 0),
        (cam[sector], outer_m, start, span, steps + 1, False, 0, 1),
        (cam[back], inner_m, start + span, -span, steps + 1, False, 0, 2),
        (cam[full], outer_m, start, 360.0, steps, True, 0, 0),
        (cam[hole], inner_m, start, -360.0, steps, True, 1, 0),
    ]
    parts = []
    for cams, radius, st, sp, npts, closed, ring_key, order in arcs:
        if len(cams) == 0:
            continue
        pick = [np.broadcast_to(v, (n,))[cams] for v in (radius, st, sp, npts)]
        pts, arc = _arc_points(
            x[cams], y[cams], pick[0], pick[1], pick[2], pick[3].astype(int), closed
        )
        cams_of_pt = cams[arc]
        parts.append((cams_of_pt, np.full(len(pts), ring_key), np.full(len(pts), order), pts))
    cam_of_pt = np.concatenate([p[0] for p in parts])
    ring_of_pt = np.concatenate([p[1] for p in parts])
    order_of_pt = np.concatenate([p[2] for p in parts])
    pts = np.concatenate([p[3] for p in parts])
    # Stable sort keeps the points of each arc in order.
    sort = np.lexsort((order_of_pt, ring_of_pt, cam_of_pt))
    pts, cam_of_pt, ring_of_pt = pts[sort], cam_of_pt[sort], ring_of_pt[sort]
    ring_id = cam_of_pt * 2 + ring_of_pt
    ring_keys, ring_index = np.unique(ring_id, return_inverse=True)
    rings = shapely.linearrings(pts, indices=ring_index)
    return shapely.polygons(rings, indices=ring_keys // 2)
