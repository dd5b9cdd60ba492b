"""Exact 2D occlusion of camera footprints by buildings.

Buildings are walls of unlimited height: a camera sees a point when the
segment to it crosses no building. What a building hides is built as
polygons, not sampled by rays, so the answer is exact up to floating point:

- a wall hides what lies behind it when the camera stands on its outer side
  (rings are oriented so that the building is on the left of each edge,
  holes included, which is what makes a courtyard work);
- a convex building hides, with itself, the convex region spanned by its
  vertices and three points past the range on its outermost and middle
  lines of sight: one polygon instead of one per wall, for the same area.

A camera on a façade is not blinded by its own building: it sees out of it
(not through it), as if the building's walls stood 1 cm back, so a camera on
a courtyard wall sees the courtyard only. A camera whose point falls inside
a building (more than a few cm deep) is mounted somewhere on it: that
building hides nothing from it. Other buildings always hide what lies
behind them, and no building's interior is ever covered.

Walls (lines: the partitions of a floor plan) hide what lies behind them from
either side: each segment casts the same pentagon as a building's wall. They
have no inside, so they remove no area of their own; a camera standing on a
wall line (within TOUCH_M) is not blinded by that wall and sees both ways
along and across it, and a gap between two walls (a door) lets the view
through. With walls, a camera deep inside a building, or on its outline
looking into it (an indoor camera), sees that building's interior as its
walls let it; without walls the building path runs exactly as before.

Heights, when given, make it three-dimensional. A building (or wall) of
height hb seen from a camera at height hc > hb hides a ground point P when
the sight line from the camera to P passes through it below its top: when
the point C + (P - C) / lam lies in its footprint F for some lam in [1, s],
s = hc / (hc - hb), C the camera's foot. So it hides the union of the
copies of F scaled by lam in [1, s] about C: for a convex F, the hull of F
and s F (the copies of a convex set scaled from 1 to s fill that hull);
otherwise F, s F and, per camera-facing wall AB, the quadrilateral
A, B, C + s (B - C), C + s (A - C). A building of unknown height, or as high
as the camera or higher, hides everything behind it as above; so does
every building from a camera of unknown height. Roofs are not ground: a
building's footprint is never covered, whatever its height.
"""

from __future__ import annotations

import numpy as np
import shapely

from .geometry import polygonal
from .progress import Cancelled, NullProgress

# A camera this close to a building's outline stands on its façade ...
TOUCH_M = 0.001
# ... and one this deep inside was drawn on it: both see out of that building
# as if its walls stood SET_BACK_M behind them. Deeper inside, the camera is
# taken to be mounted somewhere on the building and it hides nothing.
MOUNT_TOLERANCE_M = 0.05
SET_BACK_M = 0.01
# Shadows are unioned about their camera on a grid of this side (metres):
# GEOS's floating overlay, given many shadows with nearly shared edges, can
# drop a piece of their union (30 m² in one scene of overlapping courtyard
# buildings); snap-rounding to a fixed grid is robust.
UNION_GRID_M = 1e-9
# With walls, which side of its building's outline a camera on it looks at
# is read from its view within this distance.
LOOK_M = 1.0
CHUNK_CAMERAS = 500
# A far point at FAR_FACTOR times the largest distance in play stays beyond
# it on the chord to a neighbouring far point at most 90 degrees away
# (cos 45° > 1 / FAR_FACTOR).
FAR_FACTOR = 2.0
# Relative area excess of the hull below which a building counts as convex.
CONVEX_TOLERANCE = 1e-9


