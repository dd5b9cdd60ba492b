"""Every bad input of issue 8 through processing.run: it ends in a clear
message naming what to fix, or in a result whose reason says what it is;
never in a traceback or in a clean-looking wrong figure."""

import json
import math

import pytest
from qgis.core import NULL, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests import bad_inputs
from tests.conftest import SAMPLE_TOWN, sample_town_cameras

from .layers import AUDIT_OUTPUTS, X0, Y0, LogFeedback, box, camera_layer, features_by, parcel_layer

PARCELS = str(SAMPLE_TOWN / "parcels.geojson")
TILTED = (
    "camera_id:string,direction:double,fov:double,range_m:double,height_m:double,tilt_deg:double"
)


def audit(provider, cameras, parcels=PARCELS, feedback=None, **extra):
    import processing

    return processing.run(
        "camera_coverage:coverageaudit",
        {"CAMERAS": cameras, "PARCELS": parcels, **AUDIT_OUTPUTS, **extra},
        feedback=feedback or LogFeedback(),
    )


def refusal(provider, cameras, parcels=PARCELS, **extra):
    with pytest.raises(QgsProcessingException) as error:
        audit(provider, cameras, parcels, **extra)
    return str(error.value)


def test_an_expression_naming_a_missing_field_stops_the_run(provider):
    message = refusal(
        provider,
        str(SAMPLE_TOWN / "cameras.geojson"),
        PUBLIC_EXPRESSION='"nosuchfield" = 1',
    )
    assert "nosuchfield" in message
    assert "owner_group" in message and "contenance" in message  # the fields available


def test_an_expression_failing_on_a_feature_stops_the_run(provider):
    message = refusal(
        provider, str(SAMPLE_TOWN / "cameras.geojson"), PUBLIC_EXPRESSION='"usage" / 0 > 1'
    )
    assert "fails on feature" in message


@pytest.mark.parametrize("kind", ["geojson_without_crs", "gpkg_srs_id_0"])
@pytest.mark.parametrize("algorithm", ["coverageaudit", "cameracoverage"])
def test_a_layer_without_its_crs_is_refused_with_how_to_set_it(provider, tmp_path, kind, algorithm):
    import processing

    if kind == "geojson_without_crs":
        path = bad_inputs.write_geojson(tmp_path / "c.geojson", bad_inputs.town(), crs=False)
    else:
        path = bad_inputs.gpkg_without_srs(tmp_path / "c.gpkg")
    parameters = {"CAMERAS": str(path), "OUTPUT": str(tmp_path / "out.gpkg")}
    if algorithm == "coverageaudit":
        parameters = {
            "CAMERAS": str(path),
            "PARCELS": PARCELS,
            "OUTPUT_CAMERAS": str(tmp_path / "out.gpkg"),
        }
    with pytest.raises(QgsProcessingException) as error:
        processing.run(f"camera_coverage:{algorithm}", parameters)
    message = str(error.value)
    assert "do not fit its CRS" in message and "Assign projection" in message
    # Nothing with infinite coordinates or NULL areas was written.
    out = QgsVectorLayer(str(tmp_path / "out.gpkg"), "out", "ogr")
    assert not out.isValid() or out.featureCount() == 0


def test_parcels_without_their_crs_are_refused(provider, tmp_path):
    parcels = bad_inputs.write_geojson(
        tmp_path / "p.geojson", bad_inputs.town("parcels.geojson"), crs=False
    )
    message = refusal(provider, str(SAMPLE_TOWN / "cameras.geojson"), str(parcels))
    assert "parcel layer" in message and "do not fit its CRS" in message


def test_cameras_far_apart_are_refused_naming_the_far_ones(provider, tmp_path):
    cameras = bad_inputs.cameras_lonlat(
        tmp_path / "c.geojson",
        [("PARIS-1", 2.35, 48.85), ("PARIS-2", 2.36, 48.86), ("NEW-YORK", -74.0, 40.7)],
    )
    message = refusal(provider, str(cameras))
    assert "NEW-YORK" in message and "PARIS-1" not in message
    assert "-74.0000, 40.7000 .. 2.3600, 48.8600" in message


