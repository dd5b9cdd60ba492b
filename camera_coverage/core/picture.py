"""What a zone to mask looks like in the camera's picture, from a pinhole
model: operators draw privacy masks on the image, not on a map.

Two kinds of things are drawn. Ground polygons (private land, the strip in
front of a wall) lie flat: a straight line on the ground is straight in the
picture, so projecting their vertices is exact. Walls stand up: a dwelling's
façade is seen, windows and all, well above its foot, so a seen wall is
drawn as the vertical face over its foot line, up to a given height (to the
top of the picture when unknown). Both are cut to the part in front of the
camera before the perspective division, then to the picture.

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
    """Convex polygons (m, width, d), NaN past their `count` vertices, cut
    to where `value` (m, width) of their vertices is >= 0, by
    Sutherland-Hodgman against that one line or plane: each cut adds at
    most one vertex."""
    m, width = points.shape[:2]
    out = np.full((m, width + 1, points.shape[2]), np.nan)
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
        with np.errstate(divide="ignore", invalid="ignore"):
            t = value[:, i] / (value[:, i] - nxt_value)
        crossing = points[:, i] + t[:, None] * (nxt - points[:, i])
        emit(crossing, here & (inside[:, i] != nxt_inside))
    return out, kept


def wall_outlines(
    walls, top_m, origin, direction, height_m, tilt_deg, hfov_deg, vfov_deg, ground=None
):
    """Vertical walls as outlines in each camera's picture: `walls` are the
    feet of the walls (lines on the ground), each rising to `top_m` metres
    above it (inf: to the top of the picture). With `ground` (outlines in
    the picture already), each outline is that and its walls together."""
    walls = np.asarray(walls, dtype=object)
    out = np.full(len(walls), EMPTY, dtype=object) if ground is None else ground.copy()
    parts, row = shapely.get_parts(walls, return_index=True)
    coords, part = shapely.get_coordinates(parts, return_index=True)
    same = part[1:] == part[:-1]
    if not same.any():
        return out
    # One face per segment of a foot line: its two ends, at the foot and at
    # the top, in the camera's frame (across, up, depth).
    face = row[part[:-1][same]]
    a, b = coords[:-1][same], coords[1:][same]
    top = np.minimum(np.asarray(top_m, dtype=float)[face], SKY_M)
    foot = np.zeros(len(face))
    corners = np.stack(
        [
            np.column_stack([a, foot]),
            np.column_stack([b, foot]),
            np.column_stack([b, top]),
            np.column_stack([a, top]),
        ],
        axis=1,
    )
    right, up, forward = camera_frame(direction[face], tilt_deg[face])
    relative = corners - np.column_stack([origin[face], height_m[face]])[:, None, :]
    camera = np.stack(
        [np.einsum("mkc,mc->mk", relative, axis) for axis in (right, up, forward)], axis=2
    )
    # What stands in front of the camera, in the picture, within its frame.
    count = np.full(len(face), 4)
    camera, count = _clip(camera, count, camera[:, :, 2] - NEAR_PLANE_M)
    picture = _to_picture(
        camera[:, :, 0].ravel(),
        camera[:, :, 1].ravel(),
        camera[:, :, 2].ravel(),
        np.repeat(hfov_deg[face], camera.shape[1]),
        np.repeat(vfov_deg[face], camera.shape[1]),
    ).reshape(len(face), -1, 2)
    for value in (lambda p: p[:, :, 0], lambda p: 1 - p[:, :, 0]):
        picture, count = _clip(picture, count, value(picture))
    for value in (lambda p: p[:, :, 1], lambda p: 1 - p[:, :, 1]):
        picture, count = _clip(picture, count, value(picture))
    kept = count >= 3
    valid = np.arange(picture.shape[1]) < count[kept][:, None]
    owner = np.repeat(np.arange(kept.sum()), count[kept])
    faces = shapely.polygons(shapely.linearrings(picture[kept][valid], indices=owner))
    # A wall seen edge on, or at the picture's very edge, is a line: nothing
    # to mask.
    seen = shapely.area(faces) > 0.0
    faces, face_of = faces[seen], face[kept][seen]
    if not len(faces):
        return out
    # One row per zone: its ground outline and its faces, unioned at once.
    zones, slot = np.unique(face_of, return_inverse=True)
    order = np.argsort(slot, kind="stable")
    rank = np.empty(len(slot), dtype=int)
    rank[order] = np.arange(len(order)) - np.searchsorted(slot[order], slot[order])
    table = np.full((len(zones), rank.max() + 2), None, dtype=object)
    table[slot, rank] = faces
    table[:, -1] = out[zones]
    out[zones] = polygonal(shapely.union_all(table, axis=1))
    return out
