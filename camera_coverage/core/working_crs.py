"""Pick a metric CRS to work in: ranges and areas must never be measured in
degrees, and a volunteer's layer is often in EPSG:4326 (or Web Mercator,
whose metres are not ground metres: areas 2.2 times too large in Paris)."""

import numpy as np
import shapely
from pyproj import CRS, Proj, Transformer

# Largest areal scale error accepted from an input's own projection
# (Lambert-93 stays within 0.6 % over France; Web Mercator is off by 100 %+).
MAX_AREAL_DISTORTION = 0.02

# French overseas departments with their official projected CRS:
# (name, lon_min, lat_min, lon_max, lat_max, EPSG code)
FRENCH_ZONES = (
    ("Mayotte", 44.8, -13.2, 45.5, -12.4, 4471),
    ("La Réunion", 55.1, -21.5, 56.0, -20.7, 2975),
    ("Guadeloupe", -61.9, 15.7, -60.9, 16.6, 5490),
    ("Martinique", -61.3, 14.3, -60.7, 15.0, 5490),
    ("Guyane", -54.7, 2.0, -51.5, 6.0, 2972),
    ("France métropolitaine", -5.5, 41.0, 10.0, 51.5, 2154),
)


def is_metric(crs):
    """True when coordinates are projected and in metres, so that lengths
    and areas can be read straight from them."""
    crs = CRS.from_user_input(crs)
    return crs.is_projected and all(
        axis.unit_name in ("metre", "meter") for axis in crs.axis_info[:2]
    )


def metric_crs_for(lon, lat):
    """The projected CRS in metres for a place: French official CRS where
    one applies, else the local UTM zone."""
    for _name, lon_min, lat_min, lon_max, lat_max, epsg in FRENCH_ZONES:
        if lon_min <= lon <= lon_max and lat_min <= lat <= lat_max:
            return CRS.from_epsg(epsg)
    zone = int(np.floor((lon + 180.0) / 6.0)) % 60 + 1
    return CRS.from_epsg((32600 if lat >= 0 else 32700) + zone)


def choose_working_crs(crs, geoms):
    """The input's own CRS when it is metric with true ground areas at the
    data, else the metric CRS of the place at the centre of the geometries."""
    crs = CRS.from_user_input(crs)
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    if np.isnan(xmin):
        raise ValueError("no geometry to place the working CRS")
    to_lonlat = Transformer.from_crs(crs, CRS.from_epsg(4326), always_xy=True)
    lon, lat = to_lonlat.transform((xmin + xmax) / 2.0, (ymin + ymax) / 2.0)
    if is_metric(crs):
        areal_scale = Proj(crs).get_factors(lon, lat).areal_scale
        if abs(areal_scale - 1.0) <= MAX_AREAL_DISTORTION:
            return crs
    return metric_crs_for(lon, lat)


def reproject(geoms, source_crs, target_crs):
    """Geometries moved from one CRS to another (a copy; inputs untouched)."""
    source_crs, target_crs = CRS.from_user_input(source_crs), CRS.from_user_input(target_crs)
    if source_crs == target_crs:
        return np.asarray(geoms, dtype=object)
    transformer = Transformer.from_crs(source_crs, target_crs, always_xy=True)

    def move(xy):
        return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

    return shapely.transform(np.asarray(geoms, dtype=object), move)


def crs_identifier(crs):
    """'EPSG:2154' when the CRS has an authority code, else its WKT, so that
    QGIS can rebuild it for the output layers."""
    crs = CRS.from_user_input(crs)
    authority = crs.to_authority()
    return f"{authority[0]}:{authority[1]}" if authority else crs.to_wkt()
