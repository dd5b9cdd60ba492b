"""plancheck's dossier on the sample lycée, checked from the outside: the
five files, the PDF's pages (pdfinfo) and cover text (pdftotext) against
the verdicts read back from the OUTPUT_CAMERAS layer, the CSV's rows."""

import csv
import re
import shutil
import subprocess

import pytest
from qgis.core import QgsVectorLayer

from tests.conftest import ROOT
from tests.pdf_pages import camera_page_numbers

LYCEE = ROOT / "resources" / "sample_lycee"
POPPLER = shutil.which("pdfinfo") and shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")
FILES = ("dossier.pdf", "report.html", "map.html", "project.qgz", "cameras.csv")


@pytest.fixture(scope="module")
def lycee(plugin, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("lycee")
    parameters = {
        "CAMERAS": str(LYCEE / "cameras.geojson"),
        "PERIMETER": str(LYCEE / "perimeter.geojson"),
        "ZONES": str(LYCEE / "zones.geojson"),
        "WALLS": str(LYCEE / "walls.geojson"),
        "BUILDINGS": str(LYCEE / "buildings.geojson"),
        "OUTPUT_CAMERAS": str(folder / "cameras.gpkg"),
        "OUTPUT_SEEN": str(folder / "seen.gpkg"),
        "OUTPUT_MASKS": str(folder / "masks.gpkg"),
        "OUTPUT_REJECTED": str(folder / "rejected.gpkg"),
        "OUTPUT_REPORT": str(folder / "report.html"),
        "OUTPUT_DOSSIER": str(folder / "dossier"),
    }
    results = processing.run("camera_coverage:plancheck", parameters)
    # Plain values: no layer kept open across tests.
    layer = QgsVectorLayer(results["OUTPUT_CAMERAS"], "cameras", "ogr")
    names = layer.fields().names()
    cameras = [dict(zip(names, f.attributes())) for f in layer.getFeatures()]
    del layer
    return results, folder / "dossier", cameras


def pdf_text(path, page=None):
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_the_dossier_folder_holds_the_five_files(lycee):
    results, dossier, _ = lycee
    assert results["OUTPUT_DOSSIER"] == str(dossier)
    for name in FILES:
        assert (dossier / name).stat().st_size > 1000, name


@needs_poppler
def test_pdf_has_a_page_per_camera_not_compliant_or_requiring_masking(lycee):
    _, dossier, cameras = lycee
    # Every camera that is not compliant has its page (a plan to complete too).
    to_correct = [c for c in cameras if c["verdict"] != "compliant"]
    assert to_correct, "the sample lycée should have cameras to correct"
    assert len(to_correct) < len(cameras), "and compliant ones"
    info = subprocess.run(
        ["pdfinfo", str(dossier / "dossier.pdf")], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    headed = camera_page_numbers(dossier / "dossier.pdf", "Camera")
    assert list(headed) == [camera["camera_id"] for camera in to_correct]
    assert pages == 1 + 1 + sum(len(numbers) for numbers in headed.values()) + 1
    for camera in to_correct:
        text = pdf_text(dossier / "dossier.pdf", headed[camera["camera_id"]][0])
        assert f"Camera {camera['camera_id']}" in text
        assert camera["verdict_rules"].split(",")[0].strip() in text


@needs_poppler
def test_cover_numbers_equal_the_verdicts_in_the_cameras_layer(lycee):
    _, dossier, cameras = lycee
    cover = pdf_text(dossier / "dossier.pdf", 1)
    verdicts = [c["verdict"] for c in cameras]
    for label, expected in (
        ("Cameras checked", len(cameras)),
        ("Compliant cameras", verdicts.count("compliant")),
        ("Cameras that require masking", verdicts.count("masking_required")),
        ("Cameras not compliant", verdicts.count("not_compliant")),
    ):
        found = re.search(rf"{label}: (\d+)", cover)
        assert found, label
        assert int(found.group(1)) == expected, label


def test_cameras_csv_has_one_row_per_camera(lycee):
    _, dossier, cameras = lycee
    with open(dossier / "cameras.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert sorted(r["camera_id"] for r in rows) == sorted(c["camera_id"] for c in cameras)
    assert {r["camera_id"]: r["verdict"] for r in rows} == {
        c["camera_id"]: c["verdict"] for c in cameras
    }


def test_no_dossier_when_none_is_asked(plugin, tmp_path):
    import processing

    results = processing.run(
        "camera_coverage:plancheck",
        {
            "CAMERAS": str(LYCEE / "cameras.geojson"),
            "PERIMETER": str(LYCEE / "perimeter.geojson"),
            "ZONES": str(LYCEE / "zones.geojson"),
            "OUTPUT_CAMERAS": "memory:",
            "OUTPUT_SEEN": None,
            "OUTPUT_MASKS": None,
            "OUTPUT_REPORT": None,
            "OUTPUT_DOSSIER": None,
        },
    )
    assert "OUTPUT_DOSSIER" not in results
