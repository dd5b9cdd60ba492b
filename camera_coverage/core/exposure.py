"""Split each camera's coverage between public domain and private parcels.

The French cadastre leaves roads and squares un-parcelled, so whatever a
camera sees outside every parcel is public domain; parcels owned by public
bodies are public too (the caller says which). Private area is measured on
the union of the private pieces, so that overlapping parcels (slivers of the
real cadastre) are never counted twice and public + private = covered.
"""

from dataclasses import dataclass

import numpy as np
import shapely

from .geometry import polygonal
from .progress import Cancelled, NullProgress

UNPARCELLED = -1
CANCEL_CHECK_EVERY = 200


@dataclass
class Pieces:
    """Coverage cut by parcels: one row per (camera, parcel) overlap, plus one
    row per camera for the un-parcelled public domain (parcel UNPARCELLED)."""

    camera: np.ndarray
    parcel: np.ndarray
    is_public: np.ndarray
    geometry: np.ndarray
    area_m2: np.ndarray


@dataclass
class Exposure:
    coverage: np.ndarray
    covered_m2: np.ndarray
    public_m2: np.ndarray
    private_m2: np.ndarray
    private_geometry: np.ndarray
    public_geometry: np.ndarray
    pieces: Pieces

    def private_parcels(self):
        """For each camera, the indices of the private parcels it sees,
        largest area first."""
        pieces = self.pieces
        rows = np.flatnonzero(~pieces.is_public)
        rows = rows[np.lexsort((-pieces.area_m2[rows], pieces.camera[rows]))]
        bounds = np.searchsorted(pieces.camera[rows], np.arange(len(self.covered_m2) + 1))
        return [pieces.parcel[rows[a:b]] for a, b in zip(bounds[:-1], bounds[1:])]


def _union_per_camera(n_cameras, camera_of_piece, geoms, progress):
    """Union of the pieces of each camera; a loop over cameras, never over
    parcels, and a plain copy where a camera has a single piece."""
    out = np.full(n_cameras, shapely.from_wkt("POLYGON EMPTY"), dtype=object)
    if len(geoms) == 0:
        return out
    order = np.argsort(camera_of_piece, kind="stable")
    cams, starts, counts = np.unique(camera_of_piece[order], return_index=True, return_counts=True)
    single = counts == 1
    out[cams[single]] = geoms[order[starts[single]]]
    for done, (cam, start, count) in enumerate(
        zip(cams[~single], starts[~single], counts[~single])
    ):
        if done % CANCEL_CHECK_EVERY == 0 and progress.is_canceled():
            raise Cancelled()
        out[cam] = shapely.union_all(geoms[order[start : start + count]])
    return out


def split_coverage(coverage, parcels, parcel_is_public, progress=None):
    """Cut the coverage polygons (one per camera) by the parcels; every
    array is in one metric CRS."""
    progress = progress or NullProgress()
    coverage = np.asarray(coverage, dtype=object)
    parcels = np.asarray(parcels, dtype=object)
    parcel_is_public = np.asarray(parcel_is_public, dtype=bool)
    n = len(coverage)

    tree = shapely.STRtree(parcels)
    cam, par = tree.query(coverage, predicate="intersects")
    geoms = polygonal(shapely.intersection(coverage[cam], parcels[par]))
    area = shapely.area(geoms)
    keep = area > 0
    cam, par, geoms, area = cam[keep], par[keep], geoms[keep], area[keep]
    public = parcel_is_public[par]
    progress.set_progress(40)

    private_union = _union_per_camera(n, cam[~public], geoms[~public], progress)
    progress.set_progress(60)
    parcel_union = _union_per_camera(n, cam, geoms, progress)
    progress.set_progress(80)
    public_geometry = polygonal(shapely.difference(coverage, private_union))
    unparcelled = polygonal(shapely.difference(coverage, parcel_union))
    unparcelled_area = shapely.area(unparcelled)
    gap = np.flatnonzero(unparcelled_area > 0)

    pieces = Pieces(
        camera=np.concatenate([cam, gap]),
        parcel=np.concatenate([par, np.full(len(gap), UNPARCELLED)]),
        is_public=np.concatenate([public, np.ones(len(gap), dtype=bool)]),
        geometry=np.concatenate([geoms, unparcelled[gap]]),
        area_m2=np.concatenate([area, unparcelled_area[gap]]),
    )
    progress.set_progress(100)
    return Exposure(
        coverage=coverage,
        covered_m2=shapely.area(coverage),
        public_m2=shapely.area(public_geometry),
        private_m2=shapely.area(private_union),
        private_geometry=private_union,
        public_geometry=public_geometry,
        pieces=pieces,
    )
