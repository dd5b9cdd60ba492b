"""Privacy masks: what an operator must blank in a camera's picture.

Operators draw privacy masks on the image, not on a map, so each zone to
mask (private land, a dwelling's façade, an entrance, a lycée's forbidden
room...) is given three ways: its ground polygon, the bearings it spans in
the camera's view (for the pan position), and, when the camera's height and
tilt are known and it does not pan, its outline in the picture from a pinhole
model. A mask is one contiguous span of bearings: pieces of a zone that
ground needing no mask separates (two houses with the street between them)
are separate masks, so that an installer who blanks a mask's bearings never
blanks more than MASK_GAP_DEG of what the camera may film. Pieces smaller
than a minimum area (overlay slivers) are dropped and counted.

Bearings are measured in the working grid, where the zones and the camera's
`grid_direction` live, relative to the camera's own view so that a zone
across north is one arc (350° to 10°), and only then turned to true north by
`north.to_true`: the mask's `from_deg` and `to_deg` are clockwise from true
north like every direction the plugin writes. Every array is in one metric
CRS; nothing here knows QGIS, so any algorithm (the audit, a lycée plan
check) can call it.
"""

from dataclasses import dataclass

import numpy as np
import shapely

from .geometry import SNAP_M, multi_per_group, polygonal, repair_polygons, union_per_group
from .north import to_true
from .parallel import joined_chunks
from .picture import image_outlines, wall_outlines
from .pinhole import pinhole_view_deg

# A camera is "mostly masked" past this share of its horizontal view.
MOSTLY_MASKED_SHARE = 0.5
# A vertex this close to the camera has no bearing of its own (the apex of
# a sector): it is left out of the angles.
APEX_M = 1e-6
MIN_AREA_M2 = 1e-6
# An all-round camera's zone that holds the ground this close all round the
# camera surrounds it; rays that look for directions free of a zone start
# this far out, so that a zone merely touching the camera (the parcel its
# wall stands on) does not block every one of them.
HOLD_M = 0.01
# Pieces of a zone smaller than this are slivers (what an overlay leaves
# along a parcel boundary or round a corner): no mask is set for them.
MASK_MIN_AREA_M2 = 0.5
# Pieces of one zone whose bearings lie at most this far apart are one mask:
# a mask's span never takes in more than this of ground free of it.
MASK_GAP_DEG = 1.0
# A wall stands at the edge of the ground in front of it (its strip, its
# doorway's disc): it belongs to the mask whose ground lies this close.
WALL_TOUCH_M = 0.5
# Directions free of a zone narrower than this are not looked for: such a
# zone is taken to surround its camera.
MIN_GAP_DEG = 0.5
_EMPTY = shapely.from_wkt("POLYGON EMPTY")
_NO_LINE = shapely.from_wkt("LINESTRING EMPTY")


@dataclass
class Masks:
    """One row per contiguous span of bearings of a (camera, kind): pieces
    of one zone more than MASK_GAP_DEG apart are separate rows, in camera,
    kind then bearing order. `camera` indexes the cameras passed in;
    `from_deg`/`to_deg` are true bearings, clockwise from `from_deg` to
    `to_deg` (a full circle is 0 to 360); `span_deg` the angle between
    them; `share_of_view` that angle over the camera's horizontal view;
    `image_outline` the row's zone in the picture (x across, y down,
    0..1), empty when height, tilt or the lens are unknown or the camera
    pans. Per camera: `masked_share`, the part of its view that all its
    masks together take, counted once where they overlap (of the picture,
    of the visible ground or of the horizontal angle: see camera_masks);
    `masked_measure`, what that share is of ("picture", "ground",
    "angle"; "" without masks), unlike each row's `share_of_view`, the
    part of the horizontal angle its bearings span (a mask across the
    whole width but only in the distance spans all the angle and little
    of the picture); `slivers` and `sliver_m2`, the pieces under the
    minimum area dropped and their area."""

    camera: np.ndarray
    kind: np.ndarray
    geometry: np.ndarray
    area_m2: np.ndarray
    from_deg: np.ndarray
    to_deg: np.ndarray
    span_deg: np.ndarray
    share_of_view: np.ndarray
    image_outline: np.ndarray
    masked_share: np.ndarray
    masked_measure: np.ndarray
    slivers: np.ndarray
    sliver_m2: np.ndarray

    def __len__(self):
        return len(self.camera)

    @classmethod
    def concatenate(cls, parts, first_cameras):
        """The masks of consecutive chunks of cameras, the chunk starting at
        camera `first_cameras[k]` being `parts[k]`."""
        return joined_chunks(cls, parts, first_cameras)

    @property
    def mostly_masked(self):
        """Cameras whose view would be more than half masked: their placement
        should be reconsidered rather than masked."""
        return self.masked_share > MOSTLY_MASKED_SHARE


