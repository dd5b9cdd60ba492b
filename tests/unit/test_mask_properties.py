"""Properties of the masks on random scenes (hypothesis): a mask's bearings
are one contiguous span of the ground it masks, never blanking more than
1° of ground free of it; slivers are dropped and counted, the rest kept;
and only a camera flagged by a masking rule gets masks.

Every check is made here, independently of the code under test: the
bearings a mask's ground takes are found by casting rays from the camera
every 0.05° across the mask's span, and by the bearings of its vertices."""

import math

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.dwellings import DWELLING, OTHER, POSSIBLE
from camera_coverage.core.legal import LegalInputs, legal_reading
from camera_coverage.core.masks import camera_masks

from .test_audit_properties import CELLS, IDS, X0, Y0

L93 = "EPSG:2154"
# On Lambert-93's central meridian (3°E) grid north is true north.
XM, YM = 700_000.0, 6_600_000.0
STEP_DEG = 0.05
# How much ground free of a mask its span may take in (the contract).
GAP_DEG = 1.0


def at(bearing_deg, distance, x0=XM, y0=YM):
    rad = math.radians(bearing_deg)
    return (x0 + distance * math.sin(rad), y0 + distance * math.cos(rad))


def sector(direction, fov, reach, x0=XM, y0=YM):
    if fov >= 360:
        return shapely.Point(x0, y0).buffer(reach, quad_segs=64)
    steps = max(int(fov), 2)
    return shapely.Polygon(
        [(x0, y0)]
        + [at(direction - fov / 2 + fov * k / steps, reach, x0, y0) for k in range(steps + 1)]
    )


def longest_free_run(geom, origin, start_deg, span_deg, reach):
    """The widest run of bearings, clockwise from `start_deg` over
    `span_deg`, whose ray from `origin` meets none of `geom` (rays start a
    tenth of a millimetre out: a zone touching the camera would meet every
    ray)."""
    bearings = start_deg + np.r_[np.arange(0.0, span_deg, STEP_DEG), span_deg]
    rad = np.radians(bearings)
    direction = np.column_stack([np.sin(rad), np.cos(rad)])
    rays = shapely.linestrings(
        np.stack([origin + 1e-4 * direction, origin + reach * direction], axis=1)
    )
    hit = shapely.intersects(geom, rays)
    # The bearings of the hits, with the span's ends: the widest step
    # between two of them is the widest free run.
    marks = np.r_[bearings[0], bearings[hit], bearings[-1]]
    return float(np.diff(marks).max(initial=0.0))


def vertex_bearings(geom, origin):
    xy = shapely.get_coordinates(geom)
    d = xy - origin
    far = np.hypot(d[:, 0], d[:, 1]) > 1e-6
    return np.degrees(np.arctan2(d[far, 0], d[far, 1])) % 360.0


def check_row(masks, row, origin, reach):
    """One mask row against its own ground."""
    geom = masks.geometry[row]
    start, span = masks.from_deg[row], masks.span_deg[row]
    # Its ground lies within its span...
    lead = (vertex_bearings(geom, origin) - start + 1e-4) % 360.0
    assert np.all(lead <= span + 2e-4), (start, span, lead.max())
    # ...and its span takes in at most 1° of bearings free of its ground.
    free = longest_free_run(geom, origin, start, span, 2 * reach)
    assert free <= GAP_DEG + 2 * STEP_DEG, (start, span, free)
    if span < 359.99:
        assert abs((start + span - masks.to_deg[row] + 180) % 360 - 180) < 1e-6


def arc_gap(a_start, a_span, b_start, b_span):
    """The free bearings between two disjoint arcs, the narrower side."""
    after_a = (b_start - a_start - a_span) % 360.0
    after_b = (a_start - b_start - b_span) % 360.0
    return min(after_a, after_b)


