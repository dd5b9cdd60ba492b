"""What a camera can identify, recognise, observe or detect (EN 62676-4):
its visible ground cut at the distance where each pixel density ends, so
that a dossier can say "this camera identifies people at that door"."""

import numpy as np
import shapely

from .footprint import sectors
from .geometry import polygonal
from .optics import DORI_LEVELS


def level_sectors(coverage, level, cameras=None):
    """Each camera's sector cut at one DORI level's distance: the footprint
    lies inside its own sector, so this clips it with the fewest vertices."""
    cameras = np.arange(len(coverage.points)) if cameras is None else cameras
    checked, index = coverage.checked, coverage.index[cameras]
    points = coverage.points[cameras]
    return sectors(
        shapely.get_x(points),
        shapely.get_y(points),
        coverage.grid_direction[cameras],
        checked.sweep_deg[index],
        coverage.dori_m[level][cameras],
    )


def dori_footprints(coverage):
    """Level -> each camera's visible ground within that level's distance."""
    return {
        level: polygonal(shapely.intersection(coverage.footprints, level_sectors(coverage, level)))
        for level in DORI_LEVELS
    }


def private_by_level(coverage, private_geometry, private_m2):
    """Level -> each camera's private area within that level's distance.
    Only cameras whose private land straddles the level's distance need an
    overlay: the footprint never goes past the reach.
    (GEOS can leave a floating-point flag raised on valid inputs; numpy
    would report it as an "invalid value" warning.)"""
    by_level = {}
    for level in DORI_LEVELS:
        distance = coverage.dori_m[level]
        area = np.where(distance >= coverage.outer_m, private_m2, 0.0)
        need = np.flatnonzero((private_m2 > 0) & (distance < coverage.outer_m))
        # Private land that starts beyond the level's distance: nothing to cut.
        need = need[
            shapely.distance(coverage.points[need], private_geometry[need]) < distance[need]
        ]
        if len(need):
            clip = level_sectors(coverage, level, need)
            with np.errstate(invalid="ignore"):
                area[need] = shapely.area(shapely.intersection(private_geometry[need], clip))
        by_level[level] = area
    return by_level
