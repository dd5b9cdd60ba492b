"""Overlapping parcels: the real cadastre has slivers and duplicates.
private_m2 counts them once (it is measured on the union), but the pieces
then overlap, and a volunteer summing them by hand should be told."""

import numpy as np
import shapely

# Below this (1 dm²) an overlap is floating-point noise along a shared edge.
MIN_OVERLAP_M2 = 0.01


def overlap_among(parcels, which=None):
    """(how many parcels overlap another, total area of the overlaps in m²)
    among the parcels `which` (default all); one metric CRS."""
    parcels = np.asarray(parcels, dtype=object)
    index = np.arange(len(parcels)) if which is None else np.asarray(which, dtype=int)
    geoms = parcels[index[index >= 0]]
    geoms = geoms[~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)]
    if len(geoms) < 2:
        return 0, 0.0
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pairs = left < right
    left, right = left[pairs], right[pairs]
    # Neighbours that only share an edge are the common case: skip them cheaply.
    touching = shapely.touches(geoms[left], geoms[right])
    left, right = left[~touching], right[~touching]
    area = shapely.area(shapely.intersection(geoms[left], geoms[right]))
    overlap = area > MIN_OVERLAP_M2
    count = len(np.unique(np.r_[left[overlap], right[overlap]]))
    return count, float(area[overlap].sum())


def seen_parcel_overlaps(parcels, pieces, covered_m2):
    """Overlaps among the parcels the cameras see. Pieces lie inside their
    camera's coverage, so they overlap only where a camera's pieces add up
    to more than its coverage: the exact count runs on those cameras'
    parcels alone (none, for a clean cadastre)."""
    covered_m2 = np.asarray(covered_m2, dtype=float)
    summed = np.bincount(pieces.camera, pieces.area_m2, minlength=len(covered_m2))
    suspect = np.flatnonzero(summed > covered_m2 + MIN_OVERLAP_M2)
    if len(suspect) == 0:
        return 0, 0.0
    which = np.unique(pieces.parcel[np.isin(pieces.camera, suspect)])
    return overlap_among(parcels, which)
