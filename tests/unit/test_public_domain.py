"""The public domain under view when the public flag comes as a notebook
user holds it: a 0/1 column rather than booleans."""

import numpy as np
import pytest
import shapely

from camera_coverage.core.figures import public_domain_under_view


def test_a_public_flag_of_zeros_and_ones_reads_as_booleans():
    # Study area 100 x 100; a private parcel 0..50 and a public one 50..60
    # (x): public domain 100 x 100 - 50 x 100 = 5,000 m². The view 40..80 x
    # 0..10 has 10 x 10 of private land: 300 m² of public domain seen.
    parcels = np.array([shapely.box(0, 0, 50, 100), shapely.box(50, 0, 60, 100)])
    views = np.array([shapely.box(40, 0, 80, 10)])
    figures = public_domain_under_view(
        views, parcels, np.array([0, 1]), study_area=shapely.box(0, 0, 100, 100)
    )
    assert figures.public_m2 == pytest.approx(5_000)
    assert figures.seen_m2 == pytest.approx(300)
