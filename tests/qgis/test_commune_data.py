"""communedata and communedossier (issue 18) through processing.run, against
the recorded Épinay-sur-Orge services of tests/recorded_services.py on a
local server (never the internet): the layers and the sources table against
the recording's own measurements and shapely's, the commune by its name,
the cache, busy and broken services, the offline path, hostile inputs, and
the dossier of a commune with and without mapped cameras."""

import functools
import gzip
import html
import json
import math
import os
import re
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import pytest
import shapely
from pyproj import Transformer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from tests.http_server import Answer
from tests.pdf_pages import flat, off_page, overlaps, pdf_pages
from tests.recorded_services import (
    CADASTRE_ROOT,
    EPINAY,
    EPINAY_NAME,
    GEO_SEARCH_PATH,
    NEAR_COMMUNES,
    NEIGHBOURS_M,
    OVERPASS_BUSY,
    OVERPASS_GATEWAY_TIMEOUT,
    OVERPASS_PATH,
    UNKNOWN_COMMUNE,
    UNKNOWN_COMMUNE_PATH,
    commune_path,
    departement_path,
    epinay_answers,
    epinay_expected,
    geo_commune_path,
    overpass_runtime_error,
    recorded_answer,
    truncated_answer,
    write_offline_folder,
)

from .layers import LogFeedback

LAYERS = ("commune", "parcels", "buildings", "entrances", "cameras", "rejected", "sources")
# The Downloader's tries in all before a service is said to be unreachable.
ATTEMPTS = 4
# Services never asked before in the session, so never in the cache: three
# Overpass servers, and a mirror of the cadastre (its paths under this one).
OTHER_OVERPASS = "/other-overpass/api/interpreter"
BUSY_OVERPASS = "/busy-overpass/api/interpreter"
NO_CAMERA_OVERPASS = "/no-camera-overpass/api/interpreter"
MIRROR = "/mirror"
# The printer's margin: no text closer to a page's edge (as tests/qgis/test_dossier_pages.py).
PRINT_MARGIN_PT = 5 / 25.4 * 72
# A line of the maps' camera labels, as pdftotext reads them.
CAMERA_LABELS = re.compile(r"node/\d+( node/\d+)*")
needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils not installed"
)
_TO_LAMBERT = Transformer.from_crs(4326, 2154, always_xy=True)


# --- What the recording holds, measured here on its bytes ---------------------------------------


def lambert(body):
    """A recorded Etalab file's geometries in Lambert-93, and its properties."""
    features = json.loads(gzip.decompress(body))["features"]
    geometries = shapely.from_geojson([json.dumps(f["geometry"]) for f in features])
    moved = shapely.transform(geometries, lambda xy: np.column_stack(_TO_LAMBERT.transform(*xy.T)))
    return moved, [f["properties"] for f in features]


@functools.cache
def epinay_outline():
    outlines, _ = lambert(epinay_answers()[commune_path(EPINAY, "communes")])
    return shapely.union_all(outlines)


@functools.cache
def within_reach(code, layer):
    """How many features of a neighbour's file lie within NEIGHBOURS_M of
    Épinay's outline."""
    geometries, _ = lambert(epinay_answers()[commune_path(code, layer)])
    return int(shapely.dwithin(geometries, epinay_outline(), NEIGHBOURS_M).sum())


def overpass_elements():
    return json.loads(epinay_answers()[OVERPASS_PATH])["elements"]


def refs_beyond_reach():
    """The OSM refs of the surveillance nodes further than NEIGHBOURS_M
    from Épinay's outline."""
    nodes = [e for e in overpass_elements() if "man_made" in e.get("tags", {})]
    x, y = _TO_LAMBERT.transform([n["lon"] for n in nodes], [n["lat"] for n in nodes])
    distance = shapely.distance(epinay_outline(), shapely.points(x, y))
    return {f"node/{n['id']}" for n, d in zip(nodes, distance) if d > NEIGHBOURS_M}


