"""The ground the relief hides, on synthetic DEMs worked out on paper.

Scenes stand in Lambert-93 near Paris (O, below); a DEM's cells are squares
whose heights stand at their centres, the ground between centres is
interpolated bilinearly (as in GRASS r.viewshed), and a cell is seen when
the sight line from the camera's eye to its centre clears the ground."""

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import Point, box

from camera_coverage.core.audit import AuditSettings, camera_coverage
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.terrain import Dem, cut_by_relief
from camera_coverage.core.working_crs import reproject

L93 = "EPSG:2154"
UTM31 = "EPSG:32631"
OX, OY = 650_000.0, 6_860_000.0


def cut(dem, x, y, footprint, height, reach):
    """One camera at (x, y) from O, its footprint given from O too."""
    footprints, relief = cut_by_relief(
        shapely.points([[OX + x, OY + y]]),
        L93,
        np.array([shapely.affinity.translate(footprint, OX, OY)], dtype=object),
        np.array([height], dtype=float),
        np.array([reach], dtype=float),
        dem,
    )
    return shapely.affinity.translate(footprints[0], -OX, -OY), relief


def segment(r, a):
    """Area of a disc of radius r beyond a chord a from its centre."""
    return r * r * math.acos(a / r) - a * math.sqrt(r * r - a * a)


def ridge_dem():
    """100 × 100 cells of 1 m over O..O+100, flat at 0 but for a 10 m ridge
    one cell wide along x = 60..61 (cell centres at x = 60.5)."""
    heights = np.zeros((100, 100))
    heights[:, 60] = 10.0
    return Dem(heights, OX, OY + 100, 1.0, L93)


def test_flat_ground_changes_nothing():
    dem = Dem(np.full((100, 100), 35.0), OX, OY + 100, 1.0, L93)
    disc = Point(50.5, 50.5).buffer(30, quad_segs=64)
    out, relief = cut(dem, 50.5, 50.5, disc, 5.0, 30.0)
    assert out.area == pytest.approx(disc.area, rel=1e-9)
    assert relief.hidden_m2[0] == pytest.approx(0.0, abs=1e-6)
    assert (relief.without_height, relief.over_nodata) == (0, 0)


def test_cameras_in_another_metric_crs_are_judged_on_the_dem_where_they_stand():
    # The ridge scene with the camera and its disc in UTM 31N: the ground
    # seen, brought back to Lambert-93, is the disc less the same segment.
    disc = Point(OX + 50.5, OY + 50.5).buffer(30, quad_segs=256)
    camera, utm_disc = reproject(np.array([Point(OX + 50.5, OY + 50.5), disc]), L93, UTM31)
    out, _ = cut_by_relief(
        np.array([camera]),
        UTM31,
        np.array([utm_disc]),
        np.array([5.0]),
        np.array([30.0]),
        ridge_dem(),
    )
    back = reproject(out, UTM31, L93)[0]
    assert back.intersection(disc).area == pytest.approx(disc.area - segment(30.0, 10.5), rel=2e-3)
    assert back.bounds[2] == pytest.approx(OX + 61.0, abs=1e-6)


def test_a_camera_on_the_ground_of_a_flat_town_sees_all_its_disc():
    dem = Dem(np.zeros((100, 100)), OX, OY + 100, 1.0, L93)
    disc = Point(50.5, 50.5).buffer(30, quad_segs=64)
    assert cut(dem, 50.5, 50.5, disc, 0.0, 30.0)[0].area == pytest.approx(disc.area)


def test_a_ridge_above_the_eye_hides_the_square_behind_it():
    # The eye is 5 m up at x = 50.5, the ridge 10 m high at x = 60.5: it
    # hides everything beyond its crest. The cells seen are those whose
    # centres stand up to the crest, up to x = 61; the square at x = 70..76
    # is all hidden. Disc of radius r = 30 cut at a = 10.5 from its centre:
    # a segment of r² acos(a/r) - a sqrt(r² - a²) is hidden.
    square = box(70, 45, 76, 56)
    disc = Point(50.5, 50.5).buffer(30, quad_segs=256)
    out, relief = cut(ridge_dem(), 50.5, 50.5, disc, 5.0, 30.0)
    assert not out.intersects(square)
    hidden = segment(30.0, 10.5)
    assert out.area == pytest.approx(math.pi * 30.0**2 - hidden, rel=1e-3)
    assert relief.hidden_m2[0] == pytest.approx(hidden, rel=1e-3)
    assert out.bounds[2] == pytest.approx(61.0)


def test_a_ridge_below_a_high_camera_hides_nothing_beyond_its_foot():
    # From 30 m up, the sight line to (x, 0) at 10 m crest distance stands
    # at 30 (1 - 10 / d) >= 10 for every d >= 15: only the ground within
    # 4.5 m behind the crest's foot is hidden... and the crest's own ramp
    # stays in view. The square at x = 70..76 (d >= 19.5) is all seen.
    square = box(70, 45, 76, 56)
    disc = Point(50.5, 50.5).buffer(30, quad_segs=64)
    out, _ = cut(ridge_dem(), 50.5, 50.5, disc, 30.0, 30.0)
    assert out.intersection(square).area == pytest.approx(square.area)


