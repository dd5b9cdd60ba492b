"""Where the data lies on Earth, checked before anything is measured: a
layer whose coordinates do not fit its CRS (a GeoJSON in Lambert-93 without
its `crs` member is read as EPSG:4326) or cameras too far apart for one
metric CRS would otherwise give infinite coordinates or areas that look
right and are not."""

import numpy as np
import shapely
from pyproj import CRS, Geod, Proj, Transformer

from .messages import text
from .working_crs import MAX_AREAL_DISTORTION, is_metric, metric_crs_for

# How far (degrees) data may stray outside its CRS's declared area of use.
AREA_OF_USE_MARGIN_DEG = 5.0
IDS_SHOWN = 10
# Cameras farther than this from the median camera are not one town's (or
# one country's) cameras: a conic CRS keeps their areas but not their north,
# and a dossier mixing them is a data error (metropolitan France spans about
# 1,000 km; New York lies 5,800 km from Paris).
MAX_SPREAD_M = 1_500_000.0


def _to_lonlat(crs, x, y):
    transformer = Transformer.from_crs(
        CRS.from_user_input(crs), CRS.from_epsg(4326), always_xy=True
    )
    with np.errstate(all="ignore"):
        lon, lat = transformer.transform(np.asarray(x, float), np.asarray(y, float))
    return np.asarray(lon, float), np.asarray(lat, float)


def _fits(lon, lat, crs):
    """True where a lon/lat point is a place on Earth inside the CRS's area
    of use (with a margin)."""
    ok = np.isfinite(lon) & np.isfinite(lat) & (np.abs(lon) <= 180) & (np.abs(lat) <= 90)
    area = CRS.from_user_input(crs).area_of_use
    if area is not None:
        m = AREA_OF_USE_MARGIN_DEG
        west, east = area.west - m, area.east + m
        inside_lon = (lon >= west) & (lon <= east)
        if area.west > area.east:  # crosses the antimeridian
            inside_lon = (lon >= west) | (lon <= east)
        ok &= inside_lon & (lat >= area.south - m) & (lat <= area.north + m)
    return ok


def check_fits_crs(geoms, crs, layer, lang="en"):
    """Raise ValueError, saying how to set the CRS, when the layer's extent
    does not fit the CRS it declares. The extent's corners and centre are
    enough: a layer has one CRS, and wrong coordinates are wrong throughout."""
    geoms = np.asarray(geoms, dtype=object)
    geoms = geoms[~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)]
    if len(geoms) == 0:
        return
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    x = np.array([xmin, xmax, xmin, xmax, (xmin + xmax) / 2])
    y = np.array([ymin, ymin, ymax, ymax, (ymin + ymax) / 2])
    lon, lat = _to_lonlat(crs, x, y)
    bad = ~np.isfinite(x) | ~np.isfinite(y) | ~_fits(lon, lat, crs)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        name = CRS.from_user_input(crs).name
        raise ValueError(
            text(
                "coordinates_not_in_crs",
                lang,
                layer=text(f"layer_{layer}", lang),
                crs=name,
                example=f"({x[i]:.6g}, {y[i]:.6g})",
            )
        )


def _distortion(working, lon, lat):
    """|areal scale - 1| of the working CRS at each point (inf where the
    projection fails)."""
    with np.errstate(all="ignore"):
        factors = Proj(CRS.from_user_input(working)).get_factors(lon, lat)
    scale = np.asarray(factors.areal_scale, dtype=float)
    return np.where(np.isfinite(scale), np.abs(scale - 1.0), np.inf)


def check_spread(points, crs, working, camera_ids, lang="en"):
    """Raise ValueError when some cameras lie more than MAX_SPREAD_M from
    the median camera, or where the working CRS distorts areas beyond
    MAX_AREAL_DISTORTION (or cannot project them): name the extent and the
    cameras far from the others."""
    lon, lat = _to_lonlat(crs, shapely.get_x(points), shapely.get_y(points))
    centre_lon, centre_lat = np.nanmedian(lon), np.nanmedian(lat)
    with np.errstate(all="ignore"):
        _, _, from_centre = Geod(ellps="WGS84").inv(
            np.full(len(lon), centre_lon), np.full(len(lat), centre_lat), lon, lat
        )
    far_away = ~(np.asarray(from_centre) <= MAX_SPREAD_M)
    distorted = _distortion(working, lon, lat) > MAX_AREAL_DISTORTION
    if not (far_away.any() or distorted.any()):
        return
    far = np.flatnonzero(far_away if far_away.any() else distorted)
    if not far_away.any():
        # Distorted at the extent's centre: which are far from the median?
        local = crs if is_metric(crs) else metric_crs_for(centre_lon, centre_lat)
        near_median = np.flatnonzero(_distortion(local, lon, lat) > MAX_AREAL_DISTORTION)
        far = near_median if len(near_median) else far
    ids = ", ".join(str(camera_ids[i]) for i in far[:IDS_SHOWN])
    if len(far) > IDS_SHOWN:
        ids += ", …"
    extent = (
        f"{np.nanmin(lon):.4f}, {np.nanmin(lat):.4f} .. {np.nanmax(lon):.4f}, "
        f"{np.nanmax(lat):.4f} (lon, lat)"
    )
    raise ValueError(
        text(
            "cameras_far_apart",
            lang,
            extent=extent,
            percent=f"{100 * MAX_AREAL_DISTORTION:g}",
            count=len(far),
            ids=ids,
        )
    )
