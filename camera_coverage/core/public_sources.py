"""Where each public file is and under which licence. Every service's base
location is read from the environment, so that tests point at a local
server and a volunteer without internet at a folder of downloaded files;
a base is a URL or a local folder, joined with "/" either way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import quote, urlencode

from .insee import checked_code, departement

ETALAB_DEFAULT = "https://cadastre.data.gouv.fr/data/etalab-cadastre/latest/geojson"
OVERPASS_DEFAULT = "https://overpass-api.de/api/interpreter"
GEO_API_DEFAULT = "https://geo.api.gouv.fr"

CADASTRE_ENV = "CAMERA_COVERAGE_CADASTRE_URL"
OVERPASS_ENV = "CAMERA_COVERAGE_OVERPASS_URL"
GEO_API_ENV = "CAMERA_COVERAGE_GEO_API_URL"

CADASTRE_LAYERS = ("parcelles", "batiments", "communes")
_DEPARTEMENT_SHAPED = re.compile(r"\d{2,3}|2[AB]")
GEO_API_FIELDS = "nom,code,codeDepartement,population"
# How many communes a name search returns, the most populated first.
GEO_API_SEARCH_LIMIT = 5

ETALAB_LICENCE = "Licence Ouverte 2.0 (Etalab)"
ETALAB_CREDIT = "DGFiP / Etalab, cadastre"
OSM_LICENCE = "ODbL 1.0"
OSM_CREDIT = "© OpenStreetMap contributors"
GEO_API_LICENCE = "Licence Ouverte 2.0"
GEO_API_CREDIT = "geo.api.gouv.fr"
DGFIP_OWNERS_LICENCE = "Licence Ouverte 2.0"
DGFIP_OWNERS_CREDIT = "DGFiP, fichier des parcelles des personnes morales"


@dataclass(frozen=True)
class ServiceBases:
    """The base location of each service, without a trailing slash."""

    cadastre: str
    overpass: str
    geo_api: str


def _base(environ: Mapping[str, str], name: str, default: str) -> str:
    given = (environ.get(name) or "").strip()
    return (given or default).rstrip("/")


def service_bases(environ: Mapping[str, str]) -> ServiceBases:
    """The bases named in `environ` (os.environ), the public services for
    those not set or blank."""
    return ServiceBases(
        cadastre=_base(environ, CADASTRE_ENV, ETALAB_DEFAULT),
        overpass=_base(environ, OVERPASS_ENV, OVERPASS_DEFAULT),
        geo_api=_base(environ, GEO_API_ENV, GEO_API_DEFAULT),
    )


def _checked_layer(layer: str) -> str:
    if layer not in CADASTRE_LAYERS:
        raise ValueError(
            f"'{layer}' is not an Etalab cadastre layer: use one of {', '.join(CADASTRE_LAYERS)}"
        )
    return layer


def commune_file(base: str, insee: str, layer: str) -> str:
    """A commune's Etalab file: {base}/communes/{dep}/{insee}/cadastre-{insee}-{layer}.json.gz.
    ValueError for a code that is not an INSEE code or a layer not served."""
    code = checked_code(insee)
    layer = _checked_layer(layer)
    return f"{base.rstrip('/')}/communes/{departement(code)}/{code}/cadastre-{code}-{layer}.json.gz"


def departement_file(base: str, dep: str, layer: str) -> str:
    """A département's Etalab file: {base}/departements/{dep}/cadastre-{dep}-{layer}.json.gz.
    ValueError for a département that is not one of an INSEE code or a
    layer not served."""
    dep = dep.strip().upper()
    if not _DEPARTEMENT_SHAPED.fullmatch(dep) or departement(f"{dep}000"[:5]) != dep:
        raise ValueError(
            f"'{dep}' is not a département code: 2 digits (91), 2A or 2B, or 3 digits "
            "overseas (974)"
        )
    layer = _checked_layer(layer)
    return f"{base.rstrip('/')}/departements/{dep}/cadastre-{dep}-{layer}.json.gz"


def geo_api_commune(base: str, code: str) -> str:
    """The geo API's address of one commune's name, département and
    population."""
    query = urlencode({"fields": GEO_API_FIELDS}, safe=",")
    return f"{base.rstrip('/')}/communes/{checked_code(code)}?{query}"


def geo_api_search(base: str, name: str) -> str:
    """The geo API's search of communes by name, the most populated first."""
    query = urlencode(
        {
            "nom": name.strip(),
            "fields": GEO_API_FIELDS,
            "boost": "population",
            "limit": GEO_API_SEARCH_LIMIT,
        },
        safe=",",
        quote_via=quote,
    )
    return f"{base.rstrip('/')}/communes?{query}"