def test_cameras_far_from_every_parcel_are_not_cleared(provider, tmp_path):
    cameras = bad_inputs.cameras_lonlat(tmp_path / "c.geojson", [("NEW-YORK", -74.0, 40.7)])
    feedback = LogFeedback()
    result = audit(provider, str(cameras), feedback=feedback)
    (camera,) = result["OUTPUT_CAMERAS"].getFeatures()
    assert camera["covered_m2"] == pytest.approx(math.pi * 30**2 / 6, rel=1e-3)
    assert camera["masking_required"] == NULL
    assert "cadastre given does not cover" in camera["flag_reason"]
    assert "public domain" not in camera["flag_reason"]
    assert "not audited: no parcel lies within their reach" in feedback.text


@pytest.mark.parametrize(
    "height, tilt, reason",
    [
        (-5.0, 20.0, "height -5 m must be more than 0"),
        (0.0, 20.0, "height 0 m must be more than 0"),
        (5000.0, 20.0, "height 5000 m must be more than 0 and at most 300 m"),
        (5.0, 200.0, "tilt 200° must lie between -90"),
        (5.0, -91.0, "tilt -91° must lie between -90"),
    ],
)
def test_impossible_height_or_tilt_is_rejected_with_its_reason(provider, height, tilt, reason):
    cameras = camera_layer(
        [
            (X0, Y0, "odd", 0.0, 60.0, 30.0, height, tilt),
            (X0 + 1, Y0, "ok", 0.0, 60.0, 30.0, 5.0, 20.0),
        ],
        fields=TILTED,
    )
    parcels = parcel_layer([("P1", None, box(-100, 5, 100, 100))])
    result = audit(provider, cameras, parcels, OUTPUT_REJECTED="memory:")
    assert set(features_by(result["OUTPUT_CAMERAS"], "camera_id")) == {"ok"}
    rejected = features_by(result["OUTPUT_REJECTED"], "camera_id")
    assert reason in rejected["odd"]["reason"]


@pytest.mark.parametrize(
    "height, tilt, words",
    [
        (5.0, -90.0, "sees nothing: the view never reaches the ground (it points above"),
        (100.0, 10.0, "sees nothing: the view never reaches the ground within its reach"),
    ],
)
def test_a_view_that_never_reaches_the_ground_says_so(provider, height, tilt, words):
    cameras = camera_layer([(X0, Y0, "sky", 0.0, 60.0, 30.0, height, tilt)], fields=TILTED)
    parcels = parcel_layer([("P1", None, box(-100, 5, 100, 100))])
    result = audit(provider, cameras, parcels)
    (camera,) = result["OUTPUT_CAMERAS"].getFeatures()
    assert camera["covered_m2"] == 0
    assert camera["flag_reason"].startswith(words)
    assert "public domain" not in camera["flag_reason"]
    assert not camera["masking_required"]


def test_a_column_null_everywhere_is_treated_as_absent(provider, tmp_path):
    cameras = bad_inputs.with_properties(tmp_path / "c.geojson", {"*": {"height_m": None}})
    layer = QgsVectorLayer(str(cameras), "c", "ogr")
    assert not layer.fields().field("height_m").isNumeric()  # GDAL types it as text
    feedback = LogFeedback()
    result = audit(provider, str(cameras), feedback=feedback)
    assert result["OUTPUT_CAMERAS"].featureCount() == sample_town_cameras()
    assert "The field height_m has no value for any camera: treated as absent" in feedback.text
    for camera in result["OUTPUT_CAMERAS"].getFeatures():
        assert camera["blind_m"] == 0  # no height: no blind zone


def test_a_text_column_without_a_number_rejects_every_camera_naming_the_value(provider, tmp_path):
    cameras = bad_inputs.with_properties(tmp_path / "c.geojson", {"*": {"height_m": "4 m"}})
    message = refusal(provider, str(cameras))
    assert "height_m '4 m' is not a number" in message


def test_duplicate_ids_are_made_unique_in_outputs_log_and_report(provider, tmp_path):
    cameras = bad_inputs.with_properties(
        tmp_path / "c.geojson",
        {"CAM-06": {"camera_id": "CAM-05"}, "CAM-07": {"camera_id": "CAM-05"}},
    )
    feedback = LogFeedback()
    report = tmp_path / "report.html"
    result = audit(provider, str(cameras), feedback=feedback, OUTPUT_REPORT=str(report))
    ids = [f["camera_id"] for f in result["OUTPUT_CAMERAS"].getFeatures()]
    assert len(ids) == len(set(ids)) == sample_town_cameras()
    assert {"CAM-05", "CAM-05#2", "CAM-05#3"} <= set(ids)
    assert {f["camera_id"] for f in result["OUTPUT_PIECES"].getFeatures()} >= {"CAM-05#2"}
    assert "Camera id CAM-05 is used 3 times: the later ones are named CAM-05#2, CAM-05#3" in (
        feedback.text
    )
    html = report.read_text(encoding="utf-8")
    assert "<td>CAM-05#2</td>" in html and "CAM-05 → CAM-05#2, CAM-05#3" in html


