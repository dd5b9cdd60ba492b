"""Per-camera figures computed a second way, for the end-to-end tests:
straight from the DESIGN formulas with shapely and numpy, never through
the plugin's code. Footprints are drawn with 0.05° arcs (area within 2e-8
of the exact sector); the plugin's 3° arcs fall short by at most 0.046 %,
which bounds every comparison."""

import json
import math

import numpy as np
import shapely
from shapely.geometry import shape

from tests.conftest import SAMPLE_TOWN

PUBLIC_GROUPS = (1, 2, 3, 4, 9)
ARC_STEP_DEG = 0.05
# The plugin's arcs (3° steps) lose 1 - sin(3°)/3° of a sector's area.
ARC_SHORTFALL = 1 - math.sin(math.radians(3)) / math.radians(3)


def ground_interval(height, tilt, vfov):
    """near = H / tan(t + v/2) (0 when looking straight down or beyond),
    far = H / tan(t - v/2) when t > v/2; unknown values: no limit."""
    if height is None or tilt is None or vfov is None:
        return 0.0, math.inf
    lower, upper = tilt + vfov / 2, tilt - vfov / 2
    near = 0.0 if lower >= 90 else height / math.tan(math.radians(lower)) if lower > 0 else math.inf
    far = height / math.tan(math.radians(min(upper, 90))) if upper > 0 else math.inf
    return near, far


def vfov_16_9(hfov):
    return math.degrees(2 * math.atan(math.tan(math.radians(hfov) / 2) / (16 / 9)))


def arc(x, y, radius, start, span):
    n = max(math.ceil(abs(span) / ARC_STEP_DEG), 1)
    bearings = np.radians(start + span * np.arange(n + 1) / n)
    return np.column_stack([x + radius * np.sin(bearings), y + radius * np.cos(bearings)])


def footprint(x, y, direction, sweep, outer, inner=0.0):
    """Sector clockwise from north (annular with a blind zone), a disc (with
    a hole) when there is no direction or the sweep is all round."""
    if outer <= inner:
        return shapely.Polygon()
    if direction is None or sweep >= 360:
        ring = arc(x, y, outer, 0.0, 360.0)[:-1]
        holes = [arc(x, y, inner, 0.0, 360.0)[:-1]] if inner > 0 else []
        return shapely.Polygon(ring, holes)
    start = direction - sweep / 2
    outer_arc = arc(x, y, outer, start, sweep)
    if inner > 0:
        return shapely.Polygon(np.vstack([outer_arc, arc(x, y, inner, start + sweep, -sweep)]))
    return shapely.Polygon(np.vstack([[(x, y)], outer_arc]))


def exact_area(direction, sweep, outer, inner=0.0):
    if outer <= inner:
        return 0.0
    share = 1.0 if direction is None or sweep >= 360 else sweep / 360
    return share * math.pi * (outer**2 - inner**2)


def sample_town(default_fov=60.0, default_range=30.0, tolerance_m2=1.0):
    """camera_id -> dict(covered_m2, public_m2, private_m2, masking_required,
    exact_m2) for the sample town audited without buildings, the DGFiP
    public groups public."""
    parcels = json.loads((SAMPLE_TOWN / "parcels.geojson").read_text(encoding="utf-8"))
    private = shapely.union_all(
        [
            shape(f["geometry"])
            for f in parcels["features"]
            if f["properties"]["owner_group"] not in PUBLIC_GROUPS
        ]
    )
    cameras = json.loads((SAMPLE_TOWN / "cameras.geojson").read_text(encoding="utf-8"))
    figures = {}
    for feature in cameras["features"]:
        p = feature["properties"]
        x, y = feature["geometry"]["coordinates"]
        fov = p["fov"] if p["fov"] is not None else default_fov
        reach = p["range_m"] if p["range_m"] is not None else default_range
        # An all-round camera's lens is taken to have the default field of view.
        lens = fov if fov < 170 else default_fov
        near, far = ground_interval(p["height_m"], p["tilt_deg"], vfov_16_9(lens))
        outer = min(reach, far)
        view = footprint(x, y, p["direction"], fov, outer, min(near, outer))
        private_m2 = view.intersection(private).area
        figures[p["camera_id"]] = {
            "covered_m2": view.area,
            "exact_m2": exact_area(p["direction"], fov, outer, min(near, outer)),
            "public_m2": view.difference(private).area,
            "private_m2": private_m2,
            "masking_required": private_m2 > tolerance_m2,
        }
    return figures


def close(ours, theirs, covered):
    """Within the plugin's arc shortfall of the covered area (plus float
    noise)."""
    return abs(ours - theirs) <= ARC_SHORTFALL * covered * 1.05 + 1e-6
