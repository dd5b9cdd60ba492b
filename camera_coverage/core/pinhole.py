"""Where a camera's picture meets flat ground: the footprint of a pinhole
camera, so that a tilted camera's map footprint is the ground its picture
shows (a sector is right only for a camera looking at the horizon).

Each side of the picture is a plane through the camera; each cuts the
ground in a straight line, the picture's ground lying on one side of it.
The footprint is the ground on the picture's side of all four lines: a
convex polygon, the quadrilateral of the corner rays' feet when the top of
the picture looks below the horizon, open towards the horizon when it does
not; then cut to the range, a horizontal distance on the ground from the
camera's foot. It is built as the range disc (corners every MAX_STEP_DEG on
the circle, as footprint.py draws arcs) clipped by the four lines: exact
within the disc, short of the true circle by the inscribed polygon's
0.046 % where the range cuts it.

A panning camera sees, over its arc, the union of its footprints at every
heading: each heading's footprint is the first one turned about the
camera's foot. That union is built exactly (see `_swept`), with no steps.

Frame and conventions are the picture outlines' (picture.py): grid bearings
in one metric CRS, tilt in degrees below the horizontal (90: straight
down), the picture `hfov_deg` wide and `vfov_deg` high.
"""

import numpy as np
import shapely

from .footprint import MAX_STEP_DEG, sectors
from .geometry import union_per_group
from .picture import _clip, camera_frame

EMPTY = shapely.from_wkt("POLYGON EMPTY")
# A distance from the foot within this share of the range is on the range
# circle (a corner of the disc, not of the picture).
ON_RANGE = 1e-9


def pinhole_view_deg(tilt_deg, hfov_deg, vfov_deg, sweep_deg=None):
    """The angle of bearings, centred on the camera's direction, that its
    pinhole footprint can take (360 when it lies all round the foot): what
    a sector must span to hold it. Wider than the lens for a tilted camera:
    the picture's lower corners, nearest the foot, lie at
    atan(tan(h/2) cos(v/2) / cos(t + v/2)) from the axis; a side of the
    picture that reaches the horizon tends to atan(tan(h/2) cos t). A
    panning camera's arc (`sweep_deg`, lens included) adds its turn; an
    arc all round is all round."""
    t, h, v = (np.radians(np.asarray(a, dtype=float)) for a in (tilt_deg, hfov_deg, vfov_deg))
    sweep = np.degrees(h) if sweep_deg is None else np.asarray(sweep_deg, dtype=float)
    lower = np.cos(t + v / 2.0)
    corner = np.arctan2(np.tan(h / 2.0) * np.cos(v / 2.0), lower)
    horizon = np.arctan(np.tan(h / 2.0) * np.cos(t))
    view = sweep - np.degrees(h) + 2.0 * np.degrees(np.maximum(corner, horizon))
    return np.where((lower < 0) | (sweep >= 360.0) | (view >= 360.0), 360.0, view)


def _range_discs(direction, view_deg, range_m):
    """The range disc (a corner every MAX_STEP_DEG from grid north) as a
    table of vertices about the foot, NaN-padded past each row's count. A
    view narrower than a half turn takes only the disc's corners over its
    bearings (one more each side) and the foot: the same ground once
    clipped to the picture, in a quarter of the vertices."""
    steps = round(360.0 / MAX_STEP_DEG)
    narrow = view_deg < 180.0 - 2 * MAX_STEP_DEG
    first = np.where(narrow, np.floor((direction - view_deg / 2) / MAX_STEP_DEG), 0).astype(int)
    last = np.where(narrow, np.ceil((direction + view_deg / 2) / MAX_STEP_DEG), steps - 1)
    corners = last.astype(int) - first + 1
    count = corners + narrow
    k = np.arange(count.max(initial=1))
    angle = np.radians((first[:, None] + k) * MAX_STEP_DEG)
    on_arc = k < corners[:, None]
    table = np.where(
        on_arc[..., None],
        np.stack([np.sin(angle), np.cos(angle)], axis=2) * range_m[:, None, None],
        np.where((k < count[:, None])[..., None], 0.0, np.nan),
    )
    return table, count


