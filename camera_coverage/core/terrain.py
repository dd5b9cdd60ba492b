"""Ground the relief hides: in a hilly town the ground itself hides (or
shows) what a camera sees. A digital elevation model (DEM) gives the ground's
height; each camera's eye stands `height_m` above the ground under it, and a
cell of ground is seen when the line of sight from the eye to its centre
passes above the ground everywhere between them (the classic viewshed: the
target's elevation angle is at least the largest along its ray). The ground
between cell centres is interpolated bilinearly, a smooth surface, as in
GRASS r.viewshed, the field's reference raster viewshed."""

from dataclasses import dataclass

import numpy as np
import shapely

from .geometry import polygonal
from .messages import number, text
from .progress import Cancelled, NullProgress
from .working_crs import is_metric, reproject

# Heights compared at once (targets × crossings along their rays), for memory.
BATCH = 1_000_000
# A target at the height of the line of sight (flat ground, an eye on the
# ground) is seen, despite rounding.
TOLERANCE_M = 1e-6
# Heights outside this range (metres) are no ground on Earth: undeclared
# no-data values (-9999, ±3.4e38) or infinities, read as unknown.
LOWEST_M, HIGHEST_M = -500.0, 9_000.0
# Cells judged for one camera at most (a window 2,000 cells across): a DEM
# much finer than a camera's reach calls for resampling, not hours of work.
MAX_WINDOW_CELLS = 4_000_000


@dataclass
class Dem:
    """Ground heights (metres) on a north-up grid of square cells: row 0 is
    the northern edge, NaN where unknown; `x0`, `y0` are the grid's west and
    north edges, `cell` the side of a cell, all in the metric `crs`."""

    heights: np.ndarray
    x0: float
    y0: float
    cell: float
    crs: object

    def window(self, xmin, ymin, xmax, ymax):
        """The cells that meet the box, as a Dem (a view, no copy): readers
        of a whole raster (QGIS's) answer the same call with a read."""
        rows, cols = self.heights.shape
        c0 = max(int(np.floor((xmin - self.x0) / self.cell)), 0)
        c1 = min(int(np.ceil((xmax - self.x0) / self.cell)), cols)
        r0 = max(int(np.floor((self.y0 - ymax) / self.cell)), 0)
        r1 = min(int(np.ceil((self.y0 - ymin) / self.cell)), rows)
        return Dem(
            self.heights[r0 : max(r1, r0), c0 : max(c1, c0)],
            self.x0 + c0 * self.cell,
            self.y0 - r0 * self.cell,
            self.cell,
            self.crs,
        )


