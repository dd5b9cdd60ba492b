"""The bad inputs of issue 8 through qgis_process, as a volunteer's script
runs them: a readable message and a non-zero exit, or outputs whose reasons
say what they are; and Ctrl+C stops a long run cleanly."""

import os
import signal
import subprocess
import time

from qgis.core import QgsVectorLayer

from camera_coverage.layers.run_safety import is_complete
from tests import bad_inputs
from tests.conftest import SAMPLE_TOWN, sample_town_cameras

from .test_qgis_process import WRAPPER, qgis_process

PARCELS = f"PARCELS={SAMPLE_TOWN / 'parcels.geojson'}"


def audit(tmp_path, cameras, *extra):
    run = qgis_process(
        "run",
        "camera_coverage:coverageaudit",
        "--",
        f"CAMERAS={cameras}",
        PARCELS,
        f"OUTPUT_CAMERAS={tmp_path / 'cameras.gpkg'}",
        f"OUTPUT_REJECTED={tmp_path / 'rejected.gpkg'}",
        f"OUTPUT_REPORT={tmp_path / 'report.html'}",
        *extra,
    )
    return run, run.stdout + run.stderr


def features(path):
    layer = QgsVectorLayer(str(path), "layer", "ogr")
    return list(layer.getFeatures()) if layer.isValid() else []


def test_an_expression_naming_a_missing_field_stops_with_the_fields(tmp_path):
    run, log = audit(
        tmp_path, SAMPLE_TOWN / "cameras.geojson", 'PUBLIC_EXPRESSION="nosuchfield" = 1'
    )
    assert run.returncode != 0
    assert "names the field nosuchfield" in log and "owner_group" in log
    assert not features(tmp_path / "cameras.gpkg")


def test_a_geojson_without_crs_stops_without_writing_infinite_coordinates(tmp_path):
    cameras = bad_inputs.write_geojson(tmp_path / "c.geojson", bad_inputs.town(), crs=False)
    run = qgis_process(
        "run",
        "camera_coverage:cameracoverage",
        "--",
        f"CAMERAS={cameras}",
        f"OUTPUT={tmp_path / 'coverage.gpkg'}",
    )
    log = run.stdout + run.stderr
    assert run.returncode != 0 and "Traceback" not in log
    assert "do not fit its CRS WGS 84" in log and "Assign projection" in log
    assert not features(tmp_path / "coverage.gpkg")


def test_cameras_far_apart_stop_naming_the_far_camera(tmp_path):
    cameras = bad_inputs.cameras_lonlat(
        tmp_path / "c.geojson", [("FR-1", 2.35, 48.85), ("FR-2", 2.36, 48.86), ("NY", -74.0, 40.7)]
    )
    run, log = audit(tmp_path, cameras)
    assert run.returncode != 0 and "Traceback" not in log
    assert "lie far from the others: NY." in log


def test_impossible_tilt_is_rejected_and_a_sky_view_explained(tmp_path):
    cameras = bad_inputs.with_properties(
        tmp_path / "c.geojson", {"CAM-02": {"tilt_deg": -90.0}, "CAM-03": {"tilt_deg": 200.0}}
    )
    run, log = audit(tmp_path, cameras)
    assert run.returncode == 0, log
    audited = {f["camera_id"]: f for f in features(tmp_path / "cameras.gpkg")}
    assert "CAM-03" not in audited
    assert audited["CAM-02"]["covered_m2"] == 0
    assert audited["CAM-02"]["flag_reason"].startswith("sees nothing: the view never reaches")
    (rejected,) = features(tmp_path / "rejected.gpkg")
    assert rejected["camera_id"] == "CAM-03" and "tilt 200°" in rejected["reason"]


def test_duplicate_ids_are_renamed_in_the_output(tmp_path):
    cameras = bad_inputs.with_properties(
        tmp_path / "c.geojson", {"CAM-06": {"camera_id": "CAM-05"}}
    )
    run, log = audit(tmp_path, cameras)
    assert run.returncode == 0, log
    assert "Camera id CAM-05 is used 2 times: the later ones are named CAM-05#2." in log
    ids = [f["camera_id"] for f in features(tmp_path / "cameras.gpkg")]
    assert ids.count("CAM-05") == 1 and ids.count("CAM-05#2") == 1