def _clipped_discs(direction, height, tilt, hfov, vfov, range_m):
    """Each camera's footprint as vertices relative to its foot: the range
    disc clipped by the ground lines of the picture's four sides (a table
    NaN-padded past each row's `count`)."""
    table, count = _range_discs(direction, pinhole_view_deg(tilt, hfov, vfov), range_m)
    right, up, forward = camera_frame(direction, tilt)
    across = np.tan(np.radians(hfov) / 2.0)[:, None]
    upward = np.tan(np.radians(vfov) / 2.0)[:, None]
    # A point at depth z is in the picture while |right| <= z tan(h/2) and
    # |up| <= z tan(v/2): four planes through the camera, each with the
    # picture on the side where (normal . (ground point - camera)) >= 0.
    sides = (
        across * forward - right,
        across * forward + right,
        upward * forward - up,
        upward * forward + up,
    )
    for normal in sides:
        value = (
            table[..., 0] * normal[:, :1]
            + table[..., 1] * normal[:, 1:2]
            - (normal[:, 2] * height)[:, None]
        )
        table, count = _clip(table, count, value)
    return table, count


def _polygons(table, count, x, y):
    """Rows of a clipped table as polygons about their feet (x, y); fewer
    than three vertices, or none of them apart, is no ground."""
    out = np.full(len(count), EMPTY, dtype=object)
    keep = count >= 3
    if not keep.any():
        return out
    valid = np.arange(table.shape[1]) < count[keep][:, None]
    owner = np.repeat(np.arange(keep.sum()), count[keep])
    feet = np.column_stack([x, y])[keep]
    rings = shapely.linearrings(table[keep][valid] + feet[owner], indices=owner)
    out[keep] = shapely.polygons(rings)
    out[shapely.area(out) <= 0.0] = EMPTY
    return out


def _rings(x, y, direction, span_deg, outer_m, inner_m):
    """Ring sectors (footprint.sectors) whose inner arc, drawn as chords,
    keeps outside its circle: the corners go out to inner / cos(half a
    step), so that a ring never takes in ground nearer than its inner
    radius (the outer arc's chords already keep inside its circle)."""
    steps = np.maximum(np.ceil(span_deg / MAX_STEP_DEG), 3)
    inner_m = inner_m / np.cos(np.radians(span_deg / steps / 2.0))
    return sectors(x, y, direction, span_deg, outer_m, inner_m)


def _turned(table, degrees):
    """Table rows turned clockwise (a compass turn) about the foot."""
    d = np.radians(degrees)[:, None]
    x, y = table[..., 0], table[..., 1]
    return np.stack([x * np.cos(d) + y * np.sin(d), y * np.cos(d) - x * np.sin(d)], axis=2)


def _extreme_bearings(table, count, feet, footprints, range_m):
    """(row, bearing) of the points of each footprint where the distance
    from the foot is extreme: the nearest point (when the foot is outside),
    and each corner from which both its edges come nearer, short of the
    range circle."""
    rows, bearings = [], []
    points = shapely.points(feet)
    apart = shapely.distance(points, footprints) > 0.0
    nearest = shapely.get_coordinates(shapely.shortest_line(points[apart], footprints[apart]))
    to_nearest = nearest[1::2] - feet[apart]
    rows.append(np.flatnonzero(apart))
    bearings.append(np.degrees(np.arctan2(to_nearest[:, 0], to_nearest[:, 1])))
    k = np.arange(table.shape[1])
    valid = k < count[:, None]
    width = np.maximum(count, 1)[:, None]
    row = np.arange(len(count))[:, None]

    def outward(step):
        """How fast the distance from the foot grows from each corner
        towards its neighbour `step` places along the ring."""
        edge = table[row, (k + step) % width] - table
        return (edge * table).sum(axis=2)

    distance = np.hypot(table[..., 0], table[..., 1])
    with np.errstate(invalid="ignore"):
        # (<= on one side: a corner met twice by the clipping is one corner.)
        peak = (
            valid
            & (outward(-1) < 0)
            & (outward(1) <= 0)
            & (distance < range_m[:, None] * (1.0 - ON_RANGE))
        )
    r, c = np.nonzero(peak)
    rows.append(r)
    bearings.append(np.degrees(np.arctan2(table[r, c, 0], table[r, c, 1])))
    return np.concatenate(rows), np.concatenate(bearings)


