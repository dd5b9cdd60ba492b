"""The widest free gap of each zone round an all-round camera, given rows
of gaps by hand (mutation survivors of masks.py).

Through camera_masks a zone's gaps come from its vertices, and a zone that
leaves two gaps free must pass within HOLD_M (1 cm) of its camera; given
directly, the rows say plainly which gap is the widest of each zone."""

import numpy as np
import shapely

from camera_coverage.core.masks import _widest_free_gap


def test_each_zone_gets_its_widest_free_gap_not_a_narrower_one():
    # Two zones, each a box 5 to 7 m north of its camera: every ray that
    # does not point north is free of it.
    north = shapely.box(-1, 5, 1, 7)
    geoms = np.array([north, north], dtype=object)
    origin = np.zeros((2, 2))
    # Rows: (zone, bearing where the gap starts, its width); a ray down the
    # middle of each points south (180°), south-south-east (160°) or east
    # south-east (120°).
    owner = np.array([0, 1, 1])
    bearing = np.array([10.0, 10.0, 20.0])
    gap = np.array([340.0, 300.0, 200.0])
    chosen = _widest_free_gap(geoms, origin, owner, bearing, gap, reach=20.0)
    assert chosen.tolist() == [0, 1]


def test_a_blocked_widest_gap_gives_way_to_the_next_free_one():
    north = shapely.box(-1, 5, 1, 7)
    # Zone 0's widest gap has its middle due north, through the box.
    owner = np.array([0, 0, 0])
    bearing = np.array([185.0, 10.0, 20.0])
    gap = np.array([350.0, 300.0, 200.0])
    chosen = _widest_free_gap(np.array([north], dtype=object), np.zeros((1, 2)), owner, bearing,
                              gap, reach=20.0)  # fmt: skip
    assert chosen.tolist() == [1]
