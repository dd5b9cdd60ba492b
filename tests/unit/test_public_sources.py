"""Where each public file is: the Etalab layout (Corsica and overseas
included), the geo API's addresses, the bases read from the environment."""

from urllib.parse import parse_qs, urlsplit

import pytest

from camera_coverage.core.public_sources import (
    CADASTRE_ENV,
    ETALAB_DEFAULT,
    GEO_API_DEFAULT,
    GEO_API_ENV,
    OVERPASS_DEFAULT,
    OVERPASS_ENV,
    ServiceBases,
    commune_file,
    departement_file,
    geo_api_commune,
    geo_api_search,
    service_bases,
)

ETALAB = "https://cadastre.data.gouv.fr/data/etalab-cadastre/latest/geojson"


def test_defaults_are_the_public_services():
    assert service_bases({}) == ServiceBases(
        cadastre=ETALAB,
        overpass="https://overpass-api.de/api/interpreter",
        geo_api="https://geo.api.gouv.fr",
    )
    assert ETALAB_DEFAULT == ETALAB
    assert OVERPASS_DEFAULT == "https://overpass-api.de/api/interpreter"
    assert GEO_API_DEFAULT == "https://geo.api.gouv.fr"


def test_bases_from_the_environment_lose_their_trailing_slashes():
    environ = {
        "CAMERA_COVERAGE_CADASTRE_URL": "/home/me/etalab/",
        "CAMERA_COVERAGE_OVERPASS_URL": "http://127.0.0.1:8080/api/interpreter",
        "CAMERA_COVERAGE_GEO_API_URL": " http://127.0.0.1:8081// ",
        "PATH": "/usr/bin",
    }
    assert service_bases(environ) == ServiceBases(
        cadastre="/home/me/etalab",
        overpass="http://127.0.0.1:8080/api/interpreter",
        geo_api="http://127.0.0.1:8081",
    )
    assert (CADASTRE_ENV, OVERPASS_ENV, GEO_API_ENV) == (
        "CAMERA_COVERAGE_CADASTRE_URL",
        "CAMERA_COVERAGE_OVERPASS_URL",
        "CAMERA_COVERAGE_GEO_API_URL",
    )


def test_a_blank_variable_is_the_default():
    assert service_bases({"CAMERA_COVERAGE_OVERPASS_URL": "  "}).overpass == OVERPASS_DEFAULT


@pytest.mark.parametrize(
    "insee, layer, path",
    [
        ("91216", "parcelles", "communes/91/91216/cadastre-91216-parcelles.json.gz"),
        ("75118", "batiments", "communes/75/75118/cadastre-75118-batiments.json.gz"),
        ("2A004", "communes", "communes/2A/2A004/cadastre-2A004-communes.json.gz"),
        ("2b033", "parcelles", "communes/2B/2B033/cadastre-2B033-parcelles.json.gz"),
        ("97411", "batiments", "communes/974/97411/cadastre-97411-batiments.json.gz"),
        ("97101", "parcelles", "communes/971/97101/cadastre-97101-parcelles.json.gz"),
    ],
)
def test_commune_file(insee, layer, path):
    assert commune_file(ETALAB, insee, layer) == f"{ETALAB}/{path}"


def test_commune_file_in_a_local_folder():
    assert (
        commune_file("/data/etalab/", "91216", "batiments")
        == "/data/etalab/communes/91/91216/cadastre-91216-batiments.json.gz"
    )


@pytest.mark.parametrize(
    "dep, path",
    [
        ("91", "departements/91/cadastre-91-communes.json.gz"),
        ("2A", "departements/2A/cadastre-2A-communes.json.gz"),
        ("2b", "departements/2B/cadastre-2B-communes.json.gz"),
        ("974", "departements/974/cadastre-974-communes.json.gz"),
    ],
)
def test_departement_file(dep, path):
    assert departement_file(ETALAB, dep, "communes") == f"{ETALAB}/{path}"


@pytest.mark.parametrize("dep", ["9", "97", "912", "20", "2C", "Essonne", ""])
def test_a_departement_that_is_not_one_is_refused(dep):
    with pytest.raises(ValueError):
        departement_file(ETALAB, dep, "communes")


@pytest.mark.parametrize("layer", ["parcels", "buildings", "lieux_dits", ""])
def test_a_layer_not_served_is_refused(layer):
    with pytest.raises(ValueError, match="parcelles, batiments, communes"):
        commune_file(ETALAB, "91216", layer)
    with pytest.raises(ValueError, match="parcelles, batiments, communes"):
        departement_file(ETALAB, "91", layer)


@pytest.mark.parametrize("insee", ["Épinay-sur-Orge", "9121", "20004"])
def test_commune_file_of_something_not_a_code_is_refused(insee):
    with pytest.raises(ValueError, match="not an INSEE code"):
        commune_file(ETALAB, insee, "parcelles")


def test_geo_api_commune():
    assert (
        geo_api_commune("https://geo.api.gouv.fr/", "2a004")
        == "https://geo.api.gouv.fr/communes/2A004?fields=nom,code,codeDepartement,population"
    )


def test_geo_api_search_encodes_the_name():
    url = geo_api_search("https://geo.api.gouv.fr", " L'Haÿ-les-Roses & co ")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "geo.api.gouv.fr", "/communes")
    assert " " not in url and "ÿ" not in url and "& co" not in url
    assert parse_qs(parts.query) == {
        "nom": ["L'Haÿ-les-Roses & co"],
        "fields": ["nom,code,codeDepartement,population"],
        "boost": ["population"],
        "limit": ["5"],
    }


def test_geo_api_search_written_out():
    assert geo_api_search("http://127.0.0.1:8081", "Épinay sur Orge") == (
        "http://127.0.0.1:8081/communes?nom=%C3%89pinay%20sur%20Orge"
        "&fields=nom,code,codeDepartement,population&boost=population&limit=5"
    )


def test_licences_and_credits_as_the_sources_publish_them():
    from camera_coverage.core import public_sources as s

    assert (s.ETALAB_LICENCE, s.ETALAB_CREDIT) == (
        "Licence Ouverte 2.0 (Etalab)",
        "DGFiP / Etalab, cadastre",
    )
    assert (s.OSM_LICENCE, s.OSM_CREDIT) == ("ODbL 1.0", "© OpenStreetMap contributors")
    assert (s.GEO_API_LICENCE, s.GEO_API_CREDIT) == ("Licence Ouverte 2.0", "geo.api.gouv.fr")
    assert (s.DGFIP_OWNERS_LICENCE, s.DGFIP_OWNERS_CREDIT) == (
        "Licence Ouverte 2.0",
        "DGFiP, fichier des parcelles des personnes morales",
    )
