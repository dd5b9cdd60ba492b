"""BD TOPO's buildings through the Géoplateforme's WFS: the page addresses
(latitude first in the box, as WFS 2.0 reads EPSG:4326 given as a URN),
pages written by hand in GeoServer's GeoJSON layout (MultiPolygon Z,
numberMatched/numberReturned/totalFeatures), and the paging: every page
read, never one too many, never for ever."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
import shapely

from camera_coverage.core.bdtopo import (
    WFS_DEFAULT,
    WfsError,
    next_start,
    read_page,
    wfs_base,
    wfs_page_url,
    wfs_pages,
)


def building(cleabs, ring, hauteur=7.5, usage="Résidentiel", z=84.2):
    """A BD TOPO batiment feature as the Géoplateforme sends it."""
    return {
        "type": "Feature",
        "id": f"batiment.{cleabs}",
        "geometry": {
            "type": "MultiPolygon",
            "coordinates": [[[[lon, lat, z] for lon, lat in ring]]],
        },
        "geometry_name": "geometrie",
        "properties": {
            "cleabs": cleabs,
            "nature": "Indifférenciée",
            "usage_1": usage,
            "usage_2": None,
            "nombre_de_logements": 1 if usage == "Résidentiel" else None,
            "nombre_d_etages": 2,
            "hauteur": hauteur,
        },
    }


SQUARE = [(2.3301, 48.6701), (2.3302, 48.6701), (2.3302, 48.6702), (2.3301, 48.6702)]
SQUARE = SQUARE + SQUARE[:1]


def page(features, matched="same", returned="same", total="same"):
    """GeoServer's FeatureCollection; "same" = the number of features."""
    document = {"type": "FeatureCollection", "features": features}
    for name, value in (("totalFeatures", total), ("numberMatched", matched)):
        if value is not None:
            document[name] = len(features) if value == "same" else value
    if returned is not None:
        document["numberReturned"] = len(features) if returned == "same" else returned
    document["timeStamp"] = "2026-12-01T10:00:00.000Z"
    document["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4326"}}
    return json.dumps(document, ensure_ascii=False).encode()


def shifted(k):
    return [(lon + 0.001 * k, lat) for lon, lat in SQUARE]


# --- Addresses ----------------------------------------------------------------------------------


def test_page_url_asks_for_the_buildings_of_a_box_latitude_first():
    url = wfs_page_url("https://data.geopf.fr/wfs/ows", 48.6641, 2.2953, 48.6956, 2.3415, 2000)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "data.geopf.fr", "/wfs/ows")
    assert parse_qs(parts.query) == {
        "SERVICE": ["WFS"],
        "VERSION": ["2.0.0"],
        "REQUEST": ["GetFeature"],
        "TYPENAMES": ["BDTOPO_V3:batiment"],
        "OUTPUTFORMAT": ["application/json"],
        "SRSNAME": ["EPSG:4326"],
        "BBOX": ["48.6641000,2.2953000,48.6956000,2.3415000,urn:ogc:def:crs:EPSG::4326"],
        "COUNT": ["1000"],
        "STARTINDEX": ["2000"],
    }


def test_page_url_keeps_a_query_of_the_base_and_takes_a_count():
    url = wfs_page_url("https://mirror.example/wfs?apikey=abc", -21.2, 55.2, -20.9, 55.8, 0, 500)
    assert url.startswith("https://mirror.example/wfs?apikey=abc&SERVICE=WFS&")
    query = parse_qs(urlsplit(url).query)
    assert query["apikey"] == ["abc"]
    assert query["COUNT"] == ["500"] and query["STARTINDEX"] == ["0"]
    box = "-21.2000000,55.2000000,-20.9000000,55.8000000,urn:ogc:def:crs:EPSG::4326"
    assert query["BBOX"] == [box]