def _swept(x, y, footprint, table, count, pan_deg, range_m):
    """The ground a footprint covers while its camera turns through
    `pan_deg` centred on its heading, each heading's footprint being this
    one turned about the foot.

    Exact: at a distance r from the foot, the footprint takes arcs of
    bearings; turned through the pan, each arc sweeps its first and last
    positions and all between. The two end footprints hold the ends; what
    lies between, for an arc narrower than the pan, lies on the bearing
    (turned) of a point of that arc where the distance from the foot is
    extreme (the nearest point, a far corner): every arc of a footprint
    convex and symmetric about its axis holds the bearing of one such
    point (but between the disc's corners, below). So the union is the two
    end footprints and, for each extreme point, the ring sector swept by
    the footprint's chord along its bearing (inside the footprint, so
    inside the union). Only the arcs are drawn as chords (MAX_STEP_DEG):
    the end footprints fall short of the circle by 0.046 %, the ring
    sectors by as much, and between the disc's corners a strip under the
    range circle, R (1 - cos(MAX_STEP_DEG / 2)) deep at most (0.034 % of
    the range), is left out across the turn."""
    n = len(x)
    feet = np.column_stack([x, y])
    ends = [_polygons(_turned(table, turn), count, x, y) for turn in (-pan_deg / 2, pan_deg / 2)]
    row, bearing = _extreme_bearings(table, count, feet, footprint, range_m)
    along = np.radians(bearing)
    beyond = feet[row] + 2.0 * range_m[row, None] * np.column_stack([np.sin(along), np.cos(along)])
    rays = shapely.linestrings(np.stack([feet[row], beyond], axis=1))
    chord = shapely.intersection(rays, footprint[row])
    foot = shapely.points(feet[row])
    inner, outer = shapely.distance(foot, chord), shapely.hausdorff_distance(foot, chord)
    long = outer - inner > ON_RANGE * range_m[row]
    row, inner, outer = row[long], inner[long], outer[long]
    rings = _rings(x[row], y[row], bearing[long], pan_deg[row], outer, inner)
    group = np.r_[np.arange(n), np.arange(n), row]
    return union_per_group(n, group, np.concatenate([*ends, rings]))


def pinhole_footprints(
    x,
    y,
    grid_direction,
    height_m,
    tilt_deg,
    hfov_deg,
    vfov_deg,
    range_m,
    sweep_deg=None,
):
    """One polygon per camera: the ground its picture shows within its
    range, seen from `height_m` above flat ground, looking along grid
    bearing `grid_direction` and `tilt_deg` below the horizontal (straight
    down at 90; past 90 it looks back over its head: the same geometry);
    empty when the whole picture lies above the horizon (t + v/2 <= 0) or
    beyond the range.

    `sweep_deg`: the arc a panning camera covers, its lens included (the
    heading turns through sweep - hfov, centred on the direction): the
    union of its footprints over the arc. All round (360 or more, or a NaN
    direction): the ring between the footprint's nearest and farthest
    points from the foot. Every argument is an array over cameras (or a
    number), in one metric CRS."""
    x, y, direction, height, tilt, hfov, vfov, range_m = np.broadcast_arrays(
        *(
            np.atleast_1d(np.asarray(a, dtype=float))
            for a in (x, y, grid_direction, height_m, tilt_deg, hfov_deg, vfov_deg, range_m)
        )
    )
    sweep = hfov if sweep_deg is None else np.broadcast_to(np.asarray(sweep_deg, float), x.shape)
    round_view = np.isnan(direction) | (sweep >= 360.0)
    heading = np.where(np.isnan(direction), 0.0, direction)
    table, count = _clipped_discs(heading, height, tilt, hfov, vfov, range_m)
    out = _polygons(table, count, x, y)
    seen = ~shapely.is_empty(out)
    pan = np.where(round_view, 0.0, np.maximum(sweep - hfov, 0.0))
    turning = seen & ~round_view & (pan > 0)
    if turning.any():
        t = np.flatnonzero(turning)
        out[t] = _swept(x[t], y[t], out[t], table[t], count[t], pan[t], range_m[t])
    ring = seen & round_view
    if ring.any():
        r = np.flatnonzero(ring)
        feet = shapely.points(x[r], y[r])
        out[r] = _rings(
            x[r],
            y[r],
            np.full(len(r), np.nan),
            np.full(len(r), 360.0),
            shapely.hausdorff_distance(feet, out[r]),
            shapely.distance(feet, out[r]),
        )
    return out
