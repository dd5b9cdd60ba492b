"""What a camera can identify, recognise, observe or detect (EN 62676-4):
its visible ground cut at the distance where each pixel density ends, so
that a dossier can say "this camera identifies people at that door"."""

import numpy as np
import shapely

from .footprint import sectors
from .geometry import polygonal
from .optics import DORI_LEVELS
from .parallel import map_chunks
from .progress import NullProgress, ScaledProgress

# Cameras per cancel check in the per-level overlays (well under a second).
CHUNK_CAMERAS = 500


def level_sectors(coverage, level, cameras=None):
    """Each camera's sector cut at one DORI level's distance: the footprint
    lies inside the sector of the bearings it spans (wider than the lens
    for a tilted camera's picture), so this clips it with the fewest
    vertices."""
    cameras = np.arange(len(coverage.points)) if cameras is None else cameras
    points = coverage.points[cameras]
    return sectors(
        shapely.get_x(points),
        shapely.get_y(points),
        coverage.grid_direction[cameras],
        coverage.view_deg[cameras],
        coverage.dori_m[level][cameras],
    )


def dori_footprints(coverage, progress=None):
    """Level -> each camera's visible ground within that level's distance;
    by chunks of cameras, so that a cancel is honoured within a second."""
    progress = progress or NullProgress()
    n = len(coverage.points)
    out = {}
    for k, level in enumerate(DORI_LEVELS):

        def cut(part, level=level):
            cameras = np.arange(part.start, part.stop)
            clip = level_sectors(coverage, level, cameras)
            return polygonal(shapely.intersection(coverage.footprints[part], clip))

        step = 100 / len(DORI_LEVELS)
        parts = map_chunks(
            cut, n, CHUNK_CAMERAS, ScaledProgress(progress, k * step, (k + 1) * step)
        )
        out[level] = np.concatenate(parts) if parts else np.empty(0, dtype=object)
    return out


def private_by_level(coverage, private_geometry, private_m2, progress=None):
    """Level -> each camera's private area within that level's distance.
    Only cameras whose private land straddles the level's distance need an
    overlay: the footprint never goes past the reach.
    (GEOS can leave a floating-point flag raised on valid inputs; numpy
    would report it as an "invalid value" warning.)"""
    progress = progress or NullProgress()
    by_level = {}
    for k, level in enumerate(DORI_LEVELS):
        distance = coverage.dori_m[level]
        area = np.where(distance >= coverage.outer_m, private_m2, 0.0)
        need = np.flatnonzero((private_m2 > 0) & (distance < coverage.outer_m))
        # Private land that starts beyond the level's distance: nothing to cut.
        need = need[
            shapely.distance(coverage.points[need], private_geometry[need]) < distance[need]
        ]
        if len(need):

            def cut(part, need=need, level=level):
                clip = level_sectors(coverage, level, need[part])
                with np.errstate(invalid="ignore"):
                    return shapely.area(shapely.intersection(private_geometry[need[part]], clip))

            step = 100 / len(DORI_LEVELS)
            scaled = ScaledProgress(progress, k * step, (k + 1) * step)
            area[need] = np.concatenate(map_chunks(cut, len(need), CHUNK_CAMERAS, scaled))
        by_level[level] = area
    return by_level
