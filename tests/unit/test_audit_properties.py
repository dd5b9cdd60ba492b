"""Properties of the whole core audit on random scenes (hypothesis):
coverage grows with range and field of view, pieces add up to what is
covered, and the private area never exceeds it."""

import math

import numpy as np
import shapely
from hypothesis import example, given, settings
from hypothesis import strategies as st

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.footprint import MAX_STEP_DEG

X0, Y0 = 652_000.0, 6_862_000.0
# A grid of 20 m parcels with 8 m streets between them, no overlaps.
CELLS = np.array(
    [
        shapely.box(X0 + x, Y0 + y, X0 + x + 20, Y0 + y + 20)
        for x in range(-112, 112, 28)
        for y in range(-112, 112, 28)
    ]
)
IDS = [f"P{i}" for i in range(len(CELLS))]

cameras = st.lists(
    st.tuples(
        st.floats(-60, 60),
        st.floats(-60, 60),
        st.one_of(st.none(), st.floats(0, 359.9)),
        st.floats(10, 300),
        st.floats(5, 50),
    ),
    min_size=1,
    max_size=6,
)
buildings = st.lists(
    st.tuples(st.floats(-80, 70), st.floats(-80, 70), st.floats(3, 12), st.floats(3, 12)),
    max_size=5,
)


def audit(scene, walls, range_add=0.0, fov_add=0.0, public=None):
    xy = np.array([(X0 + x, Y0 + y) for x, y, *_ in scene])
    values = CameraValues(
        [f"c{i}" for i in range(len(scene))],
        [np.nan if d is None else d for _, _, d, _, _ in scene],
        [min(f + fov_add, 360.0) for *_, f, _ in scene],
        [r + range_add for *_, r in scene],
    )
    blocks = np.array([shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h) for x, y, w, h in walls])
    public = np.zeros(len(CELLS), dtype=bool) if public is None else public
    return run_audit(
        shapely.points(xy),
        "EPSG:2154",
        values,
        CELLS,
        "EPSG:2154",
        IDS,
        public,
        AuditSettings(),
        buildings=blocks if len(blocks) else None,
        buildings_crs="EPSG:2154",
    )


# Arcs are inscribed polygons: two footprints whose arcs are cut at other
# bearings may differ by the chords' shortfall, 1 - sin(s)/s of the area
# for steps of s (the footprint module's documented approximation).
STEP = math.radians(MAX_STEP_DEG)
ARC_SHORTFALL = 1 - math.sin(STEP) / STEP


@settings(max_examples=40, deadline=None)
@given(cameras, buildings, st.floats(0.5, 20), st.floats(0.5, 40))
# Found by hypothesis: on a wall, looking out over a half disc; a wider lens
# cuts its arc at other bearings.
@example([(0.0, 0.0, 172.0, 197.0, 5.0)], [(-1.0, 0.0, 3.0, 3.0)], 1.0, 1.0)
def test_coverage_grows_with_range_and_field_of_view(scene, walls, more_range, more_fov):
    base = audit(scene, walls).exposure.covered_m2
    farther = audit(scene, walls, range_add=more_range).exposure.covered_m2
    wider = audit(scene, walls, fov_add=more_fov).exposure.covered_m2
    assert np.all(farther >= base * (1 - ARC_SHORTFALL) - 1e-6)
    assert np.all(wider >= base * (1 - ARC_SHORTFALL) - 1e-6)


@settings(max_examples=40, deadline=None)
@given(cameras, buildings, st.lists(st.booleans(), min_size=len(CELLS), max_size=len(CELLS)))
def test_pieces_add_up_to_the_coverage(scene, walls, public):
    result = audit(scene, walls, public=np.array(public))
    exposure = result.exposure
    pieces = exposure.with_unparcelled()
    total = np.bincount(pieces.camera, pieces.area_m2, minlength=len(exposure.covered_m2))
    np.testing.assert_allclose(total, exposure.covered_m2, rtol=1e-7, atol=1e-6)
    private = np.bincount(
        pieces.camera[~pieces.is_public],
        pieces.area_m2[~pieces.is_public],
        minlength=len(exposure.covered_m2),
    )
    np.testing.assert_allclose(private, exposure.private_m2, rtol=1e-7, atol=1e-6)
    assert np.all(exposure.private_m2 <= exposure.covered_m2 + 1e-6)
    for level in ("ident", "recog", "observ", "detect"):
        assert np.all(result.private_by_level[level] <= exposure.private_m2 + 1e-6)


def test_cameras_that_see_only_a_wall_get_zero_figures():
    # Found by hypothesis: on a building's corner, looking into it.
    result = audit([(0.0, 0.0, 6.0, 10.0, 5.0)], [(0.0, 0.0, 3.0, 3.0)])
    assert result.exposure.covered_m2.tolist() == [0.0]
    assert result.exposure.private_m2.tolist() == [0.0]
    assert not result.masking_required[0]


@settings(max_examples=40, deadline=None)
@given(cameras, buildings, st.lists(st.booleans(), min_size=len(CELLS), max_size=len(CELLS)))
def test_public_and_private_areas_computed_independently(scene, walls, public):
    """public_m2 is not taken on trust as covered - private: both sides are
    measured here straight from the footprints and the parcels (what lies
    outside every private parcel is public), and every figure is finite."""
    public = np.array(public)
    result = audit(scene, walls, public=public)
    exposure = result.exposure
    footprints = result.coverage.footprints
    private_land = shapely.union_all(CELLS[~public])
    private = shapely.area(shapely.intersection(footprints, private_land))
    public_area = shapely.area(shapely.difference(footprints, private_land))
    np.testing.assert_allclose(exposure.private_m2, private, rtol=1e-7, atol=1e-6)
    np.testing.assert_allclose(exposure.public_m2, public_area, rtol=1e-7, atol=1e-6)
    np.testing.assert_allclose(exposure.covered_m2, shapely.area(footprints), rtol=1e-9)
    for figures in (exposure.covered_m2, exposure.public_m2, exposure.private_m2):
        assert np.all(np.isfinite(figures)) and np.all(figures >= 0)
    coordinates = shapely.get_coordinates(footprints)
    assert np.all(np.isfinite(coordinates))
