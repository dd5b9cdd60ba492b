"""Why a camera cannot be cleared: "sees only public domain" is a finding a
préfecture may rely on, so it is written only when the camera sees some
ground and the cadastre covers it. A camera that sees nothing says why; a
camera with no parcel within its reach is not audited (masking unknown)."""

import numpy as np
import shapely

from .messages import number, text

EMPTY = shapely.from_wkt("POLYGON EMPTY")


class NoUsableCamera(ValueError):
    """Every camera was rejected; `rejected` holds (index, reason) pairs so
    that the caller writes them before stopping."""

    def __init__(self, message, rejected):
        super().__init__(message)
        self.rejected = rejected


def no_usable_camera(rejected, camera_ids, lang, shown=10):
    reasons = "; ".join(f"{camera_ids[i]}: {reason}" for i, reason in rejected[:shown])
    if len(rejected) > shown:
        reasons += "; …"
    return NoUsableCamera(
        text("no_usable_camera", lang, count=len(rejected), reasons=reasons), rejected
    )


def beyond_cadastre(regions, parcels, distance_m=0.0, tree=None):
    """True where no parcel lies within `distance_m` of the region (a
    camera's point and reach, or its coverage); all in one metric CRS.
    `tree`: an STRtree over `parcels` already built (empty and missing
    geometries are never found in one)."""
    regions = np.asarray(regions, dtype=object)
    out = np.ones(len(regions), dtype=bool)
    present = ~shapely.is_missing(regions) & ~shapely.is_empty(regions)
    if tree is None:
        parcels = np.asarray(parcels, dtype=object)
        tree = shapely.STRtree(parcels[~shapely.is_missing(parcels) & ~shapely.is_empty(parcels)])
    if len(tree) == 0 or not present.any():
        return out & present
    distance = np.broadcast_to(np.asarray(distance_m, dtype=float), regions.shape)[present]
    which = np.flatnonzero(present)
    hit, _ = tree.query(regions[present], predicate="dwithin", distance=distance)
    out[which[np.unique(hit)]] = False
    return out & present


def _empty_reason(near, reach, lang):
    if not np.isfinite(near):
        return text("sees_nothing_sky", lang)
    return text("sees_nothing_ground", lang, near=number(near, lang), reach=number(reach, lang))


def explain_cameras(reasons, covered_m2, ground_m, reach_m, occluded, beyond, lang):
    """(reasons, undetermined): each camera's flag reason, replaced where it
    sees nothing (its view meets the ground, at `ground_m`, only beyond its
    reach, or never; or the buildings hide it all) or where the cadastre
    does not cover it; the latter are undetermined (masking unknown)."""
    reasons = list(reasons)
    covered = np.asarray(covered_m2, dtype=float)
    nothing = ~(covered > 0)
    undetermined = np.asarray(beyond, dtype=bool) & ~nothing
    for i in np.flatnonzero(nothing):
        if ground_m[i] >= reach_m[i]:
            reasons[i] = _empty_reason(ground_m[i], reach_m[i], lang)
        elif occluded:
            reasons[i] = text("sees_nothing_buildings", lang)
        else:
            reasons[i] = text("sees_nothing", lang)
    for i in np.flatnonzero(undetermined):
        reasons[i] = text("beyond_cadastre", lang, reach=number(reach_m[i], lang))
    return reasons, undetermined


def explain_coverage(reasons, covered_m2, beyond, lang):
    """The same for coverage polygons read from a layer (parcelexposure):
    no camera geometry, so the coverage itself is the reach."""
    reasons = list(reasons)
    covered = np.asarray(covered_m2, dtype=float)
    nothing = ~(covered > 0)
    undetermined = np.asarray(beyond, dtype=bool) & ~nothing
    for i in np.flatnonzero(nothing):
        reasons[i] = text("sees_nothing", lang)
    for i in np.flatnonzero(undetermined):
        reasons[i] = text("beyond_cadastre_coverage", lang)
    return reasons, undetermined
