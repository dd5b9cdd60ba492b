"""What a zone to mask looks like in the camera's picture, from a pinhole
model: operators draw privacy masks on the image, not on a map.

Two kinds of things are drawn. Ground polygons (private land, the strip in
front of a wall) lie flat: a straight line on the ground is straight in the
picture, so projecting their vertices is exact. Walls stand up: a dwelling's
façade is seen, windows and all, well above its foot, so a seen wall is
drawn as the vertical face over its foot line, up to a given height (to the
top of the picture when unknown), or as a band of that face between two
heights (a storey). Both are cut to the part in front of the camera before
the perspective division, then to the picture.

Coordinates: x from 0 (left edge) to 1 (right edge), y from 0 (top) to 1
(bottom). The camera stands `height_m` above flat ground, looks along grid
bearing `direction` and `tilt_deg` below the horizontal; every array is in
one metric CRS.
"""

import numpy as np
import shapely

from .geometry import polygonal, repair_polygons

# Points closer than this to the camera's image plane (in metres of depth)
# are cut off before the perspective division.
NEAR_PLANE_M = 0.01
# A wall of unknown height is drawn this high: far past the top of any
# picture (a wall 20 m away would need a lens looking 89.9° up to see it).
SKY_M = 10_000.0
EMPTY = shapely.from_wkt("POLYGON EMPTY")
IMAGE = shapely.box(0.0, 0.0, 1.0, 1.0)


def camera_frame(direction, tilt):
    """Right, up and forward unit vectors (grid east, north, up) of cameras
    looking along grid bearing `direction`, `tilt` degrees below the
    horizontal."""
    d, t = np.radians(direction), np.radians(tilt)
    zero = np.zeros_like(d)
    forward = np.column_stack([np.sin(d) * np.cos(t), np.cos(d) * np.cos(t), -np.sin(t)])
    right = np.column_stack([np.cos(d), -np.sin(d), zero])
    up = np.column_stack([np.sin(d) * np.sin(t), np.cos(d) * np.sin(t), np.cos(t)])
    return right, up, forward


def _to_picture(x, y, z, hfov_deg, vfov_deg):
    """Camera-frame coordinates (right, up, depth) to picture coordinates."""
    half_w = np.tan(np.radians(hfov_deg) / 2.0)
    half_h = np.tan(np.radians(vfov_deg) / 2.0)
    return np.column_stack([0.5 + x / (2.0 * z * half_w), 0.5 - y / (2.0 * z * half_h)])


def _in_picture(outlines):
    outlines, _ = repair_polygons(outlines)
    inside = shapely.contains_properly(IMAGE, outlines)
    outlines[~inside] = polygonal(shapely.intersection(outlines[~inside], IMAGE))
    return outlines


def image_outlines(geoms, origin, direction, height_m, tilt_deg, hfov_deg, vfov_deg):
    """Ground polygons as outlines in each camera's picture."""
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    if n == 0:
        return np.empty(0, dtype=object)
    right, up, forward = camera_frame(direction, tilt_deg)
    # Keep only ground in front of the camera before dividing by the depth:
    # a band from just past the image plane to far beyond the zones.
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    far = np.zeros(n)
    if len(owner):
        np.maximum.at(far, owner, np.hypot(*(coords - origin[owner]).T))
    far = 10.0 * (far + height_m + 1.0)
    horizontal = np.hypot(forward[:, 0], forward[:, 1])
    with np.errstate(divide="ignore", invalid="ignore"):
        # depth of a ground point h metres ahead: h cos t + H sin t
        near_h = np.where(
            horizontal > 1e-12, (NEAR_PLANE_M + height_m * forward[:, 2]) / horizontal, -far
        )
    axis = np.column_stack([np.sin(np.radians(direction)), np.cos(np.radians(direction))])
    side = np.column_stack([axis[:, 1], -axis[:, 0]])
    near_h = np.maximum(near_h, -far)
    corners = np.stack(
        [
            origin + near_h[:, None] * axis - far[:, None] * side,
            origin + far[:, None] * axis - far[:, None] * side,
            origin + far[:, None] * axis + far[:, None] * side,
            origin + near_h[:, None] * axis + far[:, None] * side,
        ],
        axis=1,
    )
    # Most zones lie wholly in front (the footprint is): clip only the others.
    depth = ((coords - origin[owner]) * forward[owner, :2]).sum(axis=1) - height_m[owner] * forward[
        owner, 2
    ]
    behind = np.zeros(n, dtype=bool)
    np.logical_or.at(behind, owner, depth < NEAR_PLANE_M)
    front = geoms.copy()
    front[behind] = polygonal(
        shapely.intersection(geoms[behind], shapely.polygons(corners[behind]))
    )
    coords, owner = shapely.get_coordinates(front, return_index=True)
    ground = np.column_stack(
        [coords[:, 0] - origin[owner, 0], coords[:, 1] - origin[owner, 1], -height_m[owner]]
    )
    picture = _to_picture(
        (ground * right[owner]).sum(axis=1),
        (ground * up[owner]).sum(axis=1),
        (ground * forward[owner]).sum(axis=1),
        hfov_deg[owner],
        vfov_deg[owner],
    )
    outlines = shapely.set_coordinates(np.array(front, dtype=object, copy=True), picture)
    return _in_picture(outlines)