def plateau_dem():
    """A 10 m plateau whose edge runs north-south 5 m east of the camera
    (cell centres every 0.25 m, the camera on one, at (0.125, 0.125)): cells
    whose centres stand at most 5 m east of it are 10 m high, the plain
    beyond is at 0."""
    cell = 0.25
    x0, y0 = -10.0, 15.0
    centres_x = x0 + cell / 2 + cell * np.arange(220)
    heights = np.where(centres_x - 0.125 <= 5.0 + 1e-9, 10.0, 0.0)
    return Dem(np.tile(heights, (120, 1)), OX + x0, OY + y0, cell, L93)


def test_a_camera_on_a_plateau_sees_the_plain_beyond_its_shadow():
    # The eye 6 m above the plateau, 16 m above the plain; the sight line
    # over the edge (5 m away, 10 m up) meets the plain at d with
    # 16 (1 - 5 / d) = 10: d = 5 × 16 / 6 = 13.33 m. Seen: 0..5.125 m (the
    # plateau cells) and the plain's cells from the first centre past
    # 13.33 m (13.5: its cell starts at 13.375) to 30 m; over the 20 m wide
    # footprint, 20 × (5.125 + 16.625) = 435 m² (433.3 m² without cells).
    footprint = box(0.125, -9.875, 30.125, 10.125)
    out, relief = cut(plateau_dem(), 0.125, 0.125, footprint, 6.0, 40.0)
    assert out.area == pytest.approx(435.0, abs=1e-6)
    assert out.area == pytest.approx(20 * (5 + 30 - 5 * 16 / 6), rel=0.01)
    assert relief.hidden_m2[0] == pytest.approx(600.0 - 435.0, abs=1e-6)
    assert out.contains(Point(0.125 + 20, 0.125))
    assert not out.contains(Point(0.125 + 10, 0.125))


def test_cameras_that_cannot_be_judged_keep_their_footprints_and_are_counted():
    heights = np.zeros((100, 100))
    heights[:, 60] = 10.0
    heights[40:60, 20:30] = np.nan  # no height under the second camera
    dem = Dem(heights, OX, OY + 100, 1.0, L93)
    discs = [Point(OX + x, OY + 50.5).buffer(30) for x in (50.5, 25.5, 50.5)]
    out, relief = cut_by_relief(
        shapely.points([[OX + 50.5, OY + 50.5], [OX + 25.5, OY + 50.5], [OX + 50.5, OY + 50.5]]),
        L93,
        np.array(discs, dtype=object),
        np.array([np.nan, 5.0, 5.0]),
        np.array([30.0, 30.0, 30.0]),
        dem,
    )
    assert out[0].equals(discs[0]) and out[1].equals(discs[1])
    assert out[2].area < discs[2].area
    assert (relief.without_height, relief.over_nodata) == (1, 1)
    assert list(relief.hidden_m2[:2]) == [0.0, 0.0]


def test_ground_of_unknown_height_is_not_hidden():
    heights = np.zeros((100, 100))
    heights[:, 60] = 10.0
    heights[:, 70:] = np.nan
    dem = Dem(heights, OX, OY + 100, 1.0, L93)
    disc = Point(50.5, 50.5).buffer(30, quad_segs=64)
    out, _ = cut(dem, 50.5, 50.5, disc, 5.0, 30.0)
    assert out.intersection(box(70, 0, 100, 100)).area == pytest.approx(
        disc.intersection(box(70, 0, 100, 100)).area
    )
    assert not out.intersects(box(62, 0, 69, 100))


def test_a_dem_in_degrees_is_refused_in_plain_words():
    dem = Dem(np.zeros((10, 10)), 2.3, 48.9, 0.001, "EPSG:4326")
    with pytest.raises(ValueError, match="not in a CRS projected in metres"):
        cut(dem, 0.0, 0.0, Point(0, 0).buffer(10), 5.0, 10.0)


def test_a_window_holds_the_cells_that_meet_the_box():
    dem = Dem(np.arange(100.0).reshape(10, 10), 0.0, 10.0, 1.0, L93)
    part = dem.window(2.5, 3.5, 4.5, 6.5)
    # Columns 2..4, rows 3..6 (row 0 is the north edge at y = 10).
    assert (part.x0, part.y0) == (2.0, 7.0)
    assert part.heights.tolist() == [[32, 33, 34], [42, 43, 44], [52, 53, 54], [62, 63, 64]]
    assert dem.window(-50, -50, -40, -40).heights.size == 0


def test_the_audit_cuts_footprints_by_the_relief_with_a_dem():
    # An all-round camera (range 30 m) 5 m up before the ridge: covered
    # ground is the disc less the segment behind the crest, as above.
    values = CameraValues(["c"], [np.nan], [360.0], [30.0], height_m=[5.0])
    points = shapely.points([[OX + 50.5, OY + 50.5]])
    flat = camera_coverage(points, L93, values, AuditSettings())
    hilly = camera_coverage(points, L93, values, AuditSettings(), dem=ridge_dem())
    assert flat.relief is None
    hidden = segment(30.0, 10.5)
    assert hilly.covered_m2[0] == pytest.approx(flat.covered_m2[0] - hidden, rel=2e-3)
    assert hilly.relief.hidden_m2[0] == pytest.approx(hidden, rel=2e-3)
