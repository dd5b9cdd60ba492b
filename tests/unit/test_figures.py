"""Council figures on shapes whose areas are known by hand."""

import numpy as np
import pytest
import shapely

from camera_coverage.core.figures import (
    FLAG_RULE,
    cameras_by_rule,
    density,
    network_cost,
    public_domain_under_view,
)


def box(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)


def test_public_domain_counts_overlapping_views_once():
    # Study area 100 x 100; one private parcel 0..50 x 0..100 and one public
    # parcel 50..60; the rest (60..100) is un-parcelled road: public domain
    # = 100 x 100 - 50 x 100 = 5,000 m².
    parcels = np.array([box(0, 0, 50, 100), box(50, 0, 60, 100)])
    is_public = np.array([False, True])
    # Two identical views 40..80 x 0..10: 400 m², of which 10 x 10 private,
    # so 300 m² public, counted once although two cameras see it.
    views = np.array([box(40, 0, 80, 10), box(40, 0, 80, 10)])
    ident = np.array([box(70, 0, 80, 10), shapely.from_wkt("POLYGON EMPTY")])
    figures = public_domain_under_view(
        views, parcels, is_public, study_area=box(0, 0, 100, 100), levels={"ident": ident}
    )
    assert figures.study_area_m2 == pytest.approx(10_000)
    assert figures.public_m2 == pytest.approx(5_000)
    assert figures.seen_m2 == pytest.approx(300)
    assert figures.ident_m2 == pytest.approx(100)
    assert figures.share(figures.seen_m2) == pytest.approx(0.06)


def test_without_study_area_the_parcels_hull_stands_for_the_town():
    # Two private parcels 0..10 and 20..30 (x), 0..10 (y): hull 30 x 10,
    # public domain = the 10 x 10 gap between them.
    parcels = np.array([box(0, 0, 10, 10), box(20, 0, 30, 10)])
    figures = public_domain_under_view(
        np.array([box(15, 0, 25, 10)]),
        parcels,
        [False, False],
        levels={"ident": np.array([box(15, 0, 16, 1)])},
    )
    assert figures.public_m2 == pytest.approx(100)
    assert figures.seen_m2 == pytest.approx(50)
    assert figures.ident_m2 == pytest.approx(1)


def test_cameras_by_rule_reads_flag_rules_or_falls_back_to_the_flag():
    assert cameras_by_rule([True, False, True]) == {FLAG_RULE: 2}
    assert cameras_by_rule([True, True, False], ["A, B", "B;C", ""]) == {"A": 1, "B": 2, "C": 1}


def test_cost_and_density():
    cost = network_cost(20, 37_500, 7_500, 45_000)
    assert cost.investment_eur == 750_000
    assert cost.upkeep_eur_year == 150_000
    assert cost.upkeep_in_officers == pytest.approx(150_000 / 45_000)
    with pytest.raises(ValueError):
        network_cost(1, 1, 1, 0)
    assert density(10, 2_000_000) == (5.0, None)
    assert density(10, 2_000_000, 4_000) == (5.0, 2.5)


def test_camera_counts_tell_audited_from_given_and_count_those_in_the_area():
    from camera_coverage.core.figures import camera_counts

    area = box(0, 0, 100, 100)
    # Four usable cameras: two in the area, one on its edge (stands in it),
    # one outside; the outside one and one inside have no parcel in reach.
    points = np.array(
        [
            shapely.Point(10, 10),
            shapely.Point(50, 50),
            shapely.Point(100, 20),
            shapely.Point(300, 300),
        ]
    )
    undetermined = np.array([False, True, False, True])
    # Two rejected cameras: one in the area, one without a location.
    rejected = np.array([shapely.Point(90, 90), None], dtype=object)
    counts = camera_counts(points, undetermined, rejected, area)
    assert (counts.given, counts.audited, counts.beyond_cadastre, counts.rejected) == (6, 2, 2, 2)
    assert counts.in_study_area == 4
    assert counts.not_audited == 4
    assert camera_counts(points, None, np.empty(0, dtype=object), None).in_study_area == 0
