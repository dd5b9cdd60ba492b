"""What a camera can identify, recognise, observe or detect (EN 62676-4):
its visible ground cut at the distance where each pixel density ends, so
that a dossier can say "this camera identifies people at that door"."""

import numpy as np
import shapely

from .footprint import sectors
from .geometry import polygonal
from .optics import DORI_LEVELS


def level_discs(points, distances):
    """For each DORI level, one disc per camera of that level's distance."""
    x, y = shapely.get_x(points), shapely.get_y(points)
    n = len(points)
    return {
        level: sectors(x, y, np.full(n, np.nan), np.full(n, 360.0), distances[level])
        for level in DORI_LEVELS
    }


def dori_footprints(footprints, discs):
    """Level -> each camera's visible ground within that level's distance."""
    return {
        level: polygonal(shapely.intersection(footprints, disc)) for level, disc in discs.items()
    }


def private_by_level(points, distances, reach_m, private_geometry, private_m2):
    """Level -> each camera's private area within that level's distance.
    Only cameras that see private land nearer than their reach need an
    overlay: the footprint never goes past the reach.
    (GEOS can leave a floating-point flag raised on valid inputs; numpy
    would report it as an "invalid value" warning.)"""
    x, y = shapely.get_x(points), shapely.get_y(points)
    by_level = {}
    for level in DORI_LEVELS:
        distance = distances[level]
        area = np.where(distance >= reach_m, private_m2, 0.0)
        need = np.flatnonzero((private_m2 > 0) & (distance < reach_m))
        if len(need):
            discs = sectors(
                x[need],
                y[need],
                np.full(len(need), np.nan),
                np.full(len(need), 360.0),
                distance[need],
            )
            with np.errstate(invalid="ignore"):
                area[need] = shapely.area(shapely.intersection(private_geometry[need], discs))
        by_level[level] = area
    return by_level