def _as_floats(values, n):
    if values is None:
        return np.full(n, np.nan)
    return np.broadcast_to(np.asarray(values, dtype=float), (n,)).copy()


def _group_union(camera, kind, geoms):
    """One (multi)polygon per (camera, kind), in camera then kind order."""
    keys = np.array([f"{c:012d}\x00{k}" for c, k in zip(camera, kind)], dtype=object)
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    out = union_per_group(len(unique), inverse, geoms)
    return camera[first], kind[first], polygonal(out), inverse


def _wall_parts(walls, top_m, group, n_groups):
    """The wall feet of each group's zones, one line per row with its
    group, and the highest of each group's tops."""
    top = np.zeros(n_groups)
    np.maximum.at(top, group, top_m)
    parts, row = shapely.get_parts(walls, return_index=True)
    lines = shapely.get_type_id(parts) == shapely.GeometryType.LINESTRING
    return parts[lines], group[row[lines]], top


def _walls_per_row(parts, part_group, row_group, row_geoms):
    """Each row's walls as one multi-line: a wall goes to the row of its
    group whose ground lies nearest, within WALL_TOUCH_M (a wall whose
    ground was a sliver, dropped, has no row)."""
    out = np.full(len(row_geoms), _NO_LINE, dtype=object)
    if len(parts) == 0 or len(row_geoms) == 0:
        return out
    # Rows are in group order: each wall is paired with its group's rows.
    first = np.searchsorted(row_group, part_group, side="left")
    count = np.searchsorted(row_group, part_group, side="right") - first
    wall = np.repeat(np.arange(len(parts)), count)
    within = np.arange(len(wall)) - np.repeat(np.cumsum(count) - count, count)
    row = np.repeat(first, count) + within
    distance = shapely.distance(parts[wall], row_geoms[row])
    near = distance <= WALL_TOUCH_M
    if not near.any():
        return out
    wall, row, distance = wall[near], row[near], distance[near]
    order = np.lexsort((distance, wall))
    wall, row = wall[order], row[order]
    nearest = np.r_[True, wall[1:] != wall[:-1]]
    present, multi = multi_per_group(shapely.multilinestrings, parts[wall[nearest]], row[nearest])
    out[present] = multi
    return out


def _grid_bearings(coords, origin):
    """Grid bearings (degrees clockwise from grid north) from `origin` to
    `coords`, NaN for points at the origin."""
    d = coords - origin
    bearing = np.degrees(np.arctan2(d[:, 0], d[:, 1])) % 360.0
    return np.where(np.hypot(d[:, 0], d[:, 1]) <= APEX_M, np.nan, bearing)


def _sector_spans(geoms, origin, direction, view_deg):
    """(start, span) in grid bearings for zones inside a sector narrower
    than a full turn: angles measured from the view's axis never wrap, so
    the extreme vertices give the arc (edges are straight and the sector is
    star-shaped from its camera). A vertex on the sector's edge may round a
    hair outside it: the arc is kept inside the view."""
    n = len(geoms)
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    bearing = _grid_bearings(coords, origin[owner])
    relative = (bearing - direction[owner] + 180.0) % 360.0 - 180.0
    low, high = np.full(n, np.inf), np.full(n, -np.inf)
    ok = ~np.isnan(relative)
    np.minimum.at(low, owner[ok], relative[ok])
    np.maximum.at(high, owner[ok], relative[ok])
    found = np.isfinite(low)
    low = np.maximum(low, -view_deg / 2.0)
    high = np.minimum(high, view_deg / 2.0)
    start = np.where(found, direction + np.where(found, low, 0.0), np.nan)
    span = np.where(found, high - low, 0.0)
    return start % 360.0, span


