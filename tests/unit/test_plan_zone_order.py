"""Where two zones of a lycée plan overlap, the ground goes to the zone
whose rule is stricter, whichever was drawn first: toilets and changing
rooms, then the staff room, then the places pupils live in (classroom,
playground...), then circulation (corridor, entrance...), then "other",
then a zone of no known type (mutation survivors of plans.py)."""

import numpy as np
import pytest
import shapely

from camera_coverage.core.plans import own_ground

# Each pair: the laxer type drawn first, then the stricter one.
PAIRS = [
    ("staff_room", "toilets"),
    ("classroom", "staff_room"),
    ("corridor", "classroom"),
    ("other", "corridor"),
    (None, "other"),
]


def test_the_stricter_zone_keeps_the_ground_two_zones_share():
    zones, types = [], []
    for k, (laxer, stricter) in enumerate(PAIRS):
        x = 100.0 * k
        # Two 10 m × 10 m rooms sharing a 5 m × 10 m strip.
        zones += [shapely.box(x, 0, x + 10, 10), shapely.box(x + 5, 0, x + 15, 10)]
        types += [laxer, stricter]
    perimeter = shapely.box(-50, -50, 550, 50)
    own, overlaps = own_ground(np.array(zones, dtype=object), types, perimeter)
    assert shapely.area(own).tolist() == pytest.approx([50.0, 100.0] * len(PAIRS))
    # Overlaps of two known types are reported, stricter zone first; the
    # zone of no known type is no overlap of two types.
    assert sorted(overlaps) == pytest.approx(
        [(2 * k + 1, 2 * k, 50.0) for k in range(len(PAIRS) - 1)]
    )
