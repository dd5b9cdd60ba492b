"""importcameras on each kind of source volunteers have, real data first."""

import json
import re

import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

from tests.conftest import SHARED_DATA

from .layers import AUDIT_OUTPUTS

MONACO = SHARED_DATA / "monaco" / "monaco-2025-02-07.osm.pbf"
PARIS_CSV = SHARED_DATA / "paris18" / "cameras-paris-bo2019.csv"


def monaco_tags_read_by_ogr():
    """What OGR itself says: osm_id -> the plain direction tag (or None)."""
    source = ogr.Open(str(MONACO))
    layer = source.GetLayerByName("points")
    layer.SetAttributeFilter("man_made = 'surveillance'")
    found = {}
    for feature in layer:
        match = re.search(r'"direction"=>"([^"]*)"', feature.GetField("other_tags") or "")
        found[feature.GetField("osm_id")] = match.group(1) if match else None
    return found


def imported(run, parameters):
    result = run("importcameras", {"OUTPUT": "memory:", "REJECTED": "memory:", **parameters})
    cameras = {f["camera_id"]: f for f in result["OUTPUT"].getFeatures()}
    return result, cameras


def test_monaco_extract_every_camera_with_its_direction(run):
    expected = monaco_tags_read_by_ogr()
    assert len(expected) == 16
    result, cameras = imported(run, {"INPUT": f"{MONACO}|layername=points"})
    assert result["INPUT_FEATURES"] == result["IMPORTED_FEATURES"] + result["REJECTED_FEATURES"]
    assert result["IMPORTED_FEATURES"] == 16
    assert result["REJECTED"].featureCount() == result["REJECTED_FEATURES"]
    assert set(cameras) == {f"node/{osm_id}" for osm_id in expected}
    for osm_id, direction in expected.items():
        camera = cameras[f"node/{osm_id}"]
        if direction is None:
            assert (
                camera["direction"] is None
                or camera["direction"] != camera["direction"]
                or str(camera["direction"]) == "NULL"
            )
            assert camera["fov"] == 360.0
        else:
            assert camera["direction"] == float(direction)
    assert cameras["node/6482706099"]["direction"] == 0.0  # north, not "no direction"


def test_paris_open_data_csv_707_cameras_all_round(run):
    result, _ = imported(run, {"INPUT": str(PARIS_CSV), "ID_FIELD": "Numéro"})
    assert result["INPUT_FEATURES"] == 707
    assert result["CAMERAS"] == 707 and result["REJECTED_FEATURES"] == 0
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:4326"
    for feature in layer.getFeatures():
        assert feature["fov"] == 360.0
        point = feature.geometry().asPoint()
        assert 2.2 < point.x() < 2.5 and 48.8 < point.y() < 48.95


def test_overpass_geojson_export(run, tmp_path):
    path = tmp_path / "export.geojson"
    features = [
        {
            "type": "Feature",
            "id": "node/1",
            "properties": {
                "@id": "node/1",
                "man_made": "surveillance",
                "surveillance:type": "camera",
                "camera:direction": "270-90",
                "camera:type": "panning",
            },
            "geometry": {"type": "Point", "coordinates": [2.35, 48.89]},
        },
        {
            "type": "Feature",
            "id": "node/2",
            "properties": {
                "@id": "node/2",
                "man_made": "surveillance",
                "surveillance:type": "guard",
            },
            "geometry": {"type": "Point", "coordinates": [2.351, 48.891]},
        },
        {
            "type": "Feature",
            "id": "node/3",
            "properties": {"@id": "node/3", "man_made": "surveillance", "camera:direction": "left"},
            "geometry": {"type": "Point", "coordinates": [2.352, 48.892]},
        },
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    result, cameras = imported(run, {"INPUT": str(path)})
    assert set(cameras) == {"node/1"}
    assert cameras["node/1"]["direction"] == 0.0 and cameras["node/1"]["pan_deg"] == 180.0
    reasons = {f["reject_source_ref"]: f["reject_reason"] for f in result["REJECTED"].getFeatures()}
    assert "guard" in reasons["node/2"]
    assert "left" in reasons["node/3"]
    # Asked to, an unreadable direction becomes an all-round camera, flagged.
    _, cameras = imported(run, {"INPUT": str(path), "UNREADABLE_AS_ALL_ROUND": True})
    assert cameras["node/3"]["flagged"] and cameras["node/3"]["fov"] == 360.0


def test_quickosm_layer_with_tags_as_fields(run):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=osm_id:integer&field=osm_type:string&field=man_made:string"
        "&field=camera:direction:string&field=camera:tilt:string&field=height:string",
        "quickosm",
        "memory",
    )
    feature = QgsFeature(layer.fields())
    feature.setAttributes([55, "node", "surveillance", "NE;SW", "-30", "4 m"])
    from qgis.core import QgsGeometry, QgsPointXY

    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(7.42, 43.73)))
    layer.dataProvider().addFeatures([feature])
    result, cameras = imported(run, {"INPUT": layer})
    assert set(cameras) == {"node/55-1", "node/55-2"}
    assert cameras["node/55-1"]["direction"] == 45.0
    assert cameras["node/55-2"]["direction"] == 225.0
    assert cameras["node/55-1"]["tilt_deg"] == 30.0 and cameras["node/55-1"]["height_m"] == 4.0
    assert result["IMPORTED_FEATURES"] == 1 and result["CAMERAS"] == 2


