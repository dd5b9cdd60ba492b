"""End to end through QGIS's own qgis_process, as a volunteer's script or
the demo runs it: the plugin loads from the clone, the outputs are files."""

import json
import subprocess

from qgis.core import QgsVectorLayer

from tests.conftest import ROOT, SAMPLE_TOWN

WRAPPER = ROOT / "scripts" / "qgis_process.sh"


def qgis_process(*args):
    return subprocess.run(
        [str(WRAPPER), *map(str, args)], capture_output=True, text=True, timeout=300
    )


def test_the_plugin_is_listed_with_its_algorithms():
    listing = qgis_process("list")
    assert listing.returncode == 0, listing.stderr
    for name in ("importcameras", "cameracoverage", "parcelexposure", "coverageaudit"):
        assert f"camera_coverage:{name}" in listing.stdout


def test_audit_of_the_sample_town_writes_layers_and_report(tmp_path):
    run = qgis_process(
        "--json",
        "run",
        "camera_coverage:coverageaudit",
        "--",
        f"CAMERAS={SAMPLE_TOWN / 'cameras.geojson'}",
        f"PARCELS={SAMPLE_TOWN / 'parcels.geojson'}",
        'PUBLIC_EXPRESSION="owner_group" IN (1, 2, 3, 4, 9)',
        f"OUTPUT_CAMERAS={tmp_path / 'cameras.gpkg'}",
        f"OUTPUT_COVERAGE={tmp_path / 'coverage.gpkg'}",
        f"OUTPUT_PIECES={tmp_path / 'pieces.gpkg'}",
        f"OUTPUT_REPORT={tmp_path / 'report.html'}",
    )
    assert run.returncode == 0, run.stdout + run.stderr
    results = json.loads(run.stdout[run.stdout.index("{") :])["results"]
    cameras = QgsVectorLayer(results["OUTPUT_CAMERAS"], "cameras", "ogr")
    assert cameras.isValid() and cameras.featureCount() == 32
    names = cameras.fields().names()
    for field in (
        "camera_id",
        "covered_m2",
        "public_m2",
        "private_m2",
        "private_pct",
        "masking_required",
        "flag_reason",
        "unknown_m2",
        "flag_rules",
    ):
        assert field in names
    flagged = [f for f in cameras.getFeatures() if f["masking_required"]]
    assert flagged and all(f["private_m2"] > 1 for f in flagged)
    for feature in cameras.getFeatures():
        total = feature["public_m2"] + feature["private_m2"] + feature["unknown_m2"]
        assert abs(total - feature["covered_m2"]) < 1e-6 * feature["covered_m2"]
    pieces = QgsVectorLayer(results["OUTPUT_PIECES"], "pieces", "ogr")
    assert pieces.isValid() and pieces.featureCount() > 30
    assert "Camera coverage audit" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_bad_input_fails_with_a_readable_message(tmp_path):
    run = qgis_process(
        "run",
        "camera_coverage:coverageaudit",
        "--",
        f"CAMERAS={SAMPLE_TOWN / 'parcels.geojson'}",
        f"PARCELS={SAMPLE_TOWN / 'parcels.geojson'}",
        f"OUTPUT_CAMERAS={tmp_path / 'c.gpkg'}",
        f"OUTPUT_COVERAGE={tmp_path / 'v.gpkg'}",
        f"OUTPUT_PIECES={tmp_path / 'p.gpkg'}",
    )
    assert run.returncode != 0
    assert "The camera layer must contain points." in run.stdout + run.stderr


def test_demo_script_writes_the_report():
    demo = subprocess.run(
        ["bash", str(ROOT / "scripts" / "demo.sh")], capture_output=True, text=True, timeout=300
    )
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "Report:" in demo.stdout
    report = ROOT / "out" / "report.html"
    assert "CAM-32" in report.read_text(encoding="utf-8")
