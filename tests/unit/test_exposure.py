"""The public / private split against areas worked out by hand."""

import math

import numpy as np
import pytest
import shapely

from camera_coverage.core.exposure import UNPARCELLED, split_coverage
from camera_coverage.core.footprint import sectors


def disc(x, y, r):
    return sectors([x], [y], [np.nan], [360.0], [r])[0]


def segment_area(r, d):
    """Area of the part of a disc of radius r beyond a chord at distance d."""
    return r * r * math.acos(d / r) - d * math.sqrt(r * r - d * d)


def test_disc_against_a_half_plane_parcel():
    r, d = 30.0, 12.0
    coverage = [disc(0, 0, r)]
    parcel = shapely.box(-1000, d, 1000, 1000)
    exposure = split_coverage(coverage, [parcel], [False])
    assert exposure.private_m2[0] == pytest.approx(segment_area(r, d), rel=1e-3)
    assert exposure.public_m2[0] == pytest.approx(math.pi * r * r - segment_area(r, d), rel=1e-3)


def test_public_plus_private_is_covered_even_with_overlapping_parcels():
    coverage = [disc(0, 0, 20), disc(100, 0, 20), disc(500, 500, 5)]
    parcels = [
        shapely.box(0, 0, 50, 50),
        shapely.box(-10, -10, 10, 10),  # overlaps the first
        shapely.box(90, -50, 200, 50),  # public
    ]
    exposure = split_coverage(coverage, parcels, [False, False, True])
    total = exposure.public_m2 + exposure.private_m2
    np.testing.assert_allclose(total, exposure.covered_m2, rtol=1e-9)
    # Camera 0: union of the quarter disc and the 10x10 squares in the other quadrants.
    quarter = math.pi * 400 / 4
    assert exposure.private_m2[0] == pytest.approx(quarter + 3 * 100, rel=1e-3)
    # Camera 1 sees a public parcel and the un-parcelled road only.
    assert exposure.private_m2[1] == 0
    # Camera 2 sees nothing but the road.
    assert exposure.public_m2[2] == pytest.approx(math.pi * 25, rel=1e-3)


def test_pieces_name_the_parcels_and_the_unparcelled_road():
    coverage = [disc(0, 0, 10)]
    parcels = [shapely.box(0, 0, 20, 20), shapely.box(-20, 0, 0, 20), shapely.box(-20, -20, 0, 0)]
    exposure = split_coverage(coverage, parcels, [False, True, False])
    pieces = exposure.with_unparcelled()
    by_parcel = dict(zip(pieces.parcel.tolist(), pieces.area_m2.tolist()))
    quarter = math.pi * 100 / 4
    assert set(by_parcel) == {0, 1, 2, UNPARCELLED}
    for key in by_parcel:
        assert by_parcel[key] == pytest.approx(quarter, rel=1e-3)
    assert pieces.is_public[pieces.parcel == 1].all()
    assert pieces.is_public[pieces.parcel == UNPARCELLED].all()
    assert not pieces.is_public[pieces.parcel == 0].any()
    assert exposure.private_m2[0] == pytest.approx(2 * quarter, rel=1e-3)
    assert [list(p) for p in exposure.private_parcels()] == [[0, 2]] or [
        list(p) for p in exposure.private_parcels()
    ] == [[2, 0]]


def test_private_parcels_come_largest_first():
    coverage = [disc(0, 0, 10)]
    parcels = [shapely.box(5, -20, 20, 20), shapely.box(-20, -20, -1, 20)]
    exposure = split_coverage(coverage, parcels, [False, False])
    assert list(exposure.private_parcels()[0]) == [1, 0]


def test_touching_parcels_add_no_area_and_no_line_pieces():
    coverage = [shapely.box(0, 0, 10, 10)]
    parcels = [shapely.box(10, 0, 20, 10), shapely.box(0, 0, 5, 10)]
    exposure = split_coverage(coverage, parcels, [False, False])
    assert exposure.private_m2[0] == pytest.approx(50)
    pieces = exposure.with_unparcelled()
    assert set(pieces.parcel.tolist()) == {1, UNPARCELLED}
    types = shapely.get_type_id(pieces.geometry)
    assert set(types.tolist()) <= {3, 6}
