"""communedata with BUILDINGS_SOURCE BD TOPO (issue 18) through
processing.run, against the recorded WFS of the Géoplateforme on a local
server (tests/recorded_services.py): the buildings within reach with their
heights and uses, every page asked once, a busy page asked again, the WFS
down (the Etalab buildings then, and the sources table saying so), and a
file saved from the WFS for offline work. Figures come from the
recording's own measurements, never from the code under test."""

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from qgis.core import QgsVectorLayer, QgsWkbTypes

from tests.recorded_services import (
    EPINAY,
    NEIGHBOURS_M,
    WFS_PATH,
    WFS_UNAVAILABLE,
    RecordedWfs,
    bdtopo_buildings,
    commune_path,
    wfs_box,
    write_offline_folder,
)

from .layers import LogFeedback

BDTOPO = 1
DOWN_PATH = "/wfs-down/ows"
BUSY_PATH = "/wfs-busy/ows"
SOURCE_FIELDS = ("source", "url", "licence", "retrieved", "features", "status")


@dataclass
class Run:
    results: dict
    log: str
    package: Path
    requests: list  # tests.http_server.Request, in order


def communedata(recording, output, **parameters):
    import processing

    feedback = LogFeedback()
    recording.services.requests.clear()
    results = processing.run(
        "camera_coverage:communedata",
        {"INSEE": EPINAY, "OUTPUT": str(output), "REFRESH": True, **parameters},
        feedback=feedback,
    )
    return Run(results, feedback.text, output, list(recording.services.requests))


def layer(package, name):
    found = QgsVectorLayer(f"{package}|layername={name}", name, "ogr")
    assert found.isValid(), f"{name} missing from {package}"
    return found


def buildings(package):
    return list(layer(package, "buildings").getFeatures())


def sources(package):
    rows = layer(package, "sources").getFeatures()
    return [dict(zip(SOURCE_FIELDS, (row[name] for name in SOURCE_FIELDS))) for row in rows]


def wfs_starts(run, path=WFS_PATH):
    return [int(r.query["STARTINDEX"][0]) for r in run.requests if r.path == path]


def recorded_in_box(query):
    """How many recorded buildings the WFS matches for a request's BBOX."""
    west, south, east, north = wfs_box(query)
    return sum(
        b.bounds[0] <= east
        and b.bounds[2] >= west
        and b.bounds[1] <= north
        and b.bounds[3] >= south
        for b in bdtopo_buildings()
    )


def null(value):
    return value is None or value == "" or str(value) == "NULL"


@pytest.fixture(scope="module")
def bdtopo(plugin, epinay_services, tmp_path_factory):
    """One run of communedata on 91216 with BD TOPO's buildings."""
    epinay_services.reset()
    package = tmp_path_factory.mktemp("bdtopo") / "epinay.gpkg"
    return communedata(epinay_services, package, BUILDINGS_SOURCE=BDTOPO)


# --- BD TOPO read ---------------------------------------------------------------------------------


def test_buildings_within_reach_with_heights_and_uses(bdtopo, epinay_services):
    expected = epinay_services.expected
    written = buildings(bdtopo.package)
    assert len(written) == expected["bdtopo_within_reach"] == 2984
    heights = [f["hauteur"] for f in written if not null(f["hauteur"])]
    assert len(heights) == expected["bdtopo_with_height"]
    assert sum(height == 20.0 for height in heights) == expected["bdtopo_towers"] == 6
    assert min(heights) >= 2.5 and max(heights) == 20.0
    assert Counter(f["usage_1"] for f in written) == expected["bdtopo_usages"]
    assert sum(f["nombre_de_logements"] for f in written) == expected["bdtopo_dwellings"]
    cleabs = [f["cleabs"] for f in written]
    assert len(set(cleabs)) == len(cleabs) and all(c.startswith("BATIMENT") for c in cleabs)
    # The cadastre's own fields stay empty.
    assert all(null(f["type"]) and null(f["nom"]) and null(f["commune"]) for f in written)


def test_the_buildings_are_flat(bdtopo):
    buildings_layer = layer(bdtopo.package, "buildings")
    assert not QgsWkbTypes.hasZ(buildings_layer.wkbType())
    assert all(not f.geometry().constGet().is3D() for f in buildings_layer.getFeatures())
    assert all(f.geometry().area() > 0 for f in buildings_layer.getFeatures())


def test_every_page_of_the_box_is_asked_once(bdtopo):
    asked = [r for r in bdtopo.requests if r.path == WFS_PATH]
    matched = recorded_in_box(asked[0].query)
    assert matched > 2000  # more than two pages: paging has work to do
    assert wfs_starts(bdtopo) == list(range(0, matched, 1000))
    assert len(asked) == math.ceil(matched / 1000)
    assert all(r.query["COUNT"] == ["1000"] for r in asked)
    assert len({r.query["BBOX"][0] for r in asked}) == 1