def expected_counts(expected):
    """Each layer's feature count for Épinay at 150 m."""
    near = expected["near_communes"]
    return {
        "commune": 1,
        "parcels": expected["parcels"][EPINAY] + sum(within_reach(c, "parcelles") for c in near),
        "buildings": expected["buildings"][EPINAY]
        + sum(within_reach(c, "batiments") for c in near),
        "entrances": expected["entrances"],
        "cameras": expected["cameras_kept"],
        "rejected": expected["unreadable_cameras"] + expected["not_cameras"],
        "sources": len(files_fetched(expected)),
    }


def files_fetched(expected):
    """Every file communedata needs for Épinay at 150 m: the geo API's
    answer, Épinay's three Etalab files, the département's outlines, the
    near neighbours' parcels and buildings, the Overpass answer."""
    return {
        geo_commune_path(EPINAY),
        *(commune_path(EPINAY, layer) for layer in ("communes", "parcelles", "batiments")),
        departement_path("communes"),
        *(
            commune_path(code, layer)
            for code in expected["near_communes"]
            for layer in ("parcelles", "batiments")
        ),
        OVERPASS_PATH,
    }


# --- Running the algorithms ---------------------------------------------------------------------


@dataclass
class Run:
    results: dict
    log: str
    package: Path
    requested: list  # the server paths asked during the run, in order


class Log(LogFeedback):
    """The log, and its errors apart."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatal=False):
        self.errors.append(error)
        super().reportError(error, fatal)


def communedata(output, feedback=None, **parameters):
    import processing

    return processing.run(
        "camera_coverage:communedata",
        {"INSEE": EPINAY, "OUTPUT": str(output), **parameters},
        feedback=feedback or Log(),
    )


def refusal(algorithm, parameters):
    """The message (and the log) of a run that stops."""
    import processing

    feedback = Log()
    with pytest.raises(QgsProcessingException) as error:
        processing.run(f"camera_coverage:{algorithm}", parameters, feedback=feedback)
    return f"{error.value}\n{feedback.text}"


def layer(package, name):
    found = QgsVectorLayer(f"{package}|layername={name}", name, "ogr")
    assert found.isValid(), f"{name} missing from {package}"
    return found


def layer_counts(package):
    return {name: layer(package, name).featureCount() for name in LAYERS}


def values(package, name, field):
    return [feature[field] for feature in layer(package, name).getFeatures()]


SOURCE_FIELDS = ("source", "url", "licence", "retrieved", "features", "status")


def sources(package):
    """The sources table's rows, as (source, url, licence, retrieved, features, status)."""
    table = layer(package, "sources")
    return [tuple(feature[name] for name in SOURCE_FIELDS) for feature in table.getFeatures()]


@pytest.fixture(scope="module")
def epinay(plugin, epinay_services, tmp_path_factory):
    """One run of communedata on 91216, every file asked of the server."""
    epinay_services.reset()
    feedback = Log()
    package = tmp_path_factory.mktemp("epinay") / "epinay.gpkg"
    results = communedata(package, feedback, REFRESH=True)
    requested = [request.path for request in epinay_services.services.requests]
    return Run(results, feedback.text, package, requested)


# --- 1. Épinay's layers -------------------------------------------------------------------------


def test_the_package_holds_every_layer(epinay):
    for name in LAYERS:
        layer(epinay.package, name)
    assert epinay.results["OUTPUT"] == str(epinay.package)


def test_the_commune_its_name_population_and_outline(epinay, epinay_services):
    expected = epinay_services.expected
    assert epinay.results["COMMUNE_NAME"] == EPINAY_NAME
    assert epinay.results["COMMUNE_CODE"] == EPINAY
    assert epinay.results["POPULATION"] == expected["population"]
    commune = layer(epinay.package, "commune")
    (feature,) = commune.getFeatures()
    assert (feature["id"], feature["nom"], feature["population"]) == (
        EPINAY,
        EPINAY_NAME,
        expected["population"],
    )
    geometry = feature.geometry()
    geometry.transform(
        QgsCoordinateTransform(
            commune.crs(), QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance()
        )
    )
    assert geometry.area() == pytest.approx(expected["outline_m2"], rel=1e-6)


