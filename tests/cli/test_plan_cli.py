"""The lycée plan path end to end through qgis_process, as `make demo-plan`
runs it: newplan's GeoPackage, then plancheck on the sample lycée with its
report in French."""

import json
import os
import subprocess

from qgis.core import QgsVectorLayer

from tests.conftest import ROOT

WRAPPER = ROOT / "scripts" / "qgis_process.sh"
LYCEE = ROOT / "resources" / "sample_lycee"


def qgis_process(*args, locale=None):
    env = dict(os.environ)
    if locale:
        env["CAMERA_COVERAGE_LOCALE"] = locale
    return subprocess.run(
        [str(WRAPPER), *map(str, args)], capture_output=True, text=True, timeout=300, env=env
    )


def results_of(run):
    assert run.returncode == 0, run.stdout + run.stderr
    return json.loads(run.stdout[run.stdout.index("{") :])["results"]


def test_both_plan_algorithms_are_listed():
    listing = qgis_process("list")
    assert "camera_coverage:newplan" in listing.stdout
    assert "camera_coverage:plancheck" in listing.stdout


def test_newplan_writes_the_four_layers(tmp_path):
    path = tmp_path / "plan.gpkg"
    results = results_of(
        qgis_process("--json", "run", "camera_coverage:newplan", "--", f"OUTPUT={path}")
    )
    assert results["OUTPUT"] == str(path)
    for name in ("cameras", "perimeter", "zones", "walls"):
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        assert layer.isValid(), name


def test_plancheck_on_the_sample_lycee_in_french(tmp_path):
    report = tmp_path / "rapport.html"
    run = qgis_process(
        "--json",
        "run",
        "camera_coverage:plancheck",
        "--",
        f"CAMERAS={LYCEE / 'cameras.geojson'}",
        f"PERIMETER={LYCEE / 'perimeter.geojson'}",
        f"ZONES={LYCEE / 'zones.geojson'}",
        f"WALLS={LYCEE / 'walls.geojson'}",
        f"BUILDINGS={LYCEE / 'buildings.geojson'}",
        f"OUTPUT_CAMERAS={tmp_path / 'cameras.gpkg'}",
        f"OUTPUT_SEEN={tmp_path / 'seen.gpkg'}",
        f"OUTPUT_MASKS={tmp_path / 'masks.gpkg'}",
        f"OUTPUT_REJECTED={tmp_path / 'rejected.gpkg'}",
        f"OUTPUT_REPORT={report}",
        locale="fr_FR",
    )
    results = results_of(run)
    cameras = QgsVectorLayer(results["OUTPUT_CAMERAS"], "cameras", "ogr")
    assert cameras.featureCount() == 25
    verdicts = {f["camera_id"]: f["verdict"] for f in cameras.getFeatures()}
    assert sorted(k for k, v in verdicts.items() if v == "not_compliant") == [
        "COR-02",
        "WC-01",
        "YARD-01",
    ]
    assert [k for k, v in verdicts.items() if v == "masking_required"] == ["ENT-01"]
    reasons = {f["camera_id"]: f["verdict_reason"] for f in cameras.getFeatures()}
    assert reasons["YARD-01"].startswith("filme 436 m² de cour de récréation pendant")
    masks = QgsVectorLayer(results["OUTPUT_MASKS"], "masks", "ogr")
    (mask,) = list(masks.getFeatures())
    assert mask["camera_id"] == "ENT-01" and mask["kind"] == "outside_perimeter"
    # ENT-01 has a height and a tilt: its mask has an outline in the picture.
    assert mask["image_outline"].startswith("POLYGON")
    seen = QgsVectorLayer(results["OUTPUT_SEEN"], "seen", "ogr")
    assert seen.featureCount() > 25
    html = report.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    assert "La caméra YARD-01, qui filme en permanence, n&#x27;est pas conforme" in html
    assert "CNIL-SCHOOL-INTIMACY" in html
