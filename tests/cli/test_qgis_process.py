"""End to end through QGIS's own qgis_process, as a volunteer's script or
the demo runs it: the plugin loads from the clone, the outputs are files."""

import json
import subprocess
from collections import defaultdict

from qgis.core import NULL, QgsVectorLayer

from camera_coverage.layers.run_safety import is_complete
from tests.conftest import ROOT, SAMPLE_TOWN
from tests.expected import close, sample_town

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


def grid_north():
    """The second method (tests/expected.py) draws from grid north: so do
    the sectors compared with it."""
    return ["DIRECTION_NORTH=1"]


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
        *grid_north(),
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
    assert is_complete(tmp_path / "cameras.gpkg")
    # Every camera's figures against the second computation (tests/expected.py),
    # which knows no study area: its public domain is the audit's public and
    # unknown ground together.
    expected = sample_town()
    for feature in cameras.getFeatures():
        theirs = expected[feature["camera_id"]]
        arcs = theirs["arcs_m2"]
        public = feature["public_m2"] + feature["unknown_m2"]
        assert close(public, theirs["public_m2"], arcs), feature["camera_id"]
        for name in ("covered_m2", "private_m2"):
            assert close(feature[name], theirs[name], arcs), (feature["camera_id"], name)
        if feature["public_m2"] + feature["private_m2"] <= 1 and feature["unknown_m2"] > 1:
            # It sees no ground of the study area (the town's edge, CAM-32):
            # not audited, masking unknown.
            assert feature["masking_required"] == NULL, feature["camera_id"]
        else:
            assert feature["masking_required"] == theirs["masking_required"], feature["camera_id"]
    pieces = QgsVectorLayer(results["OUTPUT_PIECES"], "pieces", "ogr")
    per_camera = defaultdict(float)
    for piece in pieces.getFeatures():
        per_camera[piece["camera_id"], piece["class"]] += piece["area_m2"]
    for cid, theirs in expected.items():
        assert close(per_camera[cid, "private"], theirs["private_m2"], theirs["arcs_m2"])
        public = per_camera[cid, "public"] + per_camera[cid, "unknown"]
        assert close(public, theirs["public_m2"], theirs["arcs_m2"])
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Camera coverage audit" in report and "<td>CAM-30</td>" in report


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


def test_demo_script_writes_the_report(tmp_path):
    demo = subprocess.run(
        ["bash", str(ROOT / "scripts" / "demo.sh"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert f"Report: {tmp_path / 'report.html'}" in demo.stdout
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<td>CAM-30</td>" in report and "CAM-32" in report
    for name in ("cameras", "coverage", "pieces", "dori", "rejected"):
        assert is_complete(tmp_path / f"{name}.gpkg"), name
