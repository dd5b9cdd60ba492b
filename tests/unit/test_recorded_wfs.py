"""The recorded WFS of BD TOPO's buildings (tests/recorded_services.py) is
what it claims: GeoServer's GeoJSON pages with heights of vertices, the
box read latitude first after the URN of EPSG:4326 (longitude first after
"EPSG:4326"), COUNT and STARTINDEX honoured in one stable order, an
exception report for what it cannot read, failures on the page asked;
and the server's routes by query leave its routes by path as they were."""

import json
import math
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyproj import Transformer

from tests.http_server import Answer, RecordedServices
from tests.recorded_services import (
    EPINAY,
    WFS_PATH,
    WFS_UNAVAILABLE,
    RecordedWfs,
    bdtopo_buildings,
    wfs_query_url,
    write_offline_folder,
)
from tests.services_fixture import epinay_services  # noqa: F401

# Around Épinay-sur-Orge: south, west, north, east.
EPINAY_BOX = (48.66, 2.30, 48.68, 2.34)
_TO_LAMBERT = Transformer.from_crs(4326, 2154, always_xy=True)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture()
def wfs(epinay_services):  # noqa: F811
    epinay_services.reset()
    yield epinay_services
    epinay_services.reset()


def wfs_url(recording):
    return recording.environ["CAMERA_COVERAGE_WFS_URL"]


def in_box(box):
    """The recorded buildings whose bounds meet (south, west, north, east)."""
    south, west, north, east = box
    return [
        b
        for b in bdtopo_buildings()
        if b.bounds[0] <= east
        and b.bounds[2] >= west
        and b.bounds[1] <= north
        and b.bounds[3] >= south
    ]


def test_the_buildings_are_bd_topos_with_heights_of_vertices():
    buildings = bdtopo_buildings()
    assert len({b.cleabs for b in buildings}) == len(buildings)
    assert all(len(b.cleabs) == 24 and b.cleabs.startswith("BATIMENT") for b in buildings)
    assert [b.cleabs for b in buildings] == sorted(b.cleabs for b in buildings)
    feature = json.loads(buildings[0].feature)
    assert feature["geometry"]["type"] == "MultiPolygon"
    assert all(
        len(position) == 3
        for polygon in feature["geometry"]["coordinates"]
        for ring in polygon
        for position in ring
    )
    usages = {b.properties["usage_1"] for b in buildings}
    assert usages == {"Résidentiel", "Commercial et services", "Annexe"}
    heights = [b.properties["hauteur"] for b in buildings if b.properties["hauteur"] is not None]
    assert min(heights) >= 2.5 and max(heights) == 20.0
    assert 0 < sum(b.properties["hauteur"] is None for b in buildings) < len(buildings) / 10


def test_annexes_are_small_and_low_and_towers_are_in_epinay():
    for b in bdtopo_buildings():
        geometry = shapely.geometry.shape(json.loads(b.feature)["geometry"])
        area = shapely.area(
            shapely.transform(geometry, lambda xy: np.column_stack(_TO_LAMBERT.transform(*xy.T)))
        )
        height = b.properties["hauteur"]
        if b.properties["usage_1"] == "Annexe":
            assert area < 40 and (height is None or 2.5 <= height <= 3.5)
        elif height == 20.0:
            assert b.commune == EPINAY and b.properties["nombre_de_logements"] == 40
        elif height is not None:
            assert 6.0 <= height <= 9.0


def test_pages_of_a_box_latitude_first(wfs):
    expected = in_box(EPINAY_BOX)
    assert 1000 < len(expected) < len(bdtopo_buildings()) / 2
    cleabs = []
    for start in range(0, len(expected) + 1000, 1000):
        status, body = get(wfs_query_url(wfs_url(wfs), EPINAY_BOX, start))
        assert status == 200
        page = json.loads(body)
        assert page["numberMatched"] == page["totalFeatures"] == len(expected)
        served = max(0, min(1000, len(expected) - start))  # past the last: none
        assert page["numberReturned"] == len(page["features"]) == served
        assert page["crs"]["properties"]["name"] == "urn:ogc:def:crs:EPSG::4326"
        cleabs += [f["properties"]["cleabs"] for f in page["features"]]
    assert cleabs == [b.cleabs for b in expected]
    assert wfs.services.hits(WFS_PATH) == math.ceil(len(expected) / 1000) + 1


def test_the_box_longitude_first_is_another_box(wfs):
    south, west, north, east = EPINAY_BOX
    swapped = wfs_query_url(wfs_url(wfs), (west, south, east, north), 0)
    assert json.loads(get(swapped)[1])["numberMatched"] == 0
    lon_lat = swapped.replace("urn:ogc:def:crs:EPSG::4326", "EPSG:4326")
    assert json.loads(get(lon_lat)[1])["numberMatched"] == len(in_box(EPINAY_BOX))


@pytest.mark.parametrize(
    "old, new",
    [
        ("TYPENAMES=BDTOPO_V3:batiment", "TYPENAMES=BDTOPO_V3:route"),
        ("VERSION=2.0.0", "VERSION=1.1.0"),
        (",urn:ogc:def:crs:EPSG::4326", ""),
        ("COUNT=1000", "COUNT=all"),
    ],
)
def test_what_the_wfs_cannot_read_gets_an_exception_report(wfs, old, new):
    url = wfs_query_url(wfs_url(wfs), EPINAY_BOX, 0)
    assert old in url
    status, body = get(url.replace(old, new))
    assert status == 400 and b"ows:ExceptionReport" in body


def test_a_page_fails_as_asked_then_is_served(wfs):
    wfs.services.route_query(WFS_PATH, RecordedWfs({1000: [WFS_UNAVAILABLE, WFS_UNAVAILABLE]}))
    url = wfs_url(wfs)
    assert get(wfs_query_url(url, EPINAY_BOX, 0))[0] == 200
    assert [get(wfs_query_url(url, EPINAY_BOX, 1000))[0] for _ in range(3)] == [503, 503, 200]
    wfs.reset()
    assert get(wfs_query_url(url, EPINAY_BOX, 1000))[0] == 200


def test_a_route_by_path_replaces_the_route_by_query_until_reset(wfs):
    url = wfs_query_url(wfs_url(wfs), EPINAY_BOX, 0)
    wfs.services.route(WFS_PATH, Answer(b"down", 503))
    assert get(url) == (503, b"down")
    wfs.reset()
    assert get(url)[0] == 200


def test_routes_by_query_answer_by_the_query():
    services = RecordedServices().start()
    try:
        services.route("/plain", Answer(b"plain"))
        services.route_query("/echo", lambda query: Answer(query["q"][0].encode()))
        assert get(f"{services.url}/echo?q=one")[1] == b"one"
        assert get(f"{services.url}/echo?q=two")[1] == b"two"
        assert get(f"{services.url}/plain?q=one")[1] == b"plain"
        assert services.hits("/echo") == 2
        services.route("/echo", Answer(b"fixed"))
        assert get(f"{services.url}/echo?q=three")[1] == b"fixed"
        assert get(f"{services.url}/elsewhere")[0] == 404
    finally:
        services.stop()


def test_the_offline_copy_is_every_building_in_one_page(tmp_path):
    environ = write_offline_folder(tmp_path)
    page = json.loads(Path(environ["CAMERA_COVERAGE_WFS_URL"]).read_bytes())
    assert page["numberMatched"] == page["numberReturned"] == len(bdtopo_buildings())
    assert [f["properties"]["cleabs"] for f in page["features"]] == [
        b.cleabs for b in bdtopo_buildings()
    ]