def _round_spans(geoms, origin):
    """(start, span) for zones of an all-round camera: the arc is the circle
    less the widest direction that meets no zone. Between two consecutive
    vertex bearings a ray either crosses the zone or not, so one ray per gap
    tells which gaps are free. A zone round the camera (the ground within
    HOLD_M all round it) spans the circle; one that only touches it spans
    the bearings its ground takes."""
    n = len(geoms)
    start, span = np.zeros(n), np.full(n, 360.0)
    points = shapely.points(origin)
    holds = shapely.contains(geoms, shapely.buffer(points, HOLD_M, quad_segs=4))
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    bearing = _grid_bearings(coords, origin[owner])
    keep = ~np.isnan(bearing) & ~holds[owner]
    owner, bearing = owner[keep], bearing[keep]
    if len(owner) == 0:
        return start, span
    order = np.lexsort((bearing, owner))
    owner, bearing = owner[order], bearing[order]
    first = np.r_[True, owner[1:] != owner[:-1]]
    last = np.r_[owner[1:] != owner[:-1], True]
    # Gap from each bearing to the next of the same zone, the last wrapping
    # round to the first.
    first_of_owner = np.maximum.accumulate(np.where(first, np.arange(len(owner)), 0))
    nxt = np.where(last, bearing[first_of_owner], np.r_[bearing[1:], 0.0])
    gap = (nxt - bearing) % 360.0
    gap = np.where(last & first, 360.0, gap)  # a single bearing: all free but itself
    reach = 2.0 * (np.hypot(*(coords[keep][order] - origin[owner]).T).max() + 1.0)
    row = _widest_free_gap(geoms, origin, owner, bearing, gap, reach)
    zone = owner[row]
    start[zone] = (bearing[row] + gap[row]) % 360.0
    span[zone] = 360.0 - gap[row]
    return start, span


def _widest_free_gap(geoms, origin, owner, bearing, gap, reach):
    """Per zone, the row of its widest gap that a ray down its middle finds
    free of the zone (the first in row order among equal widths); zones
    without one are left out. Gaps are tried widest first, in rounds of
    growing size: most zones are settled by their widest gap, so few of
    the many narrow ones are ever cast."""
    candidates = np.flatnonzero(gap > MIN_GAP_DEG)
    candidates = candidates[np.lexsort((candidates, -gap[candidates], owner[candidates]))]
    zone = owner[candidates]
    first = np.flatnonzero(np.r_[True, zone[1:] != zone[:-1]])
    rank = np.arange(len(candidates)) - np.repeat(first, np.diff(np.r_[first, len(zone)]))
    chosen = np.full(len(geoms), -1)
    # Each zone is tested by many rays: it is prepared once.
    shapely.prepare(geoms)
    low, size = 0, 1
    while True:
        tried = (rank >= low) & (rank < low + size) & (chosen[zone] < 0)
        if not tried.any():
            break
        rows = candidates[tried]
        middle = np.radians(bearing[rows] + gap[rows] / 2.0)
        unit = np.column_stack([np.sin(middle), np.cos(middle)])
        o = origin[owner[rows]]
        rays = shapely.linestrings(np.stack([o + HOLD_M * unit, o + reach * unit], axis=1))
        try:
            blocked = shapely.intersects(geoms[owner[rows]], rays)
        except shapely.errors.GEOSException:
            # Near-duplicate vertices (a hair apart) trip GEOS: snap the zones.
            geoms = shapely.set_precision(geoms, SNAP_M)
            shapely.prepare(geoms)
            blocked = shapely.intersects(geoms[owner[rows]], rays)
        free = rows[~blocked]
        settled, at = np.unique(owner[free], return_index=True)
        chosen[settled] = free[at]
        low, size = low + size, 4 * size
    return chosen[chosen >= 0]


def _spans(geoms, origin, direction, view_deg):
    """(start grid bearing, span) of each zone in its camera's view."""
    start, span = np.zeros(len(geoms)), np.zeros(len(geoms))
    sector = ~np.isnan(direction) & (view_deg < 360.0)
    if sector.any():
        start[sector], span[sector] = _sector_spans(
            geoms[sector], origin[sector], direction[sector], view_deg[sector]
        )
    if (~sector).any():
        start[~sector], span[~sector] = _round_spans(geoms[~sector], origin[~sector])
    span = np.minimum(span, np.where(sector, view_deg, 360.0))
    return start, span, sector


def _reach(group, end):
    """The farthest end so far within each group, for rows sorted by group
    (groups numbered from 0, ends below 1000°)."""
    offset = 1000.0 * group
    return np.maximum.accumulate(end + offset) - offset


