"""Privacy masks: what an operator must blank in a camera's picture.

Operators draw privacy masks on the image, not on a map, so each zone to
mask (private land, a dwelling's façade, an entrance, a lycée's forbidden
room...) is given three ways: its ground polygon, the bearings it spans in
the camera's view (for the pan position), and, when the camera's height and
tilt are known and it does not pan, its outline in the picture from a pinhole
model.

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

# A camera is "mostly masked" past this share of its horizontal view.
MOSTLY_MASKED_SHARE = 0.5
# A vertex this close to the camera has no bearing of its own (the apex of
# a sector): it is left out of the angles.
APEX_M = 1e-6
MIN_AREA_M2 = 1e-6
# Directions free of a zone narrower than this are not looked for: such a
# zone is taken to surround its camera.
MIN_GAP_DEG = 0.5
_EMPTY = shapely.from_wkt("POLYGON EMPTY")
_NO_LINE = shapely.from_wkt("LINESTRING EMPTY")


@dataclass
class Masks:
    """One row per (camera, kind): `camera` indexes the cameras passed in;
    `from_deg`/`to_deg` are true bearings, clockwise from `from_deg` to
    `to_deg` (a full circle is 0 to 360); `span_deg` the angle between
    them; `share_of_view` that angle over the camera's horizontal view;
    `image_outline` the zone in the picture (x across, y down, 0..1), empty
    when height, tilt or the lens are unknown or the camera pans.
    `masked_share` (one per camera) is the part of each camera's view that
    all its masks together take, counted once where they overlap."""

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


def _group_walls(walls, top_m, group, n_groups):
    """The wall feet of each group's zones as one multi-line, and the
    highest of their tops."""
    out = np.full(n_groups, _NO_LINE, dtype=object)
    top = np.zeros(n_groups)
    np.maximum.at(top, group, top_m)
    parts, row = shapely.get_parts(walls, return_index=True)
    lines = shapely.get_type_id(parts) == shapely.GeometryType.LINESTRING
    parts, row = parts[lines], row[lines]
    if len(parts):
        present, multi = multi_per_group(shapely.multilinestrings, parts, group[row])
        out[present] = multi
    return out, top


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
    tells which gaps are free."""
    n = len(geoms)
    start, span = np.zeros(n), np.full(n, 360.0)
    points = shapely.points(origin)
    holds = shapely.intersects(geoms, points)
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
        o = origin[owner[rows]]
        ends = o + reach * np.column_stack([np.sin(middle), np.cos(middle)])
        rays = shapely.linestrings(np.stack([o, ends], axis=1))
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
    order = np.lexsort((lows, cams))
    total = np.zeros(n_cameras)
    current_cam, low, high = -1, 0.0, 0.0
    for cam, a, b in zip(cams[order], lows[order], highs[order]):
        if cam != current_cam or a > high:
            if current_cam >= 0:
                total[current_cam] += high - low
            current_cam, low, high = cam, a, b
        else:
            high = max(high, b)
    if current_cam >= 0:
        total[current_cam] += high - low
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(view_deg > 0, total / view_deg, 0.0)
    return np.minimum(share, 1.0)


def _area_share(camera, kind, geoms, outline, view_area_m2, n_cameras):
    """Per camera, the share of the picture (outlines, in a unit square) or
    else of the visible ground that its masks take. The pictures are small:
    they are unioned. On the ground, private land and the public domain a
    private operator films never overlap; a façade strip or an entrance
    disc may lie on them and is then counted twice, a few square metres
    against a view of hundreds: the share errs on the masked side, and an
    overlay of whole views is saved."""
    view_area_m2 = np.broadcast_to(np.asarray(view_area_m2, dtype=float), (n_cameras,))
    pictured = np.ones(n_cameras, dtype=bool)
    np.logical_and.at(pictured, camera, ~shapely.is_empty(outline))
    # One row per camera, one column per kind (a camera has one mask of
    # each kind at most): each camera's outlines unioned at once.
    kinds, column = np.unique(kind, return_inverse=True)
    table = np.full((n_cameras, len(kinds)), None, dtype=object)
    on_picture = pictured[camera]
    table[camera[on_picture], column[on_picture]] = outline[on_picture]
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
    return np.clip(share, 0.0, 1.0)


def _angle_share(camera, geoms, origin, grid_direction, view_deg, n_cameras):
    """Per camera, the union of the arcs of every part of every mask over
    its horizontal view."""
    parts, part_row = shapely.get_parts(geoms, return_index=True)
    part_start, part_span, _ = _spans(
        parts, origin[part_row], grid_direction[camera][part_row], view_deg[camera][part_row]
    )
    round_view = np.isnan(grid_direction) | (view_deg >= 360.0)
    view_start = np.where(round_view, 0.0, np.nan_to_num(grid_direction) - view_deg / 2.0)
    return _merged_share(
        camera[part_row],
        part_start,
        part_span,
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
):
    """The masks of every camera from its zones.

    camera_xy (n, 2) and the zones in the metric working `crs`;
    grid_direction: each camera's axis as a grid bearing (NaN: all round);
    view_deg: the horizontal angle its footprint spans (the lens, or the
    arc a panning camera sweeps); zone_camera/zone_kind/zone_geometry: one
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
    the ground at their foot."""
    camera_xy = np.asarray(camera_xy, dtype=float).reshape(-1, 2)
    n_cameras = len(camera_xy)
    grid_direction = _as_floats(grid_direction, n_cameras)
    view_deg = _as_floats(view_deg, n_cameras)
    height_m, tilt_deg = _as_floats(height_m, n_cameras), _as_floats(tilt_deg, n_cameras)
    hfov_deg, vfov_deg = _as_floats(hfov_deg, n_cameras), _as_floats(vfov_deg, n_cameras)
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
    walls, wall_top = _group_walls(
        zone_walls[present], np.where(np.isnan(top), 0.0, top), group, len(geoms)
    )
    # A zone smaller than a square millimetre (a sliver at the apex) has no
    # bearing to give.
    present = shapely.area(geoms) >= MIN_AREA_M2
    camera, kind, geoms = camera[present], kind[present], geoms[present]
    walls, wall_top = walls[present], wall_top[present]

    origin = camera_xy[camera]
    start, span, sector = _spans(geoms, origin, grid_direction[camera], view_deg[camera])
    view = np.where(sector, view_deg[camera], 360.0)
    full = span >= 360.0 - 1e-9
    true_start = to_true(start, origin[:, 0], origin[:, 1], crs) if len(start) else start
    from_deg = np.where(full, 0.0, true_start)
    to_deg = np.where(full, 360.0, (true_start + span) % 360.0)

    outline = np.full(len(geoms), _EMPTY, dtype=object)
    fixed = (
        sector
        & (height_m[camera] > 0)
        & np.isfinite(tilt_deg[camera])
        & (hfov_deg[camera] > 0)
        & (hfov_deg[camera] < 180)
        & (vfov_deg[camera] > 0)
        & (vfov_deg[camera] < 180)
        & (view_deg[camera] <= hfov_deg[camera] + 1e-6)
    )
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
        masked = _area_share(camera, kind, geoms, outline, view_area_m2, n_cameras)
    else:
        masked = _angle_share(camera, geoms, origin, grid_direction, view_deg, n_cameras)
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
    )
