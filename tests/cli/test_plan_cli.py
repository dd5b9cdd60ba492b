"""The lycée plan path end to end through qgis_process, as `make demo-plan`
runs it: newplan's GeoPackage, then plancheck on the sample lycée with its
report in French."""

import json
import os
import subprocess

from qgis.core import QgsVectorLayer

from camera_coverage.layers.run_safety import is_complete
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
    # Issue 17: a finished plan check stamps its GeoPackages, as the audit does.
    for name in ("cameras", "seen", "masks", "rejected"):
        assert is_complete(tmp_path / f"{name}.gpkg"), name
    cameras = QgsVectorLayer(results["OUTPUT_CAMERAS"], "cameras", "ogr")
    assert cameras.featureCount() == 25
    verdicts = {f["camera_id"]: f["verdict"] for f in cameras.getFeatures()}
    assert sorted(k for k, v in verdicts.items() if v == "not_compliant") == [
        "COR-02",
        "WC-01",
        "YARD-01",
    ]
    assert [k for k, v in verdicts.items() if v == "masking_required"] == ["ENT-01"]
    # The sample's zones leave ground around the sports ground without a zone.
    assert sorted(k for k, v in verdicts.items() if v == "incomplete_plan") == [
        "PASS-01",
        "SPORT-01",
        "SPORT-02",
    ]
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
    # The plan's unzoned ground: the 120 m × 100 m perimeter less the
    # generator's 9 151 m² of zones (tests/unit/test_sample_lycee.py).
    assert "qu&#x27;aucune zone d&#x27;un type connu ne décrit : 2\u202f849 m² (24 %" in html
    to_check = html.split("Caméras à vérifier")[1].split("<h2>")[0]
    for camera in ("PASS-01", "SPORT-01", "SPORT-02"):
        assert camera in to_check
    assert "plan à compléter : elle voit" in to_check
    # The assumptions in French: no code, decimal commas.
    assert "Zones de type « Autre »" in html and "other" not in html
    assert "0,1 m² (en dessous, c&#x27;est une imprécision du dessin)" in html
    assert "0.1 m²" not in html and "20 m² et 10 %" in html