@pytest.mark.parametrize(
    "box, start, count",
    [
        ((48.7, 2.3, 48.6, 2.4), 0, 1000),  # south above north
        ((48.6, 2.4, 48.7, 2.3), 0, 1000),  # west east of east
        ((float("nan"), 2.3, 48.7, 2.4), 0, 1000),
        ((48.6, 2.3, 91.0, 2.4), 0, 1000),
        ((48.6, 2.3, 48.7, 2.4), -1, 1000),
        ((48.6, 2.3, 48.7, 2.4), 0, 0),
        ((48.6, 2.3, 48.7, 2.4), 1.5, 1000),
    ],
)
def test_page_url_refuses_what_is_not_a_box_or_a_page(box, start, count):
    with pytest.raises(ValueError):
        wfs_page_url(WFS_DEFAULT, *box, start, count)


def test_the_base_is_the_environments_or_the_geoplateforme():
    assert wfs_base({}) == "https://data.geopf.fr/wfs/ows"
    assert wfs_base({"CAMERA_COVERAGE_WFS_URL": "  "}) == "https://data.geopf.fr/wfs/ows"
    assert wfs_base({"CAMERA_COVERAGE_WFS_URL": "http://127.0.0.1:8000/wfs/ows/"}) == (
        "http://127.0.0.1:8000/wfs/ows"
    )


# --- Reading a page -----------------------------------------------------------------------------


def test_a_page_gives_2d_geometries_rows_and_counts():
    features = [
        building("BATIMENT0000000241720537", SQUARE),
        building("BATIMENT0000000241720538", shifted(1), hauteur=None, usage="Annexe"),
    ]
    geometries, rows, matched, returned = read_page(page(features, matched=2345, total=2345))
    assert (matched, returned) == (2345, 2)
    assert not shapely.has_z(geometries).any()
    assert shapely.equals(geometries[0], shapely.MultiPolygon([shapely.Polygon(SQUARE)]))
    assert [row["cleabs"] for row in rows] == [
        "BATIMENT0000000241720537",
        "BATIMENT0000000241720538",
    ]
    assert rows[0]["hauteur"] == 7.5 and rows[1]["hauteur"] is None
    assert rows[1]["usage_1"] == "Annexe" and rows[0]["nombre_de_logements"] == 1


def test_lon_lat_as_geojson_writes_them():
    (geometry,), _, _, _ = read_page(page([building("BATIMENT1", SQUARE)]))
    lon, lat = geometry.centroid.x, geometry.centroid.y
    assert lon == pytest.approx(2.33015) and lat == pytest.approx(48.67015)


def test_unknown_matched_count_is_none_and_total_features_stands_in():
    features = [building("BATIMENT1", SQUARE)]
    assert read_page(page(features, matched="unknown", total="unknown")).number_matched is None
    assert read_page(page(features, matched=None, total=None)).number_matched is None
    assert read_page(page(features, matched=None, total=1500)).number_matched == 1500
    assert read_page(page(features, matched=None, total=None, returned=None)).number_returned == 1


def test_a_feature_without_geometry_keeps_its_row():
    feature = building("BATIMENT1", SQUARE)
    feature["geometry"] = None
    geometries, rows, _, returned = read_page(page([feature]))
    assert geometries[0] is None and rows[0]["cleabs"] == "BATIMENT1" and returned == 1


@pytest.mark.parametrize(
    "content",
    [
        b'<?xml version="1.0"?><ows:ExceptionReport><ows:Exception exceptionCode="Invalid'
        b'ParameterValue"><ows:ExceptionText>Illegal bbox</ows:ExceptionText></ows:Exception>'
        b"</ows:ExceptionReport>",
        page([building("BATIMENT1", SQUARE)])[:-40],  # cut off
        b'{"type": "Feature", "geometry": null, "properties": {}}',
        b"",
        b"[]",
        b'{"type": "FeatureCollection", "features": {}}',
    ],
)
def test_what_is_not_a_page_is_refused(content):
    with pytest.raises(WfsError):
        read_page(content)