def test_cameras_within_reach_are_imported_and_the_others_rejected(epinay, epinay_services):
    expected = epinay_services.expected
    kept = expected["cameras_inside"] + expected["cameras_band"]
    assert expected["cameras_kept"] == kept == 220
    assert layer(epinay.package, "cameras").featureCount() == kept
    assert epinay.results["CAMERAS"] == kept
    rejected = expected["unreadable_cameras"] + expected["not_cameras"]
    assert layer(epinay.package, "rejected").featureCount() == rejected == 3
    assert epinay.results["REJECTED_FEATURES"] == rejected


def test_cameras_beyond_reach_are_left_out(epinay, epinay_services):
    beyond = refs_beyond_reach()
    assert len(beyond) == epinay_services.expected["cameras_beyond"] == 10
    imported = set(values(epinay.package, "cameras", "source_ref"))
    rejected = set(values(epinay.package, "rejected", "reject_source_ref"))
    assert all(ref.startswith("node/") for ref in imported)
    assert not beyond & (imported | rejected)


def test_parcels_are_epinays_and_the_near_neighbours_within_reach(epinay, epinay_services):
    expected = epinay_services.expected
    communes = values(epinay.package, "parcels", "commune")
    assert communes.count(EPINAY) == expected["parcels"][EPINAY] == 4241
    for code in expected["near_communes"]:
        assert communes.count(code) == within_reach(code, "parcelles") > 0, code
        # Only part of each neighbour is within reach.
        assert within_reach(code, "parcelles") < expected["parcels"][code]
    assert set(communes) == {EPINAY, *expected["near_communes"]}
    assert len(communes) == epinay.results["PARCELS"] > expected["parcels"][EPINAY]


def test_the_far_communes_files_are_never_requested(epinay, epinay_services):
    expected = epinay_services.expected
    assert expected["never_requested"]
    assert not set(expected["never_requested"]) & set(epinay.requested)
    assert set(epinay.results["NEIGHBOURS"].split(", ")) == set(expected["near_communes"])
    named = ", ".join(f"{NEAR_COMMUNES[code]} ({code})" for code in NEAR_COMMUNES)
    assert f"Neighbouring communes within 150 m: {named}." in epinay.log


def test_buildings_carry_their_osm_use(epinay, epinay_services):
    expected = epinay_services.expected
    buildings = layer(epinay.package, "buildings")
    epinays = [f for f in buildings.getFeatures() if f["commune"] == EPINAY]
    assert len(epinays) == expected["buildings"][EPINAY]
    used = [f["building"] for f in epinays if f["building"]]
    assert len(used) == expected["etalab_buildings_with_osm_value"]
    dwellings = [use for use in used if use in ("house", "residential", "apartments")]
    assert len(dwellings) == expected["etalab_dwellings"]
    near = sum(within_reach(code, "batiments") for code in expected["near_communes"])
    assert buildings.featureCount() == expected["buildings"][EPINAY] + near


def test_entrances(epinay, epinay_services):
    entrances = layer(epinay.package, "entrances")
    assert entrances.featureCount() == epinay_services.expected["entrances"] == 60
    assert set(values(epinay.package, "entrances", "entrance")) <= {"main", "yes"}


