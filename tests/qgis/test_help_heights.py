"""The algorithms' help names what issue 19 added, in English and in
French: the height fields and their defaults, the DEM, dwelling_floors_seen
on coverageaudit, WALL_HEIGHT_FIELD on plancheck."""

import pytest

from .test_dossier_storeys import in_french

HEIGHTS = ("BUILDING_HEIGHT_FIELD", "hauteur", "height", "HAUTEUR", "building:levels × 3 m")
EXPECTED = {
    "cameracoverage": (*HEIGHTS, "DEM"),
    "coverageaudit": (*HEIGHTS, "DEM", "dwelling_floors_seen"),
    "plancheck": (*HEIGHTS, "WALL_HEIGHT_FIELD"),
}


def helps(provider):
    return {name: provider.algorithm(name).shortHelpString() for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_help_names_the_heights_and_what_they_give(provider, name):
    text = helps(provider)[name]
    assert [word for word in EXPECTED[name] if word not in text] == []


def test_the_help_says_it_in_french(provider):
    with in_french():
        text = helps(provider)
    assert "dwelling_floors_seen donne les étages d’habitation" in text["coverageaudit"]
    assert "0 le rez-de-chaussée" in text["coverageaudit"]
    for name in EXPECTED:
        assert "BUILDING_HEIGHT_FIELD : la hauteur des bâtiments" in text[name]
    for name in ("cameracoverage", "coverageaudit"):
        assert "DEM (facultatif, avancé) : un modèle numérique de terrain" in text[name]
    assert "WALL_HEIGHT_FIELD : la hauteur des murs" in text["plancheck"]
