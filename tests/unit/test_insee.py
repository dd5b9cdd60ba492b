"""What a volunteer types to name a commune: INSEE codes (Corsica and
overseas included), names with or without accents, homonyms."""

import json

import pytest

from camera_coverage.core.insee import (
    checked_code,
    closest_names,
    commune_code,
    departement,
    homonyms,
    matching_commune,
)
from tests.conftest import SHARED_DATA


@pytest.mark.parametrize(
    "typed, code",
    [
        ("91216", "91216"),
        ("  91216 ", "91216"),
        ("01001", "01001"),
        ("2A004", "2A004"),
        ("2a004", "2A004"),
        (" 2b033", "2B033"),
        ("97411", "97411"),
        ("97608", "97608"),
    ],
)
def test_codes_are_read_in_upper_case(typed, code):
    assert commune_code(typed) == code


@pytest.mark.parametrize(
    "typed",
    ["Épinay-sur-Orge", "epinay sur orge", "Ajaccio", "2Abis", "Y", "L'Haÿ-les-Roses", "2C004"],
)
def test_names_are_not_codes(typed):
    assert commune_code(typed) is None


@pytest.mark.parametrize("typed", ["9121", "912160", "2A04", "2B0333", "2A", "7"])
def test_a_code_of_the_wrong_length_says_what_a_code_looks_like(typed):
    with pytest.raises(ValueError, match=r"5 characters: 5 digits .*2A or 2B"):
        commune_code(typed)


@pytest.mark.parametrize("typed", ["", "   ", "91.216", "91-216"])
def test_text_that_is_neither_a_name_nor_a_code_is_refused(typed):
    with pytest.raises(ValueError, match="neither a commune name nor an INSEE code"):
        commune_code(typed)


def test_a_postal_code_reads_as_a_code():
    # Épinay-sur-Orge's postal code 91360 is another commune's INSEE code
    # shape: the geo API answers it, not this module.
    assert commune_code("91360") == "91360"


@pytest.mark.parametrize(
    "code, dep",
    [
        ("91216", "91"),
        ("75118", "75"),
        ("01001", "01"),
        ("2A004", "2A"),
        ("2b033", "2B"),
        ("97101", "971"),
        ("97209", "972"),
        ("97302", "973"),
        ("97411", "974"),
        ("97608", "976"),
    ],
)
def test_departement(code, dep):
    assert departement(code) == dep


def test_departement_of_the_real_epinay_parcels():
    with open(SHARED_DATA / "epinay" / "cadastre-91216-parcelles.json", encoding="utf-8") as f:
        first = json.loads(f.read())["features"][0]["properties"]
    assert departement(first["commune"]) == "91"
    assert first["id"].startswith(first["commune"])


@pytest.mark.parametrize("code", ["20004", "20000", "20290"])
def test_corsica_written_with_20_is_refused(code):
    with pytest.raises(ValueError, match="use 2A or 2B"):
        departement(code)


@pytest.mark.parametrize("code", ["Ajaccio", "9121"])
def test_departement_of_something_not_a_code(code):
    with pytest.raises(ValueError, match="not an INSEE code"):
        departement(code)


def test_checked_code_refuses_a_name():
    with pytest.raises(ValueError, match="'Ajaccio' is not an INSEE code"):
        checked_code(" Ajaccio ")
    assert checked_code("2a004") == "2A004"


EPINAY = {"nom": "Épinay-sur-Orge", "code": "91216", "codeDepartement": "91", "_score": 0.9}
EPINAY_SEINE = {"nom": "Épinay-sur-Seine", "code": "93031", "codeDepartement": "93", "_score": 0.5}
HAY = {"nom": "L'Haÿ-les-Roses", "code": "94038", "codeDepartement": "94", "_score": 0.8}
OEUILLY = {"nom": "Œuilly", "code": "02566", "codeDepartement": "02", "_score": 0.3}


@pytest.mark.parametrize(
    "typed, answers, expected",
    [
        ("epinay sur orge", [EPINAY_SEINE, EPINAY], EPINAY),
        ("EPINAY-SUR-ORGE", [EPINAY, EPINAY_SEINE], EPINAY),
        ("Épinay-sur-Orge", [EPINAY], EPINAY),
        ("lhay les roses", [HAY], HAY),
        ("L Haÿ les Roses", [HAY], HAY),
        ("l’hay-les-roses", [HAY], HAY),
        ("oeuilly", [OEUILLY], OEUILLY),
        ("epinay", [EPINAY, EPINAY_SEINE], None),
        ("epinay sur orge", [], None),
    ],
)
def test_matching_commune(typed, answers, expected):
    assert matching_commune(typed, answers) == expected


# Several communes are named Saint-Denis (La Réunion, Seine-Saint-Denis,
# Aude...): a search answer written by hand in the geo API's layout.
SAINT_DENIS = [
    {"nom": "Saint-Denis", "code": "97411", "codeDepartement": "974", "_score": 1.2},
    {"nom": "Saint-Denis", "code": "93066", "codeDepartement": "93", "_score": 1.1},
    {"nom": "Saint-Denis-en-Val", "code": "45272", "codeDepartement": "45", "_score": 0.6},
    {"nom": "Saint-Denis", "code": "11339", "codeDepartement": "11", "_score": 0.5},
]


def test_homonyms_are_not_guessed_but_listed():
    assert matching_commune("saint denis", SAINT_DENIS) is None
    assert homonyms("saint denis", SAINT_DENIS) == [
        {"nom": "Saint-Denis", "codeDepartement": "974", "code": "97411"},
        {"nom": "Saint-Denis", "codeDepartement": "93", "code": "93066"},
        {"nom": "Saint-Denis", "codeDepartement": "11", "code": "11339"},
    ]


def test_a_name_with_one_commune_has_one_homonym_entry():
    assert homonyms("saint-denis-en-val", SAINT_DENIS) == [
        {"nom": "Saint-Denis-en-Val", "codeDepartement": "45", "code": "45272"}
    ]
    assert matching_commune("saint-denis-en-val", SAINT_DENIS) == SAINT_DENIS[2]


def test_closest_names():
    candidates = ["Épinay-sur-Orge", "Épinay-sur-Seine", "Savigny-sur-Orge", "Paris", "Lyon"]
    # difflib's ratios, by hand: 24/26 for Orge, 20/27 for Seine, 16/27
    # for Savigny-sur-Orge ("a", "ysuror", "e" in common): under its 0.6.
    assert closest_names("epinay sur orje", candidates) == ["Épinay-sur-Orge", "Épinay-sur-Seine"]
    assert closest_names("epinay sur orje", candidates, n=1) == ["Épinay-sur-Orge"]
    assert closest_names("Marseille", candidates) == []


def test_closest_names_lists_a_name_once():
    assert closest_names("saint deni", ["Saint-Denis", "Saint-Denis", "Saint Denis"]) == [
        "Saint-Denis"
    ]
