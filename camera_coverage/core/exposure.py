"""Split each camera's coverage between public domain and private parcels.

The French cadastre leaves roads and squares un-parcelled, so whatever a
camera sees outside every parcel is public domain; parcels owned by public
bodies are public too (the caller says which). Private area is measured on
the union of the private pieces, so that overlapping parcels (slivers of the
real cadastre) are never counted twice and public + private = covered.
The un-parcelled remainder, as a geometry, costs one more overlay per
camera: it is built only when the pieces are asked for.
"""

from dataclasses import dataclass

import numpy as np
import shapely

from .geometry import polygonal, union_per_group
from .parallel import joined_chunks, map_chunks

UNPARCELLED = -1
CHUNK_CAMERAS = 250
EMPTY = shapely.from_wkt("POLYGON EMPTY")


@dataclass
class Pieces:
    """Coverage cut by parcels: one row per (camera, parcel) overlap, and
    with_unparcelled() adds one row per camera for the un-parcelled public
    domain (parcel UNPARCELLED)."""

    camera: np.ndarray
    parcel: np.ndarray
    is_public: np.ndarray
    geometry: np.ndarray
    area_m2: np.ndarray

    @staticmethod
    def concatenate(parts, offsets):
        return joined_chunks(Pieces, parts, offsets)


@dataclass
class Exposure:
    coverage: np.ndarray
    covered_m2: np.ndarray
    public_m2: np.ndarray
    private_m2: np.ndarray
    private_geometry: np.ndarray
    pieces: Pieces
    # Set by audit.parcel_exposure: cameras with no parcel within reach, and
    # (count, m²) of the seen parcels that overlap one another.
    beyond_cadastre: np.ndarray = None
    overlaps: tuple = (0, 0.0)
    # (parcels given, their CRS, the same in the working CRS and repaired).
    parcels_in_working: tuple = None
    # The STRtree over the parcels split against, for later queries.
    parcel_tree: object = None

    def private_parcels(self):
        """For each camera, the indices of the private parcels it sees,
        largest area first."""
        pieces = self.pieces
        rows = np.flatnonzero(~pieces.is_public)
        rows = rows[np.lexsort((-pieces.area_m2[rows], pieces.camera[rows]))]
        bounds = np.searchsorted(pieces.camera[rows], np.arange(len(self.covered_m2) + 1))
        return [pieces.parcel[rows[a:b]] for a, b in zip(bounds[:-1], bounds[1:])]

    def with_unparcelled(self, progress=None):
        """The pieces plus each camera's un-parcelled remainder."""
        pieces = self.pieces

        def remainder(part):
            cameras = np.arange(part.start, part.stop)
            rows = np.flatnonzero(
                pieces.is_public & (pieces.camera >= part.start) & (pieces.camera < part.stop)
            )
            # Most cameras see no public parcel: their parcel union is the private one.
            seen = union_per_group(
                len(cameras),
                np.concatenate([cameras - part.start, pieces.camera[rows] - part.start]),
                np.concatenate([self.private_geometry[part], pieces.geometry[rows]]),
            )
            rest = polygonal(shapely.difference(self.coverage[part], seen))
            area = shapely.area(rest)
            gap = np.flatnonzero(area > 0)
            return Pieces(
                camera=gap,
                parcel=np.full(len(gap), UNPARCELLED),
                is_public=np.ones(len(gap), dtype=bool),
                geometry=rest[gap],
                area_m2=area[gap],
            )

        n = len(self.coverage)
        parts = map_chunks(remainder, n, CHUNK_CAMERAS, progress)
        starts = np.arange(0, n, CHUNK_CAMERAS)
        return Pieces.concatenate([pieces, *parts], [0, *starts])


def _split_chunk(coverage, tree, parcels, parcel_is_public):
    """The split for a few hundred cameras: pieces and private union."""
    cam, par = tree.query(coverage, predicate="intersects")
    geoms = polygonal(shapely.intersection(coverage[cam], parcels[par]))
    area = shapely.area(geoms)
    keep = area > 0
    cam, par, geoms, area = cam[keep], par[keep], geoms[keep], area[keep]
    public = parcel_is_public[par]
    private_union = union_per_group(len(coverage), cam[~public], geoms[~public])
    return Pieces(cam, par, public, geoms, area), private_union


def split_coverage(coverage, parcels, parcel_is_public, progress=None):
    """Cut the coverage polygons (one per camera) by the parcels; every
    array is in one metric CRS. Public area is what private land leaves of
    the coverage (private pieces lie inside it)."""
    coverage = np.asarray(coverage, dtype=object)
    parcels = np.asarray(parcels, dtype=object)
    parcel_is_public = np.asarray(parcel_is_public, dtype=bool)
    tree = shapely.STRtree(parcels)

    def chunk(part):
        return _split_chunk(coverage[part], tree, parcels, parcel_is_public)

    parts = map_chunks(chunk, len(coverage), CHUNK_CAMERAS, progress)
    starts = np.arange(0, len(coverage), CHUNK_CAMERAS)
    private_union = np.concatenate([union for _, union in parts])
    covered = shapely.area(coverage)
    private = shapely.area(private_union)
    return Exposure(
        coverage=coverage,
        covered_m2=covered,
        public_m2=np.maximum(covered - private, 0.0),
        private_m2=private,
        private_geometry=private_union,
        pieces=Pieces.concatenate([pieces for pieces, _ in parts], starts),
        parcel_tree=tree,
    )