def _contiguous(group, start, span, gap_deg):
    """Arcs (grid start, span) of pieces, sorted by group, merged into runs:
    arcs of one group less than `gap_deg` apart round the circle are one
    run. Returns each arc's run and, per run, its group, start and span (a
    run round the whole circle starts at 0 and spans 360). The circle is
    cut in the middle of each group's widest free gap, so that no run
    straddles the cut; a group whose gaps are all narrow is one full run."""
    n = len(group)
    if n == 0:
        return np.zeros(0, dtype=int), group, start, span
    dense = np.unique(group, return_inverse=True)[1]
    end = start + span
    order = np.lexsort((start, dense))
    d, s, e = dense[order], start[order], end[order]
    first = np.r_[True, d[1:] != d[:-1]]
    n_groups = d[-1] + 1
    # Bearings from 0 up to this are covered by arcs passing 360.
    wrapped = np.full(n_groups, -np.inf)
    np.maximum.at(wrapped, d, e - 360.0)
    before = np.where(first, -np.inf, np.r_[-np.inf, _reach(d, e)[:-1]])
    free = s - np.maximum(before, wrapped[d])
    widest = np.full(n_groups, -np.inf)
    np.maximum.at(widest, d, free)
    at = np.flatnonzero(free == widest[d])
    at = at[np.r_[True, d[at][1:] != d[at][:-1]]]
    cut = np.zeros(n_groups)
    cut[d[at]] = s[at] - free[at] / 2.0
    whole = widest <= gap_deg
    # Unrolled from the cut, no arc of a group with a free gap wraps.
    low = np.where(whole[dense], 0.0, (start - cut[dense]) % 360.0)
    high = np.where(whole[dense], 360.0, low + span)
    order = np.lexsort((low, dense))
    d, lo, hi = dense[order], low[order], high[order]
    before = np.r_[-np.inf, _reach(d, hi)[:-1]]
    new = np.r_[True, d[1:] != d[:-1]] | (lo > before + gap_deg)
    run_sorted = np.cumsum(new) - 1
    run = np.empty(n, dtype=int)
    run[order] = run_sorted
    run_low = lo[new]
    run_high = np.full(int(new.sum()), -np.inf)
    np.maximum.at(run_high, run_sorted, hi)
    run_dense = d[new]
    run_start = np.where(whole[run_dense], 0.0, (run_low + cut[run_dense]) % 360.0)
    run_span = np.minimum(run_high - run_low, 360.0)
    run_group = group[order][new]
    return run, run_group, run_start, run_span


def _merged_share(camera, start, span, view_start, view_deg, n_cameras):
    """Per camera, the length of the union of its arcs over its view: arcs
    are unrolled from the start of the view (an all-round view starts at
    grid north) and merged."""
    offset = (start - view_start[camera]) % 360.0
    # A start a hair before the view's own (rounding) is at its start.
    offset = np.where(offset > 360.0 - 1e-7, 0.0, offset)
    # An arc that passes the end of an all-round view wraps to its start.
    over = offset + span - 360.0
    cams = np.r_[camera, camera[over > 0]]
    lows = np.r_[offset, np.zeros((over > 0).sum())]
    highs = np.r_[np.minimum(offset + span, 360.0), over[over > 0]]
    total = np.zeros(n_cameras)
    if len(cams):
        order = np.lexsort((lows, cams))
        cams, lows, highs = cams[order], lows[order], highs[order]
        # Where an arc starts past every arc before it, a merged arc begins.
        before = np.r_[-np.inf, _reach(cams, highs)[:-1]]
        new = np.r_[True, cams[1:] != cams[:-1]] | (lows > before)
        merged = np.cumsum(new) - 1
        high = np.full(int(new.sum()), -np.inf)
        np.maximum.at(high, merged, highs)
        np.add.at(total, cams[new], high - lows[new])
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(view_deg > 0, total / view_deg, 0.0)
    return np.minimum(share, 1.0)


def _area_share(camera, geoms, outline, view_area_m2, n_cameras):
    """Per camera, the share of the picture (outlines, in a unit square) or
    else of the visible ground that its masks take, and which it is. The pictures are small:
    they are unioned. On the ground, private land and the public domain a
    private operator films never overlap; a façade strip or an entrance
    disc may lie on them and is then counted twice, a few square metres
    against a view of hundreds: the share errs on the masked side, and an
    overlay of whole views is saved."""
    view_area_m2 = np.broadcast_to(np.asarray(view_area_m2, dtype=float), (n_cameras,))
    pictured = np.ones(n_cameras, dtype=bool)
    np.logical_and.at(pictured, camera, ~shapely.is_empty(outline))
    # One row per camera, one column per mask of it: each camera's
    # outlines unioned at once.
    order = np.argsort(camera, kind="stable")
    rank = np.empty(len(camera), dtype=int)
    rank[order] = np.arange(len(camera)) - np.searchsorted(camera[order], camera[order])
    table = np.full((n_cameras, int(rank.max(initial=0)) + 1), None, dtype=object)
    on_picture = pictured[camera]
    table[camera[on_picture], rank[on_picture]] = outline[on_picture]
    picture = shapely.union_all(table, axis=1)
    area = np.zeros(n_cameras)
    np.add.at(area, camera, shapely.area(geoms))
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(
            pictured,
            shapely.area(picture),
            np.where(view_area_m2 > 0, area / view_area_m2, 0.0),
        )
    share[np.setdiff1d(np.arange(n_cameras), camera)] = 0.0
    measure = np.where(pictured, "picture", "ground").astype(object)
    return np.clip(share, 0.0, 1.0), measure