def test_duplicate_ids_are_unique_in_cameracoverage_views_too(provider, tmp_path):
    # Issue 17: the views copy the camera's attributes, and showed CAM-05
    # three times after the log announced CAM-05#2 and CAM-05#3.
    import processing

    cameras = bad_inputs.with_properties(
        tmp_path / "c.geojson",
        {"CAM-06": {"camera_id": "CAM-05"}, "CAM-07": {"camera_id": "CAM-05"}},
    )
    result = processing.run(
        "camera_coverage:cameracoverage", {"CAMERAS": str(cameras), "OUTPUT": "memory:"}
    )
    ids = [f["camera_id"] for f in result["OUTPUT"].getFeatures()]
    assert len(ids) == len(set(ids)) == sample_town_cameras()
    assert {"CAM-05", "CAM-05#2", "CAM-05#3"} <= set(ids)


def test_no_usable_camera_writes_the_rejected_output_and_lists_the_reasons(provider, tmp_path):
    import processing

    cameras = bad_inputs.with_properties(tmp_path / "c.geojson", {"*": {"fov": 500.0}})
    rejected = tmp_path / "rejected.gpkg"
    feedback = LogFeedback()
    with pytest.raises(QgsProcessingException) as error:
        processing.run(
            "camera_coverage:coverageaudit",
            {
                "CAMERAS": str(cameras),
                "PARCELS": PARCELS,
                "OUTPUT_CAMERAS": str(tmp_path / "cameras.gpkg"),
                "OUTPUT_REJECTED": str(rejected),
            },
            feedback=feedback,
        )
    message = str(error.value)
    assert f"No usable camera: all {sample_town_cameras()} cameras were rejected" in message
    assert "CAM-01: field of view 500° must be more than 0" in message
    assert "Camera CAM-30 rejected: field of view 500°" in feedback.text
    reasons = [f["reason"] for f in QgsVectorLayer(str(rejected), "r", "ogr").getFeatures()]
    assert len(reasons) == sample_town_cameras() and all("500" in r for r in reasons)


def test_a_damaged_geopackage_is_called_unreadable_not_missing(provider, tmp_path):
    damaged = bad_inputs.damaged_gpkg(tmp_path / "cameras.gpkg")
    message = refusal(provider, str(damaged))
    assert "exists but cannot be read" in message and "not found" not in message


def test_overlapping_parcels_are_counted_once_and_logged(provider):
    # All-round camera, 10 m; P1 covers x in [0, 100], P2 x in [-2, 100]
    # over y in [-100, 100]: they overlap on the half disc x > 0 and P2 adds
    # the strip -2 < x < 0 (segment area by hand).
    cameras = camera_layer([(X0, Y0, "c", None, 360.0, 10.0)])
    parcels = parcel_layer(
        [("P1", None, box(0, -100, 100, 100)), ("P2", None, box(-2, -100, 100, 100))]
    )
    feedback = LogFeedback()
    result = audit(provider, cameras, parcels, feedback=feedback)
    (camera,) = result["OUTPUT_CAMERAS"].getFeatures()
    r, d = 10.0, 2.0  # segment beyond x = -d: r² acos(d/r) - d sqrt(r² - d²)
    private = math.pi * r**2 / 2 + (
        math.pi * r**2 / 2 - (r**2 * math.acos(d / r) - d * math.sqrt(r**2 - d**2))
    )
    assert camera["private_m2"] == pytest.approx(private, rel=2e-3)
    assert "2 parcels seen by the cameras overlap one another, by" in feedback.text
    # The parcels themselves overlap on P1 whole: 100 x 200 m.
    assert "overlap one another, by 20000.00 m² in all" in feedback.text


