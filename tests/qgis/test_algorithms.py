"""Each algorithm through processing.run on Debian's real QGIS, against
areas worked out by hand."""

import math

import pytest
from qgis.core import QgsProcessingException

from .layers import AUDIT_OUTPUTS, X0, Y0, box, camera_layer, features_by, parcel_layer

QUARTER_10 = math.pi * 100 / 4


@pytest.fixture()
def cameras():
    # a: north, 90°, 10 m. b: all round 20 m (no direction, default fov).
    # bad: fov 500. lost: no geometry.
    return camera_layer(
        [
            (X0, Y0, "a", 0.0, 90.0, 10.0),
            (X0 + 100, Y0 + 100, "b", None, None, 20.0),
            (X0 + 50, Y0 + 50, "bad", 0.0, 500.0, 10.0),
            (None, None, "lost", 0.0, 90.0, 10.0),
        ]
    )


@pytest.fixture()
def parcels():
    # P1 private from 5 m north of camera a; P2 public (commune, group 4) south.
    return parcel_layer([("P1", None, box(-100, 5, 100, 100)), ("P2", 4, box(-100, -100, 100, -5))])


def test_provider_exposes_the_stable_names(provider):
    ids = sorted(a.id() for a in provider.algorithms())
    assert ids == [
        "camera_coverage:cameracoverage",
        "camera_coverage:communedata",
        "camera_coverage:communedossier",
        "camera_coverage:coverageaudit",
        "camera_coverage:importcameras",
        "camera_coverage:newplan",
        "camera_coverage:parcelexposure",
        "camera_coverage:plancheck",
    ]
    audit = provider.algorithm("coverageaudit")
    names = {p.name() for p in audit.parameterDefinitions()}
    assert {
        "CAMERAS",
        "PARCELS",
        "PUBLIC_EXPRESSION",
        "ID_FIELD",
        "DIRECTION_FIELD",
        "FOV_FIELD",
        "RANGE_FIELD",
        "DEFAULT_FOV",
        "DEFAULT_RANGE",
        "TOLERANCE_M2",
        "OUTPUT_CAMERAS",
        "OUTPUT_COVERAGE",
        "OUTPUT_PIECES",
        "OUTPUT_REPORT",
    } <= names
    for algorithm in provider.algorithms():
        assert algorithm.shortHelpString()
        assert algorithm.name().isalpha() and algorithm.name().islower()


def test_camera_coverage_areas_defaults_and_rejections(run, cameras):
    result = run(
        "cameracoverage", {"CAMERAS": cameras, "OUTPUT": "memory:", "OUTPUT_REJECTED": "memory:"}
    )
    out = features_by(result["OUTPUT"], "camera_id")
    assert set(out) == {"a", "b"}
    assert out["a"]["covered_m2"] == pytest.approx(QUARTER_10, rel=1e-3)
    assert out["b"]["covered_m2"] == pytest.approx(math.pi * 400, rel=1e-3)
    assert out["b"]["fov_used"] == 360.0
    assert out["a"]["range_used"] == 10.0
    assert out["a"].geometry().area() == pytest.approx(out["a"]["covered_m2"])
    rejected = features_by(result["OUTPUT_REJECTED"], "camera_id")
    assert set(rejected) == {"bad", "lost"}
    assert "500" in rejected["bad"]["reason"]
    assert "geometry" in rejected["lost"]["reason"]


def test_inputs_are_never_modified(run, cameras, parcels):
    before = [(f.attributes(), f.geometry().asWkt()) for f in cameras.getFeatures()]
    fields_before = cameras.fields().names()
    run(
        "coverageaudit",
        {
            "CAMERAS": cameras,
            "PARCELS": parcels,
            **AUDIT_OUTPUTS,
        },
    )
    assert [(f.attributes(), f.geometry().asWkt()) for f in cameras.getFeatures()] == before
    assert cameras.fields().names() == fields_before
    assert parcels.featureCount() == 2


