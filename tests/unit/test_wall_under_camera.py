"""A camera fixed on a wall stands a hair off the wall's line as digitised
(under visibility.TOUCH_M, 1 mm): that wall must not blind it, wherever
along the wall it stands (mutation survivors of visibility.py)."""

import numpy as np
import pytest
import shapely

from camera_coverage.core.visibility import visible_footprints


@pytest.mark.parametrize("along", [3.0, -7.5])
def test_a_camera_half_a_millimetre_off_its_wall_sees_both_sides(along):
    wall = shapely.LineString([(-10, 0), (10, 0)])
    camera = (along, 0.0005)
    # 10 m × 10 m of ground round the camera, half on each side of the wall.
    square = shapely.box(along - 5, -5, along + 5, 5)
    (seen,) = visible_footprints(
        np.array([camera]),
        np.array([square], dtype=object),
        np.array([20.0]),
        np.empty(0, dtype=object),
        walls=np.array([wall], dtype=object),
    )
    assert seen.area == pytest.approx(100.0, abs=1e-6)
