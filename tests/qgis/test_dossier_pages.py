"""A dossier built to be hard to set: one camera with eight masks, a long
list of parcels and owners in its reason, every rule cited, long camera
ids and a long study name; its neighbours with little text. Read as pages
(tests/pdf_pages.py): no text over text, nothing off the page, every mask
row printed on its camera's pages, the camera ids on the maps."""

import re
import shutil

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from camera_coverage.core.rules import RULES
from tests.pdf_pages import layout_faults, pdf_pages
from tests.qgis.layers import X0, Y0

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
PRINT_MARGIN_PT = 5 / 25.4 * 72
BUSY = "Carrefour de l'Hôtel-de-Ville, angle rue du Maréchal-de-Lattre-de-Tassigny n° 12 bis"
STUDY = (
    "Commune de Saint-Rémy-en-Bouzemont-Saint-Genest-et-Isson, quartiers de la gare, "
    "du centre ancien et des Grandes Terres"
)
KINDS = ("private_land", "dwelling_facade", "entrance", "public_domain")


def memory(geometry, fields, rows):
    uri = f"{geometry}?crs=EPSG:2154" + "".join(f"&field={f}" for f in fields)
    layer = QgsVectorLayer(uri, geometry.lower(), "memory")
    features = []
    for wkt, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def sector(x, y, start, end, radius):
    """A view as a pie slice (bearings clockwise from north)."""
    import math

    points = [QgsPointXY(x, y)]
    for step in range(21):
        angle = math.radians(start + (end - start) * step / 20)
        points.append(QgsPointXY(x + radius * math.sin(angle), y + radius * math.cos(angle)))
    return QgsGeometry.fromPolygonXY([[*points, points[0]]]).asWkt()


def stress_layers():
    parcels = ", ".join(f"99999000AB{n:04d}" for n in range(1, 61))
    owners = "; ".join(
        f"SOCIÉTÉ CIVILE IMMOBILIÈRE DES RÉSIDENCES DU PARC NUMÉRO {n}" for n in range(1, 13)
    )
    reason = (
        f"sees 812 m² of 60 private parcel(s): {parcels} (owners: {owners}) "
        "[L251-3-PRIVATE: Code de la sécurité intérieure, art. L251-3]; sees 12 dwelling "
        "façades and 9 entrances [L251-3-DWELLING, L251-3-ENTRANCE]"
    )
    rules = ", ".join(RULES)
    ids = [BUSY, "CAM-2", "Caméra-du-parvis-de-la-médiathèque-municipale-Jean-Jaurès-Nord"]
    cameras = memory(
        "Point",
        [
            "camera_id:string",
            "covered_m2:double",
            "public_m2:double",
            "private_m2:double",
            "private_pct:double",
            "masking_required:integer",
            "flag_reason:string(20000)",
            "flag_rules:string(2000)",
        ],
        [
            (f"POINT({X0} {Y0})", ids[0], 2000.0, 1188.0, 812.0, 40.6, 1, reason, rules),
            (f"POINT({X0 + 60} {Y0})", ids[1], 900.0, 800.0, 100.0, 11.1, 1, "sees 100 m²", None),
            (f"POINT({X0 + 30} {Y0 - 40})", ids[2], 500.0, 500.0, 0.0, 0.0, 0, None, None),
        ],
    )
    coverage = memory(
        "Polygon",
        ["camera_id:string", "covered_m2:double"],
        [
            (sector(X0, Y0, -60, 60, 40), ids[0], 2000.0),
            (sector(X0 + 60, Y0, 0, 90, 30), ids[1], 900.0),
            (sector(X0 + 30, Y0 - 40, 150, 210, 25), ids[2], 500.0),
        ],
    )
    masks = memory(
        "Polygon",
        ["camera_id:string", "kind:string", "area_m2:double", "from_deg:double", "to_deg:double"],
        [
            (
                sector(X0, Y0, -60 + 15 * n, -50 + 15 * n, 40),
                ids[0],
                KINDS[n % 4],
                10.0 + n * 7.25,
                (300 + 15 * n) % 360,
                (310 + 15 * n) % 360,
            )
            for n in range(8)
        ],
    )
    return ids, {"cameras": cameras, "coverage": coverage, "masks": masks}


@pytest.fixture(scope="module")
def stress(plugin, tmp_path_factory):
    from camera_coverage.dossier import build_dossier
    from camera_coverage.dossier.figures import Figure

    folder = tmp_path_factory.mktemp("stress")
    ids, layers = stress_layers()
    figures = [
        Figure("cameras_audited", "Cameras audited", 3, ""),
        Figure("cameras_flagged", "Cameras whose view must be masked", 2, "", "A note. " * 30),
    ]
    build_dossier(
        folder,
        layers,
        figures,
        study=STUDY,
        assumptions=[(f"Assumption {n}", "a value " * 12) for n in range(60)],
        sources=[("Cameras", "/home/volunteer/Documents/surveillance/cameras.geojson")],
    )
    masks = [
        (f["camera_id"], f["area_m2"], f["from_deg"], f["to_deg"])
        for f in layers["masks"].getFeatures()
    ]
    return folder, ids, masks


def test_no_text_over_text_and_nothing_off_the_page(stress):
    folder, _, _ = stress
    faults = layout_faults(folder / "dossier.pdf", PRINT_MARGIN_PT)
    assert not faults, "\n".join(faults)


def test_every_mask_row_and_rule_is_printed_on_the_cameras_pages(stress):
    folder, ids, masks = stress
    pages = pdf_pages(folder / "dossier.pdf")
    # The busy camera's pages: its own and those that continue it.
    heading = re.sub(r"\s+", " ", f"Camera {ids[0]}")
    mine = [
        page
        for page in pages
        if heading in re.sub(r"\s+", " ", " ".join(line.text for line in page.lines[:6]))
    ]
    assert len(mine) >= 2, "a continuation page for the long text"
    text = re.sub(r"\s+", " ", "\n".join(page.text for page in mine))
    assert len(masks) == 8
    for _, area, start, end in masks:
        assert f"{area:,.1f} m² · {start:.0f}°–{end:.0f}°" in text
    for code in RULES:
        assert f"{code} —" in text, code
    # The reason's last owner and parcel, after all the others.
    assert "99999000AB0060" in text and "PARC NUMÉRO 12" in text


def test_footers_ids_on_maps_and_no_folders(stress):
    folder = stress[0]
    pages = pdf_pages(folder / "dossier.pdf")
    for page in pages:
        text = re.sub(r"\s+", " ", page.text)
        assert f"{page.number} / {len(pages)}" in text
        assert "/home/volunteer" not in text
    # The overview names the cameras on its map.
    overview = re.sub(r"\s+", " ", pages[1].text)
    assert "CAM-2" in overview


def test_the_project_opens_on_the_cameras(stress):
    folder, _, _ = stress
    project = QgsProject()
    assert project.read(str(folder / "project.qgz"))
    try:
        view = project.viewSettings().defaultViewExtent()
        assert view.contains(QgsPointXY(X0, Y0)) and view.width() < 1000
    finally:
        project.clear()
