"""Geometry clean-up shared by every step: real data has invalid rings and
overlays return mixed collections, and neither may reach an area sum or a
polygon layer."""

import numpy as np
import shapely

from .parallel import map_chunks

# Polygons per validity check on one core.
VALIDITY_CHUNK = 50_000
POLYGON_TYPES = (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON)


def polygonal(geoms):
    """Keep only the polygonal part of each geometry (lines and points of a
    touching overlay have no area); empty where nothing polygonal is left."""
    geoms = np.asarray(geoms, dtype=object)
    parts, owner = shapely.get_parts(geoms, return_index=True)
    if len(parts):
        # Collections can nest a MultiPolygon: flatten once more.
        parts, sub_owner = shapely.get_parts(parts, return_index=True)
        owner = owner[sub_owner]
    keep = shapely.get_type_id(parts) == shapely.GeometryType.POLYGON
    keep &= ~shapely.is_empty(parts)
    out = np.full(len(geoms), shapely.from_wkt("POLYGON EMPTY"), dtype=object)
    if keep.any():
        present, dense = np.unique(owner[keep], return_inverse=True)
        merged = shapely.multipolygons(parts[keep], indices=dense)
        single = shapely.get_num_geometries(merged) == 1
        merged[single] = shapely.get_geometry(merged[single], 0)
        out[present] = merged
    return out


def repair_polygons(geoms):
    """Make invalid polygons valid; returns the repaired array and how many
    needed repair, so that an algorithm can say so."""
    geoms = np.asarray(geoms, dtype=object)
    # A city's parcels are checked on every core (GEOS lets go of the GIL).
    valid = map_chunks(lambda part: shapely.is_valid(geoms[part]), len(geoms), VALIDITY_CHUNK)
    invalid = ~np.concatenate(valid or [np.empty(0, dtype=bool)]) & ~shapely.is_missing(geoms)
    repaired = geoms.copy()
    if invalid.any():
        repaired[invalid] = polygonal(shapely.make_valid(geoms[invalid]))
    return repaired, int(invalid.sum())


# Grid to which inputs are snapped when GEOS trips on nearly coincident
# vertices (a micrometre: far below any length the plugin reports).
SNAP_M = 1e-6


def union_per_group(n, group, geoms):
    """Union of the geometries of each group 0..n-1 (empty where none): a
    loop over groups, never over geometries, and a plain copy where a group
    has a single one."""
    out = np.full(n, shapely.from_wkt("POLYGON EMPTY"), dtype=object)
    if len(geoms) == 0:
        return out
    order = np.argsort(group, kind="stable")
    keys, starts, counts = np.unique(group[order], return_index=True, return_counts=True)
    single = counts == 1
    out[keys[single]] = geoms[order[starts[single]]]
    for key, start, count in zip(keys[~single], starts[~single], counts[~single]):
        out[key] = shapely.union_all(geoms[order[start : start + count]])
    return out


def multi_per_group(constructor, geoms, group):
    """The groups present (sorted) and one multi-geometry of each, built by
    `constructor` (shapely.multilinestrings, multipoints...)."""
    order = np.argsort(group, kind="stable")
    present, dense = np.unique(group[order], return_inverse=True)
    return present, constructor(geoms[order], indices=dense)