def test_municipal_table_with_xy_in_lambert93_and_angles_from_east(run, tmp_path):
    path = tmp_path / "cameras_mairie.csv"
    path.write_text(
        "numero;X_L93;Y_L93;angle;genre\n"
        "C1;700000,5;6862100,25;0;fixe\n"
        "C2;700000;6862200;90;fixe\n"
        "C3;;6862300;90;fixe\n",
        encoding="utf-8",
    )
    parameters = {
        "INPUT": str(path),
        "ID_FIELD": "numero",
        "DIRECTION_FIELD": "angle",
        "ANGLE_CONVENTION": 1,
        "X_FIELD": "X_L93",
        "Y_FIELD": "Y_L93",
    }
    with pytest.raises(QgsProcessingException, match="CRS"):
        imported(run, parameters)
    result, cameras = imported(run, {**parameters, "SOURCE_CRS": "EPSG:2154"})
    # On Lambert-93's central meridian (3°E) grid north is true north.
    assert cameras["C1"]["direction"] == pytest.approx(90.0, abs=1e-4)  # east
    assert cameras["C2"]["direction"] % 360 == pytest.approx(0.0, abs=1e-4)  # north
    point = cameras["C1"].geometry().asPoint()
    assert (point.x(), point.y()) == (700000.5, 6862100.25)
    assert result["REJECTED_FEATURES"] == 1
    (rejected,) = result["REJECTED"].getFeatures()
    assert "X_L93" in rejected["reject_reason"]


def test_a_table_without_coordinates_is_refused(run, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("name,street\nA,Rue X\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="no geometry"):
        imported(run, {"INPUT": str(path)})


def test_the_audit_runs_on_imported_cameras(run, tmp_path):
    result, _ = imported(run, {"INPUT": str(PARIS_CSV), "ID_FIELD": "Numéro"})
    cameras = result["OUTPUT"]
    parcels = QgsVectorLayer(
        str(SHARED_DATA / "paris18" / "cadastre-75118-parcelles.json"), "p", "ogr"
    )
    audit = run(
        "coverageaudit",
        {
            "CAMERAS": cameras,
            "PARCELS": parcels,
            **AUDIT_OUTPUTS,
            "OUTPUT_REPORT": str(tmp_path / "report.html"),
        },
    )
    out = list(audit["OUTPUT_CAMERAS"].getFeatures())
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "per camera type (defaults_used)</b>: 707" in report
    assert len(out) == cameras.featureCount() > 0
    for feature in out:
        # no direction: all round at the default range for unknown cameras (30 m)
        assert feature["covered_m2"] == pytest.approx(3.14159 * 900, rel=1e-3)
    # Only the 18th's cadastre is given: its 57 sites and a few near its border see parcels.
    assert 55 <= sum(f["private_m2"] > 0 for f in out) <= 80


def test_operator_and_operator_type_are_kept(run, tmp_path):
    path = tmp_path / "shops.geojson"
    shop = {
        "@id": "node/7",
        "man_made": "surveillance",
        "surveillance": "outdoor",
        "camera:direction": "90",
        "operator": "Boulangerie du Marché",
        "operator:type": "business",
    }
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": shop,
                        "geometry": {"type": "Point", "coordinates": [2.35, 48.89]},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    _, cameras = imported(run, {"INPUT": str(path)})
    (camera,) = cameras.values()
    assert camera["operator"] == "Boulangerie du Marché"
    assert camera["operator_type"] == "business"
    assert camera["surveillance"] == "outdoor"


def test_a_french_csv_keeps_decimal_directions_and_refuses_impossible_places(run, tmp_path):
    # Issue 17: "45,5" in a decimal-comma CSV is 45.5°, not two cameras;
    # longitude 200 is off the globe; 720 and -450 are brought into one turn
    # with a note; a row without latitude is rejected with no geometry at
    # all (it was written as POINT(nan nan)).
    table = tmp_path / "cameras.csv"
    table.write_text(
        "id;lon;lat;direction\n"
        "A;2,35;48,85;45,5\n"
        "B;200;48,85;90\n"
        "C;2,36;;90\n"
        "D;2,37;48,86;720\n"
        "E;2,38;48,87;-450\n"
        "F;2,39;48,88;90\n",
        encoding="utf-8",
    )
    rejected_path = tmp_path / "rejected.gpkg"
    result = run(
        "importcameras",
        {
            "INPUT": str(table),
            "ID_FIELD": "id",
            "OUTPUT": "memory:",
            "REJECTED": str(rejected_path),
        },
    )
    cameras = {f["camera_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert sorted(cameras) == ["A", "D", "E", "F"]
    assert cameras["A"]["direction"] == pytest.approx(45.5)
    assert "45,5" in cameras["A"]["notes"]
    assert cameras["D"]["direction"] == 0 and "720" in cameras["D"]["notes"]
    assert cameras["E"]["direction"] == 270 and "-450" in cameras["E"]["notes"]
    assert not cameras["F"]["notes"]
    assert result["INPUT_FEATURES"] == 6 and result["REJECTED_FEATURES"] == 2
    source = ogr.Open(str(rejected_path))
    rows = {f.GetField("id"): f for f in source.GetLayer(0)}
    assert sorted(rows) == ["B", "C"]
    assert "off the globe" in rows["B"].GetField("reject_reason")
    assert all(row.GetGeometryRef() is None for row in rows.values())


def test_a_table_keeps_its_own_camera_ids_without_id_field(run, tmp_path):
    # Found by a hostile-input review: a list with a camera_id column came
    # out as fid/1, fid/2 unless ID_FIELD was given.
    table = tmp_path / "cameras.csv"
    table.write_text("camera_id,lon,lat,direction\nA,2.35,48.85,90\nB,2.36,48.85,180\n")
    result, cameras = imported(run, {"INPUT": str(table)})
    assert sorted(cameras) == ["A", "B"]
    assert result["INPUT_FEATURES"] == 2