def test_parcel_exposure_splits_a_coverage_layer(run, cameras, parcels):
    coverage = run("cameracoverage", {"CAMERAS": cameras, "OUTPUT": "memory:"})["OUTPUT"]
    result = run(
        "parcelexposure",
        {
            "COVERAGE": coverage,
            "PARCELS": parcels,
            "PUBLIC_EXPRESSION": '"owner_group" = 4',
            "OUTPUT_PIECES": "memory:",
            "OUTPUT_SUMMARY": "memory:",
        },
    )
    summary = features_by(result["OUTPUT_SUMMARY"], "camera_id")
    # a: private above y = 5 is the sector minus a 10 x 5 triangle (25 m²).
    assert summary["a"]["private_m2"] == pytest.approx(QUARTER_10 - 25, rel=1e-3)
    assert summary["a"]["public_m2"] == pytest.approx(25, rel=1e-3)
    # b at (100, 100): P1 covers the quarter disc x < 100, y < 100.
    assert summary["b"]["private_m2"] == pytest.approx(math.pi * 400 / 4, rel=1e-3)
    assert summary["a"]["masking_required"] and summary["b"]["masking_required"]
    assert "P1" in summary["a"]["flag_reason"]
    pieces = list(result["OUTPUT_PIECES"].getFeatures())
    assert {(p["camera_id"], p["parcel_id"] or None, p["class"]) for p in pieces} == {
        ("a", "P1", "private"),
        ("a", None, "public"),
        ("b", "P1", "private"),
        ("b", None, "public"),
    }


def test_public_expression_makes_a_parcel_public(run, cameras, parcels):
    result = run(
        "coverageaudit",
        {
            "CAMERAS": cameras,
            "PARCELS": parcels,
            "PUBLIC_EXPRESSION": "\"id\" = 'P1'",
            **AUDIT_OUTPUTS,
        },
    )
    out = features_by(result["OUTPUT_CAMERAS"], "camera_id")
    assert out["a"]["private_m2"] == 0
    assert not out["a"]["masking_required"]
    assert out["a"]["public_m2"] == pytest.approx(out["a"]["covered_m2"])


def test_tolerance_decides_the_flag(run, cameras, parcels):
    result = run(
        "coverageaudit",
        {
            "CAMERAS": cameras,
            "PARCELS": parcels,
            "TOLERANCE_M2": 100,
            **AUDIT_OUTPUTS,
        },
    )
    out = features_by(result["OUTPUT_CAMERAS"], "camera_id")
    assert not out["a"]["masking_required"]  # 53.5 m² < 100 m²
    assert out["b"]["masking_required"]  # 314 m² > 100 m²
    assert "tolerance" in out["a"]["flag_reason"]


