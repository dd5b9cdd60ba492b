"""newplan's GeoPackage opened in QGIS as a volunteer opens it: the four
layers with their fields, forms (value maps, ranges, defaults, required
fields) and styles, in the user's language by default and in the other one
beside it."""

import pytest
from qgis.core import QgsFieldConstraints, QgsProject, QgsSettings, QgsVectorLayer, QgsWkbTypes

EXPECTED = {
    "cameras": (
        QgsWkbTypes.PointGeometry,
        [
            "camera_id",
            "direction",
            "fov",
            "range_m",
            "height_m",
            "tilt_deg",
            "camera_type",
            "source_ref",
            "schedule",
            "room",
            "h_resolution",
        ],
    ),
    "perimeter": (QgsWkbTypes.PolygonGeometry, ["name"]),
    "zones": (QgsWkbTypes.PolygonGeometry, ["zone_type", "name"]),
    "walls": (QgsWkbTypes.LineGeometry, ["note"]),
}
ZONE_CODES = [
    "entrance",
    "exit",
    "corridor",
    "hall",
    "stairs",
    "car_park",
    "perimeter_fence",
    "playground",
    "covered_yard",
    "classroom",
    "canteen",
    "common_room",
    "study_room",
    "sports_ground",
    "staff_room",
    "toilets",
    "changing_room",
    "other",
]


@pytest.fixture()
def language():
    """Set QGIS's interface language for one test, then put it back."""
    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))

    def _set(code):
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", code)

    yield _set
    settings.setValue("locale/overrideFlag", saved[0] or False)
    settings.setValue("locale/userLocale", saved[1] or "")


def value_map(layer, field):
    setup = layer.editorWidgetSetup(layer.fields().indexOf(field))
    assert setup.type() == "ValueMap"
    pairs = {}
    for entry in setup.config()["map"]:
        pairs.update(entry)
    return pairs


def open_layer(path, name):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


@pytest.mark.parametrize(
    "lang, playground, dome, outside, alias",
    [
        ("en_GB", "Playground", "Dome (sees all round)", "Outside opening hours only", "Zone type"),
        (
            "fr_FR",
            "Cour de récréation",
            "Dôme, caméra à boule (voit tout autour)",
            "Hors des heures d'ouverture seulement",
            "Type de zone",
        ),
    ],
)
def test_newplan_layers_forms_and_styles(
    run, tmp_path, language, lang, playground, dome, outside, alias
):
    language(lang)
    path = tmp_path / "plan.gpkg"
    result = run("newplan", {"CRS": "EPSG:2154", "OUTPUT": str(path)})
    assert result["OUTPUT"] == str(path)
    for name, (geometry, fields) in EXPECTED.items():
        layer = open_layer(path, name)
        assert layer.geometryType() == geometry
        assert layer.crs().authid() == "EPSG:2154"
        assert layer.fields().names()[1:] == fields  # after the GeoPackage's fid
        assert layer.featureCount() == 0
    zones = open_layer(path, "zones")
    zone_map = value_map(zones, "zone_type")
    assert list(zone_map.values()) == ZONE_CODES
    assert zone_map[playground] == "playground"
    assert zones.attributeAlias(zones.fields().indexOf("zone_type")) == alias
    # zone_type must be filled in.
    constraints = zones.fields().field("zone_type").constraints()
    assert constraints.constraints() & QgsFieldConstraints.ConstraintNotNull
    # Living spaces in orange, toilets in red, categorised on zone_type.
    renderer = zones.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "zone_type"
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert colours["playground"] == "#ff7f00" and colours["toilets"] == "#e41a1c"
    assert {c.label() for c in renderer.categories()} >= {playground}

    cameras = open_layer(path, "cameras")
    assert value_map(cameras, "camera_type")[dome] == "dome"
    assert value_map(cameras, "schedule")[outside] == "outside_opening_hours"
    direction = cameras.editorWidgetSetup(cameras.fields().indexOf("direction"))
    assert direction.type() == "Range"
    assert direction.config()["Min"] == 0 and direction.config()["Max"] == 359.9
    tilt = cameras.editorWidgetSetup(cameras.fields().indexOf("tilt_deg")).config()
    assert (tilt["Min"], tilt["Max"]) == (-90, 90)
    defaults = {
        name: cameras.defaultValueDefinition(cameras.fields().indexOf(name)).expression()
        for name in ("schedule", "camera_type", "fov")
    }
    assert defaults == {"schedule": "'always'", "camera_type": "'fixed'", "fov": "60"}
    assert cameras.renderer().classAttribute() == "schedule"
    assert open_layer(path, "walls").renderer().type() == "singleSymbol"

    # Both languages are stored; the other one is there for the style manager.
    count, ids, names, _, error = cameras.listStylesInDatabase()
    assert not error and count == 2
    assert set(names) == {"camera_coverage en", "camera_coverage fr"}
    other = "en" if lang.startswith("fr") else "fr"
    qml, _ = cameras.getStyleFromDatabase(ids[names.index(f"camera_coverage {other}")])
    assert ("Hors des heures d'ouverture seulement" in qml) == (other == "fr")
    assert ("Outside opening hours only" in qml) == (other == "en")
    for name in EXPECTED:
        for layer in QgsProject.instance().mapLayersByName(name):
            QgsProject.instance().removeMapLayer(layer)


def test_newplan_refuses_a_geographic_crs(run, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="projected CRS in metres"):
        run("newplan", {"CRS": "EPSG:4326", "OUTPUT": str(tmp_path / "p.gpkg")})


def test_a_digitised_newplan_is_checked_by_plancheck(run, tmp_path):
    """The GeoPackage's layers are what plancheck reads without any field
    named: draw one zone, the perimeter and a camera, and check."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    path = tmp_path / "plan.gpkg"
    run("newplan", {"CRS": "EPSG:2154", "OUTPUT": str(path)})
    x0, y0 = 700_000.0, 6_862_000.0
    for name, wkt, values in (
        (
            "perimeter",
            f"POLYGON(({x0} {y0},{x0 + 100} {y0},{x0 + 100} {y0 + 100},{x0} {y0 + 100},{x0} {y0}))",
            {"name": "lycée"},
        ),
        (
            "zones",
            f"POLYGON(({x0} {y0},{x0 + 40} {y0},{x0 + 40} {y0 + 40},{x0} {y0 + 40},{x0} {y0}))",
            {"zone_type": "playground"},
        ),
    ):
        layer = open_layer(path, name)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in values.items():
            feature[key] = value
        assert layer.dataProvider().addFeatures([feature])[0]
    cameras = open_layer(path, "cameras")
    feature = QgsFeature(cameras.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x0, y0)))
    for key, value in {
        "camera_id": "C1",
        "direction": 45.0,
        "fov": 90.0,
        "range_m": 20.0,
        "schedule": "always",
    }.items():
        feature[key] = value
    assert cameras.dataProvider().addFeatures([feature])[0]
    result = run(
        "plancheck",
        {
            "CAMERAS": f"{path}|layername=cameras",
            "PERIMETER": f"{path}|layername=perimeter",
            "ZONES": f"{path}|layername=zones",
            "OUTPUT_CAMERAS": "memory:",
            "OUTPUT_SEEN": "memory:",
            "OUTPUT_MASKS": "memory:",
            "OUTPUT_REJECTED": "memory:",
        },
    )
    (camera,) = list(result["OUTPUT_CAMERAS"].getFeatures())
    assert camera["verdict"] == "not_compliant"
    assert camera["playground_m2"] == pytest.approx(314.16, rel=1e-3)
