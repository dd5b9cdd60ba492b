"""communedata end to end through QGIS's own qgis_process, as a volunteer's
script runs it: the plugin loads from the clone, its profile is a
throwaway one (so nothing comes from a cache), and the services are the
recorded Épinay-sur-Orge ones on a local server, named to the subprocess
through the environment variables of shared/DESIGN.md."""

import json
import os
import subprocess

from qgis.core import QgsVectorLayer

from tests.conftest import ROOT
from tests.recorded_services import EPINAY, EPINAY_NAME, NEAR_COMMUNES
from tests.services_fixture import epinay_services  # noqa: F401

WRAPPER = ROOT / "scripts" / "qgis_process.sh"
LAYERS = ("commune", "parcels", "buildings", "entrances", "cameras", "rejected", "sources")


def communedata(output, locale=None):
    """qgis_process run camera_coverage:communedata on Épinay; the
    environment (the services' addresses included) handed over."""
    env = dict(os.environ)
    if locale:
        env["CAMERA_COVERAGE_LOCALE"] = locale
    return subprocess.run(
        [
            str(WRAPPER),
            "--json",
            "run",
            "camera_coverage:communedata",
            "--",
            f"INSEE={EPINAY}",
            f"OUTPUT={output}",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


def answer_of(run):
    assert run.returncode == 0, run.stdout + run.stderr
    return json.loads(run.stdout[run.stdout.index("{") :])


def test_communedata_writes_the_package_from_the_services(epinay_services, tmp_path):  # noqa: F811
    epinay_services.reset()
    output = tmp_path / "epinay.gpkg"
    results = answer_of(communedata(output))["results"]
    expected = epinay_services.expected
    assert results["OUTPUT"] == str(output)
    assert (results["COMMUNE_CODE"], results["COMMUNE_NAME"]) == (EPINAY, EPINAY_NAME)
    assert results["CAMERAS"] == expected["cameras_kept"]
    assert results["POPULATION"] == expected["population"]
    counts = {}
    for name in LAYERS:
        layer = QgsVectorLayer(f"{output}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        counts[name] = layer.featureCount()
    assert counts["cameras"] == expected["cameras_kept"]
    assert counts["entrances"] == expected["entrances"]
    assert counts["parcels"] > expected["parcels"][EPINAY]
    # Every file was asked of the local server: none from a cache, none elsewhere.
    assert epinay_services.services.requests
    assert counts["sources"] == len({r.path for r in epinay_services.services.requests})


def test_communedata_speaks_french_in_a_french_qgis(epinay_services, tmp_path):  # noqa: F811
    epinay_services.reset()
    run = communedata(tmp_path / "epinay.gpkg", locale="fr_FR")
    answer_of(run)
    neighbours = ", ".join(f"{name} ({code})" for code, name in NEAR_COMMUNES.items())
    assert f"Commune : {EPINAY_NAME} ({EPINAY})." in run.stdout
    assert f"Communes voisines à moins de 150 m : {neighbours}." in run.stdout
    assert "Récupération de " in run.stdout