def test_the_exception_text_is_in_the_message():
    report = (
        b'<ows:ExceptionReport><ows:Exception exceptionCode="InvalidParameterValue">'
        b"<ows:ExceptionText>Feature type BDTOPO_V3:batiment unknown</ows:ExceptionText>"
        b"</ows:Exception></ows:ExceptionReport>"
    )
    with pytest.raises(WfsError, match="Feature type BDTOPO_V3:batiment unknown"):
        read_page(report)


def test_a_page_holding_fewer_features_than_it_says_is_refused():
    with pytest.raises(WfsError, match="returns 3 features but holds 2"):
        read_page(page([building("B1", SQUARE), building("B2", shifted(1))], returned=3))


# --- When to stop -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "start, count, matched, returned, expected",
    [
        (0, 1000, 2345, 1000, 1000),
        (1000, 1000, 2345, 1000, 2000),
        (2000, 1000, 2345, 345, None),  # the last page
        (0, 1000, 1000, 1000, None),  # exactly one full page
        (0, 1000, 0, 0, None),  # nothing in the box
        (0, 1000, 2345, 500, 500),  # the server serves 500 at most: go on from 500
        (0, 1000, None, 1000, 1000),  # not said how many: a full page may have a next
        (1000, 1000, None, 999, None),
        (1000, 1000, None, 0, None),
    ],
)
def test_next_start(start, count, matched, returned, expected):
    assert next_start(start, count, matched, returned) == expected


def test_an_empty_page_while_more_are_announced_is_an_error():
    with pytest.raises(WfsError, match="announces 2345 features but its page from feature 2000"):
        next_start(2000, 1000, 2345, 0)


def recorded_wfs(total, count, matched="same", ignore_start=False):
    """A WFS of `total` buildings serving pages of `count`; the starts asked."""
    features = [building(f"BATIMENT{k:016d}", shifted(k)) for k in range(total)]
    asked = []

    def fetch(start):
        asked.append(start)
        if len(asked) > 10:
            raise AssertionError(f"asked for ever: {asked}")
        first = 0 if ignore_start else start
        chosen = features[first : first + count]
        said = total if matched == "same" else matched
        return page(chosen, matched=said, total=said)

    return fetch, asked


def test_every_page_is_read_once_and_the_last_one_too():
    fetch, asked = recorded_wfs(2345, 1000)
    pages = list(wfs_pages(fetch, 1000))
    assert asked == [0, 1000, 2000]
    assert [start for start, _ in pages] == [0, 1000, 2000]
    cleabs = [row["cleabs"] for _, p in pages for row in p.rows]
    assert cleabs == [f"BATIMENT{k:016d}" for k in range(2345)]


def test_a_full_last_page_is_not_followed_by_an_empty_one():
    fetch, asked = recorded_wfs(2000, 1000)
    assert sum(len(p.rows) for _, p in wfs_pages(fetch, 1000)) == 2000
    assert asked == [0, 1000]


def test_without_a_matched_count_a_short_page_is_the_last():
    fetch, asked = recorded_wfs(2000, 1000, matched="unknown")
    assert sum(len(p.rows) for _, p in wfs_pages(fetch, 1000)) == 2000
    assert asked == [0, 1000, 2000]  # the third, empty, says it is over


def test_a_server_that_ignores_startindex_is_not_asked_for_ever():
    fetch, asked = recorded_wfs(2345, 1000, matched="unknown", ignore_start=True)
    with pytest.raises(WfsError, match="STARTINDEX"):
        list(wfs_pages(fetch, 1000))
    assert asked == [0, 1000]


def test_a_server_announcing_more_than_it_has_ends_with_an_error():
    fetch, asked = recorded_wfs(1500, 1000, matched=3000)
    with pytest.raises(WfsError, match="announces 3000 features"):
        list(wfs_pages(fetch, 1000))
    assert asked == [0, 1000, 1500]