def _clip(points, count, value):
    """Polygons (m, width, d), NaN past their `count` vertices, cut to where
    `value` (m, width) of their vertices is >= 0 (Sutherland-Hodgman
    against that one line or plane; exact for convex polygons, and for the
    others up to edges doubled along the cut, which repair undoes)."""
    m, width = points.shape[:2]
    out = np.full((m, 2 * width, points.shape[2]), np.nan)
    kept = np.zeros(m, dtype=int)
    rows = np.arange(m)
    inside = value >= 0

    def emit(new, where):
        out[rows[where], kept[where]] = new[where]
        kept[where] += 1

    for i in range(width):
        here = i < count
        j = np.where(i + 1 < count, i + 1, 0)
        nxt, nxt_value, nxt_inside = points[rows, j], value[rows, j], inside[rows, j]
        emit(points[:, i], here & inside[:, i])
        # Only real edges that cross the line: one end on each side, so the
        # denominator is never 0 and no NaN padding enters the sum.
        crosses = here & (inside[:, i] != nxt_inside)
        crossing = np.zeros_like(points[:, i])
        start, end = points[crosses, i], nxt[crosses]
        t = value[crosses, i] / (value[crosses, i] - nxt_value[crosses])
        crossing[crosses] = start + t[:, None] * (end - start)
        emit(crossing, crosses)
    return out[:, : max(int(kept.max(initial=0)), 1)], kept


def _rings(points, owner):
    """Rows of `points` grouped by `owner` (sorted) as a NaN-padded table."""
    starts = np.searchsorted(owner, np.arange(owner.max() + 1))
    count = np.bincount(owner, minlength=owner.max() + 1)
    table = np.full((len(count), count.max(), points.shape[1]), np.nan)
    table[owner, np.arange(len(owner)) - starts[owner]] = points
    return table, count