def test_layers_in_degrees_give_square_metres(run, cameras, parcels):
    cameras_4326 = run(
        "native:reprojectlayer", {"INPUT": cameras, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"}
    )["OUTPUT"]
    parcels_4326 = run(
        "native:reprojectlayer", {"INPUT": parcels, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"}
    )["OUTPUT"]
    result = run(
        "coverageaudit",
        {
            "CAMERAS": cameras_4326,
            "PARCELS": parcels_4326,
            **AUDIT_OUTPUTS,
        },
    )
    out = features_by(result["OUTPUT_CAMERAS"], "camera_id")
    assert result["OUTPUT_CAMERAS"].crs().authid() == "EPSG:2154"
    assert out["a"]["covered_m2"] == pytest.approx(QUARTER_10, rel=1e-3)
    assert out["a"]["private_m2"] == pytest.approx(QUARTER_10 - 25, rel=1e-3)


@pytest.mark.parametrize(
    "make_input, message",
    [
        (lambda: camera_layer([]), "empty"),
        (
            lambda: camera_layer(
                [(X0, Y0, "a", "north", 90.0, 10.0)],
                fields="camera_id:string,direction:string,fov:double,range_m:double",
            ),
            "direction 'north' is not a number",
        ),
    ],
)
def test_bad_camera_layers_get_a_clear_message(run, parcels, make_input, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(
            "coverageaudit",
            {
                "CAMERAS": make_input(),
                "PARCELS": parcels,
                **AUDIT_OUTPUTS,
            },
        )


def test_parcels_given_as_cameras_are_refused(run, parcels, cameras):
    with pytest.raises(QgsProcessingException):
        run(
            "coverageaudit",
            {
                "CAMERAS": cameras,
                "PARCELS": cameras,
                **AUDIT_OUTPUTS,
            },
        )


def test_a_broken_public_expression_is_reported(run, cameras, parcels):
    with pytest.raises(QgsProcessingException, match="expression"):
        run(
            "coverageaudit",
            {
                "CAMERAS": cameras,
                "PARCELS": parcels,
                "PUBLIC_EXPRESSION": '"owner_group" = = 4',
                **AUDIT_OUTPUTS,
            },
        )


def test_named_fields_and_a_missing_field(run, parcels):
    layer = camera_layer(
        [(X0, Y0, "z", 0.0, 90.0, 10.0)], fields="name:string,cap:double,angle:double,portee:double"
    )
    result = run(
        "cameracoverage",
        {
            "CAMERAS": layer,
            "ID_FIELD": "name",
            "DIRECTION_FIELD": "cap",
            "FOV_FIELD": "angle",
            "RANGE_FIELD": "portee",
            "OUTPUT": "memory:",
        },
    )
    (feature,) = result["OUTPUT"].getFeatures()
    assert feature["covered_m2"] == pytest.approx(QUARTER_10, rel=1e-3)
    with pytest.raises(QgsProcessingException):
        run("cameracoverage", {"CAMERAS": layer, "DIRECTION_FIELD": "heading", "OUTPUT": "memory:"})


def test_a_cancelled_audit_stops_cleanly(provider, cameras, parcels):
    import processing
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    result = processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": cameras,
            "PARCELS": parcels,
            **AUDIT_OUTPUTS,
        },
        feedback=feedback,
    )
    assert "OUTPUT_CAMERAS" not in result or result["OUTPUT_CAMERAS"] is None


def test_the_audit_can_skip_the_coverage_and_pieces_layers(run, cameras, parcels):
    result = run(
        "coverageaudit", {"CAMERAS": cameras, "PARCELS": parcels, "OUTPUT_CAMERAS": "memory:"}
    )
    assert set(result) == {"OUTPUT_CAMERAS"}
    out = features_by(result["OUTPUT_CAMERAS"], "camera_id")
    assert out["a"]["private_m2"] == pytest.approx(QUARTER_10 - 25, rel=1e-3)


def test_coverage_features_without_geometry_are_named_and_left_out(provider, parcels):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer

    class Errors(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatalError=False):  # noqa: N803 (QGIS's name)
            self.errors.append(error)

    coverage = QgsVectorLayer("Polygon?crs=EPSG:2154&field=camera_id:string", "cov", "memory")
    kept, empty = QgsFeature(coverage.fields()), QgsFeature(coverage.fields())
    kept.setGeometry(QgsGeometry.fromWkt(box(-10, 0, 10, 10)))
    kept.setAttributes(["seen"])
    empty.setAttributes(["ghost"])
    coverage.dataProvider().addFeatures([kept, empty])
    feedback = Errors()
    result = processing.run(
        "camera_coverage:parcelexposure",
        {
            "COVERAGE": coverage,
            "PARCELS": parcels,
            "OUTPUT_PIECES": "memory:",
            "OUTPUT_SUMMARY": "memory:",
        },
        feedback=feedback,
    )
    assert [f["camera_id"] for f in result["OUTPUT_SUMMARY"].getFeatures()] == ["seen"]
    assert any("ghost" in error for error in feedback.errors)
    # P1 starts 5 m north: the 20 x 10 box has 20 x 5 m of private land.
    (summary,) = result["OUTPUT_SUMMARY"].getFeatures()
    assert summary["private_m2"] == pytest.approx(100.0)


def test_a_named_field_missing_from_the_coverage_layer_is_refused(run, cameras, parcels):
    coverage = run("cameracoverage", {"CAMERAS": cameras, "OUTPUT": "memory:"})["OUTPUT"]
    with pytest.raises(QgsProcessingException, match="nope"):
        run(
            "parcelexposure",
            {
                "COVERAGE": coverage,
                "CAMERA_ID_FIELD": "nope",
                "PARCELS": parcels,
                "OUTPUT_PIECES": "memory:",
                "OUTPUT_SUMMARY": "memory:",
            },
        )