def test_a_finished_run_stamps_its_geopackages_and_a_cancelled_one_does_not(provider, tmp_path):
    import processing

    from camera_coverage.layers.run_safety import is_complete

    outputs = {
        "OUTPUT_CAMERAS": str(tmp_path / "cameras.gpkg"),
        "OUTPUT_COVERAGE": str(tmp_path / "coverage.gpkg"),
        "OUTPUT_PIECES": str(tmp_path / "pieces.gpkg"),
    }
    parameters = {"CAMERAS": str(SAMPLE_TOWN / "cameras.geojson"), "PARCELS": PARCELS, **outputs}
    processing.run("camera_coverage:coverageaudit", parameters)
    assert all(is_complete(path) for path in outputs.values())

    class CancelWhileWriting(QgsProcessingFeedback):
        def setProgress(self, progress):
            if progress >= 90:  # pieces done: the writing starts
                self.cancel()
            super().setProgress(progress)

    cut = {name: str(tmp_path / f"cut_{name}.gpkg") for name in outputs}
    processing.run(
        "camera_coverage:coverageaudit", {**parameters, **cut}, feedback=CancelWhileWriting()
    )
    written = [path for path in cut.values() if QgsVectorLayer(path, "x", "ogr").isValid()]
    assert written, "the cut-short run wrote something"
    assert not any(is_complete(path) for path in written)


def test_parcel_exposure_refuses_a_coverage_layer_without_its_crs(provider, tmp_path):
    import processing

    processing.run(
        "camera_coverage:cameracoverage",
        {"CAMERAS": str(SAMPLE_TOWN / "cameras.geojson"), "OUTPUT": str(tmp_path / "c.geojson")},
    )
    text = (tmp_path / "c.geojson").read_text(encoding="utf-8")
    assert '"crs"' in text
    bad_inputs.write_geojson(tmp_path / "nocrs.geojson", json.loads(text), crs=False)
    with pytest.raises(QgsProcessingException) as error:
        processing.run(
            "camera_coverage:parcelexposure",
            {
                "COVERAGE": str(tmp_path / "nocrs.geojson"),
                "PARCELS": PARCELS,
                "OUTPUT_PIECES": "memory:",
                "OUTPUT_SUMMARY": "memory:",
            },
        )
    assert "The coverage layer's coordinates do not fit its CRS" in str(error.value)


def test_owners_saved_as_utf16_are_refused_naming_the_encoding(provider, tmp_path):
    # Issue 17: QGIS cannot open a UTF-16 CSV; it was called "damaged".
    owners = tmp_path / "owners.csv"
    text = (SAMPLE_TOWN / "owners.csv").read_bytes().decode("cp1252")
    owners.write_text(text, encoding="utf-16")
    message = refusal(provider, str(SAMPLE_TOWN / "cameras.geojson"), OWNERS=str(owners))
    assert "UTF-16" in message and "damaged" not in message
    assert "owners.csv" in message and str(tmp_path) not in message


def test_owners_from_two_encodings_are_read_and_said_to_be_mixed(provider, tmp_path):
    data = (SAMPLE_TOWN / "owners.csv").read_bytes()
    lines = data.split(b"\r\n")
    half = len(lines) // 2
    # The second half re-exported in UTF-8 and pasted below the first.
    pasted = b"\r\n".join(
        lines[:half] + [ln.decode("cp1252").encode("utf-8") for ln in lines[half:]]
    )
    owners = tmp_path / "owners.csv"
    owners.write_bytes(pasted)
    feedback = LogFeedback()
    mixed = audit(
        provider, str(SAMPLE_TOWN / "cameras.geojson"), OWNERS=str(owners), feedback=feedback
    )
    plain = audit(
        provider, str(SAMPLE_TOWN / "cameras.geojson"), OWNERS=str(SAMPLE_TOWN / "owners.csv")
    )
    assert "mixes two encodings" in feedback.text
    names = {f["camera_id"]: f["flag_reason"] for f in mixed["OUTPUT_CAMERAS"].getFeatures()}
    expected = {f["camera_id"]: f["flag_reason"] for f in plain["OUTPUT_CAMERAS"].getFeatures()}
    assert names == expected


