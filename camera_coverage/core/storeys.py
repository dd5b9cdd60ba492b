"""Which storeys of the dwellings a camera films: a camera sees into a home
through its windows, and which windows are in the picture depends on the
camera's height and tilt and on the building's height.

Storey k (0: the ground floor) fills a façade from k × STOREY_M up to
(k + 1) × STOREY_M, or to the building's top for the last one. It is seen
when some of that band, over the stretch of wall the camera sees, lies in
the picture (picture.wall_outlines, from a pinhole model). Only cameras
whose picture is known (height, tilt, lens, a fixed direction) and façades
whose building's height is known say anything: elsewhere the answer is
unknown, never "no storey".
"""

import numpy as np
import shapely

from .heights import STOREY_M
from .picture import SKY_M, wall_outlines


def storeys_seen(walls, origin, direction, height_m, tilt_deg, hfov_deg, vfov_deg):
    """Per camera, the storeys (sorted numbers, 0: ground floor) whose band
    on a seen façade is in its picture; None when nothing tells (no façade
    of known height seen, no picture known, no storey in it). `walls`:
    each camera's seen façades, feet lines carrying their building's top
    as z (SKY_M: unknown; dwellings.DwellingsInView.facade_walls); the
    camera's origin (n, 2), grid `direction`, `height_m`, `tilt_deg`
    below the horizontal and lenses, NaN where unknown (then None)."""
    walls = np.asarray(walls, dtype=object)
    n = len(walls)
    out = [None] * n
    floats = [np.asarray(a, dtype=float) for a in (direction, height_m, tilt_deg)]
    hfov, vfov = np.asarray(hfov_deg, dtype=float), np.asarray(vfov_deg, dtype=float)
    pictured = (
        np.isfinite(floats[0])
        & (floats[1] > 0)
        & np.isfinite(floats[2])
        & (hfov > 0)
        & (hfov < 180)
        & (vfov > 0)
        & (vfov < 180)
    )
    parts, camera = shapely.get_parts(walls, return_index=True)
    # One top per foot line, its building's (NaN on a line without z).
    top = shapely.get_z(shapely.get_point(parts, 0))
    known = pictured[camera] & (top > 0) & (top < SKY_M)
    parts, camera, top = parts[known], camera[known], top[known]
    count = np.ceil(top / STOREY_M).astype(int)
    band = np.repeat(np.arange(len(parts)), count)
    storey = np.arange(len(band)) - np.repeat(np.cumsum(count) - count, count)
    base = storey * STOREY_M
    cams = camera[band]
    outlines = wall_outlines(
        parts[band],
        np.minimum(base + STOREY_M, top[band]),
        np.asarray(origin, dtype=float).reshape(-1, 2)[cams],
        *(a[cams] for a in (*floats, hfov, vfov)),
        base_m=base,
    )
    seen = ~shapely.is_empty(outlines)
    for c, k in sorted(set(zip(cams[seen].tolist(), storey[seen].tolist()))):
        out[c] = [*(out[c] or []), k]
    return out


def storeys_text(storeys):
    """Storeys as a volunteer reads them: runs of consecutive storeys as
    "first-last", others apart ("0-2", "0", "0-1, 4"); None stays None."""
    if not storeys:
        return None
    runs = []
    for k in storeys:
        if runs and k == runs[-1][1] + 1:
            runs[-1][1] = k
        else:
            runs.append([k, k])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)
