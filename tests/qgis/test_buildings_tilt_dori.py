"""Buildings, height and tilt, and DORI levels through processing.run, on
hand-made scenes with answers worked out on paper, and on Monaco's real
buildings."""

import math

import pytest
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsVectorLayer,
)

from tests.conftest import SHARED_DATA

from .layers import AUDIT_OUTPUTS, X0, Y0, LogFeedback, box, camera_layer, features_by, parcel_layer

MONACO = SHARED_DATA / "monaco" / "monaco-2025-02-07.osm.pbf"
FULL = (
    "camera_id:string,direction:double,fov:double,range_m:double,"
    "height_m:double,tilt_deg:double,h_resolution:double"
)


def building_layer(wkts, crs="EPSG:2154"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=building_id:integer", "buildings", "memory")
    features = []
    for i, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([i])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def coverage_of(run, cameras, **extra):
    result = run("cameracoverage", {"CAMERAS": cameras, "OUTPUT": "memory:", **extra})
    return result, features_by(result["OUTPUT"], "camera_id")


def test_one_building_casts_the_shadow_worked_out_by_hand(run):
    # All-round camera, 30 m; a 10 x 10 m building from 15 to 25 m east.
    # Hidden: the wedge between the rays through (15, ±5) beyond x = 15,
    # i.e. R² θ - 15 × 10 / 2 with θ = atan(5 / 15), building included.
    cameras = camera_layer([(X0, Y0, "c", None, None, 30.0)])
    buildings = building_layer([box(15, -5, 25, 5)])
    _, out = coverage_of(run, cameras, BUILDINGS=buildings)
    theta = math.atan(5 / 15)
    hidden = 30**2 * theta - 75
    assert out["c"]["covered_m2"] == pytest.approx(math.pi * 900 - hidden, rel=1e-3)
    footprint = out["c"].geometry()
    assert footprint.intersection(QgsGeometry.fromWkt(box(15, -5, 25, 5))).area() < 1e-6
    assert not footprint.contains(QgsGeometry.fromWkt(f"POINT({X0 + 28} {Y0})"))
    assert footprint.contains(QgsGeometry.fromWkt(f"POINT({X0 - 28} {Y0})"))


def test_a_camera_on_a_facade_is_not_blinded_by_its_wall(run):
    # Camera on the south façade of a 20 x 20 building, looking south.
    cameras = camera_layer([(X0, Y0, "c", 180.0, 90.0, 20.0)])
    buildings = building_layer([box(-10, 0, 10, 20)])
    _, out = coverage_of(run, cameras, BUILDINGS=buildings)
    assert out["c"]["covered_m2"] == pytest.approx(math.pi * 400 / 4, rel=2e-3)


def picture_on_the_ground(height, tilt, hfov, vfov):
    """(near, far, near half-width, far half-width) of the trapezoid a
    camera's picture covers on the ground, its top below the horizon: the
    ray through the picture's corner (±tan(h/2), ∓tan(v/2)) meets the
    ground height / tan(t ± v/2) ahead and height tan(h/2) cos(v/2) /
    sin(t ± v/2) aside."""
    t, v = math.radians(tilt), math.radians(vfov / 2)
    aside = height * math.tan(math.radians(hfov / 2)) * math.cos(v)
    return (
        height / math.tan(t + v),
        height / math.tan(t - v),
        aside / math.sin(t + v),
        aside / math.sin(t - v),
    )


def test_tilted_camera_sees_the_trapezoid_of_its_picture(run):
    # 4 m high, 45° down, 90° wide lens on a 16:9 image, vfov = 2 atan(tan
    # 45° / (16/9)): from near = 1.12 m to far = 14.29 m ahead, its far
    # corners 19.27 m away, within the 30 m range.
    vfov = 2 * math.degrees(math.atan(1 / (16 / 9)))
    near, far, near_half, far_half = picture_on_the_ground(4.0, 45.0, 90.0, vfov)
    assert math.hypot(far, far_half) < 30
    cameras = camera_layer([(X0, Y0, "t", 0.0, 90.0, 30.0, 4.0, 45.0, None)], fields=FULL)
    _, out = coverage_of(run, cameras)
    assert out["t"]["blind_m"] == pytest.approx(near, rel=1e-6)
    assert out["t"]["reach_m"] == pytest.approx(math.hypot(far, far_half), rel=1e-6)
    area = (far - near) * (near_half + far_half)
    assert out["t"]["covered_m2"] == pytest.approx(area, rel=1e-6)
    assert not out["t"].geometry().contains(QgsGeometry.fromWkt(f"POINT({X0} {Y0 + near / 2})"))
    corner = f"POINT({X0 + far_half * 0.99} {Y0 + far * 0.999})"
    assert out["t"].geometry().contains(QgsGeometry.fromWkt(corner))


def test_dori_distances_and_polygons_for_a_known_lens(run):
    # 1920 px over 90°: 1920 / (2 × px/m × tan 45°) = 3.84, 7.68, 15.36, 38.4 m.
    cameras = camera_layer([(X0, Y0, "d", 0.0, 90.0, 30.0, None, None, 1920.0)], fields=FULL)
    result, out = coverage_of(run, cameras, OUTPUT_DORI="memory:")
    expected = {"ident": 3.84, "recog": 7.68, "observ": 15.36, "detect": 38.4}
    for level, distance in expected.items():
        assert out["d"][f"{level}_m"] == pytest.approx(distance, rel=1e-9)
    levels = {f["level"]: f for f in result["OUTPUT_DORI"].getFeatures()}
    for level, distance in expected.items():
        seen = min(distance, 30.0)  # detection reaches past the range
        assert levels[level]["area_m2"] == pytest.approx(math.pi * seen**2 / 4, rel=1e-3)
    # Range mode "recognition": the footprint stops at 7.68 m.
    _, out = coverage_of(run, cameras, RANGE_MODE=2)
    assert out["d"]["covered_m2"] == pytest.approx(math.pi * 7.68**2 / 4, rel=1e-3)


def test_audit_reports_private_area_per_dori_level(run):
    # A private parcel from 5 m north: identification (3.84 m) sees none of it,
    # recognition (7.68 m) sees the sector between 5 and 7.68 m.
    cameras = camera_layer([(X0, Y0, "d", 0.0, 90.0, 30.0, None, None, 1920.0)], fields=FULL)
    parcels = parcel_layer([("P1", None, box(-100, 5, 100, 100))])
    result = run(
        "coverageaudit",
        {
            "CAMERAS": cameras,
            "PARCELS": parcels,
            **AUDIT_OUTPUTS,
        },
    )
    (camera,) = result["OUTPUT_CAMERAS"].getFeatures()
    # Within 7.68 m, the sector's part above y = 5: at y = 5 the 90° sector is
    # 10 m wide, inside the circle (chord half-length sqrt(7.68² - 25) > 5),
    # so it is the sector minus the triangle below y = 5 (25 m²).
    r = 7.68
    assert math.sqrt(r * r - 25) > 5
    expected = math.pi * r * r / 4 - 25
    assert camera["private_ident_m2"] == pytest.approx(0, abs=1e-9)
    assert camera["private_recog_m2"] == pytest.approx(expected, rel=1e-3)
    assert camera["private_detect_m2"] == pytest.approx(camera["private_m2"], rel=1e-9)


def monaco_buildings():
    layer = QgsVectorLayer(f"{MONACO}|layername=multipolygons", "buildings", "ogr")
    layer.setSubsetString('"building" IS NOT NULL')
    return layer


def test_monaco_cameras_against_their_buildings(run):
    imported = run("importcameras", {"INPUT": f"{MONACO}|layername=points", "OUTPUT": "memory:"})
    cameras = imported["OUTPUT"]
    buildings = monaco_buildings()
    assert sum(1 for _ in buildings.getFeatures()) > 4000
    open_ground = features_by(
        run("cameracoverage", {"CAMERAS": cameras, "OUTPUT": "memory:"})["OUTPUT"], "camera_id"
    )
    result, seen = coverage_of(run, cameras, BUILDINGS=buildings)
    assert len(seen) == 16
    crs = result["OUTPUT"].crs()
    reprojected = run(
        "native:reprojectlayer", {"INPUT": buildings, "TARGET_CRS": crs, "OUTPUT": "memory:"}
    )["OUTPUT"]
    smaller = 0
    for cid, feature in seen.items():
        assert feature["covered_m2"] <= open_ground[cid]["covered_m2"] * (1 + 1e-9)
        smaller += feature["covered_m2"] < open_ground[cid]["covered_m2"] * 0.99
        footprint = feature.geometry()
        inside = sum(
            b.geometry().buffer(-0.01, 4).intersection(footprint).area()
            for b in reprojected.getFeatures(QgsFeatureRequest(footprint.boundingBox()))
        )
        assert inside < 0.01, cid
    assert smaller >= 12  # most Monaco cameras stand among buildings


def test_invalid_buildings_are_repaired_and_counted(provider):
    import processing

    # A bow-tie (self-crossing) building east of an all-round camera.
    bowtie = (
        f"POLYGON(({X0 + 10} {Y0 - 5},{X0 + 20} {Y0 + 5},{X0 + 20} {Y0 - 5},"
        f"{X0 + 10} {Y0 + 5},{X0 + 10} {Y0 - 5}))"
    )
    buildings = building_layer([bowtie])
    assert not next(buildings.getFeatures()).geometry().isGeosValid()
    feedback = LogFeedback()
    result = processing.run(
        "camera_coverage:cameracoverage",
        {
            "CAMERAS": camera_layer([(X0, Y0, "c", None, None, 30.0)]),
            "BUILDINGS": buildings,
            "OUTPUT": "memory:",
        },
        feedback=feedback,
    )
    assert any("1 invalid building geometries repaired" in line for line in feedback.lines)
    (feature,) = result["OUTPUT"].getFeatures()
    assert feature["covered_m2"] < math.pi * 900 - 50  # the two triangles hide something
    inside = QgsGeometry.fromWkt(bowtie).makeValid().intersection(feature.geometry()).area()
    assert inside < 1e-6


def test_field_of_view_from_sensor_and_focal_length(run):
    layer = camera_layer(
        [(X0, Y0, "lens", 0.0, None, 20.0, 5.6, 4.0)],
        fields="camera_id:string,direction:double,fov:double,range_m:double,"
        "sensor_width_mm:double,focal_mm:double",
    )
    _, out = coverage_of(run, layer)
    hfov = 2 * math.degrees(math.atan(5.6 / 8.0))
    assert out["lens"]["fov_used"] == pytest.approx(hfov, rel=1e-9)
    assert out["lens"]["covered_m2"] == pytest.approx(math.pi * 400 * hfov / 360, rel=1e-3)


def test_a_given_vertical_field_of_view_sets_the_pictures_ground(run):
    # 6 m high, 40° down, 60° × 30°, looking east: near = 6 / tan 55° =
    # 4.201, far = 6 / tan 25° = 12.867, half-widths 6 tan 30° cos 15° /
    # sin 55° = 4.085 and / sin 25° = 7.917.
    layer = camera_layer(
        [(X0, Y0, "v", 90.0, 60.0, 50.0, 6.0, 40.0, 30.0)],
        fields="camera_id:string,direction:double,fov:double,range_m:double,"
        "height_m:double,tilt_deg:double,vfov_deg:double",
    )
    _, out = coverage_of(run, layer)
    near, far, near_half, far_half = picture_on_the_ground(6.0, 40.0, 60.0, 30.0)
    assert (near, far) == pytest.approx((4.201, 12.867), abs=1e-3)
    assert (near_half, far_half) == pytest.approx((4.085, 7.917), abs=1e-3)
    assert out["v"]["blind_m"] == pytest.approx(near, rel=1e-9)
    assert out["v"]["reach_m"] == pytest.approx(math.hypot(far, far_half), rel=1e-9)
    area = (far - near) * (near_half + far_half)
    assert out["v"]["covered_m2"] == pytest.approx(area, rel=1e-6)
