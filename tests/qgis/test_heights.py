"""Heights of buildings and walls through processing.run, on the scenes of
tests/unit/test_heights_shadows.py worked out on paper: a camera looking
north (90°, 30 m) over a 3 x 3 m garage whose front wall is 5 m away."""

import math

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from .layers import AUDIT_OUTPUTS, X0, Y0, LogFeedback, box, camera_layer, parcel_layer

WITH_HEIGHT = "camera_id:string,direction:double,fov:double,range_m:double,height_m:double"
GARAGE = box(-1.5, 5, 1.5, 8)
# In the sector's bounding box, out of its view (|x| > y): read, hides nothing.
SHED = box(-20, 5, -18, 7)
# Seen from 6 m over a 3 m garage (s = 2): the hull of the garage and of
# box(-3, 10, 3, 16), 58.5 m² (see the unit test).
HIDDEN_3D = 58.5
# As a wall of unlimited height: the sector of half-angle atan(0.3) minus
# the triangle in front of the garage (5 m deep, 3 m wide).
HIDDEN_2D = 900 * math.atan(0.3) - 7.5


def buildings(field, kind, rows):
    """rows: (value, wkt); one field `field` of QVariant type `kind`."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154", "buildings", "memory")
    layer.dataProvider().addAttributes([QgsField(field, kind)])
    layer.updateFields()
    features = []
    for value, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([value])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def covered(camera_height=6.0, feedback=None, **extra):
    """covered_m2 of the one camera through coverageaudit."""
    import processing

    cameras = camera_layer([(X0, Y0, "c", 0.0, 90.0, 30.0, camera_height)], fields=WITH_HEIGHT)
    result = processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": cameras,
            "PARCELS": parcel_layer([("P1", None, box(-100, -100, 100, 100))]),
            **AUDIT_OUTPUTS,
            **extra,
        },
        feedback=feedback or LogFeedback(),
    )
    (camera,) = result["OUTPUT_CAMERAS"].getFeatures()
    return camera["covered_m2"]


@pytest.fixture(scope="module")
def open_ground(plugin):
    return covered()


def test_bd_topo_hauteur_lets_the_camera_see_over_the_garage(open_ground, tmp_path):
    feedback = LogFeedback()
    report = tmp_path / "report.html"
    layer = buildings("hauteur", QVariant.Double, [(3.0, GARAGE), (None, SHED)])
    seen = covered(feedback=feedback, BUILDINGS=layer, OUTPUT_REPORT=str(report))
    assert seen == pytest.approx(open_ground - HIDDEN_3D, abs=1e-6)
    assert "Heights of the buildings read from hauteur." in feedback.text
    assert (
        "1 of 2 buildings have no usable height: they hide everything behind them, as in 2D."
        in feedback.text
    )
    html = report.read_text(encoding="utf-8")
    assert "Heights of the buildings" in html and "from hauteur;" in html


def test_without_heights_the_garage_hides_all_behind_it(open_ground):
    feedback = LogFeedback()
    layer = buildings("nom", QVariant.String, [("garage", GARAGE)])
    seen = covered(feedback=feedback, BUILDINGS=layer)
    assert open_ground - seen == pytest.approx(HIDDEN_2D, rel=1e-3)
    assert "The buildings layer has no height field" in feedback.text


def test_a_camera_without_height_sees_as_in_2d(open_ground):
    feedback = LogFeedback()
    layer = buildings("hauteur", QVariant.Double, [(3.0, GARAGE)])
    seen = covered(None, feedback, BUILDINGS=layer)
    assert open_ground - seen == pytest.approx(HIDDEN_2D, rel=1e-3)
    assert "1 of 1 cameras have no height (height_m)" in feedback.text


def test_osm_height_written_with_its_unit(open_ground):
    layer = buildings("height", QVariant.String, [("3 m", GARAGE)])
    assert covered(BUILDINGS=layer) == pytest.approx(open_ground - HIDDEN_3D, abs=1e-6)


def test_two_storeys_are_6_m(open_ground):
    # From 12 m over 6 m the scale is 2 again: the same hull.
    feedback = LogFeedback()
    layer = buildings("building:levels", QVariant.Int, [(2, GARAGE)])
    seen = covered(12.0, feedback, BUILDINGS=layer)
    assert seen == pytest.approx(open_ground - HIDDEN_3D, abs=1e-6)
    assert "read from building:levels (building:levels: 3 m a storey)" in feedback.text


def test_three_storeys_hide_all_behind_them_from_a_camera_6_m_up(open_ground):
    layer = buildings("building:levels", QVariant.Int, [(3, GARAGE)])
    assert open_ground - covered(BUILDINGS=layer) == pytest.approx(HIDDEN_2D, rel=1e-3)


def test_the_building_height_field_chosen_by_the_user(open_ground):
    layer = buildings("toit_m", QVariant.Double, [(3.0, GARAGE)])
    seen = covered(BUILDINGS=layer, BUILDING_HEIGHT_FIELD="toit_m")
    assert seen == pytest.approx(open_ground - HIDDEN_3D, abs=1e-6)
    with pytest.raises(Exception, match="has no field named toit"):
        covered(BUILDINGS=layer, BUILDING_HEIGHT_FIELD="toit")


def test_cameracoverage_reads_the_heights_too(plugin):
    import processing

    cameras = camera_layer([(X0, Y0, "c", 0.0, 90.0, 30.0, 6.0)], fields=WITH_HEIGHT)
    areas = [
        next(
            processing.run(
                "camera_coverage:cameracoverage",
                {"CAMERAS": cameras, "OUTPUT": "memory:", **extra},
            )["OUTPUT"].getFeatures()
        )["covered_m2"]
        for extra in ({}, {"BUILDINGS": buildings("hauteur", QVariant.Double, [(3.0, GARAGE)])})
    ]
    assert areas[1] == pytest.approx(areas[0] - HIDDEN_3D, abs=1e-6)


def wall_layer(height):
    """A balustrade y = 7, |x| <= 5 (height field `height`)."""
    layer = QgsVectorLayer("LineString?crs=EPSG:2154&field=height:double", "walls", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({X0 - 5} {Y0 + 7},{X0 + 5} {Y0 + 7})"))
    feature.setAttributes([height])
    layer.dataProvider().addFeatures([feature])
    return layer


def plan_covered(feedback=None, **extra):
    import processing

    cameras = camera_layer(
        [(X0, Y0, "yard", 0.0, 90.0, 30.0, "always", 4.0)],
        fields=WITH_HEIGHT.replace("height_m", "schedule:string,height_m"),
    )
    polygon = "Polygon?crs=EPSG:2154&field=zone_type:string"
    zones = QgsVectorLayer(polygon, "zones", "memory")
    perimeter = QgsVectorLayer(polygon, "perimeter", "memory")
    for layer, value in ((zones, "playground"), (perimeter, None)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(box(-100, -30, 100, 100)))
        feature.setAttributes([value])
        layer.dataProvider().addFeatures([feature])
    result = processing.run(
        "camera_coverage:plancheck",
        {
            "CAMERAS": cameras,
            "PERIMETER": perimeter,
            "ZONES": zones,
            "OUTPUT_CAMERAS": "memory:",
            "OUTPUT_SEEN": "memory:",
            **extra,
        },
        feedback=feedback or LogFeedback(),
    )
    (camera,) = result["OUTPUT_CAMERAS"].getFeatures()
    return camera["covered_m2"]


def test_plancheck_a_balustrade_hides_a_strip_of_the_playground(plugin):
    # From 4 m over 1.2 m: s = 10/7, the trapezoid from y = 7 (10 m wide) to
    # y = 10 (100/7 m wide), 255/7 m². As a wall of unlimited height: the
    # sector of half-angle atan(5/7) minus the triangle in front (35 m²).
    feedback = LogFeedback()
    open_ground = plan_covered()
    low = plan_covered(feedback, WALLS=wall_layer(1.2), WALL_HEIGHT_FIELD="height")
    assert low == pytest.approx(open_ground - 255 / 7, abs=1e-6)
    assert "Heights of the walls read from height." in feedback.text
    # Without the field chosen, walls keep an unlimited height.
    tall = plan_covered(WALLS=wall_layer(1.2))
    assert open_ground - tall == pytest.approx(900 * math.atan(5 / 7) - 35, rel=1e-3)
    # A wall of unknown height too, and the log counts it.
    feedback = LogFeedback()
    unknown = plan_covered(feedback, WALLS=wall_layer(None), WALL_HEIGHT_FIELD="height")
    assert unknown == pytest.approx(tall, abs=1e-6)
    assert "1 of 1 walls have no usable height" in feedback.text


def test_a_camera_tilted_above_the_horizon_is_named_in_the_log(open_ground):
    """tilt_deg -45 (OpenStreetMap's sign for looking down, copied as is):
    with a 16:9 picture of a 90° lens (vfov 58.7°), its picture lies wholly
    above the horizon (-45 + 29.4 < 0): it sees no ground, and says so."""
    import processing

    fields = WITH_HEIGHT + ",tilt_deg:double"
    cameras = camera_layer(
        [(X0, Y0, "up", 0.0, 90.0, 30.0, 6.0, -45.0), (X0, Y0, "down", 0.0, 90.0, 30.0, 6.0, 45.0)],
        fields=fields,
    )
    feedback = LogFeedback()
    result = processing.run(
        "camera_coverage:cameracoverage",
        {"CAMERAS": cameras, "OUTPUT": "memory:"},
        feedback=feedback,
    )
    areas = {f["camera_id"]: f["covered_m2"] for f in result["OUTPUT"].getFeatures()}
    assert areas["up"] == 0 and areas["down"] > 0
    log = "\n".join(feedback.lines)
    assert "1 cameras see no ground, their picture lying wholly above the horizon (up)" in log