def plausible(heights):
    """Heights as floats, NaN where unknown or impossible (see LOWEST_M)."""
    heights = np.asarray(heights, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.where((heights >= LOWEST_M) & (heights <= HIGHEST_M), heights, np.nan)


@dataclass
class ReliefCut:
    """What the relief did: the ground it hides from each camera (m²), and
    how many cameras could not be judged over it (no height_m; standing
    where the DEM has no height); their footprints are left as they were."""

    hidden_m2: np.ndarray
    without_height: int = 0
    over_nodata: int = 0


def _ground(heights, u, v):
    """Bilinear height at (u, v) in cell units from the window's north-west
    corner (cell centres at half units); NaN where a neighbour is unknown."""
    rows, cols = heights.shape
    fu = np.clip(u - 0.5, 0.0, cols - 1.0)
    fv = np.clip(v - 0.5, 0.0, rows - 1.0)
    j0 = np.minimum(np.floor(fu).astype(np.intp), max(cols - 2, 0))
    i0 = np.minimum(np.floor(fv).astype(np.intp), max(rows - 2, 0))
    j1, i1 = np.minimum(j0 + 1, cols - 1), np.minimum(i0 + 1, rows - 1)
    tu, tv = fu - j0, fv - i0
    top = heights[i0, j0] * (1 - tu) + heights[i0, j1] * tu
    bottom = heights[i1, j0] * (1 - tu) + heights[i1, j1] * tu
    return top * (1 - tv) + bottom * tv


def _crossings(c, d, count):
    """Fractions of rays from `c` by `d` (cell units, one axis) where they
    cross the lines through cell centres (half units), `count` of them each;
    along such a line the bilinear ground is linear between two centres, so
    its highest points along a ray are there (a sharp ridge is never
    missed). Fractions outside 0..1 fall off the ray, NaN where d is 0."""
    ahead = np.sign(d)[:, None]
    first = np.where(ahead > 0, np.floor(c - 0.5) + 1.5, np.ceil(c - 0.5) - 0.5)
    lines = first + ahead * np.arange(count)
    with np.errstate(divide="ignore", invalid="ignore"):
        return (lines - c) / d[:, None]


def visible_cells(dem, x, y, eye_m, reach_m):
    """Which cells of `dem` (a boolean grid of its shape) a camera at
    (x, y), its eye `eye_m` above the ground there, sees within `reach_m`
    (cells whose centre is farther than the reach by most of a cell are not
    seen); None when the DEM has no height under the camera or the camera
    stands off it. A cell whose own height is unknown is seen: the relief
    cannot hide it."""
    sight = _sight(dem, x, y, eye_m, reach_m)
    return None if sight is None else sight[0]


def _sight(dem, x, y, eye_m, reach_m):
    """(seen, judged): visible_cells's grid and the cells it judged (those
    within the reach); None as visible_cells."""
    heights = plausible(dem.heights)
    rows, cols = heights.shape
    seen = np.zeros((rows, cols), dtype=bool)
    if rows == 0 or cols == 0:
        return None
    cu, cv = (x - dem.x0) / dem.cell, (dem.y0 - y) / dem.cell
    if not (0 <= cu <= cols and 0 <= cv <= rows):
        return None  # off the DEM: the edge's height is not the ground here
    under = _ground(heights, np.array([cu]), np.array([cv]))[0]
    if np.isnan(under):
        return None
    eye = under + eye_m
    vv, uu = np.mgrid[0:rows, 0:cols] + 0.5
    distance = np.hypot(uu - cu, vv - cv).ravel()
    targets = np.flatnonzero(distance <= reach_m / dem.cell + 0.75)
    targets = targets[np.argsort(distance[targets])]
    # Crossings of a ray with the lines through cell centres: at most one
    # per cell it passes, plus one.
    crossings = int(np.ceil(distance[targets[-1]])) + 2 if len(targets) else 0
    size = max(BATCH // max(2 * crossings, 1), 1)
    for start in range(0, len(targets), size):
        chunk = targets[start : start + size]
        du, dv = uu.ravel()[chunk] - cu, vv.ravel()[chunk] - cv
        t = np.hstack([_crossings(cu, du, crossings), _crossings(cv, dv, crossings)])
        on_ray = (t > 0) & (t < 1)
        t = np.where(on_ray, t, 0.0)
        ground = _ground(heights, cu + du[:, None] * t, cv + dv[:, None] * t)
        flat = heights.ravel()[chunk]
        # The line of sight's height over each crossing of its ray (NaN to
        # a target of unknown height, which nothing then blocks).
        sight = eye + (flat - eye)[:, None] * t
        blocked = np.any((ground > sight + TOLERANCE_M) & on_ray, axis=1)
        seen.ravel()[chunk] = ~blocked
    judged = np.zeros((rows, cols), dtype=bool)
    judged.ravel()[targets] = True
    return seen, judged


def cells_polygon(dem, seen):
    """The union of the seen cells, built without GDAL: each row's runs of
    seen cells become boxes, and the boxes are merged."""
    padded = np.pad(seen.astype(np.int8), ((0, 0), (1, 1)))
    steps = np.diff(padded, axis=1)
    starts, ends = np.argwhere(steps == 1), np.argwhere(steps == -1)
    if len(starts) == 0:
        return shapely.Polygon()
    rows = starts[:, 0]
    boxes = shapely.box(
        dem.x0 + starts[:, 1] * dem.cell,
        dem.y0 - (rows + 1) * dem.cell,
        dem.x0 + ends[:, 1] * dem.cell,
        dem.y0 - rows * dem.cell,
    )
    return shapely.union_all(boxes)


def relief_hidden(points, crs, eye_m, reach_m, dem, lang="en", progress=None):
    """The ground the relief hides from each camera (points in the metric
    `crs`) within its reach, as polygons in `crs`, read window by window
    from `dem` (a Dem, or anything with its `crs` and `window`): only cells
    of the DEM, so that ground off the DEM or of unknown height is never
    taken as hidden. None where the camera cannot be judged: no height
    (NaN `eye_m`), no ground height under it, or standing off the DEM.
    Raises ValueError when the DEM is not in metres or too fine for a
    camera's reach, and Cancelled when the user cancels (checked camera by
    camera)."""
    if not is_metric(dem.crs):
        raise ValueError(text("dem_not_metric", lang))
    progress = progress or NullProgress()
    moved = reproject(np.asarray(points, dtype=object), crs, dem.crs)
    hidden = np.full(len(moved), None, dtype=object)
    for i, (x, y) in enumerate(shapely.get_coordinates(moved)):
        if progress.is_canceled():
            raise Cancelled()
        reach = float(reach_m[i])
        if np.isnan(eye_m[i]) or not np.isfinite(reach):
            continue
        across = 2 * reach / dem.cell
        if across * across > MAX_WINDOW_CELLS:
            raise ValueError(
                text(
                    "dem_too_fine",
                    lang,
                    cell=number(dem.cell, lang, 2),
                    reach=number(reach, lang),
                    cells=number(across * across, lang, 0),
                )
            )
        window = dem.window(x - reach, y - reach, x + reach, y + reach)
        sight = _sight(window, x, y, float(eye_m[i]), reach)
        if sight is not None:
            seen, judged = sight
            hidden[i] = cells_polygon(window, judged & ~seen)
        progress.set_progress(100.0 * (i + 1) / len(moved))
    judged = hidden != None  # noqa: E711 (element-wise)
    hidden[judged] = reproject(hidden[judged], dem.crs, crs)
    return hidden


def ground_heights(points, crs, dem, lang="en", tile_m=1000.0):
    """The ground's height (bilinear, as the viewshed reads it) under each
    point (in the metric `crs`), NaN off the DEM or where it has no data;
    read one `tile_m` square window at a time, so a town's buildings cost a
    few reads, not one each. Raises ValueError when the DEM is not in
    metres."""
    if not is_metric(dem.crs):
        raise ValueError(text("dem_not_metric", lang))
    moved = reproject(np.asarray(points, dtype=object), crs, dem.crs)
    xy = shapely.get_coordinates(moved)
    out = np.full(len(xy), np.nan)
    if len(xy) == 0:
        return out
    tiles = np.floor(xy / tile_m).astype(np.int64)
    keys, tile_of = np.unique(tiles, axis=0, return_inverse=True)
    for k, (tx, ty) in enumerate(keys):
        inside = np.flatnonzero(tile_of.ravel() == k)
        margin = 2 * dem.cell
        window = dem.window(
            tx * tile_m - margin,
            ty * tile_m - margin,
            (tx + 1) * tile_m + margin,
            (ty + 1) * tile_m + margin,
        )
        rows, cols = np.shape(window.heights)
        if rows == 0 or cols == 0:
            continue
        u = (xy[inside, 0] - window.x0) / window.cell
        v = (window.y0 - xy[inside, 1]) / window.cell
        on = (u >= 0) & (u <= cols) & (v >= 0) & (v <= rows)
        out[inside[on]] = _ground(plausible(window.heights), u[on], v[on])
    return out


def cut_by_relief(points, crs, footprints, eye_m, reach_m, dem, lang="en", progress=None):
    """The footprints less the ground the relief hides, and a ReliefCut;
    a camera that cannot be judged keeps its footprint."""
    footprints = np.asarray(footprints, dtype=object).copy()
    eye_m = np.asarray(eye_m, dtype=float)
    hidden = relief_hidden(points, crs, eye_m, reach_m, dem, lang, progress)
    judged = hidden != None  # noqa: E711 (element-wise)
    before = shapely.area(footprints)
    footprints[judged] = polygonal(shapely.difference(footprints[judged], hidden[judged]))
    without_height = int(np.isnan(eye_m).sum())
    return footprints, ReliefCut(
        before - shapely.area(footprints),
        without_height,
        int(len(hidden) - judged.sum() - without_height),
    )