def wall_outlines(
    walls, top_m, origin, direction, height_m, tilt_deg, hfov_deg, vfov_deg, base_m=0.0
):
    """Vertical walls as outlines in each camera's picture: `walls` are the
    feet of the walls (lines on the ground), each rising to `top_m` metres
    above it (inf: unknown), shown up to the top of the picture. A foot
    line with z coordinates rises no higher than its z: the top of the
    building it belongs to, one per wall of a zone (a line without z, or
    a z of SKY_M, has no top of its own). `base_m`: each zone is drawn
    from this height up (0: its foot), a storey's band of the wall.

    A wall a camera sees is seen whole from its foot up: each of its points
    is at its own bearing, so in the picture the wall is the band between
    its foot line and its top line (each foot point raised to where the
    wall leaves the picture's top edge, or to the wall's top): one polygon,
    with no overlay. A closed foot line (the rim of a doorway's disc) is
    shown as the hull of its foot and top."""
    walls = np.asarray(walls, dtype=object)
    out = np.full(len(walls), EMPTY, dtype=object)
    parts, zone_of_part = shapely.get_parts(walls, return_index=True)
    coords, part = shapely.get_coordinates(parts, include_z=True, return_index=True)
    if not len(coords):
        return out
    # NaN for a line without z: np.fmin below then keeps the zone's top.
    own_top, coords = coords[:, 2], coords[:, :2]
    zone = zone_of_part[part]
    right, up, forward = camera_frame(direction[zone], tilt_deg[zone])
    relative = np.column_stack([coords - origin[zone], -height_m[zone]])
    foot = np.stack([(relative * axis).sum(axis=1) for axis in (right, up, forward)], axis=1)
    # The world's vertical in the camera's frame, and how high above each
    # foot point the wall leaves the top of the picture.
    t = np.radians(tilt_deg[zone])
    rise = np.column_stack([np.zeros(len(t)), np.cos(t), -np.sin(t)])
    half_h = np.tan(np.radians(vfov_deg[zone]) / 2.0)
    slope = np.cos(t) + np.sin(t) * half_h
    # (Behind the image plane there is no picture to leave: such a foot's
    # wall is cut at that plane below.)
    in_front = (slope > 0) & (foot[:, 2] >= NEAR_PLANE_M)
    with np.errstate(divide="ignore", invalid="ignore"):
        leaves = np.where(in_front, (foot[:, 2] * half_h - foot[:, 1]) / slope, SKY_M)
    top = np.fmin(np.minimum(np.asarray(top_m, dtype=float)[zone], leaves), own_top)
    base = np.clip(np.broadcast_to(np.asarray(base_m, dtype=float), walls.shape)[zone], 0, SKY_M)
    # A band wholly above the picture's top (or the wall's) is a line: empty.
    top = np.maximum(np.clip(top, 0.0, SKY_M), base)
    sole = foot + base[:, None] * rise
    head = foot + top[:, None] * rise

    # Each part's ring: its foot points in order, then its top points back.
    first = np.searchsorted(part, np.arange(len(parts)))
    size = np.bincount(part, minlength=len(parts))
    position = np.arange(len(part)) - first[part]
    closed = shapely.is_closed(parts)
    ring_part = np.r_[part, part]
    order_key = np.r_[position, 2 * size[part] - 1 - position]
    order = np.lexsort((order_key, ring_part))
    points = np.r_[sole, head][order]
    ring_part = ring_part[order]
    table, count = _rings(points, ring_part)
    table, count = _clip(table, count, table[:, :, 2] - NEAR_PLANE_M)
    flat = table.reshape(-1, 3)
    picture = _to_picture(
        flat[:, 0],
        flat[:, 1],
        flat[:, 2],
        np.repeat(hfov_deg[zone_of_part], table.shape[1]),
        np.repeat(vfov_deg[zone_of_part], table.shape[1]),
    ).reshape(len(parts), -1, 2)
    for axis in (0, 1):
        picture, count = _clip(picture, count, picture[:, :, axis])
        picture, count = _clip(picture, count, 1.0 - picture[:, :, axis])
    kept = count >= 3
    valid = np.arange(picture.shape[1]) < count[kept][:, None]
    owner = np.repeat(np.arange(kept.sum()), count[kept])
    bands = np.full(len(parts), EMPTY, dtype=object)
    bands[kept] = shapely.polygons(shapely.linearrings(picture[kept][valid], indices=owner))
    # A doorway's rim: its hull (a cylinder's outline is convex).
    bands[closed] = shapely.convex_hull(bands[closed])
    bands, _ = repair_polygons(bands)
    # A wall seen edge on, or at the picture's very edge, is a line: nothing
    # to mask.
    seen = shapely.area(bands) > 0.0
    bands, zone_of_band = bands[seen], zone_of_part[seen]
    if not len(bands):
        return out
    zones, slot, parts_in = np.unique(zone_of_band, return_inverse=True, return_counts=True)
    single = parts_in[slot] == 1
    out[zone_of_band[single]] = bands[single]
    # Walls of one zone that meet at a corner share an edge: union them.
    several = np.flatnonzero(parts_in > 1)
    if len(several):
        rows = np.flatnonzero(~single)
        order = rows[np.argsort(slot[rows], kind="stable")]
        group = np.searchsorted(several, slot[order])
        rank = np.arange(len(order)) - np.searchsorted(group, group)
        table = np.full((len(several), parts_in.max()), None, dtype=object)
        table[group, rank] = bands[order]
        out[zones[several]] = polygonal(shapely.union_all(table, axis=1))
    return out