def visible_footprints(
    camera_xy: np.ndarray,
    footprints: np.ndarray,
    reach_m: np.ndarray,
    buildings: np.ndarray,
    tree: shapely.STRtree | None = None,
    progress=None,
    walls: np.ndarray | None = None,
    wall_tree: shapely.STRtree | None = None,
    building_heights: np.ndarray | None = None,
    camera_heights: np.ndarray | None = None,
    wall_heights: np.ndarray | None = None,
    camera_ground: np.ndarray | None = None,
    building_ground: np.ndarray | None = None,
) -> np.ndarray:
    """Each footprint minus what the buildings and walls hide from its
    camera and minus the buildings themselves; all inputs in one metric CRS.

    `reach_m` only bounds how far shadows must extend (the footprint may
    reach further; shadows then follow it). `tree` is an STRtree over
    `buildings` (`wall_tree` over `walls`, lines), passed when the caller
    already has one. Heights in metres above the ground, NaN where unknown:
    `building_heights` per building, `wall_heights` per wall, and
    `camera_heights` per camera, which they need to count. On relief, the
    ground's elevation under each camera (`camera_ground`) and building
    (`building_ground`), NaN where unknown: a building then casts its
    shadow on the level of its own base, seen from an eye that many metres
    above that level; where either is unknown, both stand on one level.
    """
    camera_xy = np.asarray(camera_xy, dtype=float).reshape(-1, 2)
    footprints = np.asarray(footprints, dtype=object)
    reach_m = np.broadcast_to(np.asarray(reach_m, dtype=float), (len(footprints),))
    buildings = np.asarray(buildings, dtype=object)
    tree = shapely.STRtree(buildings) if tree is None else tree
    building_heights = _heights(building_heights, len(buildings))
    camera_heights = _heights(camera_heights, len(footprints))
    camera_ground = _heights(camera_ground, len(footprints))
    building_ground = _heights(building_ground, len(buildings))
    if walls is not None:
        walls = np.asarray(walls, dtype=object)
        wall_tree = shapely.STRtree(walls) if wall_tree is None else wall_tree
        walls = (walls, wall_tree, _heights(wall_heights, len(walls)))
    progress = progress or NullProgress()
    n = len(footprints)
    out = np.empty(n, dtype=object)
    for start in range(0, n, CHUNK_CAMERAS):
        if progress.is_canceled():
            raise Cancelled()
        stop = min(start + CHUNK_CAMERAS, n)
        out[start:stop] = _visible_chunk(
            camera_xy[start:stop],
            footprints[start:stop],
            reach_m[start:stop],
            buildings,
            tree,
            walls,
            (building_heights, building_ground),
            (camera_heights[start:stop], camera_ground[start:stop]),
        )
        progress.set_progress(100.0 * stop / n)
    return out


def standing_inside(points, buildings):
    """Which points stand deep inside a building (more than
    MOUNT_TOLERANCE_M within its outline): a camera there sees that
    building's interior only as walls drawn inside it let it; without
    them, its view holds none of it."""
    points = np.asarray(points, dtype=object)
    buildings = np.asarray(buildings, dtype=object)
    inside = np.zeros(len(points), dtype=bool)
    if len(points) == 0 or len(buildings) == 0:
        return inside
    point, building = shapely.STRtree(buildings).query(points, predicate="within")
    deep = shapely.distance(shapely.boundary(buildings[building]), points[point])
    inside[point[deep > MOUNT_TOLERANCE_M]] = True
    return inside


def _heights(heights, n):
    """Heights as n floats, NaN (unknown) for all when none are given."""
    if heights is None:
        return np.full(n, np.nan)
    return np.broadcast_to(np.asarray(heights, dtype=float), (n,))


def _group_reduce(ufunc, values, group, n, fill):
    """Per-group reduction for `group` sorted ascending, as shapely's
    return_index gives it; groups without values get `fill`."""
    out = np.full(n, fill, dtype=float)
    if len(group):
        starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
        out[group[starts]] = ufunc.reduceat(values, starts)
    return out


def _visible_chunk(camera_xy, footprints, reach_m, buildings, tree, walls, building, camera):
    """`building` and `camera`: (heights, ground elevations) each."""
    building_heights, building_ground = building
    camera_heights, camera_ground = camera
    n = len(footprints)
    coords, owner = shapely.get_coordinates(footprints, return_index=True)
    # Shadows must pass the farthest footprint point, whatever the reach says.
    far_m = np.maximum(
        np.nan_to_num(reach_m),
        _group_reduce(np.maximum, np.hypot(*(coords - camera_xy[owner]).T), owner, n, 0.0),
    )
    # A building in a blind zone near the camera hides what lies past it, so
    # query the hull of footprint and camera, not the footprint alone.
    owner = np.r_[owner, np.arange(n)]
    order = np.argsort(owner, kind="stable")
    view = shapely.convex_hull(
        shapely.multipoints(np.r_[coords, camera_xy][order], indices=owner[order])
    )
    camera_of_pair, building_of_pair = tree.query(view, predicate="intersects")
    parts, pair_of_part = shapely.get_parts(buildings[building_of_pair], return_index=True)
    present = ~shapely.is_empty(parts)
    camera_of_part = camera_of_pair[pair_of_part[present]]
    building_of_part = building_of_pair[pair_of_part[present]]
    # The eye's height above the building's base: its mast plus the step
    # in the ground between them, when the relief gives both.
    step = camera_ground[camera_of_part] - building_ground[building_of_part]
    geoms, camera_of_geom = _hidden(
        parts[present],
        camera_of_part,
        camera_xy,
        far_m,
        _scale(
            camera_heights[camera_of_part] + np.nan_to_num(step),
            building_heights[building_of_part],
        ),
        indoor=None if walls is None else footprints,
    )
    if walls is not None:
        wall_geoms, camera_of_wall = _line_shadows(view, *walls, camera_xy, far_m, camera_heights)
        geoms = np.concatenate([geoms, wall_geoms])
        camera_of_geom = np.concatenate([camera_of_geom, camera_of_wall])
    blocked = np.full(n, shapely.from_wkt("POLYGON EMPTY"), dtype=object)
    geoms = _moved(geoms, -camera_xy[camera_of_geom])
    order = np.argsort(camera_of_geom, kind="stable")
    cams, starts, counts = np.unique(camera_of_geom[order], return_index=True, return_counts=True)
    for cam, start, count in zip(cams, starts, counts):
        blocked[cam] = shapely.union_all(
            geoms[order[start : start + count]], grid_size=UNION_GRID_M
        )
    return polygonal(shapely.difference(footprints, _moved(blocked, camera_xy)))


