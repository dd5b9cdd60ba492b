"""Compass bearings and map grids: the only place where angles turn.

A camera's direction is a bearing from true north (OpenStreetMap, a compass,
a data sheet). A projected CRS's grid north differs from true north by the
meridian convergence, which depends on the place: +5.4° at Brest and -3.4°
at Strasbourg in Lambert-93. Sectors are drawn in a projected grid, so each
bearing is turned by the grid bearing of true north at its own camera,
found by a short geodesic step north (pyproj.Geod) brought into the grid.
Conformal grids (Lambert, UTM) keep angles, so one turn per camera is exact
at the scale of a camera's reach.
"""

from functools import lru_cache

import numpy as np
from pyproj import CRS, Transformer

NORTHS = ("true", "grid")
# The geodesic step north: long enough for double precision to give the
# angle to 1e-9 degree, short enough to stay inside the camera's own cell.
STEP_M = 10.0


def true_north_bearing(x, y, crs):
    """Grid bearing of true north (degrees clockwise from grid north) at each
    point of `crs`: positive where true north lies clockwise of grid north.
    A geographic CRS has no grid: its north is true north."""
    x, y = np.atleast_1d(np.asarray(x, dtype=float)), np.atleast_1d(np.asarray(y, dtype=float))
    grid = _grid(CRS.from_user_input(crs).to_wkt())
    if grid is None or len(x) == 0:
        return np.zeros(len(x))
    to_lonlat, to_grid, geod = grid
    lon, lat = to_lonlat.transform(x, y)
    lon_north, lat_north, _ = geod.fwd(lon, lat, np.zeros(len(x)), np.full(len(x), STEP_M))
    x_north, y_north = to_grid.transform(lon_north, lat_north)
    return np.degrees(np.arctan2(np.asarray(x_north) - x, np.asarray(y_north) - y))


@lru_cache(maxsize=16)
def _grid(wkt):
    """Transformers to and from the CRS's own geographic CRS and its
    ellipsoid, built once per CRS (an importer asks once per feature)."""
    crs = CRS.from_wkt(wkt)
    if not crs.is_projected:
        return None
    geographic = crs.geodetic_crs
    return (
        Transformer.from_crs(crs, geographic, always_xy=True),
        Transformer.from_crs(geographic, crs, always_xy=True),
        crs.get_geod(),
    )


def to_grid(bearing, x, y, crs):
    """Bearings from true north as bearings from the grid north of `crs` at
    the points (NaN stays NaN: all round)."""
    return (np.asarray(bearing, dtype=float) + true_north_bearing(x, y, crs)) % 360.0


def to_true(bearing, x, y, crs):
    """Bearings from the grid north of `crs` at the points as bearings from
    true north (NaN stays NaN)."""
    return (np.asarray(bearing, dtype=float) - true_north_bearing(x, y, crs)) % 360.0
