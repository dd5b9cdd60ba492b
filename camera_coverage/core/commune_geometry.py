"""The geometry of gathering a commune's data, in one metric CRS: which
neighbouring communes (and so whose parcels) a camera near the boundary can
reach, what lies within reach of the commune, and which OpenStreetMap
building use goes with each cadastre building."""

from __future__ import annotations

import math

import numpy as np
import shapely

# An Etalab building takes the OSM building tag of the OSM building that
# covers the largest part of it, if that part is at least a quarter of its
# area. The two surveys never trace a building alike (offsets of a metre or
# two, courtyards, annexes drawn apart), so a high share would leave many
# buildings without a use; a neighbour shifted onto it by such an offset
# covers a thin strip, well under a quarter of a house.
MIN_OVERLAP_SHARE = 0.25


def _valid(geometries) -> np.ndarray:
    """The geometries as an object array, invalid ones made valid."""
    geometries = np.asarray(geometries, dtype=object)
    invalid = ~shapely.is_valid(geometries) & ~shapely.is_missing(geometries)
    if invalid.any():
        geometries = geometries.copy()
        geometries[invalid] = shapely.make_valid(geometries[invalid])
    return geometries


def _checked_distance(distance_m: float) -> float:
    if not (math.isfinite(distance_m) and distance_m >= 0):
        raise ValueError(f"the distance must be a number of metres, 0 or more: {distance_m}")
    return float(distance_m)


def communes_within(outline, outlines: np.ndarray, distance_m: float) -> np.ndarray:
    """Indices, ascending, of the `outlines` that come within `distance_m`
    (inclusive) of the commune's `outline`. The caller passes the other
    communes only: the commune itself would always be found."""
    distance_m = _checked_distance(distance_m)
    outlines = _valid(outlines)
    (outline,) = _valid([outline])
    tree = shapely.STRtree(outlines)
    return np.sort(tree.query(outline, predicate="dwithin", distance=distance_m))


def within_reach(geometries: np.ndarray, outline, distance_m: float) -> np.ndarray:
    """True for each geometry within `distance_m` of the outline, inside it
    included; False for a missing or empty geometry."""
    distance_m = _checked_distance(distance_m)
    (outline,) = _valid([outline])
    return shapely.dwithin(_valid(geometries), outline, distance_m)


def building_values_by_overlap(
    buildings: np.ndarray, osm_buildings: np.ndarray, osm_values: list
) -> list:
    """For each Etalab building, the value of the OSM building that overlaps
    it most (largest intersection area; the first OSM building on a tie),
    or None when that overlap is under MIN_OVERLAP_SHARE of its area."""
    if len(osm_values) != len(osm_buildings):
        raise ValueError(
            f"{len(osm_values)} building values for {len(osm_buildings)} OSM buildings"
        )
    buildings, osm_buildings = _valid(buildings), _valid(osm_buildings)
    values = [None] * len(buildings)
    pairs = shapely.STRtree(osm_buildings).query(buildings, predicate="intersects")
    if pairs.shape[1] == 0:
        return values
    etalab, osm = pairs
    overlap = shapely.area(shapely.intersection(buildings[etalab], osm_buildings[osm]))
    # Each building's pairs together, the largest overlap first.
    order = np.lexsort((osm, -overlap, etalab))
    etalab, osm, overlap = etalab[order], osm[order], overlap[order]
    _, first = np.unique(etalab, return_index=True)
    etalab, osm, overlap = etalab[first], osm[first], overlap[first]
    enough = overlap >= MIN_OVERLAP_SHARE * shapely.area(buildings[etalab])
    enough &= overlap > 0
    for building, match in zip(etalab[enough], osm[enough]):
        values[building] = osm_values[match]
    return values