def test_the_sources_table_credits_every_file_fetched(epinay, epinay_services):
    expected = epinay_services.expected
    rows = sources(epinay.package)
    paths = [urlsplit(row[1]).path for row in rows]
    assert sorted(paths) == sorted(files_fetched(expected))
    assert set(epinay.requested) == files_fetched(expected)
    by_path = dict(zip(paths, rows))
    for path, (source, url, licence, retrieved, _, status) in by_path.items():
        assert url.startswith(epinay_services.services.url + path), url
        assert status == "ok", (path, status)
        assert datetime.strptime(retrieved, "%Y-%m-%dT%H:%M:%SZ"), retrieved
        if path.startswith("/etalab/"):
            assert "Etalab" in source and "Licence Ouverte" in licence and "Etalab" in licence
    osm = by_path[OVERPASS_PATH]
    assert "OpenStreetMap" in osm[0] and "ODbL" in osm[2]
    assert osm[3] == expected["osm_timestamp"]
    surveillance = expected["cameras_kept"] + expected["unreadable_cameras"]
    assert osm[4] == surveillance + expected["not_cameras"] + expected["entrances"]
    assert "Licence Ouverte" in by_path[geo_commune_path(EPINAY)][2]
    features = {path: row[4] for path, row in by_path.items()}
    assert features[commune_path(EPINAY, "parcelles")] == expected["parcels"][EPINAY]
    assert features[commune_path(EPINAY, "batiments")] == expected["buildings"][EPINAY]
    assert features[commune_path(EPINAY, "communes")] == 1
    for code in expected["near_communes"]:
        for layer_name in ("parcelles", "batiments"):
            path = commune_path(code, layer_name)
            assert features[path] == within_reach(code, layer_name), path
    assert epinay.results["UNREACHABLE"] == ""


def test_layer_counts(epinay, epinay_services):
    assert layer_counts(epinay.package) == expected_counts(epinay_services.expected)


# --- 2. The commune by its name, and what is no commune -----------------------------------------


def test_a_name_is_looked_up_in_the_geo_api(services, tmp_path):
    results = communedata(tmp_path / "by-name.gpkg", INSEE="epinay sur orge")
    assert (results["COMMUNE_CODE"], results["COMMUNE_NAME"]) == (EPINAY, EPINAY_NAME)
    assert results["POPULATION"] == services.expected["population"]


def test_an_unknown_name_gets_the_closest_names(services, tmp_path):
    output = str(tmp_path / "x.gpkg")
    message = refusal("communedata", {"INSEE": "Epinay-sur-Orgeville", "OUTPUT": output})
    assert "No commune is named 'Epinay-sur-Orgeville'" in message
    searched = json.loads(epinay_answers()[GEO_SEARCH_PATH])
    assert EPINAY_NAME in message and EPINAY_NAME in [answer["nom"] for answer in searched]
    assert "Traceback" not in message


# What was typed, and what the refusal says; nothing asked of any service
# for what cannot be a commune.
NOT_A_COMMUNE = [
    ("", "Incorrect parameter value for INSEE", False),
    ("   ", "Give the commune: its INSEE code", False),
    ("9121", "an INSEE commune code has 5 characters", False),
    ("2A", "an INSEE commune code has 5 characters", False),
    ("20004", "Corsica's communes are numbered 2A (Corse-du-Sud) or 2B", False),
    ("99999", "No commune has the INSEE code 99999", True),
    (
        'Saint-"Denis" <script>alert(1)</script>',
        "No commune is named 'Saint-\"Denis\" <script>alert(1)</script>'",
        True,
    ),
]


@pytest.mark.parametrize("typed, said, asked", NOT_A_COMMUNE)
def test_what_is_no_commune_is_refused_with_a_message(services, tmp_path, typed, said, asked):
    output = tmp_path / "commune.gpkg"
    message = refusal("communedata", {"INSEE": typed, "OUTPUT": str(output)})
    assert said in message
    assert "Traceback" not in message
    assert bool(services.services.requests) == asked
    assert not output.exists()


def test_the_unknown_code_is_said_not_to_be_the_postal_code(services, tmp_path):
    message = refusal("communedata", {"INSEE": UNKNOWN_COMMUNE, "OUTPUT": str(tmp_path / "x.gpkg")})
    assert UNKNOWN_COMMUNE in message and "not the postal code" in message
    assert services.services.hits(UNKNOWN_COMMUNE_PATH) == 1


def test_a_corsican_postal_code_is_refused_without_the_geo_api(services, tmp_path):
    """The geo API out of reach (an empty local folder): the code is still
    read, and refused, before any file is looked for."""
    message = refusal(
        "communedata",
        {"INSEE": "20004", "GEO_API_URL": str(tmp_path), "OUTPUT": str(tmp_path / "x.gpkg")},
    )
    assert "2A or 2B" in message and "Traceback" not in message


# --- 3. The cache -------------------------------------------------------------------------------