def _digest(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_no_output_overwrites_an_input_or_another_output(provider, tmp_path):
    # Issue 17: OUTPUT_PIECES given the parcels' own file replaced it.
    import processing

    parcels = tmp_path / "parcels.gpkg"
    processing.run("native:savefeatures", {"INPUT": PARCELS, "OUTPUT": str(parcels)})
    before = _digest(parcels)
    cameras = str(SAMPLE_TOWN / "cameras.geojson")
    message = refusal(provider, cameras, str(parcels), OUTPUT_PIECES=str(parcels))
    assert "OUTPUT_PIECES" in message and "PARCELS" in message and "parcels.gpkg" in message
    assert _digest(parcels) == before
    # The same handed over by a script as a layer object.
    layer = QgsVectorLayer(str(parcels), "parcels", "ogr")
    message = refusal(provider, cameras, layer, OUTPUT_PIECES=str(parcels))
    del layer
    assert "OUTPUT_PIECES" in message and "PARCELS" in message
    assert _digest(parcels) == before
    same = tmp_path / "same.gpkg"
    message = refusal(
        provider, cameras, OUTPUT_COVERAGE=str(same), OUTPUT_PIECES=f"{same}|layername=x"
    )
    assert "OUTPUT_COVERAGE" in message and "OUTPUT_PIECES" in message
    assert not same.exists()


def test_a_dossier_folder_that_is_a_file_or_cannot_be_made_is_refused(provider, tmp_path):
    cameras = str(SAMPLE_TOWN / "cameras.geojson")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    message = refusal(provider, cameras, OUTPUT_DOSSIER=str(a_file))
    assert "OUTPUT_DOSSIER" in message and "is a file" in message
    assert a_file.read_text() == "mine"
    # A folder below a file cannot be created, whoever runs QGIS (even root).
    message = refusal(provider, cameras, OUTPUT_DOSSIER=str(a_file / "dossier"))
    assert "cannot be written" in message


def test_a_direction_column_mixing_numbers_and_text_keeps_the_numbers(provider, tmp_path):
    # Issue 17: GDAL types such a GeoJSON property as JSON, which QGIS 3.22
    # reads as NULL: every camera became a 360° disc, and cameracoverage
    # could not write its output ("Unsupported type for field direction").
    import processing

    cameras = tmp_path / "cameras.geojson"
    directions = [90, "NE", "abc", "180.0"]
    cameras.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::2154"}},
                "features": [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [X0 + 80 * i, Y0]},
                        "properties": {"camera_id": f"C{i}", "direction": d},
                    }
                    for i, d in enumerate(directions)
                ],
            }
        ),
        encoding="utf-8",
    )
    result = processing.run(
        "camera_coverage:cameracoverage",
        {
            "CAMERAS": str(cameras),
            "OUTPUT": str(tmp_path / "views.gpkg"),
            "OUTPUT_REJECTED": str(tmp_path / "rejected.gpkg"),
        },
    )
    views = QgsVectorLayer(result["OUTPUT"], "views", "ogr")
    covered = {f["camera_id"]: f["covered_m2"] for f in views.getFeatures()}
    # A 60° sector of 30 m (the defaults), worked out by hand: pi 30² / 6.
    assert covered == pytest.approx({"C0": math.pi * 900 / 6, "C3": math.pi * 900 / 6}, rel=1e-3)
    rejected = QgsVectorLayer(result["OUTPUT_REJECTED"], "rejected", "ogr")
    reasons = {f["camera_id"]: f["reason"] for f in rejected.getFeatures()}
    assert sorted(reasons) == ["C1", "C2"]
    assert "'NE' is not a number" in reasons["C1"] and "'abc'" in reasons["C2"]


def test_an_infinite_camera_value_rejects_that_camera_only(provider):
    # Issue 17: an infinite resolution stopped the whole run with advice
    # about coordinate reference systems.
    fields = "camera_id:string,direction:double,fov:double,range_m:double,h_resolution:double"
    layer = camera_layer(
        [(X0, Y0, "OK", 0.0, 60.0, 30.0, 1920.0), (X0 + 100, Y0, "INF", 0.0, 60.0, 30.0, math.inf)],
        fields=fields,
    )
    result = audit(provider, layer, OUTPUT_REJECTED="memory:")
    assert [f["camera_id"] for f in result["OUTPUT_CAMERAS"].getFeatures()] == ["OK"]
    (row,) = result["OUTPUT_REJECTED"].getFeatures()
    assert row["camera_id"] == "INF" and "resolution" in row["reason"]


