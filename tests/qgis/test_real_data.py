"""Real data: the 57 camera sites of Paris 18e (BO 2019) against the real
75118 cadastre, checked against a second method built from QGIS's native
algorithms, and the bundled sample town."""

from collections import defaultdict
from pathlib import Path

import pytest
from qgis.core import NULL, QgsFeatureRequest, QgsGeometry, QgsVectorLayer

from tests.conftest import SAMPLE_TOWN, SHARED_DATA, sample_town_cameras
from tests.expected import close, sample_town

from .test_second_method import grid_north

PARIS = SHARED_DATA / "paris18"
RANGE_M = 30.0


def paris_cameras():
    uri = (
        f"file://{PARIS / 'cameras-paris-bo2019.csv'}?delimiter=;&xField=lon&yField=lat"
        "&crs=EPSG:4326&detectTypes=yes"
    )
    layer = QgsVectorLayer(uri, "cameras", "delimitedtext")
    assert layer.isValid()
    layer.setSubsetString('"Code postal" = 75018')
    return layer


@pytest.fixture(scope="module")
def paris_audit(plugin):
    import processing

    cameras = paris_cameras()
    parcels = QgsVectorLayer(str(PARIS / "cadastre-75118-parcelles.json"), "parcels", "ogr")
    assert parcels.isValid()
    result = processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": cameras,
            "ID_FIELD": "Numéro",
            "PARCELS": parcels,
            "DEFAULT_RANGE": RANGE_M,
            "OUTPUT_CAMERAS": "memory:",
            "OUTPUT_COVERAGE": "memory:",
            "OUTPUT_PIECES": "memory:",
            "OUTPUT_REJECTED": "memory:",
        },
    )
    return cameras, parcels, result


def test_all_57_sites_of_the_18th_are_audited(paris_audit):
    cameras, _, result = paris_audit
    assert cameras.featureCount() == 57
    assert result["OUTPUT_CAMERAS"].featureCount() == 57
    assert result["OUTPUT_REJECTED"].featureCount() == 0
    assert result["OUTPUT_CAMERAS"].crs().authid() == "EPSG:2154"


def test_paris_conservation_and_all_round_discs(paris_audit):
    _, _, result = paris_audit
    disc = 3.14159265 * RANGE_M**2
    for feature in result["OUTPUT_CAMERAS"].getFeatures():
        assert feature["covered_m2"] == pytest.approx(disc, rel=1e-3)
        # Beyond the 18th's parcels (the edge of the loaded cadastre) the
        # ground is unknown, neither public nor private.
        assert feature["public_m2"] + feature["private_m2"] + feature["unknown_m2"] == (
            pytest.approx(feature["covered_m2"], rel=1e-9)
        )
        assert feature["fov"] == 360.0


def test_flagged_cameras_really_touch_private_parcels(paris_audit):
    _, parcels, result = paris_audit
    coverage = {f["camera_id"]: f.geometry() for f in result["OUTPUT_COVERAGE"].getFeatures()}
    to_l93 = result["OUTPUT_COVERAGE"].crs()
    flagged = [f for f in result["OUTPUT_CAMERAS"].getFeatures() if f["masking_required"]]
    assert flagged, "a 30 m disc at a Paris crossroads reaches some building plot"
    reprojected = _reproject(parcels, to_l93)
    for camera in flagged:
        seen = coverage[camera["camera_id"]]
        touching = [
            p
            for p in reprojected.getFeatures(QgsFeatureRequest(seen.boundingBox()))
            if p.geometry().intersects(seen)
        ]
        area = sum(p.geometry().intersection(seen).area() for p in touching)
        assert area > 1.0
        first_id = camera["flag_reason"].split(": ")[1].split(",")[0].split(" ")[0]
        assert first_id in {p["id"] for p in touching}


def _reproject(layer, crs):
    import processing

    return processing.run(
        "native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"}
    )["OUTPUT"]


def test_private_area_matches_qgis_native_buffer_intersection_dissolve(paris_audit):
    """Second method: QGIS's own buffer, intersection and dissolve, as a
    volunteer would chain them in the modeler."""
    import processing

    cameras, parcels, result = paris_audit
    ours = {f["camera_id"]: f["private_m2"] for f in result["OUTPUT_CAMERAS"].getFeatures()}
    cameras_l93 = _reproject(cameras, "EPSG:2154")
    parcels_l93 = _reproject(parcels, "EPSG:2154")
    discs = processing.run(
        "native:buffer",
        {"INPUT": cameras_l93, "DISTANCE": RANGE_M, "SEGMENTS": 90, "OUTPUT": "memory:"},
    )["OUTPUT"]
    pieces = processing.run(
        "native:intersection",
        {
            "INPUT": discs,
            "OVERLAY": parcels_l93,
            "INPUT_FIELDS": ["Numéro"],
            "OVERLAY_FIELDS": ["id"],
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    geometries = defaultdict(list)
    for piece in pieces.getFeatures():
        geometries[str(piece["Numéro"])].append(piece.geometry())
    theirs = {cid: QgsGeometry.unaryUnion(parts).area() for cid, parts in geometries.items()}
    assert set(theirs) == {cid for cid, area in ours.items() if area > 0}
    for cid, area in theirs.items():
        assert ours[cid] == pytest.approx(area, rel=5e-3, abs=0.5), cid


def test_sample_town_audit(provider, tmp_path):
    import processing

    result = processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": str(SAMPLE_TOWN / "cameras.geojson"),
            "PARCELS": str(SAMPLE_TOWN / "parcels.geojson"),
            "PUBLIC_EXPRESSION": '"owner_group" IN (1, 2, 3, 4, 9)',
            "OUTPUT_CAMERAS": "memory:",
            "OUTPUT_COVERAGE": "memory:",
            "OUTPUT_PIECES": "memory:",
            "OUTPUT_REPORT": str(tmp_path / "report.html"),
            **grid_north(),
        },
    )
    cameras = {f["camera_id"]: f for f in result["OUTPUT_CAMERAS"].getFeatures()}
    assert len(cameras) == sample_town_cameras()
    # Every camera's figures and flag against the second computation, which
    # knows no study area: its public domain is public and unknown together.
    for cid, theirs in sample_town().items():
        public = cameras[cid]["public_m2"] + cameras[cid]["unknown_m2"]
        assert close(public, theirs["public_m2"], theirs["arcs_m2"]), cid
        for name in ("covered_m2", "private_m2"):
            assert close(cameras[cid][name], theirs[name], theirs["arcs_m2"]), (cid, name)
        camera = cameras[cid]
        if camera["public_m2"] + camera["private_m2"] <= 1 and camera["unknown_m2"] > 1:
            # It sees no ground of the study area (CAM-32, looking out of the
            # town): not audited, masking unknown.
            assert camera["masking_required"] == NULL, cid
        else:
            assert camera["masking_required"] == theirs["masking_required"], cid
    # The town hall's cameras face the square: public road only.
    assert not cameras["CAM-01"]["masking_required"]
    assert cameras["CAM-01"]["private_m2"] == 0
    html = Path(result["OUTPUT_REPORT"]).read_text(encoding="utf-8")
    for cid in cameras:
        assert f"<td>{cid}</td>" in html
    pieces_area = defaultdict(float)
    for piece in result["OUTPUT_PIECES"].getFeatures():
        pieces_area[piece["camera_id"]] += piece["area_m2"]
    for cid, camera in cameras.items():
        # The sample parcels tile without overlap, so pieces add up exactly.
        assert pieces_area[cid] == pytest.approx(camera["covered_m2"], rel=1e-6)
