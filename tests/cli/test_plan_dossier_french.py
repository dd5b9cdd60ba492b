"""The sample lycée's plan dossier as a French-speaking board member gets
it (qgis_process in French, as `make demo-plan` runs it), checked on what
they see: the PDF's words, the project opened in QGIS, the web map drawn
by a browser, the CSV in a spreadsheet. The expected words are written
here, never taken from the plugin."""

import csv
import json
import os
import re
import shutil
import subprocess
import unicodedata

import pytest
from qgis.core import (
    QgsProject,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

from tests.conftest import ROOT
from tests.qgis.layers import rule_labels

WRAPPER = ROOT / "scripts" / "qgis_process.sh"
LYCEE = ROOT / "resources" / "sample_lycee"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="no poppler-utils")
needs_chromium = pytest.mark.skipif(not CHROMIUM, reason="chromium not installed")

# What a French board member reads for each verdict code.
FRENCH_VERDICTS = {
    "compliant": "Conforme",
    "masking_required": "Masquage requis",
    "not_compliant": "Non conforme",
    "incomplete_plan": "Plan à compléter",
}
# Codes and English words that must not reach a French reader.
ENGLISH_CODES = (
    "not_compliant",
    "masking_required",
    "outside_opening_hours",
    "outside_perimeter",
    "incomplete_plan",
    "compliant",
    "Parcelles (cadastre)",
    "Cadastre",
    "conseil municipal",
)
# The plan's legend: zones by what may be filmed there, perimeter, walls.
PLAN_LEGEND = (
    "Entrées et circulations (peuvent être filmées)",
    "Lieux de vie (pas pendant les heures d'ouverture)",
    "Toilettes et vestiaires (jamais filmés)",
    "Enceinte de l'établissement",
    "Murs",
)


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plan_fr")
    env = dict(os.environ, CAMERA_COVERAGE_LOCALE="fr_FR")
    run = subprocess.run(
        [
            str(WRAPPER),
            "run",
            "camera_coverage:plancheck",
            "--",
            f"CAMERAS={LYCEE / 'cameras.geojson'}",
            f"PERIMETER={LYCEE / 'perimeter.geojson'}",
            f"ZONES={LYCEE / 'zones.geojson'}",
            f"WALLS={LYCEE / 'walls.geojson'}",
            f"BUILDINGS={LYCEE / 'buildings.geojson'}",
            f"OUTPUT_CAMERAS={folder / 'cameras.gpkg'}",
            f"OUTPUT_SEEN={folder / 'seen.gpkg'}",
            f"OUTPUT_MASKS={folder / 'masks.gpkg'}",
            f"OUTPUT_REJECTED={folder / 'rejected.gpkg'}",
            f"OUTPUT_DOSSIER={folder / 'dossier'}",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert (folder / "dossier" / "dossier.pdf").exists(), run.stdout + run.stderr
    layer = QgsVectorLayer(str(folder / "cameras.gpkg"), "cameras", "ogr")
    verdicts = {f["camera_id"]: f["verdict"] for f in layer.getFeatures()}
    del layer
    return folder / "dossier", verdicts


def to_correct(verdicts):
    return sorted(k for k, v in verdicts.items() if v != "compliant")


def pdf_text(path):
    """The PDF's text, its ligatures (ﬁ, ﬀ) as plain letters."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", text)


@needs_poppler
def test_pdf_speaks_french_verdicts_and_the_plan_legend(plan):
    dossier, verdicts = plan
    assert "not_compliant" in verdicts.values() and "masking_required" in verdicts.values()
    text = pdf_text(dossier / "dossier.pdf")
    flat = re.sub(r"\s+", " ", text)
    for code in ("compliant", "masking_required", "not_compliant"):
        assert FRENCH_VERDICTS[code] in text, code
    # Each page of a camera to correct says its verdict in words.
    for camera_id in to_correct(verdicts):
        page = flat[flat.index(f"Caméra {camera_id}") :]
        assert page.split("Caméra ")[1].count(FRENCH_VERDICTS[verdicts[camera_id]]) >= 1
        assert re.search(rf"Verdict : {FRENCH_VERDICTS[verdicts[camera_id]]}", page)
    for entry in PLAN_LEGEND:
        assert entry in flat, entry
    assert "Cour de récréation" in flat  # zones labelled by their type, in French
    for code in ENGLISH_CODES:
        assert not re.search(rf"\b{re.escape(code)}\b", flat), code


def _renderer_fields(layer):
    context = QgsRenderContext()
    return set(layer.renderer().usedAttributes(context))


def test_project_draws_the_plan_styled_and_its_atlas_pages_the_cameras(plan):
    dossier, verdicts = plan
    project = QgsProject()
    try:
        assert project.read(str(dossier / "project.qgz"))
        layers = {layer.name(): layer for layer in project.mapLayers().values()}
        views = layers["Ce que voit chaque caméra"]
        assert "verdict" in _renderer_fields(views)
        assert views.featureCount() == len(verdicts)
        assert rule_labels(views, {"verdict": "not_compliant"}) == ["Vue d'une caméra non conforme"]
        assert rule_labels(views, {"verdict": "compliant"}) == ["Vue d'une caméra conforme"]
        zones = layers["Zones"]
        assert "zone_type" in _renderer_fields(zones)
        assert zones.labelsEnabled()
        assert rule_labels(zones, {"zone_type": "toilets"}) == [
            "Toilettes et vestiaires (jamais filmés)"
        ]
        assert rule_labels(zones, {"zone_type": "Cour de récréation"}) == [
            "Lieux de vie (pas pendant les heures d'ouverture)"
        ]
        for name in ("Enceinte", "Murs"):
            assert layers[name].featureCount() > 0, name
            assert layers[name].renderer() is not None, name
        assert not [name for name in layers if "arcelle" in name]
        cameras = next(
            layer
            for layer in layers.values()
            if "verdict" in layer.fields().names() and layer.geometryType() == 0
        )
        assert rule_labels(cameras, {"verdict": "incomplete_plan"}) == ["Plan à compléter"]

        (atlas_layout,) = [
            layout for layout in project.layoutManager().printLayouts() if layout.atlas().enabled()
        ]
        atlas = atlas_layout.atlas()
        assert atlas.updateFeatures() == len(to_correct(verdicts))
        titles = [
            item
            for item in atlas_layout.items()
            if hasattr(item, "currentText") and "Caméra" in item.text()
        ]
        assert titles
        assert atlas.beginRender()
        seen = []
        for index in range(atlas.count()):
            assert atlas.seekTo(index)
            titles[0].refresh()
            seen.append(titles[0].currentText())
        atlas.endRender()
        assert sorted(seen) == [f"Caméra {c}" for c in to_correct(verdicts)]
    finally:
        project.clear()


def _map_data(html):
    found = re.search(r'<script type="application/json" id="data">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_web_map_data_says_verdicts_in_french_and_draws_the_plan(plan):
    dossier, verdicts = plan
    html = (dossier / "map.html").read_text(encoding="utf-8")
    data = _map_data(html)
    status = {c["id"]: c["status"] for c in data["cameras"]}
    assert status == {k: FRENCH_VERDICTS[v] for k, v in verdicts.items()}
    popups = json.dumps([c["rows"] for c in data["cameras"]], ensure_ascii=False)
    assert "En permanence" in popups
    for code in ("not_compliant", "masking_required", "outside_opening_hours", "compliant"):
        assert code not in popups, code
    labels = {p.get("label") for p in data["polygons"]}
    assert {"Cour de récréation", "Toilettes", "Entrée"} <= labels
    assert [p for p in data["polygons"] if p.get("kind") == "outline"], "no perimeter"
    assert [p for p in data["polygons"] if p.get("open")], "no walls"
    header = html[html.index("<header>") : html.index("</header>")]
    for entry in (*FRENCH_VERDICTS.values(), *PLAN_LEGEND):
        assert entry.replace("'", "&#x27;") in header, entry
    assert "Domaine public" not in header and "Terrain privé" not in header
    footer = html[html.index("<footer>") : html.index("</footer>")]
    assert "Cadastre" not in footer and "DGFiP" not in footer


@needs_chromium
def test_web_map_as_a_browser_draws_it(plan, tmp_path):
    dossier, _ = plan
    args = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--hide-scrollbars",
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--virtual-time-budget=3000",
        "--window-size=1000,700",
    ]
    page = (dossier / "map.html").as_uri()
    dom = subprocess.run(
        [*args, "--dump-dom", page], capture_output=True, text=True, timeout=120
    ).stdout
    drawn = re.findall(r'<text class="zone-label"[^>]*>([^<]*)</text>', dom)
    assert "Cour de récréation" in drawn and "Toilettes" in drawn
    shot = tmp_path / "map.png"
    subprocess.run([*args, f"--screenshot={shot}", page], capture_output=True, timeout=120)
    image = QImage(str(shot))
    assert not image.isNull()
    counts = {"#d7191c": 0, "#fd8d3c": 0, "#1a9641": 0}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            name = QColor(image.pixel(x, y)).name()
            if name in counts:
                counts[name] += 1
    # Not compliant, masking and compliant cameras each drawn in their colour.
    assert all(count > 5 for count in counts.values()), counts


def test_csv_has_french_headers_labels_and_decimal_commas(plan):
    dossier, verdicts = plan
    with open(dossier / "cameras.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, body = rows[0], rows[1:]
    assert "Verdict" in header and "Enregistre" in header
    assert "covered_m2" not in header and "outside_m2" not in header
    column = header.index("Verdict")
    # The machine code stays in its own column beside the label.
    assert header[column + 1] == "verdict"
    camera = header.index(next(h for h in header if h.lower().startswith("caméra")))
    assert {r[camera]: r[column] for r in body} == {
        k: FRENCH_VERDICTS[v] for k, v in verdicts.items()
    }
    assert {r[column + 1] for r in body} == set(verdicts.values())
    schedule = header.index("Enregistre")
    assert {r[schedule] for r in body} <= {
        "En permanence",
        "Hors des heures d'ouverture seulement",
    }
    seen = header.index("Surface vue (m²)")
    assert all(re.fullmatch(r"\d+,\d\d", r[seen]) for r in body)


def test_report_speaks_to_the_board(plan):
    dossier, _ = plan
    html = (dossier / "report.html").read_text(encoding="utf-8")
    assert "conseil municipal" not in html
    assert "Chiffres pour le conseil d'administration" in html.replace("&#x27;", "'")
