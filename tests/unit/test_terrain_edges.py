"""The relief where the DEM stops or lies: ground off the DEM, a camera
beside it, impossible heights (undeclared no-data), a DEM too fine for a
camera's reach, a cancel. Scenes as in test_terrain.py: 1 m cells from O,
an all-round camera 5 m up at (50.5, 50.5), range 30 m."""

import math

import numpy as np
import pytest
from shapely.geometry import Point

from camera_coverage.core.progress import Cancelled
from camera_coverage.core.terrain import Dem

from .test_terrain import L93, OX, OY, cut, ridge_dem, segment

DISC = Point(50.5, 50.5).buffer(30, quad_segs=256)


def test_ground_off_the_dem_is_not_hidden():
    # A flat DEM over the western half only (x < 50): the eastern half of
    # the disc is off it, and flat ground hides nothing.
    dem = Dem(np.zeros((100, 50)), OX, OY + 100, 1.0, L93)
    out, relief = cut(dem, 49.5, 50.5, Point(49.5, 50.5).buffer(30, quad_segs=256), 5.0, 30.0)
    assert out.area == pytest.approx(DISC.area, rel=1e-9)
    assert relief.hidden_m2[0] == pytest.approx(0.0, abs=1e-6)


def test_the_ridge_still_hides_what_lies_behind_it_on_a_dem_cut_short():
    # The ridge DEM cut at x = 70: the segment beyond the crest up to x = 70
    # is hidden (cells to x = 70), the ground beyond x = 70 is off the DEM
    # and kept: hidden = segment(a = 10.5) - segment(a = 19.5).
    dem = ridge_dem()
    short = Dem(dem.heights[:, :70], dem.x0, dem.y0, dem.cell, dem.crs)
    out, relief = cut(short, 50.5, 50.5, DISC, 5.0, 30.0)
    hidden = segment(30.0, 10.5) - segment(30.0, 19.5)
    assert relief.hidden_m2[0] == pytest.approx(hidden, rel=2e-3)
    assert out.contains(Point(75, 50.5)) and not out.contains(Point(65, 50.5))


def test_a_camera_beside_the_dem_is_not_judged_on_its_edge():
    # The DEM stops at x = 40, the camera stands at x = 50.5: the height
    # under it is not known, so it keeps its disc and is counted.
    dem = Dem(np.full((100, 40), 20.0), OX, OY + 100, 1.0, L93)
    out, relief = cut(dem, 50.5, 50.5, DISC, 5.0, 30.0)
    assert out.area == pytest.approx(DISC.area, rel=1e-9)
    assert relief.over_nodata == 1


@pytest.mark.parametrize("value", [1e30, 3.4e38, -9999.0, -3.4e38, math.inf, -math.inf])
def test_impossible_heights_are_unknown_ground(value):
    # A 5 x 20 m patch of an undeclared no-data value 8 m east of the
    # camera on flat ground: taken as relief, 1e30 would hide the ground
    # behind it; taken as a pit, -9999 would lose the patch itself.
    heights = np.zeros((100, 100))
    heights[40:60, 58:63] = value
    _, relief = cut(Dem(heights, OX, OY + 100, 1.0, L93), 50.5, 50.5, DISC, 5.0, 30.0)
    assert relief.hidden_m2[0] == pytest.approx(0.0, abs=1e-6)


def test_a_camera_on_an_impossible_height_is_not_judged():
    heights = np.zeros((100, 100))
    heights[45:56, 45:56] = 1e30
    out, relief = cut(Dem(heights, OX, OY + 100, 1.0, L93), 50.5, 50.5, DISC, 5.0, 30.0)
    assert relief.over_nodata == 1 and out.area == pytest.approx(DISC.area, rel=1e-9)


def test_a_dem_too_fine_for_the_reach_is_refused_in_plain_words():
    # 0.01 m cells and 30 m of reach: 6,000 cells across, 36 million.
    dem = Dem(np.zeros((10, 10)), OX, OY + 100, 0.01, L93)
    with pytest.raises(ValueError, match=r"cells \(0.01 m\) are too fine .* 36,000,000 cells"):
        cut(dem, 50.5, 50.5, DISC, 5.0, 30.0)


class CancelAfter:
    def __init__(self, calls):
        self.calls = calls

    def set_progress(self, percent):
        pass

    def is_canceled(self):
        self.calls -= 1
        return self.calls < 0


def test_a_cancel_stops_between_cameras():
    import shapely

    from camera_coverage.core.terrain import cut_by_relief

    points = shapely.points([[OX + 50.5, OY + 50.5]] * 3)
    disc = shapely.affinity.translate(DISC, OX, OY)
    with pytest.raises(Cancelled):
        cut_by_relief(
            points, L93, np.array([disc] * 3), np.full(3, 5.0), np.full(3, 30.0), ridge_dem(),
            progress=CancelAfter(1),
        )  # fmt: skip
