"""The per-camera table of one audit, built from whatever the core's
run_audit returns: the plugin's stable fields first, then every other
per-camera array of the result, so that a figure added to the core
(dwellings_seen...) reaches the batch's output unchanged.

A camera with no parcel within its reach is not audited, as in the
plugin: `masking_required` is empty (unknown), its ground is `unknown_m2`
(neither public nor private) and `undetermined` is true; never "sees only
public domain"."""

import dataclasses

import numpy as np
import pandas as pd

from camera_coverage.core.optics import DORI_LEVELS

STABLE = (
    "camera_id",
    "covered_m2",
    "public_m2",
    "private_m2",
    "private_pct",
    "masking_required",
    "flag_reason",
)
# AuditResult members that are not per-camera figures (or are written otherwise).
SKIP = {"coverage", "exposure", "parcels_repaired", "private_by_level", "flag_reason"}
SKIP_EXPOSURE = {"coverage", "private_geometry", "pieces"}


def _per_camera(value, n):
    """A 1-D column of n numbers, booleans or texts, else None."""
    if isinstance(value, np.ndarray) and value.ndim == 1 and len(value) == n:
        if value.dtype.kind in "biuf":
            return value
        if value.dtype.kind in "OU" and all(v is None or isinstance(v, str) for v in value):
            return value
    if (
        isinstance(value, list)
        and len(value) == n
        and all(v is None or isinstance(v, (str, bool, int, float)) for v in value)
    ):
        return np.asarray(value, dtype=object)
    return None


def _members(obj):
    if dataclasses.is_dataclass(obj):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    return dict(vars(obj))


def camera_table(result, camera_ids):
    """One row per audited camera (in the order of result.coverage.index)."""
    coverage, exposure = result.coverage, result.exposure
    index, checked = coverage.index, coverage.checked
    n = len(index)
    covered = np.asarray(exposure.covered_m2, dtype=float)
    private = np.asarray(exposure.private_m2, dtype=float)
    undetermined = (
        np.zeros(n, dtype=bool)
        if result.undetermined is None
        else np.asarray(result.undetermined, dtype=bool)
    )
    # Nobody knows whose ground a camera beyond the cadastre sees.
    public = np.where(undetermined, 0.0, np.asarray(exposure.public_m2, dtype=float))
    unknown = np.where(undetermined, np.maximum(covered - private, 0.0), 0.0)
    masking = pd.array(np.asarray(result.masking_required, dtype=bool), dtype="boolean")
    masking[undetermined] = pd.NA
    table = {
        "camera_id": [camera_ids[i] for i in index],
        "covered_m2": covered,
        "public_m2": public,
        "private_m2": private,
        "private_pct": np.divide(
            100.0 * np.asarray(exposure.private_m2, dtype=float),
            covered,
            out=np.zeros(n),
            where=covered > 0,
        ),
        "masking_required": masking,
        "flag_reason": list(result.flag_reason),
        "unknown_m2": unknown,
        "undetermined": undetermined,
        "direction": checked.direction[index],
        "fov": checked.sweep_deg[index],
        "range_m": checked.range_m[index],
    }
    for level, area in result.private_by_level.items():
        table[f"private_{level}_m2"] = np.asarray(area, dtype=float)
    table["blind_m"] = coverage.near_m
    table["reach_m"] = coverage.outer_m
    for level in DORI_LEVELS:
        table[f"{level}_m"] = coverage.dori_m[level]
    # Figures the core may add later, on the exposure or on the result.
    for source, skip in ((exposure, SKIP_EXPOSURE), (result, SKIP)):
        for name, value in _members(source).items():
            if name in skip or name in table:
                continue
            column = _per_camera(value, n)
            if column is not None:
                table[name] = column
    return pd.DataFrame(table)