def _moved(geoms, offsets):
    """Each geometry translated by its own offset (a new array)."""
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    return shapely.set_coordinates(geoms.copy(), coords + offsets[owner])


def _scale(camera_heights, heights):
    """hc / (hc - hb) where 0 <= hb < hc, both known: how far a low
    building's shadow reaches, as a scale about the camera's foot; NaN
    where the building hides everything behind it."""
    low = (heights >= 0) & (heights < camera_heights)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(low, camera_heights / (camera_heights - heights), np.nan)


def _hidden(parts, camera, camera_xy, far_m, scale, indoor=None):
    """What each (camera, building part) pair hides, as polygons tagged with
    their camera; they overlap and get unioned per camera. `indoor` (the
    footprints, when walls are given): a camera deep inside a building, or
    on its outline with most of its view inside it, films its interior,
    which the walls partition, so that building is not taken from its
    view. `scale` (per pair, see _scale): a building lower than its camera
    hides only the ground its top shadows; NaN: all behind it."""
    points = shapely.points(camera_xy)[camera]
    touching = shapely.dwithin(parts, points, TOUCH_M)
    inside = touching & ~(shapely.distance(parts, points) > 0)
    depth = np.zeros(len(parts))
    depth[inside] = shapely.distance(shapely.boundary(parts[inside]), points[inside])
    mounted = touching & (depth <= MOUNT_TOLERANCE_M)
    if indoor is not None and mounted.any():
        # On the outline of a building and looking into it (most of its view
        # within LOOK_M of it lies inside): an indoor camera. A camera that
        # sees all round has no side and stays a façade camera.
        pick = np.flatnonzero(mounted)
        near = shapely.buffer(points[pick], LOOK_M, quad_segs=16)
        with np.errstate(invalid="ignore"):
            view = shapely.intersection(indoor[camera[pick]], near)
            inner = shapely.area(shapely.intersection(view, parts[pick]))
        view_m2 = shapely.area(view)
        looks_in = (inner > 0.5 * view_m2) & (view_m2 < 0.99 * shapely.area(near))
        mounted[pick[looks_in]] = False
    hull_area = shapely.area(shapely.convex_hull(parts))
    convex = (
        ~touching
        & (shapely.get_num_interior_rings(parts) == 0)
        & (hull_area - shapely.area(parts) <= CONVEX_TOLERANCE * hull_area)
    )
    walls = ~touching & ~convex
    low = ~touching & ~np.isnan(scale)
    set_back, part_of_set_back = shapely.get_parts(
        shapely.buffer(parts[mounted], -(depth[mounted] + SET_BACK_M), join_style="mitre"),
        return_index=True,
    )
    pieces = [
        _convex_shadows(parts[convex & ~low], camera[convex & ~low], camera_xy, far_m),
        _wall_shadows(
            np.concatenate([parts[walls & ~low], set_back]),
            np.concatenate([camera[walls & ~low], camera[mounted][part_of_set_back]]),
            camera_xy,
            far_m,
        ),
        # Seen from outside, the shadows of its walls cover a building; not
        # so for a building the camera touches or stands in.
        (
            (parts[mounted], camera[mounted])
            if indoor is not None
            else (parts[touching], camera[touching])
        ),
        _low_convex_shadows(
            parts[convex & low], camera[convex & low], camera_xy, scale[convex & low]
        ),
        _low_wall_shadows(parts[walls & low], camera[walls & low], camera_xy, scale[walls & low]),
    ]
    return np.concatenate([g for g, _ in pieces]), np.concatenate([c for _, c in pieces])


