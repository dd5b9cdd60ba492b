"""Read only what is within reach: the readers of cameras (or coverage)
note where the cameras can see, and the readers of parcels and buildings
then ask their layer only for the features whose bounding box meets those
places (through the layer's spatial index), instead of the whole layer."""

from dataclasses import dataclass

import numpy as np

from ..core.audit import flat_coverage
from ..core.reach import MARGIN_M, audit_extent, boxes_area, reach_boxes
from ..core.working_crs import choose_working_crs, reproject

# Off: every feature is read, as before (benchmarks and tests compare both).
READ_WITHIN_REACH = True
# When the boxes cover this share of the layer's extent, one plain read
# costs less than the filtered ones.
MOST_OF_THE_LAYER = 0.5


@dataclass
class Seen:
    """What the cameras can see, in a metric CRS: the extent to read
    around, the footprints, and (for cameras) their points and reach."""

    extent: np.ndarray
    crs: str
    footprints: np.ndarray
    points: np.ndarray = None
    reach_m: np.ndarray = None
    # For cameras: the CameraInput read and the core's coverage of it on
    # open ground, which the audit then takes instead of drawing it again.
    cameras: object = None
    coverage: object = None


class _Reach:
    def __init__(self, compute):
        self._compute = compute
        self._seen = None

    def seen(self):
        """The Seen, or False when it cannot be known."""
        if self._seen is None:
            self._seen = self._compute()
        return self._seen

    def geometries(self):
        """(geometries in a metric CRS, that CRS), or None when unknown."""
        seen = self.seen()
        return (seen.extent, seen.crs) if seen else None


def remember_cameras(algorithm, cameras):
    """The cameras just read (CameraInput): their footprints, built when a
    reader first asks, bound what can be seen."""

    def compute():
        try:
            coverage = flat_coverage(
                cameras.data.geometries, cameras.crs, cameras.values, cameras.settings
            )
        except Exception:
            # No usable camera, a CRS pyproj cannot use...: read everything,
            # and the audit itself says what is wrong.
            return False
        return Seen(
            audit_extent(coverage),
            coverage.working_crs,
            coverage.footprints,
            coverage.points,
            np.nan_to_num(np.asarray(coverage.outer_m, dtype=float)),
            cameras,
            coverage,
        )

    algorithm._camera_coverage_reach = _Reach(compute)


def flat_coverage_of(algorithm, cameras):
    """The open-ground coverage a reader already computed for these very
    cameras (the same CameraInput), or None."""
    reach = getattr(algorithm, "_camera_coverage_reach", None)
    seen = reach._seen if reach is not None else None
    return seen.coverage if seen and seen.cameras is cameras else None


def remember_coverage(algorithm, geometries, crs):
    """Coverage polygons just read: they are what can be seen (measured in
    a metric CRS, where the boxes' margin is in metres)."""

    def compute():
        geoms = np.asarray(geometries, dtype=object)
        try:
            working = choose_working_crs(crs, geoms)
        except ValueError:
            return False
        geoms = reproject(geoms, crs, working)
        return Seen(geoms, working, geoms)

    algorithm._camera_coverage_reach = _Reach(compute)


def boxes_for(algorithm, source, layer_crs, margin_m=MARGIN_M):
    """Boxes (xmin, ymin, xmax, ymax) in the layer's CRS to read, grown by
    `margin_m` around what the cameras can see, or None to read the whole
    layer."""
    reach = getattr(algorithm, "_camera_coverage_reach", None)
    if not READ_WITHIN_REACH or reach is None or not reach.geometries():
        return None
    geometries, crs = reach.geometries()
    return boxes_around(geometries, crs, source, layer_crs, margin_m)


def seen_ground(algorithm):
    """The Seen of the cameras just read, or None when not known."""
    reach = getattr(algorithm, "_camera_coverage_reach", None)
    return (reach.seen() or None) if reach is not None else None


def boxes_around(geometries, crs, source, layer_crs, margin_m):
    """Boxes in the layer's CRS around `geometries` (in the metric `crs`),
    grown by `margin_m`; None when they would take most of the layer."""
    try:
        boxes = reach_boxes(geometries, crs, layer_crs, margin_m=margin_m)
    except Exception:  # a CRS pyproj cannot transform to: read everything
        return None
    if not np.isfinite(boxes).all():
        return None
    extent = source.sourceExtent()
    if extent.isNull() or extent.isEmpty():
        return boxes
    if boxes_area(boxes) >= MOST_OF_THE_LAYER * extent.width() * extent.height():
        return None
    return boxes


def report_read(feedback, message, read, total):
    """'X of Y parcels read' in the log, so that a user sees what was skipped."""
    feedback.pushInfo(message.format(read, total))
