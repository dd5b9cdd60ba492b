"""Per-camera figures computed a second way, for the end-to-end tests:
straight from the DESIGN formulas with shapely and numpy, never through
the plugin's code: a sector, or with height and tilt the ground in the
picture from its corner rays. Footprints are drawn with 0.05° arcs (area
within 2e-8 of the exact sector); the plugin's 3° arcs fall short by at
most 0.046 % of the sectors they close, which bounds every comparison."""

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


def picture(x, y, direction, sweep, lens, vfov, height, tilt, reach, pan_step_deg=0.01):
    """The ground in a pinhole camera's picture, from DESIGN: the
    quadrilateral where the rays through its picture's corners meet the
    ground (a side reaching the horizon runs on along its ground line), cut
    by the range disc (0.05° arcs). The ray through picture point (X, Y),
    tangent units, meets the ground ahead at l = H (Y sin t + cos t) / (sin
    t - Y cos t) and aside at s = H X / (sin t - Y cos t); the picture's
    sides X = ±tan(h/2) run on the ground along s = ±tan(h/2) (l cos t +
    H sin t). A panning camera: the union of its quadrilaterals every
    `pan_step_deg` across the arc (short of the true sweep by about
    tan(corner bearing) × step / 2 of its area), cut by the disc. All
    round: the ring between the nearest and farthest ground."""
    t, v = math.radians(tilt), math.radians(vfov / 2)
    if tilt + vfov / 2 <= 0:
        return shapely.Polygon()
    a = math.tan(math.radians(lens / 2))
    near = height / math.tan(t + v)
    # The top of the picture below the horizon, or the sides run on past the disc.
    far = height / math.tan(t - v) if tilt - vfov / 2 > 0 else 4 * reach + abs(near)
    quad = [(-a * (near * math.cos(t) + height * math.sin(t)), near)]
    quad += [(s * a * (far * math.cos(t) + height * math.sin(t)), far) for s in (-1, 1)]
    quad += [(a * (near * math.cos(t) + height * math.sin(t)), near)]
    disc = shapely.Polygon(arc(x, y, reach, 0.0, 360.0)[:-1])

    def turned(heading):
        d = math.radians(heading)
        return shapely.Polygon(
            [(x + s * math.cos(d) + ahead * math.sin(d), y - s * math.sin(d) + ahead * math.cos(d))
             for s, ahead in quad]
        )  # fmt: skip

    if direction is None or sweep >= 360:
        seen = turned(0.0).intersection(disc)
        if seen.is_empty:
            return seen
        foot = shapely.Point(x, y)
        outer = max(foot.distance(shapely.Point(p)) for p in seen.exterior.coords)
        return footprint(x, y, None, 360.0, outer, foot.distance(seen))
    pan = max(sweep - lens, 0.0)
    steps = max(math.ceil(pan / pan_step_deg), 1)
    headings = direction - pan / 2 + pan * np.arange(steps + 1) / steps
    return shapely.union_all([turned(h) for h in headings]).intersection(disc)


def bearing_span(view, x, y, direction):
    """Degrees of bearings a view takes about its camera's direction."""
    xy = shapely.get_coordinates(view)
    bearing = np.degrees(np.arctan2(xy[:, 0] - x, xy[:, 1] - y))
    relative = (bearing - direction + 180) % 360 - 180
    return relative.max() - relative.min() if len(xy) else 0.0


def sample_town(default_fov=60.0, default_range=30.0, tolerance_m2=1.0):
    """camera_id -> dict(covered_m2, public_m2, private_m2, masking_required,
    arcs_m2) for the sample town audited without buildings, the DGFiP
    public groups public: a sector without height and tilt, else the ground
    in the picture. arcs_m2 is the sector of the range circle whose arc
    the plugin draws as 3° chords (the view's bearings), which bounds its
    shortfall (`close`)."""
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
        if p["height_m"] is None or p["tilt_deg"] is None:
            view = footprint(x, y, p["direction"], fov, reach)
            arcs = view.area
        else:
            view = picture(
                x, y, p["direction"], fov, lens, vfov_16_9(lens), p["height_m"], p["tilt_deg"],
                reach,
            )  # fmt: skip
            farthest = np.hypot(*(shapely.get_coordinates(view) - (x, y)).T).max(initial=0)
            arcs = 0.0
            if farthest > reach * (1 - 1e-9):
                arcs = reach**2 / 2 * math.radians(bearing_span(view, x, y, p["direction"]))
        private_m2 = view.intersection(private).area
        figures[p["camera_id"]] = {
            "covered_m2": view.area,
            "arcs_m2": arcs,
            "public_m2": view.difference(private).area,
            "private_m2": private_m2,
            "masking_required": private_m2 > tolerance_m2,
        }
    return figures


def close(ours, theirs, arcs):
    """Within the plugin's arc shortfall of the sector its arcs close
    (`arcs_m2`; plus float noise)."""
    return abs(ours - theirs) <= ARC_SHORTFALL * arcs * 1.05 + 1e-6