def test_a_second_run_reads_the_cache_and_refresh_asks_again(epinay, services, tmp_path):
    feedback = Log()
    package = tmp_path / "cached.gpkg"
    communedata(package, feedback)
    assert services.services.requests == []
    fetched = files_fetched(services.expected)
    assert feedback.text.count(": from the cache (retrieved ") == len(fetched)
    assert layer_counts(package) == expected_counts(services.expected)
    communedata(tmp_path / "refreshed.gpkg", REFRESH=True)
    requested = [request.path for request in services.services.requests]
    assert sorted(requested) == sorted(fetched)


# --- 4. Overpass busy, or out of time -----------------------------------------------------------


def test_overpass_busy_once_is_asked_again(services, tmp_path):
    services.fail_first(OVERPASS_PATH, OVERPASS_BUSY)
    feedback = Log()
    results = communedata(tmp_path / "retried.gpkg", feedback, REFRESH=True)
    assert services.services.hits(OVERPASS_PATH) == 2
    assert "HTTP 429" in feedback.text and "trying again in 0 s" in feedback.text
    assert results["CAMERAS"] == services.expected["cameras_kept"]
    assert results["UNREACHABLE"] == ""


def test_an_overpass_runtime_error_is_asked_again(services, tmp_path):
    """A 200 whose remark says the query ran out of time: no answer at all."""
    services.services.route(
        OTHER_OVERPASS, overpass_runtime_error(), recorded_answer(OVERPASS_PATH)
    )
    feedback = Log()
    results = communedata(
        tmp_path / "remark.gpkg", feedback, OVERPASS_URL=services.services.url + OTHER_OVERPASS
    )
    assert services.services.hits(OTHER_OVERPASS) == 2
    assert "runtime error" in feedback.text
    assert results["CAMERAS"] == services.expected["cameras_kept"]


def busy_overpass(services):
    """An Overpass server busy on every attempt (429s that say to come back
    at once, then 504s), never asked before: nothing of it is in the cache."""
    busy = [OVERPASS_BUSY] * (ATTEMPTS - 1) + [OVERPASS_GATEWAY_TIMEOUT]
    services.services.route(BUSY_OVERPASS, *busy)
    return services.services.url + BUSY_OVERPASS


def test_overpass_busy_throughout_keeps_the_cadastre(services, tmp_path):
    expected = services.expected
    feedback = Log()
    package = tmp_path / "busy.gpkg"
    results = communedata(package, feedback, OVERPASS_URL=busy_overpass(services))
    assert services.services.hits(BUSY_OVERPASS) == ATTEMPTS
    assert "OpenStreetMap" in results["UNREACHABLE"]
    counts = layer_counts(package)
    for name in ("commune", "parcels", "buildings"):
        assert counts[name] == expected_counts(expected)[name], name
    assert (counts["cameras"], counts["rejected"], counts["entrances"]) == (0, 0, 0)
    assert not any(values(package, "buildings", "building"))
    rows = sources(package)
    (osm,) = [row for row in rows if "OpenStreetMap" in row[0]]
    assert "busy or unreachable" in osm[5] and "HTTP 504" in osm[5]
    assert [row[5] for row in rows if row != osm] == ["ok"] * (len(files_fetched(expected)) - 1)
    assert any("OpenStreetMap could not be read" in error for error in feedback.errors)

    folder = tmp_path / "dossier"
    message = refusal(
        "communedossier",
        {"INSEE": EPINAY, "OVERPASS_URL": busy_overpass(services), "OUTPUT_DOSSIER": str(folder)},
    )
    assert "OpenStreetMap could not be read" in message
    assert f"cadastre is kept in {folder / 'commune-data.gpkg'}" in message
    assert layer_counts(folder / "commune-data.gpkg")["parcels"] == counts["parcels"]
    assert not (folder / "dossier.pdf").exists()


# --- 5. A truncated file ------------------------------------------------------------------------


