"""The DEM parameter through processing.run, on the ridge scene of
tests/unit/test_terrain.py worked out on paper: 1 m cells, flat at 0 but for
a 10 m ridge along x = 60..61, an all-round camera (30 m) 5 m up at
(50.5, 50.5): the relief hides the disc's segment beyond x = 61."""

import math
import re

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from .layers import AUDIT_OUTPUTS, X0, Y0, LogFeedback, box, camera_layer, parcel_layer

WITH_HEIGHT = "camera_id:string,direction:double,fov:double,range_m:double,height_m:double"
NODATA = -9999.0
# r² acos(a/r) - a sqrt(r² - a²), r = 30, a = 10.5.
HIDDEN = 30.0**2 * math.acos(10.5 / 30) - 10.5 * math.sqrt(30.0**2 - 10.5**2)


def write_dem(path, epsg=2154, west=X0, north=Y0 + 100, cell=1.0):
    """The ridge, and no data over x = 20..30, y = 40..60."""
    heights = np.zeros((100, 100), dtype=np.float32)
    heights[:, 60] = 10.0
    heights[40:60, 20:30] = NODATA
    raster = gdal.GetDriverByName("GTiff").Create(str(path), 100, 100, 1, gdal.GDT_Float32)
    raster.SetGeoTransform((west, cell, 0.0, north, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    raster.SetProjection(srs.ExportToWkt())
    band = raster.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(heights)
    raster.FlushCache()
    raster = None
    return str(path)


def cameras():
    """c: 5 m up before the ridge; nodata: over the hole in the DEM;
    no_height: at c's place, without height_m."""
    return camera_layer(
        [
            (X0 + 50.5, Y0 + 50.5, "c", None, 360.0, 30.0, 5.0),
            (X0 + 25.5, Y0 + 50.5, "nodata", None, 360.0, 20.0, 5.0),
            (X0 + 50.5, Y0 + 50.5, "no_height", None, 360.0, 30.0, None),
        ],
        fields=WITH_HEIGHT,
    )


def covered(run, name, dem, feedback, **extra):
    result = run(name, {"CAMERAS": cameras(), "DEM": dem, **extra}, feedback=feedback)
    layer = result["OUTPUT_CAMERAS" if name == "coverageaudit" else "OUTPUT"]
    return {f["camera_id"]: f["covered_m2"] for f in layer.getFeatures()}


@pytest.fixture()
def run_logged(plugin):
    import processing

    def _run(name, parameters, feedback):
        return processing.run(f"camera_coverage:{name}", parameters, feedback=feedback)

    return _run


def test_cameracoverage_cuts_the_ground_the_ridge_hides(run_logged, tmp_path):
    feedback = LogFeedback()
    areas = covered(
        run_logged, "cameracoverage", write_dem(tmp_path / "dem.tif"), feedback, OUTPUT="memory:"
    )
    # no_height keeps the whole disc (as drawn); c loses the segment.
    assert areas["c"] == pytest.approx(areas["no_height"] - HIDDEN, rel=2e-3)
    assert areas["nodata"] == pytest.approx(math.pi * 20**2, rel=2e-3)
    log = "\n".join(feedback.lines)
    hidden = re.search(r"The relief hides (\d+) m² of the (\d+) m² the cameras would see", log)
    assert float(hidden[1]) == pytest.approx(HIDDEN, abs=2)
    assert float(hidden[2]) == pytest.approx(sum(areas.values()) + HIDDEN, abs=2)
    assert "1 cameras have no height (height_m): the relief is not taken" in log
    assert "1 cameras stand where the elevation model has no data" in log


def test_coverageaudit_takes_the_dem_too(run_logged, tmp_path):
    areas = covered(
        run_logged,
        "coverageaudit",
        write_dem(tmp_path / "dem.tif"),
        LogFeedback(),
        PARCELS=parcel_layer([("P1", None, box(-100, -100, 200, 200))]),
        **AUDIT_OUTPUTS,
    )
    assert areas["c"] == pytest.approx(areas["no_height"] - HIDDEN, rel=2e-3)


def test_a_dem_in_degrees_is_refused_in_plain_words(run_logged, tmp_path):
    dem = write_dem(tmp_path / "dem.tif", epsg=4326, west=2.3, north=48.9, cell=1e-5)
    with pytest.raises(QgsProcessingException, match="not in a CRS projected in metres"):
        covered(run_logged, "cameracoverage", dem, LogFeedback(), OUTPUT="memory:")


def write_slope(path, rise_per_m):
    """1 m cells over X0-50 .. X0+50, Y0-50 .. Y0+50; the ground is the
    plane z = rise × (y - Y0), which hides nothing from an eye above it."""
    y = 50.0 - (np.arange(100) + 0.5)
    heights = np.repeat((rise_per_m * y)[:, None], 100, axis=1).astype(np.float32)
    raster = gdal.GetDriverByName("GTiff").Create(str(path), 100, 100, 1, gdal.GDT_Float32)
    raster.SetGeoTransform((X0 - 50, 1.0, 0.0, Y0 + 50, 0.0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    raster.SetProjection(srs.ExportToWkt())
    raster.GetRasterBand(1).WriteArray(heights)
    raster = None
    return str(path)


@pytest.mark.parametrize("rise, scale", [(-0.2, 7.3 / 4.3), (0.2, 4.7 / 1.7)])
def test_a_garage_downhill_hides_less_than_one_uphill(run_logged, tmp_path, rise, scale):
    """A camera 6 m up at (X0, Y0) looking north (90°, 30 m) over a 3 m
    garage box(-1.5, 5, 1.5, 8) on the slope: its base, read at (0, 6.5),
    is 1.3 m below (above) the camera's ground; the eye stands 7.3 (4.7) m
    above it, s = 7.3 / 4.3 (4.7 / 1.7); it hides the hull of the garage
    and of s × garage (as in tests/unit/test_buildings_on_relief.py)."""
    from .test_heights import GARAGE, buildings

    hidden = (3 + 3 * scale) / 2 * (5 * scale - 5) + (3 * scale) ** 2
    cameras = camera_layer([(X0, Y0, "c", 0.0, 90.0, 30.0, 6.0)], fields=WITH_HEIGHT)
    dem = write_slope(tmp_path / "slope.tif", rise)
    garage = buildings("hauteur", QVariant.Double, [(3.0, GARAGE)])
    areas = {}
    for name, extra in (("bare", {}), ("built", {"BUILDINGS": garage})):
        feedback = LogFeedback()
        result = run_logged(
            "cameracoverage", {"CAMERAS": cameras, "DEM": dem, "OUTPUT": "memory:", **extra},
            feedback=feedback,
        )  # fmt: skip
        (feature,) = result["OUTPUT"].getFeatures()
        areas[name] = feature["covered_m2"]
    assert areas["bare"] - areas["built"] == pytest.approx(hidden, rel=1e-4)
    assert "1 buildings of known height stand on the relief" in "\n".join(feedback.lines)


def test_ground_beyond_the_dem_is_kept(run_logged, tmp_path):
    """A flat DEM over X0-50 .. X0+50 and an all-round camera (30 m) 5 m up
    1 m inside its eastern edge: half its disc lies off the DEM, where the
    relief is not known; flat ground hides nothing, so it sees its whole
    disc, as without a DEM (once, off the DEM's ground was cut)."""
    dem = write_slope(tmp_path / "flat.tif", 0.0)
    cameras = camera_layer([(X0 + 49, Y0, "c", None, 360.0, 30.0, 5.0)], fields=WITH_HEIGHT)
    areas = []
    for extra in ({}, {"DEM": dem}):
        feedback = LogFeedback()
        result = run_logged(
            "cameracoverage", {"CAMERAS": cameras, "OUTPUT": "memory:", **extra}, feedback
        )
        (feature,) = result["OUTPUT"].getFeatures()
        areas.append(feature["covered_m2"])
    assert areas[1] == pytest.approx(areas[0], rel=1e-9)
    assert "The relief hides 0 m² of the" in "\n".join(feedback.lines)
