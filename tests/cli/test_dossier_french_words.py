"""The French dossier speaks French throughout: no English code of ours
(field names such as range_m or unknown_m2, mask kinds such as
dwelling_facade, defaults_used...) in the PDF, report.html or cameras.csv,
decimal commas, and one label per figure. Run as a French-speaking
volunteer runs it: qgis_process with QGIS's interface in French, the
sample town with every layer the legal reading takes (so that masks of
every kind and every rule's figure are printed)."""

import csv
import json
import re
import shutil
import subprocess
from html import unescape

import pytest

from tests.cli.french import french_profile_env
from tests.conftest import SAMPLE_TOWN

SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
# Codes of the contract that must never reach a French reader, beyond any
# snake_case word: the issue's own examples among them.
CODES = (
    "dwelling_facade",
    "private_land",
    "public_domain",
    "range_m",
    "defaults_used",
    "unknown_m2",
    "masking_required",
    "flag_rules",
    "covered_m2",
)
INPUTS = (
    "cameras.geojson",
    "parcels.geojson",
    "buildings.geojson",
    "entrances.geojson",
    "signs.geojson",
)


def allowed_words():
    """Words that are not ours to translate: the plugin's name, the input
    files' names and the user's own column names (e.g. OSM's operator_type
    read from their layer)."""
    words = {"camera_coverage", "sample_town"}
    for name in INPUTS:
        data = json.loads((SAMPLE_TOWN / name).read_text(encoding="utf-8"))
        for feature in data["features"]:
            words |= set(feature["properties"])
    return words


@pytest.fixture(scope="module")
def french_dossier(tmp_path_factory):
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    tmp_path = tmp_path_factory.mktemp("french")
    env = french_profile_env(tmp_path)
    run = subprocess.run(
        [
            "/usr/bin/qgis_process.bin",
            "run",
            "camera_coverage:coverageaudit",
            "--",
            f"CAMERAS={SAMPLE_TOWN / 'cameras.geojson'}",
            f"PARCELS={SAMPLE_TOWN / 'parcels.geojson'}",
            f"BUILDINGS={SAMPLE_TOWN / 'buildings.geojson'}",
            f"OWNERS={SAMPLE_TOWN / 'owners.csv'}",
            f"ENTRANCES={SAMPLE_TOWN / 'entrances.geojson'}",
            f"SIGNS={SAMPLE_TOWN / 'signs.geojson'}",
            f"OUTPUT_CAMERAS={tmp_path / 'cameras.gpkg'}",
            f"OUTPUT_MASKS={tmp_path / 'masks.gpkg'}",
            f"OUTPUT_FIGURES={tmp_path / 'figures.gpkg'}",
            f"OUTPUT_DOSSIER={tmp_path / 'dossier'}",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    dossier = tmp_path / "dossier"
    pdf = subprocess.run(
        ["pdftotext", str(dossier / "dossier.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Ligatures as pdftotext gives them (ﬁ, ﬂ, ﬀ) read as letters.
    pdf = pdf.replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb00", "ff")
    html = (dossier / "report.html").read_text(encoding="utf-8")
    html = re.sub(r"<style.*?</style>|<script.*?</script>", " ", html, flags=re.S)
    html = re.sub(r'src="data:[^"]*"', "", html)
    html = unescape(re.sub(r"<[^>]+>", " ", html))
    table = (dossier / "cameras.csv").read_text(encoding="utf-8-sig")
    return {"dossier.pdf": pdf, "report.html": html, "cameras.csv": table}, tmp_path


@pytest.mark.parametrize("name", ["dossier.pdf", "report.html", "cameras.csv"])
def test_no_english_code_in_the_french_dossier(french_dossier, name):
    texts, _ = french_dossier
    text = texts[name]
    assert "Caméras auditées" in text or "Caméra" in text
    found = set(SNAKE.findall(text)) - allowed_words()
    assert not found, f"{name}: {sorted(found)}"
    for code in CODES:
        assert not re.search(rf"\b{code}\b", text), (name, code)


def test_masks_are_printed_by_kind_in_french(french_dossier):
    """The camera pages list each mask by its kind, in French (the masks
    layer holds the codes)."""
    texts, folder = french_dossier
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(folder / "masks.gpkg"), "masks", "ogr")
    kinds = {feature["kind"] for feature in layer.getFeatures()}
    del layer
    assert {"private_land", "dwelling_facade", "entrance"} <= kinds
    pdf = texts["dossier.pdf"]
    for words in ("Terrain privé ·", "Façade d'habitation ·", "Entrée d'habitation ·"):
        assert words in pdf, words


@pytest.mark.parametrize("name", ["dossier.pdf", "report.html", "cameras.csv"])
def test_decimal_commas_in_the_french_dossier(french_dossier, name):
    texts, _ = french_dossier
    lines = [
        line
        for line in texts[name].splitlines()
        # Licence versions (Licence Ouverte 2.0, ODbL 1.0) and addresses.
        if not re.search(r"Licence|ODbL|https?://|\.geojson|\.csv", line)
    ]
    points = [line for line in lines if re.search(r"\d\.\d", line)]
    assert not points, points[:5]
    assert any(re.search(r"\d,\d", line) for line in lines)


def test_french_csv_headers_are_words_not_field_names(french_dossier):
    texts, _ = french_dossier
    rows = list(csv.reader(texts["cameras.csv"].splitlines(), delimiter=";"))
    header = rows[0]
    assert header[:3] == ["Caméra", "Surface vue (m²)", "Domaine public vu (m²)"]
    assert "Masquage requis" in header and "Portée (m)" in header
    assert not any(SNAKE.fullmatch(h) for h in header), header


def test_french_figures_have_distinct_labels(french_dossier):
    texts, _ = french_dossier
    cover = re.sub(r"\s+", " ", texts["dossier.pdf"])
    for label in (
        "Caméras qui voient un terrain privé (CSI, art. L251-3)",
        "Caméras qui voient des façades d'habitation (CSI, art. L251-3)",
        "Caméras qui voient des entrées d'habitation (CSI, art. L251-3)",
        "Caméras sans panneau d'information près de ce qu'elles filment (CSI, art. L251-3)",
        "Caméras d'opérateurs privés qui filment la voie publique (CSI, art. L251-2)",
    ):
        assert label + " :" in cover, label
    assert "Caméras signalées au titre du" not in cover
