"""Which buildings are dwellings and which building each entrance opens
into, on small hand-made scenes (mutation survivors of dwellings.py)."""

import numpy as np
import shapely

from camera_coverage.core.dwellings import (
    DWELLING,
    OTHER,
    POSSIBLE,
    building_use,
    entrance_owners,
)


def test_a_building_with_a_single_dwelling_is_a_dwelling():
    # BD TOPO's nombre_de_logements = 1: a house, the commonest dwelling.
    assert building_use(3, dwelling_count=[1, "1", None]).tolist() == [
        DWELLING,
        DWELLING,
        POSSIBLE,
    ]


def test_each_entrance_gets_the_building_it_opens_into_or_minus_one():
    house = shapely.box(0, 0, 10, 10)
    shop = shapely.box(20, 0, 30, 10)
    entrances = shapely.points([(5, -1.0), (25, -1.5), (50, 50)])
    owners = entrance_owners(entrances, np.array([house, shop]), [DWELLING, OTHER])
    # 1 m and 1.5 m from their buildings (within 2 m); the third 20 m from any.
    assert owners.building.tolist() == [0, 1, -1]
    assert owners.far.tolist() == [2]
    # A shop's door is no dwelling's entrance; one of no known building may be.
    assert owners.counts.tolist() == [True, False, True]