def test_a_truncated_parcels_file_is_named_and_nothing_is_written(services, tmp_path):
    """On a mirror never asked before (nothing in the cache to fall back on)."""
    outline, parcels = commune_path(EPINAY, "communes"), commune_path(EPINAY, "parcelles")
    services.services.route(MIRROR + outline, recorded_answer(outline))
    services.services.route(MIRROR + parcels, truncated_answer(parcels))
    output = tmp_path / "truncated.gpkg"
    cadastre = services.services.url + MIRROR + CADASTRE_ROOT
    message = refusal(
        "communedata", {"INSEE": EPINAY, "CADASTRE_URL": cadastre, "OUTPUT": str(output)}
    )
    assert (
        "incomplete" in message
        and f"{cadastre}/communes/91/91216/cadastre-91216-parcelles" in message
    )
    assert services.services.hits(MIRROR + parcels) == ATTEMPTS
    assert not output.exists()


# --- 6. Offline ---------------------------------------------------------------------------------


def test_offline_folders_give_the_same_layers(services, tmp_path):
    environ = write_offline_folder(tmp_path / "offline")
    package = tmp_path / "offline.gpkg"
    results = communedata(
        package,
        CADASTRE_URL=environ["CAMERA_COVERAGE_CADASTRE_URL"],
        OVERPASS_URL=environ["CAMERA_COVERAGE_OVERPASS_URL"],
        GEO_API_URL=environ["CAMERA_COVERAGE_GEO_API_URL"],
    )
    assert services.services.requests == []
    assert layer_counts(package) == expected_counts(services.expected)
    assert results["COMMUNE_NAME"] == EPINAY_NAME
    for _, url, *_ in sources(package):
        assert Path(url).is_file() and Path(url).is_relative_to(tmp_path / "offline"), url


# --- 7. Hostile parameters ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "distance, said", [(math.nan, "NEIGHBOURS_M must be a number"), (-5.0, "NEIGHBOURS_M")]
)
def test_a_reach_that_is_no_distance_is_refused(services, tmp_path, distance, said):
    message = refusal(
        "communedata",
        {"INSEE": EPINAY, "NEIGHBOURS_M": distance, "OUTPUT": str(tmp_path / "x.gpkg")},
    )
    assert said in message and "Traceback" not in message
    assert services.services.requests == []


def test_an_output_that_is_a_folder_is_refused_before_any_download(services, tmp_path):
    for folder in (tmp_path, tmp_path / "named.gpkg"):
        folder.mkdir(exist_ok=True)
        message = refusal("communedata", {"INSEE": EPINAY, "OUTPUT": str(folder)})
        assert f"The output {folder} is a folder" in message
    assert services.services.requests == []