zones = st.lists(
    st.tuples(
        st.sampled_from(["private_land", "dwelling_facade"]),
        st.floats(-45, 40),
        st.floats(-45, 40),
        # Widths down to a few centimetres: slivers.
        st.floats(0.02, 25),
        st.floats(0.02, 25),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(
    direction=st.one_of(st.none(), st.floats(0, 359.9)),
    fov=st.floats(10, 359),
    zones=zones,
    min_area=st.sampled_from([0.5, 0.5, 2.0, 0.0]),
)
def test_each_mask_is_one_span_of_its_own_ground(direction, fov, zones, min_area):
    reach = 45.0
    view = 360.0 if direction is None else fov
    footprint = sector(0.0 if direction is None else direction, view, reach)
    kinds = np.array([k for k, *_ in zones], dtype=object)
    ground = np.array(
        [
            footprint.intersection(shapely.box(XM + x, YM + y, XM + x + w, YM + y + h))
            for _, x, y, w, h in zones
        ],
        dtype=object,
    )
    masks = camera_masks(
        [[XM, YM]],
        [np.nan if direction is None else direction],
        [view],
        L93,
        np.zeros(len(zones), dtype=int),
        kinds,
        ground,
        min_area_m2=min_area,
    )
    origin = np.array([XM, YM])
    for row in range(len(masks)):
        check_row(masks, row, origin, reach)
        assert masks.area_m2[row] >= min_area
    for kind in set(kinds):
        zone = shapely.union_all(ground[kinds == kind])
        pieces = shapely.get_parts(zone)
        pieces = pieces[shapely.area(pieces) > 0]
        mine = np.flatnonzero(masks.kind == kind)
        # Every piece is in a mask or counted as a sliver; the masks hold
        # the zone's pieces of at least the minimum area, nothing else.
        kept = pieces[shapely.area(pieces) >= max(min_area, 1e-6)]
        assert np.isclose(masks.area_m2[mine].sum(), shapely.area(kept).sum(), rtol=1e-7, atol=1e-6)
        # Two masks of one kind are more than 1° apart: else they are one.
        for i in mine:
            for j in mine[mine > i]:
                gap = arc_gap(
                    masks.from_deg[i], masks.span_deg[i], masks.from_deg[j], masks.span_deg[j]
                )
                assert gap > GAP_DEG - 1e-6
    pieces = shapely.get_parts(
        np.array([shapely.union_all(ground[kinds == k]) for k in set(kinds)], dtype=object)
    )
    area = shapely.area(pieces)
    slivers = (area >= 1e-6) & (area < min_area)
    assert masks.slivers[0] == slivers.sum()
    assert np.isclose(masks.sliver_m2[0], area[slivers].sum(), atol=1e-9)


uses = st.sampled_from([DWELLING, POSSIBLE, OTHER])
scenes = st.lists(
    st.tuples(
        st.floats(-60, 60),
        st.floats(-60, 60),
        st.one_of(st.none(), st.floats(0, 359.9)),
        st.floats(10, 300),
        st.floats(5, 40),
    ),
    min_size=1,
    max_size=6,
)
blocks = st.lists(
    st.tuples(st.floats(-80, 70), st.floats(-80, 70), st.floats(3, 12), st.floats(3, 12), uses),
    max_size=5,
)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    scenes,
    blocks,
    st.lists(st.booleans(), min_size=len(CELLS), max_size=len(CELLS)),
    st.lists(st.booleans(), min_size=6, max_size=6),
    # Tolerances from none to more than most cameras see of private land:
    # many cameras see some private ground and are not flagged.
    st.floats(0, 400),
)
def test_only_flagged_cameras_get_masks(scene, walls, public, operators, tolerance):
    settings_ = AuditSettings(tolerance_m2=tolerance)
    n = len(scene)
    xy = np.array([(X0 + x, Y0 + y) for x, y, *_ in scene])
    values = CameraValues(
        [f"c{i}" for i in range(n)],
        [np.nan if d is None else d for _, _, d, _, _ in scene],
        [f for *_, f, _ in scene],
        [r for *_, r in scene],
    )
    buildings = np.array(
        [shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h) for x, y, w, h, _ in walls],
        dtype=object,
    )
    result = run_audit(
        shapely.points(xy),
        L93,
        values,
        CELLS,
        L93,
        IDS,
        np.array(public),
        settings_,
        buildings=buildings if len(buildings) else None,
        buildings_crs=L93,
    )
    inputs = LegalInputs(
        parcels=CELLS,
        parcels_crs=L93,
        buildings=buildings if len(buildings) else None,
        buildings_crs=L93,
        building_use=np.array([u for *_, u in walls], dtype=object),
        building_ids=[f"B{i}" for i in range(len(walls))],
        private_operator=np.array(operators[:n]),
    )
    legal = legal_reading(result, values, inputs, IDS, settings_)
    masks = legal.masks
    flagged = np.asarray(legal.masking_required, dtype=bool)
    # Every mask row belongs to a camera a masking rule flags...
    assert flagged[masks.camera].all(), [
        (legal.flag_rules[c], masks.kind[k]) for k, c in enumerate(masks.camera) if not flagged[c]
    ]
    # ...and a camera with no mask has nothing masked.
    unmasked = np.setdiff1d(np.arange(len(flagged)), masks.camera)
    assert np.all(masks.masked_share[unmasked] == 0.0)