def _angle_share(camera, start, span, grid_direction, view_deg, n_cameras):
    """Per camera, the union of the arcs of its masks over its horizontal
    view."""
    round_view = np.isnan(grid_direction) | (view_deg >= 360.0)
    view_start = np.where(round_view, 0.0, np.nan_to_num(grid_direction) - view_deg / 2.0)
    return _merged_share(
        camera,
        start,
        span,
        view_start % 360.0,
        np.where(round_view, 360.0, view_deg),
        n_cameras,
    )


def camera_masks(
    camera_xy,
    grid_direction,
    view_deg,
    crs,
    zone_camera,
    zone_kind,
    zone_geometry,
    height_m=None,
    tilt_deg=None,
    hfov_deg=None,
    vfov_deg=None,
    view_area_m2=None,
    zone_walls=None,
    zone_wall_top_m=None,
    min_area_m2=MASK_MIN_AREA_M2,
):
    """The masks of every camera from its zones: one per contiguous span
    of bearings of each (camera, kind).

    camera_xy (n, 2) and the zones in the metric working `crs`;
    grid_direction: each camera's axis as a grid bearing (NaN: all round);
    view_deg: the horizontal angle its lens covers (the lens, or the arc a
    panning camera sweeps), widened where the pinhole model is known to the
    bearings its footprint spans (pinhole.pinhole_view_deg: a tilted
    picture's lower corners lie wider than the lens, and a camera looking
    past its foot sees all round it); zone_camera/zone_kind/zone_geometry: one
    row per zone to mask, several rows of one camera and kind are merged.
    height_m, tilt_deg (below the horizontal), hfov_deg, vfov_deg: the
    pinhole model, NaN where unknown; the picture outline is drawn only for
    cameras that do not pan (view no wider than the lens).
    view_area_m2: each camera's visible ground; with it, `masked_share`
    is the part of the picture the masks take when every mask of the
    camera has a picture outline, else the part of the visible ground they
    cover (a zone across the whole width but only in the far distance is
    not the whole view); without it, the part of the horizontal angle.
    zone_walls/zone_wall_top_m: the feet (lines) of the walls each zone
    masks and how high they rise (inf: unknown, to the top of the
    picture); in the picture the mask covers those walls too, not only
    the ground at their foot, and each wall goes with the mask of the
    ground at its foot. min_area_m2: pieces of a zone smaller than this
    are slivers, dropped and counted."""
    camera_xy = np.asarray(camera_xy, dtype=float).reshape(-1, 2)
    n_cameras = len(camera_xy)
    grid_direction = _as_floats(grid_direction, n_cameras)
    view_deg = _as_floats(view_deg, n_cameras)
    height_m, tilt_deg = _as_floats(height_m, n_cameras), _as_floats(tilt_deg, n_cameras)
    hfov_deg, vfov_deg = _as_floats(hfov_deg, n_cameras), _as_floats(vfov_deg, n_cameras)
    pictured = (
        (height_m > 0)
        & np.isfinite(tilt_deg)
        & (hfov_deg > 0)
        & (hfov_deg < 180)
        & (vfov_deg > 0)
        & (vfov_deg < 180)
    )
    pans = view_deg > hfov_deg + 1e-6
    # With the pinhole model the footprint is the ground in the picture,
    # whose bearings span more than the lens (pinhole.py).
    view_deg = np.where(
        pictured, pinhole_view_deg(tilt_deg, hfov_deg, vfov_deg, view_deg), view_deg
    )
    zone_camera = np.asarray(zone_camera, dtype=int)
    zone_kind = np.asarray(zone_kind, dtype=object)
    # Overlays can hand back touching parts as one invalid multipolygon.
    zone_geometry, _ = repair_polygons(polygonal(np.asarray(zone_geometry, dtype=object)))
    if zone_walls is None:
        zone_walls = np.full(len(zone_camera), _NO_LINE, dtype=object)
    zone_walls = np.asarray(zone_walls, dtype=object)
    zone_wall_top_m = _as_floats(zone_wall_top_m, len(zone_camera))
    present = ~shapely.is_empty(zone_geometry)
    camera, kind, geoms, group = _group_union(
        zone_camera[present], zone_kind[present], zone_geometry[present]
    )
    top = zone_wall_top_m[present]
    wall_parts, wall_group, group_top = _wall_parts(
        zone_walls[present], np.where(np.isnan(top), 0.0, top), group, len(geoms)
    )
    # Each zone in its separate pieces; a piece under the minimum area is a
    # sliver: dropped, and counted (a piece under a square millimetre, at
    # the apex, has no bearing to give and is not worth a word).
    parts, part_group = shapely.get_parts(geoms, return_index=True)
    area = shapely.area(parts)
    sliver = area < max(float(min_area_m2), MIN_AREA_M2)
    counted = sliver & (area >= MIN_AREA_M2)
    slivers, sliver_m2 = np.zeros(n_cameras, dtype=int), np.zeros(n_cameras)
    np.add.at(slivers, camera[part_group[counted]], 1)
    np.add.at(sliver_m2, camera[part_group[counted]], area[counted])
    parts, part_group = parts[~sliver], part_group[~sliver]

    part_camera = camera[part_group]
    part_start, part_span, _ = _spans(
        parts, camera_xy[part_camera], grid_direction[part_camera], view_deg[part_camera]
    )
    # Pieces within MASK_GAP_DEG of each other are one mask.
    run, run_group, start, span = _contiguous(part_group, part_start, part_span, MASK_GAP_DEG)
    geoms = np.full(len(start), _EMPTY, dtype=object)
    if len(run):
        present, multi = multi_per_group(shapely.multipolygons, parts, run)
        geoms[present] = polygonal(multi)
    camera, kind = camera[run_group], kind[run_group]
    walls = _walls_per_row(wall_parts, wall_group, run_group, geoms)
    wall_top = group_top[run_group]

    origin = camera_xy[camera]
    sector = ~np.isnan(grid_direction[camera]) & (view_deg[camera] < 360.0)
    view = np.where(sector, view_deg[camera], 360.0)
    full = span >= view - 1e-9
    # A sector's mask round all of it is the whole view.
    view_start = np.where(sector, np.nan_to_num(grid_direction[camera]) - view / 2.0, 0.0)
    start = np.where(full, view_start % 360.0, start)
    span = np.minimum(span, view)
    round_full = full & ~sector
    true_start = to_true(start, origin[:, 0], origin[:, 1], crs) if len(start) else start
    from_deg = np.where(round_full, 0.0, true_start)
    to_deg = np.where(round_full, 360.0, (true_start + span) % 360.0)

    outline = np.full(len(geoms), _EMPTY, dtype=object)
    fixed = ~np.isnan(grid_direction[camera]) & pictured[camera] & ~pans[camera]
    # In the picture a zone with walls is its walls; any other, its ground.
    standing = fixed & ~shapely.is_empty(walls) & (wall_top > 0)
    flat = fixed & ~standing

    def pinhole(rows):
        c = camera[rows]
        return (grid_direction[c], height_m[c], tilt_deg[c], hfov_deg[c], vfov_deg[c])

    if flat.any():
        outline[flat] = image_outlines(geoms[flat], origin[flat], *pinhole(flat))
    if standing.any():
        outline[standing] = wall_outlines(
            walls[standing], wall_top[standing], origin[standing], *pinhole(standing)
        )
    if view_area_m2 is not None:
        masked, measure = _area_share(camera, geoms, outline, view_area_m2, n_cameras)
    else:
        masked = _angle_share(camera, start, span, grid_direction, view_deg, n_cameras)
        measure = np.full(n_cameras, "angle", dtype=object)
    measure[np.setdiff1d(np.arange(n_cameras), camera)] = ""
    return Masks(
        camera=camera,
        kind=kind,
        geometry=geoms,
        area_m2=shapely.area(geoms),
        from_deg=from_deg,
        to_deg=to_deg,
        span_deg=span,
        share_of_view=np.minimum(span / view, 1.0),
        image_outline=outline,
        masked_share=masked,
        masked_measure=measure,
        slivers=slivers,
        sliver_m2=sliver_m2,
    )
