"""The storeys of dwellings a camera films, said on its dossier page in
English and in French (issue 19), on a scene worked out by hand.

Camera "a" stands 4 m up, tilted 3° down, 60° x 34°, and looks north at a
10 m house whose 10 m south wall stands 14 m ahead (the wall faces it
square, so every point of it is 14 m ahead). Its picture's top edge rises
34/2 - 3 = 14° above the horizontal and meets the wall
4 + 14 tan 14° = 7.49 m up; its bottom edge falls 17 + 3 = 20° and meets
the ground 4 / tan 20° = 10.99 m ahead, before the wall, so the wall's foot
is in the picture. Storeys are 3 m bands from the ground (0: 0-3 m,
1: 3-6 m, 2: 6-9 m, 3: 9-10 m): the picture holds storeys 0, 1 and 2, not
3 — "ground floor to 2nd floor". Camera "b", the same 100 m east, faces a
house of unknown height: nothing is said of its storeys, nor of "a"'s when
the buildings carry no height at all."""

import re
import shutil
from contextlib import contextmanager

import pytest
from qgis.core import NULL, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator, QVariant

from camera_coverage.dossier.storey_words import storeys_in_words
from tests.conftest import ROOT
from tests.pdf_pages import camera_page_numbers, flat, layout_faults, pdf_pages

from .layers import X0, Y0, box, camera_layer, parcel_layer
from .test_heights import buildings

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils not installed"
)
PRINT_MARGIN_PT = 5 / 25.4 * 72
TILTED = (
    "camera_id:string,direction:double,fov:double,range_m:double,height_m:double,"
    "tilt_deg:double,vfov_deg:double"
)
HOUSES = (box(-5, 14, 5, 24), box(95, 14, 105, 24))
LINE = {
    "en": "Storeys of dwellings in its picture: ground floor to 2nd floor",
    "fr": "Étages d’habitation dans son image : du rez-de-chaussée au 2e étage",
}
LABEL = {"en": "Storeys of dwellings", "fr": "Étages d’habitation"}
HEADING = {"en": "Camera", "fr": "Caméra"}


@contextmanager
def in_french():
    """QGIS's interface in French and the plugin's French texts loaded, as
    for a French-speaking volunteer; put back afterwards."""
    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    translator = QTranslator()
    assert translator.load(str(ROOT / "camera_coverage" / "i18n" / "camera_coverage_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        settings.setValue("locale/overrideFlag", saved[0] or False)
        settings.setValue("locale/userLocale", saved[1] or "")


def dossier(folder, houses):
    """coverageaudit's dossier of the two cameras; (PDF, the cameras'
    dwelling_floors_seen)."""
    import processing

    result = processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": camera_layer(
                [
                    (X0, Y0, "a", 0.0, 60.0, 40.0, 4.0, 3.0, 34.0),
                    (X0 + 100, Y0, "b", 0.0, 60.0, 40.0, 4.0, 3.0, 34.0),
                ],
                fields=TILTED,
            ),
            "PARCELS": parcel_layer(
                [("A", None, box(-50, 13, 50, 60)), ("B", None, box(50, 13, 150, 60))]
            ),
            "STUDY_AREA": parcel_layer([("town", None, box(-300, -300, 300, 300))]),
            "BUILDINGS": houses,
            "DWELLING_EXPRESSION": "true",
            "TITLE": "Storeys",
            "OUTPUT_CAMERAS": str(folder / "cameras.gpkg"),
            "OUTPUT_DOSSIER": str(folder / "dossier"),
        },
    )
    layer = QgsVectorLayer(result["OUTPUT_CAMERAS"], "cameras", "ogr")
    floors = {f["camera_id"]: f["dwelling_floors_seen"] for f in layer.getFeatures()}
    flagged = {f["camera_id"] for f in layer.getFeatures() if f["masking_required"]}
    del layer
    assert flagged == {"a", "b"}, "both cameras get a page"
    return folder / "dossier" / "dossier.pdf", floors


@pytest.fixture(scope="module")
def with_heights(plugin, tmp_path_factory):
    """The dossier in English and in French: house A 10 m high (hauteur),
    house B of unknown height."""
    houses = buildings("hauteur", QVariant.Double, [(10.0, HOUSES[0]), (None, HOUSES[1])])
    english = dossier(tmp_path_factory.mktemp("storeys_en"), houses)
    with in_french():
        french = dossier(tmp_path_factory.mktemp("storeys_fr"), houses)
    return {"en": english, "fr": french}


@pytest.fixture(scope="module")
def without_heights(plugin, tmp_path_factory):
    """The same scene, its buildings carrying no height field at all."""
    houses = buildings("name", QVariant.String, [("A", HOUSES[0]), ("B", HOUSES[1])])
    return dossier(tmp_path_factory.mktemp("storeys_none"), houses)


def page_text(pdf, lang, camera_id):
    """The text of the camera's pages (its page and those continuing it),
    as it reads."""
    numbers = camera_page_numbers(pdf, HEADING[lang])[camera_id]
    return flat(" ".join(p.text for p in pdf_pages(pdf) if p.number in numbers))


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_page_says_which_storeys_are_in_the_picture(with_heights, lang):
    pdf, floors = with_heights[lang]
    assert floors["a"] == "0-2"
    assert LINE[lang] in page_text(pdf, lang, "a")


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_house_of_unknown_height_adds_nothing(with_heights, lang):
    pdf, floors = with_heights[lang]
    text = page_text(pdf, lang, "b")
    assert floors["b"] == NULL
    assert LABEL[lang] not in text
    # The page is there, with its figures.
    assert re.search(r"Dwelling façades seen: [\d.]+ m|Façades d'habitation vues : [\d,]+ m", text)


@needs_poppler
def test_buildings_without_heights_add_nothing(without_heights):
    pdf, floors = without_heights
    for camera_id in ("a", "b"):
        assert floors[camera_id] == NULL
        assert LABEL["en"] not in page_text(pdf, "en", camera_id)


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_text_over_text_and_nothing_off_the_page(with_heights, lang):
    faults = layout_faults(with_heights[lang][0], PRINT_MARGIN_PT)
    assert not faults, "\n".join(faults)


def test_storeys_in_words_in_english():
    assert storeys_in_words("0, 3-4", "en") == "ground floor, 3rd floor to 4th floor"
    assert storeys_in_words("1, 11-13, 21-23", "en") == (
        "1st floor, 11th floor to 13th floor, 21st floor to 23rd floor"
    )
    assert storeys_in_words(None, "en") is None
    assert storeys_in_words("", "en") is None


def test_storeys_in_words_in_french():
    with in_french():
        assert storeys_in_words("0, 1-2", "fr") == "rez-de-chaussée, du 1er étage au 2e étage"
        assert storeys_in_words("11", "fr") == "11e étage"
