"""The audit as three reusable steps (coverage, exposure, flags) so that each
Processing algorithm, a notebook and the benchmarks run the same code."""

from dataclasses import dataclass

import numpy as np
import shapely

from .cameras import check_cameras
from .exposure import split_coverage
from .footprint import sectors
from .geometry import repair_polygons
from .messages import text
from .progress import NullProgress
from .rules import flag_reason, masking_required
from .working_crs import choose_working_crs, crs_identifier, reproject


@dataclass
class AuditSettings:
    default_fov: float = 60.0
    default_range_m: float = 30.0
    tolerance_m2: float = 1.0
    lang: str = "en"


@dataclass
class Coverage:
    """Footprints of the usable cameras, in the working CRS; `index` maps
    each one back to its input feature."""

    working_crs: object
    checked: object
    index: np.ndarray
    points: np.ndarray
    footprints: np.ndarray

    @property
    def working_crs_id(self):
        return crs_identifier(self.working_crs)

    @property
    def covered_m2(self):
        return shapely.area(self.footprints)


@dataclass
class AuditResult:
    coverage: Coverage
    exposure: object
    masking_required: np.ndarray
    flag_reason: list
    parcels_repaired: int


class _Scaled:
    """A stage's progress mapped onto a slice of the whole run."""

    def __init__(self, progress, start, end):
        self.progress, self.start, self.end = progress, start, end

    def set_progress(self, percent):
        self.progress.set_progress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self):
        return self.progress.is_canceled()


def _single_points(geoms):
    """Each camera as one point; a multipoint of one part is accepted, more
    parts are an error the caller reports."""
    geoms = np.asarray(geoms, dtype=object)
    parts = shapely.get_num_geometries(geoms)
    located = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    multi = shapely.get_type_id(geoms) == shapely.GeometryType.MULTIPOINT
    points = np.where(multi & (parts == 1), shapely.get_geometry(geoms, 0), geoms)
    return points, located, np.where(multi, parts, 1)


def camera_coverage(points, crs, values, settings, progress=None):
    """Check the cameras, choose the working CRS, build the footprints."""
    progress = progress or NullProgress()
    points, located, parts = _single_points(points)
    checked = check_cameras(
        values, settings.default_fov, settings.default_range_m, settings.lang, located
    )
    for i in np.flatnonzero(located & (parts > 1)):
        checked.usable[i] = False
        checked.rejected.append((i, text("reject_multipoint", settings.lang, count=parts[i])))
    checked.rejected.sort()
    index = np.flatnonzero(checked.usable)
    if len(index) == 0:
        raise ValueError("no usable camera")
    working = choose_working_crs(crs, points[index])
    moved = reproject(points[index], crs, working)
    progress.set_progress(30)
    footprints = sectors(
        shapely.get_x(moved),
        shapely.get_y(moved),
        checked.direction[index],
        checked.sweep_deg[index],
        checked.range_m[index],
    )
    progress.set_progress(100)
    return Coverage(working, checked, index, moved, footprints)


def parcel_exposure(coverage, coverage_crs, parcels, parcels_crs, parcel_is_public, progress=None):
    """Coverage and parcels brought to one metric CRS and repaired, then the
    split; returns the working CRS, the exposure and how many parcels were
    repaired."""
    working = choose_working_crs(coverage_crs, coverage)
    coverage, _ = repair_polygons(reproject(coverage, coverage_crs, working))
    parcels, repaired = repair_polygons(reproject(parcels, parcels_crs, working))
    return working, split_coverage(coverage, parcels, parcel_is_public, progress), repaired


def flags(exposure, parcel_ids, settings):
    """Masking flag and reason per camera of the exposure."""
    required = masking_required(exposure.private_m2, settings.tolerance_m2)
    reasons = [
        flag_reason(area, [parcel_ids[p] for p in seen], settings.tolerance_m2, settings.lang)
        for area, seen in zip(exposure.private_m2, exposure.private_parcels())
    ]
    return required, reasons


def run_audit(
    points, crs, values, parcels, parcels_crs, parcel_ids, parcel_is_public, settings, progress=None
):
    """The whole audit on arrays: cameras and parcels in, per-camera
    figures, flags and pieces out."""
    progress = progress or NullProgress()
    coverage = camera_coverage(points, crs, values, settings, _Scaled(progress, 0, 20))
    _, exposure, repaired = parcel_exposure(
        coverage.footprints,
        coverage.working_crs,
        parcels,
        parcels_crs,
        parcel_is_public,
        _Scaled(progress, 20, 95),
    )
    required, reasons = flags(exposure, parcel_ids, settings)
    progress.set_progress(100)
    return AuditResult(coverage, exposure, required, reasons, repaired)
