"""True north through processing.run: what a camera pointing north sees at
Brest, where Lambert-93's grid north is 5.4° off, the importer's map angles,
and occlusion among Monaco's buildings in three CRSs. Expectations come from
pyproj's inverse geodesic problem, not from core/north.py."""

import numpy as np
import pytest
from pyproj import Geod, Transformer
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from tests.conftest import SHARED_DATA

from .layers import AUDIT_OUTPUTS, camera_layer, features_by, parcel_layer

GEOD = Geod(ellps="WGS84")
MONACO = SHARED_DATA / "monaco" / "monaco-2025-02-07.osm.pbf"
BREST = (-4.49, 48.39)
STRASBOURG = (7.75, 48.58)


def _l93(lon, lat):
    return Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True).transform(lon, lat)


def _true_bearing_of_grid_north(lon, lat):
    """Geodesic azimuth of a 100 m step along Lambert-93's grid north."""
    x, y = _l93(lon, lat)
    to_lonlat = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    lon2, lat2 = to_lonlat.transform(x, y + 100.0)
    return GEOD.inv(lon, lat, lon2, lat2)[0] % 360.0


def _square_at(lon, lat, azimuth, distance, half=1.0):
    """A 2 m square parcel in Lambert-93 centred `distance` metres from the
    point along the geodesic `azimuth`."""
    lon2, lat2, _ = GEOD.fwd(lon, lat, azimuth, distance)
    x, y = _l93(lon2, lat2)
    return (
        f"POLYGON(({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},"
        f"{x - half} {y + half},{x - half} {y - half}))"
    )


@pytest.fixture()
def brest_scene():
    lon, lat = BREST
    grid_north = _true_bearing_of_grid_north(lon, lat)
    assert abs((grid_north + 180) % 360 - 180) > 5.0  # 5.4° west of true north
    x, y = _l93(lon, lat)
    cameras = camera_layer([(x, y, "north", 0.0, 4.0, 100.0)])
    parcels = parcel_layer(
        [
            ("TRUE_N", None, _square_at(lon, lat, 0.0, 80.0)),
            ("GRID_N", None, _square_at(lon, lat, grid_north, 80.0)),
        ]
    )
    return cameras, parcels


def _parcels_seen(run, cameras, parcels, **extra):
    result = run(
        "coverageaudit", {"CAMERAS": cameras, "PARCELS": parcels, **AUDIT_OUTPUTS, **extra}
    )
    return {f["parcel_id"] for f in result["OUTPUT_PIECES"].getFeatures() if f["area_m2"] > 0.5}


def test_a_camera_at_brest_pointing_north_sees_what_lies_due_true_north(run, brest_scene):
    cameras, parcels = brest_scene
    assert _parcels_seen(run, cameras, parcels) >= {"TRUE_N"}
    assert "GRID_N" not in _parcels_seen(run, cameras, parcels)


def test_with_grid_north_it_sees_what_lies_along_lambert93_north(run, brest_scene):
    cameras, parcels = brest_scene
    seen = _parcels_seen(run, cameras, parcels, DIRECTION_NORTH=1)
    assert "GRID_N" in seen and "TRUE_N" not in seen