def test_no_usable_camera_writes_the_rejected_cameras_before_stopping(tmp_path):
    cameras = bad_inputs.with_properties(tmp_path / "c.geojson", {"*": {"range_m": -1.0}})
    run, log = audit(tmp_path, cameras)
    assert run.returncode != 0
    assert f"No usable camera: all {sample_town_cameras()} cameras were rejected" in log
    rejected = features(tmp_path / "rejected.gpkg")
    assert len(rejected) == sample_town_cameras() and all(
        "range -1 m" in f["reason"] for f in rejected
    )


def test_a_damaged_geopackage_is_called_unreadable(tmp_path):
    run, log = audit(tmp_path, bad_inputs.damaged_gpkg(tmp_path / "cameras_in.gpkg"))
    assert run.returncode != 0
    assert "exists but cannot be read" in log and "not found" not in log


def _audit_in_its_own_session(*arguments):
    """coverageaudit through the wrapper, as a terminal starts it (its own
    process group, which Ctrl+C signals)."""
    return subprocess.Popen(
        [str(WRAPPER), "run", "camera_coverage:coverageaudit", "--", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def test_ctrl_c_stops_a_long_run_cleanly(city, tmp_path):
    process = _audit_in_its_own_session(
        f"CAMERAS={city / 'cameras.gpkg'}",
        f"PARCELS={city / 'parcels.gpkg'}",
        f"BUILDINGS={city / 'buildings.gpkg'}",
        f"OUTPUT_CAMERAS={tmp_path / 'cameras.gpkg'}",
        f"OUTPUT_PIECES={tmp_path / 'pieces.gpkg'}",
        f"OUTPUT_REPORT={tmp_path / 'report.html'}",
    )
    log = ""
    # Wait until the parcels are read (the audit proper has started).
    while "parcels read" not in log:
        line = process.stdout.readline()
        assert line, log
        log += line
    time.sleep(1.0)
    pressed = time.perf_counter()
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl+C sends the terminal's process group
    rest, _ = process.communicate(timeout=60)
    stopped = time.perf_counter() - pressed
    log += rest
    print(f"Ctrl+C to exit: {stopped:.2f} s")
    assert process.returncode != 0
    assert "Interrupted (Ctrl+C)" in log and "Traceback" not in log
    assert stopped < 5.0  # a second of work, plus QGIS's own exit
    assert not (tmp_path / "report.html").exists()
    # Cut before or while writing: absent, or present without its stamp.
    cameras = tmp_path / "cameras.gpkg"
    assert not cameras.exists() or not is_complete(cameras)


def test_ctrl_c_while_the_dossier_is_written_stops_cleanly(tmp_path):
    # Issue 17: the dossier is built after the run (postProcessAlgorithm),
    # where Ctrl+C was a KeyboardInterrupt traceback and exit code 0.
    process = _audit_in_its_own_session(
        f"CAMERAS={SAMPLE_TOWN / 'cameras.geojson'}",
        f"PARCELS={SAMPLE_TOWN / 'parcels.geojson'}",
        f"BUILDINGS={SAMPLE_TOWN / 'buildings.geojson'}",
        f"OUTPUT_CAMERAS={tmp_path / 'cameras.gpkg'}",
        f"OUTPUT_DOSSIER={tmp_path / 'dossier'}",
    )
    # qgis_process's log comes in blocks: the dossier's first file tells
    # when its building has begun.
    started = tmp_path / "dossier" / "layers.gpkg"
    deadline = time.perf_counter() + 300
    while not started.exists() and process.poll() is None and time.perf_counter() < deadline:
        time.sleep(0.02)
    assert started.exists()
    os.killpg(process.pid, signal.SIGINT)
    log, _ = process.communicate(timeout=120)
    assert process.returncode != 0, log
    assert "Interrupted (Ctrl+C)" in log
    assert "Traceback" not in log and "KeyboardInterrupt" not in log
    assert not (tmp_path / "dossier" / "project.qgz").exists()