def _cross(a, b):
    return a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]


def _rotate(unit, angle):
    cos, sin = np.cos(angle), np.sin(angle)
    return np.column_stack(
        [unit[:, 0] * cos - unit[:, 1] * sin, unit[:, 0] * sin + unit[:, 1] * cos]
    )


def _convex_shadows(parts, camera, camera_xy, far_m):
    """Building plus shadow of convex buildings seen from outside: the hull
    of its vertices and three far points. The region it approximates is
    convex (the wedge cut by the half-planes of the camera-facing walls), so
    the hull never spills in front of the building."""
    n = len(parts)
    coords, pair = shapely.get_coordinates(parts, return_index=True)
    rel = coords - camera_xy[camera[pair]]
    # Seen from outside, a convex building spans less than 180 degrees around
    # the line of sight to its centroid, so these angles never wrap.
    toward = shapely.get_coordinates(shapely.centroid(parts)) - camera_xy[camera]
    toward /= np.hypot(*toward.T)[:, None]
    along, across = (rel * toward[pair]).sum(axis=1), _cross(toward[pair], rel)
    angle = np.arctan2(across, along)
    low = _group_reduce(np.minimum, angle, pair, n, 0.0)
    high = _group_reduce(np.maximum, angle, pair, n, 0.0)
    dist = FAR_FACTOR * np.maximum(
        far_m[camera], _group_reduce(np.maximum, np.hypot(*rel.T), pair, n, 0.0)
    )
    far = [
        camera_xy[camera] + dist[:, None] * _rotate(toward, a)
        for a in (low, (low + high) / 2.0, high)
    ]
    points = np.concatenate([coords, *far])
    owner = np.concatenate([pair, np.tile(np.arange(n), 3)])
    order = np.argsort(owner, kind="stable")
    return shapely.convex_hull(shapely.multipoints(points[order], indices=owner[order])), camera


def _facing_walls(parts, camera, camera_xy):
    """The walls of the parts that face their camera: (start, end relative
    to the camera, the camera's position, its index, the wall's part)."""
    rings, part_of_ring = shapely.get_rings(
        shapely.orient_polygons(parts, exterior_cw=False), return_index=True
    )
    coords, ring = shapely.get_coordinates(rings, return_index=True)
    same_ring = ring[1:] == ring[:-1]
    wall_part = part_of_ring[ring[:-1][same_ring]]
    wall_camera = camera[wall_part]
    origin = camera_xy[wall_camera]
    start, end = coords[:-1][same_ring] - origin, coords[1:][same_ring] - origin
    step = end - start
    # The building is on the left of each wall: the wall faces the camera
    # (at the origin) when the camera is on its right.
    facing = _cross(step, -start) < 0
    return start[facing], end[facing], origin[facing], wall_camera[facing], wall_part[facing]


def _wall_shadows(parts, camera, camera_xy, far_m):
    """One pentagon per wall that faces the camera: the wall, its two ends
    pushed out along the lines of sight, and a point on the middle line of
    sight so that the far side stays past the range even for a wall seen
    under nearly 180 degrees."""
    start, end, origin, wall_camera, _ = _facing_walls(parts, camera, camera_xy)
    start_len, end_len = np.hypot(*start.T), np.hypot(*end.T)
    start_dir, end_dir = start / start_len[:, None], end / end_len[:, None]
    # The camera stands at least TOUCH_M off any wall here, so the two
    # directions are never opposite and their sum has a direction.
    middle = start_dir + end_dir
    middle /= np.hypot(*middle.T)[:, None]
    dist = FAR_FACTOR * np.maximum(far_m[wall_camera], np.maximum(start_len, end_len))
    ring_xy = np.stack(
        [start, end, dist[:, None] * end_dir, dist[:, None] * middle, dist[:, None] * start_dir],
        axis=1,
    )
    return shapely.polygons(ring_xy + origin[:, None, :]), wall_camera


def _scaled(parts, camera, camera_xy, scale):
    """Each part scaled by its scale about its camera's foot."""
    coords, part = shapely.get_coordinates(parts, return_index=True)
    origin = camera_xy[camera[part]]
    moved = origin + scale[part, None] * (coords - origin)
    return shapely.set_coordinates(np.array(parts, dtype=object, copy=True), moved)