def test_an_output_under_a_file_is_refused_with_the_writers_reason(services, tmp_path):
    (tmp_path / "notes.txt").write_text("not a folder")
    output = tmp_path / "notes.txt" / "commune.gpkg"
    message = refusal("communedata", {"INSEE": EPINAY, "OUTPUT": str(output)})
    assert f"Could not write the layer commune into {output}" in message
    assert "Traceback" not in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_an_output_in_a_read_only_folder_is_refused(services, tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    message = refusal("communedata", {"INSEE": EPINAY, "OUTPUT": str(folder / "commune.gpkg")})
    assert "Could not write the layer commune" in message and "Traceback" not in message


def test_cancel_during_the_downloads_stops_cleanly(services, tmp_path):
    feedback = Log()
    output = tmp_path / "cancelled.gpkg"
    click = threading.Timer(0.5, feedback.cancel)
    click.start()
    try:
        results = communedata(output, feedback, REFRESH=True)
    finally:
        click.cancel()
    assert feedback.isCanceled()
    assert results == {}
    assert "Traceback" not in feedback.text
    assert not output.exists()


# --- 8. communedossier on Épinay, end to end ----------------------------------------------------


@dataclass
class Dossier:
    folder: Path
    results: dict
    log: str


def communedossier(folder, feedback, **parameters):
    import processing

    return processing.run(
        "camera_coverage:communedossier",
        {"INSEE": EPINAY, "OUTPUT_DOSSIER": str(folder), **parameters},
        feedback=feedback,
    )


@pytest.fixture(scope="module")
def dossier(plugin, epinay_services, tmp_path_factory):
    """communedossier on 91216, once: it takes minutes (a page per flagged camera)."""
    epinay_services.reset()
    folder = tmp_path_factory.mktemp("dossier")
    feedback = Log()
    results = communedossier(folder, feedback)
    return Dossier(folder, results, feedback.text)


@pytest.fixture(scope="module")
def dossier_pages(dossier):
    return pdf_pages(dossier.folder / "dossier.pdf")


@needs_poppler
def test_the_dossier_is_titled_with_the_communes_name(dossier, dossier_pages):
    assert "Traceback" not in dossier.log
    assert dossier.results["OUTPUT_DOSSIER"] == str(dossier.folder)
    cover = dossier_pages[0]
    assert EPINAY_NAME in [line.text for line in cover.lines[:3]]


@needs_poppler
def test_the_dossier_credits_every_source_on_its_last_pages(dossier, dossier_pages):
    credits = " ".join(
        flat(page.text)
        for page in dossier_pages
        if page.lines and page.lines[0].text.startswith("Assumptions and sources")
    )
    assert "Etalab" in credits and "Licence Ouverte" in credits
    assert "OpenStreetMap" in credits and "ODbL" in credits
    for source, url, *_ in sources(dossier.folder / "commune-data.gpkg"):
        assert flat(f"{source}: {url}") in credits, source


@needs_poppler
def test_no_text_of_the_dossier_is_drawn_over_text_or_off_the_page(dossier_pages):
    """The camera ids on the maps aside: QGIS's labelling keeps them apart,
    but their font boxes, taller than the letters, may touch."""
    faults = [
        (page.number, line.text, other.text)
        for page in dossier_pages
        for line, other in overlaps(page)
        if not (CAMERA_LABELS.fullmatch(line.text) and CAMERA_LABELS.fullmatch(other.text))
    ]
    for page in dossier_pages:
        faults += [(page.number, line.text) for line in off_page(page, PRINT_MARGIN_PT)]
    assert faults == []


def test_the_audit_reads_every_camera_of_the_commune_data(dossier, epinay_services):
    expected = epinay_services.expected["cameras_kept"]
    assert layer(dossier.folder / "commune-data.gpkg", "cameras").featureCount() == expected
    assert layer(dossier.folder / "audit.gpkg", "cameras").featureCount() == expected


def test_the_report_credits_every_row_of_the_sources_table(dossier):
    report = html.unescape((dossier.folder / "report.html").read_text(encoding="utf-8"))
    rows = sources(dossier.folder / "commune-data.gpkg")
    assert len(rows) == len(files_fetched(epinay_expected()))
    for source, url, licence, *_ in rows:
        assert source in report and url in report and licence in report, url


# --- 9. A commune where OpenStreetMap maps no camera --------------------------------------------


def answer_without_cameras():
    """The recorded Overpass answer less its surveillance nodes."""
    answer = json.loads(epinay_answers()[OVERPASS_PATH])
    answer["elements"] = [e for e in answer["elements"] if "man_made" not in e.get("tags", {})]
    return Answer(json.dumps(answer).encode(), 200, {"Content-Type": "application/json"})


@needs_poppler
def test_a_commune_without_mapped_camera_gets_a_dossier_saying_so(services, tmp_path):
    services.services.route(NO_CAMERA_OVERPASS, answer_without_cameras())
    folder = tmp_path / "dossier"
    feedback = Log()
    communedossier(folder, feedback, OVERPASS_URL=services.services.url + NO_CAMERA_OVERPASS)
    assert "Traceback" not in feedback.text
    statement = f"OpenStreetMap maps no surveillance camera in {EPINAY_NAME} or within 150 m of it"
    pdf = " ".join(flat(page.text) for page in pdf_pages(folder / "dossier.pdf"))
    assert statement in pdf
    report = html.unescape((folder / "report.html").read_text(encoding="utf-8"))
    assert statement in report
    for _, url, *_ in sources(folder / "commune-data.gpkg"):
        assert url in report
    assert not (folder / "audit.gpkg").exists()