def test_signs_keep_the_not_audited_and_sees_nothing_reasons(provider, tmp_path):
    collection = bad_inputs.town()
    far, blind = collection["features"][0], collection["features"][1]
    x, y = far["geometry"]["coordinates"]
    far["geometry"]["coordinates"] = [x + 3000, y]
    # Tilted up by 30°: its view never reaches the ground.
    blind["properties"].update(height_m=5.0, tilt_deg=-30.0)
    cameras = bad_inputs.write_geojson(tmp_path / "c.geojson", collection)
    result = audit(provider, str(cameras), SIGNS=str(SAMPLE_TOWN / "signs.geojson"))
    by_id = {f["camera_id"]: f for f in result["OUTPUT_CAMERAS"].getFeatures()}
    far_row = by_id[far["properties"]["camera_id"]]
    assert far_row["flag_reason"].startswith("not audited")
    # (Its public area is covered - private - unknown: zero up to the
    # overlay's rounding, 1e-13 m² for its picture's ground.)
    assert far_row["public_m2"] == pytest.approx(0, abs=1e-9)
    assert far_row["masking_required"] == NULL
    blind_row = by_id[blind["properties"]["camera_id"]]
    assert blind_row["flag_reason"].startswith("sees nothing")
    assert "sign" not in blind_row["flag_reason"]


def test_a_dossier_folder_holding_an_input_under_a_dossier_name_is_refused(provider, tmp_path):
    # Found by a hostile-input review: the plan's own layers.gpkg, or an
    # owners file named cameras.csv, in the folder chosen for the dossier
    # was replaced by the dossier's file of that name (the plan was lost).
    import processing

    folder = tmp_path / "dossier"
    folder.mkdir()
    parcels = folder / "layers.gpkg"
    processing.run("native:savefeatures", {"INPUT": PARCELS, "OUTPUT": str(parcels)})
    owners = folder / "cameras.csv"
    owners.write_bytes((SAMPLE_TOWN / "owners.csv").read_bytes())
    before = (_digest(parcels), _digest(owners))
    cameras = str(SAMPLE_TOWN / "cameras.geojson")
    message = refusal(provider, cameras, str(parcels), OUTPUT_DOSSIER=str(folder))
    assert "OUTPUT_DOSSIER" in message and "layers.gpkg" in message
    message = refusal(provider, cameras, OWNERS=str(owners), OUTPUT_DOSSIER=str(folder))
    assert "OWNERS" in message and "cameras.csv" in message
    message = refusal(
        provider, cameras, OUTPUT_REPORT=str(folder / "report.html"), OUTPUT_DOSSIER=str(folder)
    )
    assert "OUTPUT_REPORT" in message and "OUTPUT_DOSSIER" in message
    assert (_digest(parcels), _digest(owners)) == before
    # Other files in that folder are the volunteer's own: the dossier leaves them.
    audit(provider, cameras, str(parcels), OUTPUT_DOSSIER=str(tmp_path / "elsewhere"))


@pytest.mark.parametrize("name", ["TOLERANCE_M2", "DEFAULT_FOV", "SURROUNDINGS_M"])
@pytest.mark.parametrize("value", ["nan", "inf"])
def test_a_number_parameter_that_is_not_a_number_is_refused(provider, name, value):
    # TOLERANCE_M2=nan compared false everywhere: CAM-09, seeing 894 m² of
    # private land, was cleared.
    message = refusal(provider, str(SAMPLE_TOWN / "cameras.geojson"), **{name: value})
    assert name in message
    # QGIS refuses infinity itself (above the maximum); NaN passes its check.
    assert value == "inf" or "must be a number" in message


def test_a_sliver_threshold_that_would_drop_real_masks_is_refused(provider):
    message = refusal(provider, str(SAMPLE_TOWN / "cameras.geojson"), MASK_MIN_AREA_M2=1e308)
    assert "MASK_MIN_AREA_M2" in message


def test_an_owners_file_with_no_row_on_the_parcels_is_said(provider, tmp_path):
    # Found by a hostile-input review: a header-only file gave "0 rows" and
    # every parcel private with no warning.
    owners = tmp_path / "owners.csv"
    header = (SAMPLE_TOWN / "owners.csv").read_bytes().split(b"\r\n")[0]
    owners.write_bytes(header + b"\r\n")
    feedback = LogFeedback()
    audit(provider, str(SAMPLE_TOWN / "cameras.geojson"), OWNERS=str(owners), feedback=feedback)
    assert "no row of the owners file is on a loaded parcel (0 rows" in feedback.text