def test_the_osm_use_is_joined_to_bd_topos_buildings(bdtopo, epinay_services):
    origin = {b.cleabs: b.commune for b in bdtopo_buildings()}
    epinays = [f for f in buildings(bdtopo.package) if origin[f["cleabs"]] == EPINAY]
    assert len(epinays) == epinay_services.expected["bdtopo_epinay"]
    # BD TOPO's shapes here are the cadastre's: the same uses join.
    used = [f["building"] for f in epinays if not null(f["building"])]
    assert len(used) == epinay_services.expected["etalab_buildings_with_osm_value"]


def test_the_cadastres_buildings_are_not_fetched(bdtopo, epinay_services):
    paths = {r.path for r in bdtopo.requests}
    near = epinay_services.expected["near_communes"]
    assert commune_path(EPINAY, "parcelles") in paths
    assert {commune_path(code, "parcelles") for code in near} <= paths
    assert not {commune_path(code, "batiments") for code in [EPINAY, *near]} & paths
    assert set(bdtopo.results["NEIGHBOURS"].split(", ")) == set(near)


def test_the_sources_table_credits_ign_once(bdtopo, epinay_services):
    rows = sources(bdtopo.package)
    ign = [row for row in rows if row["licence"] == "Licence Ouverte 2.0 (IGN)"]
    (row,) = ign
    assert "IGN, BD TOPO®" in row["source"]
    assert row["features"] == epinay_services.expected["bdtopo_within_reach"]
    assert row["status"] == "ok" and row["retrieved"]
    pages = len(wfs_starts(bdtopo))
    assert f"{pages} WFS page" in row["source"]
    url = urlsplit(row["url"])
    assert url.path == WFS_PATH and "STARTINDEX=0" in url.query
    assert not [r for r in rows if "Buildings" in r["source"] and "Etalab" in r["source"]]
    assert not bdtopo.results["UNREACHABLE"]


def test_the_log_tells_the_pages(bdtopo):
    pages = len(wfs_starts(bdtopo))
    assert f"page {pages}" in bdtopo.log
    assert f"BD TOPO: 2984 buildings within {NEIGHBOURS_M:g} m of the commune" in bdtopo.log


# --- A busy WFS, a WFS down, no WFS --------------------------------------------------------------


def test_a_busy_page_is_asked_again(services, tmp_path):
    # A path of its own: no copy of its pages in any cache.
    services.services.route_query(BUSY_PATH, RecordedWfs({1000: [WFS_UNAVAILABLE]}))
    busy = services.services.url + BUSY_PATH
    run = communedata(services, tmp_path / "busy.gpkg", BUILDINGS_SOURCE=BDTOPO, WFS_URL=busy)
    starts = wfs_starts(run, BUSY_PATH)
    assert starts.count(1000) == 2 and starts.count(0) == 1
    assert len(buildings(run.package)) == services.expected["bdtopo_within_reach"]
    retried = [line for line in run.log.splitlines() if "page 2" in line and "503" in line]
    assert retried, [line for line in run.log.splitlines() if "WFS" in line or "page" in line]


def test_the_wfs_down_leaves_the_cadastres_buildings_and_says_so(services, tmp_path):
    services.services.route(DOWN_PATH, WFS_UNAVAILABLE)
    down = services.services.url + DOWN_PATH
    run = communedata(services, tmp_path / "down.gpkg", BUILDINGS_SOURCE=BDTOPO, WFS_URL=down)
    assert len(wfs_starts(run, DOWN_PATH)) == 4  # the Downloader's tries, then given up
    expected = services.expected
    written = buildings(run.package)
    communes = Counter(f["commune"] for f in written)
    assert communes[EPINAY] == expected["buildings"][EPINAY]
    assert set(communes) == {EPINAY, *expected["near_communes"]}
    assert all(null(f["hauteur"]) and null(f["cleabs"]) for f in written)
    (row,) = [r for r in sources(run.package) if r["licence"] == "Licence Ouverte 2.0 (IGN)"]
    assert row["status"] != "ok" and "busy or unreachable" in row["status"]
    assert row["features"] == 0
    assert "IGN, BD TOPO®" in run.results["UNREACHABLE"]
    assert "BD TOPO could not be read" in run.log


def test_bd_topo_from_a_file_saved_from_the_wfs(services, tmp_path):
    environ = write_offline_folder(tmp_path / "offline")
    run = communedata(
        services,
        tmp_path / "offline.gpkg",
        BUILDINGS_SOURCE=BDTOPO,
        WFS_URL=environ["CAMERA_COVERAGE_WFS_URL"],
    )
    assert not wfs_starts(run)
    written = buildings(run.package)
    assert len(written) == services.expected["bdtopo_within_reach"]
    assert Counter(f["usage_1"] for f in written) == services.expected["bdtopo_usages"]