def _low_convex_shadows(parts, camera, camera_xy, scale):
    """A convex building lower than its camera with its shadow: the hull of
    the building and of its copy scaled by `scale` about the camera's foot."""
    coords, part = shapely.get_coordinates(parts, return_index=True)
    origin = camera_xy[camera[part]]
    points = np.concatenate([coords, origin + scale[part, None] * (coords - origin)])
    owner = np.concatenate([part, part])
    order = np.argsort(owner, kind="stable")
    return shapely.convex_hull(shapely.multipoints(points[order], indices=owner[order])), camera


def _low_wall_shadows(parts, camera, camera_xy, scale):
    """Any building lower than its camera with its shadow: itself, its
    copy scaled by s = `scale`, and per camera-facing wall AB the
    quadrilateral swept by AB scaled from 1 to s (about the camera's foot,
    the origin here). Exact: a hidden point P (P / lam in the building, lam
    in [1, s]) outside the building and its copy lies in one, since going
    from P / s (outside) to P / lam (inside) its sight line enters the
    building through a camera-facing wall, at P / mu with mu in [lam, s]."""
    start, end, origin, wall_camera, part = _facing_walls(parts, camera, camera_xy)
    far = scale[part, None]
    quads = np.stack([start, end, far * end, far * start], axis=1)
    quads = shapely.polygons(quads + origin[:, None])
    geoms = np.concatenate([parts, _scaled(parts, camera, camera_xy, scale), quads])
    return geoms, np.concatenate([camera, camera, wall_camera])


def _line_shadows(view, walls, tree, wall_heights, camera_xy, far_m, camera_heights):
    """What each wall segment in a camera's view hides from it: the same
    pentagon as a building's wall, whichever side the camera stands on, or
    for a wall lower than the camera the quadrilateral swept by the segment
    scaled from 1 to hc / (hc - hw) about the camera's foot (a balustrade
    hides a strip behind it). Segments the camera stands on (within TOUCH_M)
    hide nothing."""
    camera_of_pair, wall_of_pair = tree.query(view, predicate="intersects")
    coords, pair = _segments_of(walls[wall_of_pair])
    camera = camera_of_pair[pair]
    origin = camera_xy[camera]
    start, end = coords[:, 0] - origin, coords[:, 1] - origin
    step = end - start
    length2 = (step**2).sum(axis=1)
    # Distance from the camera (origin) to the segment.
    t = np.clip(-(start * step).sum(axis=1) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
    gap = np.hypot(*(start + t[:, None] * step).T)
    # A segment seen edge-on (the camera on its line, past an end) hides
    # nothing: its pentagon would have no area.
    edge_on = np.abs(_cross(start, end)) <= 1e-12 * np.hypot(*start.T) * np.hypot(*end.T)
    keep = (length2 > 0) & (gap > TOUCH_M) & ~edge_on
    scale = _scale(camera_heights[camera], wall_heights[wall_of_pair[pair]])[keep]
    start, end, origin, camera = start[keep], end[keep], origin[keep], camera[keep]
    low = ~np.isnan(scale)
    far = scale[low, None]
    quads = np.stack([start[low], end[low], far * end[low], far * start[low]], axis=1)
    quads = shapely.polygons(quads + origin[low][:, None]), camera[low]
    start, end, origin, camera = start[~low], end[~low], origin[~low], camera[~low]
    start_len, end_len = np.hypot(*start.T), np.hypot(*end.T)
    start_dir, end_dir = start / start_len[:, None], end / end_len[:, None]
    # The camera is off the segment, so the two ends are seen less than 180
    # degrees apart and their directions have a sum.
    middle = start_dir + end_dir
    middle /= np.hypot(*middle.T)[:, None]
    dist = FAR_FACTOR * np.maximum(far_m[camera], np.maximum(start_len, end_len))
    ring_xy = np.stack(
        [start, end, dist[:, None] * end_dir, dist[:, None] * middle, dist[:, None] * start_dir],
        axis=1,
    )
    pentagons = shapely.polygons(ring_xy + origin[:, None, :]), camera
    return tuple(np.concatenate(both) for both in zip(pentagons, quads))


def _segments_of(lines):
    """(segments as an (n, 2, 2) array, index of the line each comes from)
    for an array of (multi)lines; polygons give their rings."""
    boundary = np.isin(
        shapely.get_type_id(lines),
        [shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON],
    )
    lines = np.where(boundary, shapely.boundary(lines), lines)
    parts, line_of_part = shapely.get_parts(lines, return_index=True)
    coords, part = shapely.get_coordinates(parts, return_index=True)
    same = part[1:] == part[:-1]
    segments = np.stack([coords[:-1][same], coords[1:][same]], axis=1)
    return segments, line_of_part[part[:-1][same]]