def test_cameracoverage_sector_axis_is_the_true_bearing_in_lon_lat(run):
    # A layer in EPSG:4326 at Brest, worked in Lambert-93.
    lon, lat = BREST
    directions = (0.0, 90.0, 215.0, 350.0)
    cameras = camera_layer(
        [(lon, lat, f"c{d:g}", d, 60.0, 50.0) for d in directions], crs="EPSG:4326"
    )
    result = run("cameracoverage", {"CAMERAS": cameras, "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    to_lonlat = Transformer.from_crs(layer.crs().authid(), "EPSG:4326", always_xy=True)
    for feature in layer.getFeatures():
        centroid = feature.geometry().centroid().asPoint()
        clon, clat = to_lonlat.transform(centroid.x(), centroid.y())
        azimuth = GEOD.inv(lon, lat, clon, clat)[0] % 360.0
        wanted = float(feature["camera_id"][1:])
        assert abs((azimuth - wanted + 180) % 360 - 180) < 0.1


def test_importcameras_turns_map_angles_to_true_north_near_strasbourg(run):
    lon, lat = STRASBOURG
    x, y = _l93(lon, lat)
    layer = camera_layer(
        [(x, y, "s1", 90.0), (x + 50, y, "s2", 0.0), (x + 100, y, "s3", None)],
        fields="ref:string,angle:double",
    )
    result = run(
        "importcameras",
        {
            "INPUT": layer,
            "ID_FIELD": "ref",
            "DIRECTION_FIELD": "angle",
            "ANGLE_CONVENTION": 1,
            "OUTPUT": "memory:",
        },
    )
    cameras = features_by(result["OUTPUT"], "camera_id")
    grid_north = _true_bearing_of_grid_north(lon, lat)  # about 3.4° east of true north
    # Counter-clockwise from east: 90 is grid north, 0 is grid east.
    assert abs((cameras["s1"]["direction"] - grid_north + 180) % 360 - 180) < 0.01
    assert abs((cameras["s2"]["direction"] - (90.0 + grid_north) + 180) % 360 - 180) < 0.01
    assert cameras["s3"]["direction"] is None or str(cameras["s3"]["direction"]) == "NULL"


def test_importcameras_grid_north_option_for_a_plain_degree_field(run):
    lon, lat = STRASBOURG
    x, y = _l93(lon, lat)
    layer = camera_layer([(x, y, "s1", 0.0)], fields="ref:string,angle:double")
    parameters = {
        "INPUT": layer,
        "ID_FIELD": "ref",
        "DIRECTION_FIELD": "angle",
        "OUTPUT": "memory:",
    }
    as_true = features_by(run("importcameras", parameters)["OUTPUT"], "camera_id")["s1"]
    as_grid = features_by(
        run("importcameras", {**parameters, "DIRECTION_NORTH": 1})["OUTPUT"], "camera_id"
    )["s1"]
    assert as_true["direction"] == 0.0
    grid_north = _true_bearing_of_grid_north(lon, lat)
    assert abs((as_grid["direction"] - grid_north + 180) % 360 - 180) < 0.01


def _reprojected(run, layer, epsg):
    result = run(
        "native:reprojectlayer",
        {
            "INPUT": layer,
            "TARGET_CRS": QgsCoordinateReferenceSystem(epsg),
            "OUTPUT": "memory:",
        },
    )
    return result["OUTPUT"]


@pytest.mark.slow
def test_monaco_occlusion_does_not_depend_on_the_input_crs(run):
    imported = run("importcameras", {"INPUT": f"{MONACO}|layername=points", "OUTPUT": "memory:"})
    cameras = imported["OUTPUT"]
    buildings = QgsVectorLayer(f"{MONACO}|layername=multipolygons", "buildings", "ogr")
    buildings.setSubsetString('"building" IS NOT NULL')
    areas = {}
    for epsg in ("EPSG:4326", "EPSG:32632", "EPSG:2154"):
        result = run(
            "cameracoverage",
            {
                "CAMERAS": _reprojected(run, cameras, epsg),
                "BUILDINGS": _reprojected(run, buildings, epsg),
                "OUTPUT": "memory:",
            },
        )
        areas[epsg] = {f["camera_id"]: f["covered_m2"] for f in result["OUTPUT"].getFeatures()}
    ids = sorted(areas["EPSG:4326"])
    assert len(ids) == 16
    reference = np.array([areas["EPSG:4326"][i] for i in ids])
    assert reference.min() > 0
    for epsg in ("EPSG:32632", "EPSG:2154"):
        other = np.array([areas[epsg][i] for i in ids])
        assert np.allclose(other, reference, rtol=5e-3), epsg
