"""The Overpass query of a commune's box and the reading of its answer: an
answer written by hand in the real Overpass layout (a building way, a
multipolygon with a hole, broken rings, nodes without coordinates), failed
queries, and the cameras handed to the importer as overpass-turbo GeoJSON."""

import json
import math

import pytest
import shapely

from camera_coverage.core.camera_import import ImportOptions, import_feature, source_kind
from camera_coverage.core.osm_tags import geojson_tags
from camera_coverage.core.overpass import (
    OsmNode,
    OverpassError,
    cameras_feature_collection,
    overpass_query,
    read_answer,
)


def test_query_of_a_box():
    assert overpass_query(48.6641, 2.2953, 48.6956, 2.3415) == (
        "[out:json][timeout:180];\n"
        "(\n"
        '  node["man_made"="surveillance"](48.6641000,2.2953000,48.6956000,2.3415000);\n'
        '  node["entrance"](48.6641000,2.2953000,48.6956000,2.3415000);\n'
        '  way["building"](48.6641000,2.2953000,48.6956000,2.3415000);\n'
        '  relation["building"](48.6641000,2.2953000,48.6956000,2.3415000);\n'
        ");\n"
        "out body geom;\n"
    )


def test_query_rounds_to_7_decimals_and_takes_a_timeout():
    query = overpass_query(-21.123456789, 55.2, -20.9, 55.87654321, timeout_s=60)
    assert query.startswith("[out:json][timeout:60];\n")
    assert "(-21.1234568,55.2000000,-20.9000000,55.8765432)" in query


@pytest.mark.parametrize(
    "box",
    [
        (math.nan, 2.3, 48.7, 2.4),
        (48.6, 2.3, 48.7, math.inf),
        (48.7, 2.3, 48.6, 2.4),  # south above north
        (48.6, 2.4, 48.7, 2.3),  # west east of east
        (-91.0, 2.3, 48.7, 2.4),
        (48.6, 2.3, 90.5, 2.4),
        (48.6, -181.0, 48.7, 2.4),
    ],
)
def test_a_box_that_is_not_one_is_refused(box):
    with pytest.raises(ValueError, match="bounding box"):
        overpass_query(*box)


@pytest.mark.parametrize("timeout", [0, -5, 2.5])
def test_a_timeout_that_is_not_a_positive_number_of_seconds_is_refused(timeout):
    with pytest.raises(ValueError, match="timeout"):
        overpass_query(48.6, 2.3, 48.7, 2.4, timeout_s=timeout)


def _points(*lon_lat):
    return [{"lat": lat, "lon": lon} for lon, lat in lon_lat]


def _bounds(*lon_lat):
    lons, lats = zip(*lon_lat)
    return {"minlat": min(lats), "minlon": min(lons), "maxlat": max(lats), "maxlon": max(lons)}


HOUSE = ((2.0, 48.0), (2.5, 48.0), (2.5, 48.5), (2.0, 48.5), (2.0, 48.0))
# A bow tie: two triangles of 0.25 square degrees meeting at (5.5, 48.5).
BOW_TIE = ((5.0, 48.0), (6.0, 49.0), (6.0, 48.0), (5.0, 49.0), (5.0, 48.0))
# The outer ring of the relation, cut into two ways; its hole in one.
OUTER_SOUTH = ((3.0, 49.0), (3.0, 48.0), (4.0, 48.0))
OUTER_NORTH = ((4.0, 48.0), (4.0, 49.0), (3.0, 49.0))
HOLE = ((3.25, 48.25), (3.75, 48.25), (3.75, 48.75), (3.25, 48.75), (3.25, 48.25))
CAMERA_TAGS = {
    "man_made": "surveillance",
    "surveillance:type": "camera",
    "camera:direction": "NE",
    "camera:type": "fixed",
}


def _way(osm_id, points, tags):
    return {
        "type": "way",
        "id": osm_id,
        "bounds": _bounds(*points),
        "nodes": list(range(100 * osm_id, 100 * osm_id + len(points))),
        "geometry": _points(*points),
        "tags": tags,
    }


def _member(ref, role, points):
    return {"type": "way", "ref": ref, "role": role, "geometry": _points(*points)}


ANSWER = {
    "version": 0.6,
    "generator": "Overpass API 0.7.62",
    "osm3s": {
        "timestamp_osm_base": "2026-12-01T10:00:00Z",
        "copyright": "The data included in this document is from www.openstreetmap.org. "
        "The data is made available under ODbL.",
    },
    "elements": [
        {"type": "node", "id": 1, "lat": 48.6, "lon": 2.3, "tags": CAMERA_TAGS},
        {"type": "node", "id": 2, "lat": 48.61, "lon": 2.31, "tags": {"entrance": "main"}},
        {
            "type": "node",
            "id": 3,
            "lat": 48.62,
            "lon": 2.32,
            "tags": {"man_made": "surveillance", "entrance": "yes"},
        },
        {"type": "node", "id": 4, "lat": math.nan, "lon": 2.33, "tags": CAMERA_TAGS},
        {"type": "node", "id": 5, "lat": 48.64, "tags": {"entrance": "yes"}},
        {"type": "node", "id": 6, "lat": 48.65, "lon": 2.35, "tags": {"amenity": "bench"}},
        _way(10, HOUSE, {"building": "house"}),
        {
            "type": "relation",
            "id": 20,
            "bounds": _bounds(*OUTER_SOUTH, *OUTER_NORTH),
            "members": [
                _member(21, "outer", OUTER_SOUTH),
                {"type": "node", "ref": 29, "role": "label", "lat": 48.5, "lon": 3.5},
                _member(22, "inner", HOLE),
                # No role: an outer ring, as the OSM wiki reads it.
                _member(23, "", OUTER_NORTH),
            ],
            "tags": {"type": "multipolygon", "building": "apartments"},
        },
        # Not closed: the last point is not the first.
        _way(30, ((7.0, 48.0), (7.5, 48.0), (7.5, 48.5), (7.0, 48.5)), {"building": "yes"}),
        _way(31, BOW_TIE, {"building": "garage"}),
        # A relation whose outer ring stays open.
        {
            "type": "relation",
            "id": 40,
            "bounds": _bounds(*OUTER_SOUTH),
            "members": [_member(41, "outer", OUTER_SOUTH)],
            "tags": {"type": "multipolygon", "building": "yes"},
        },
        # One closed outer ring and one left open: not half a building.
        {
            "type": "relation",
            "id": 45,
            "members": [_member(46, "outer", HOUSE), _member(47, "outer", OUTER_SOUTH)],
            "tags": {"type": "multipolygon", "building": "yes"},
        },
        # A way with a point Overpass could not place.
        {**_way(50, HOUSE, {"building": "yes"}), "geometry": [*_points(*HOUSE[:4]), None]},
        # Collapsed: all its points on one line.
        _way(51, ((8.0, 48.0), (8.5, 48.0), (9.0, 48.0), (8.0, 48.0)), {"building": "yes"}),
        # A type=building relation is not an area of its own.
        {
            "type": "relation",
            "id": 60,
            "members": [_member(61, "outline", HOUSE)],
            "tags": {"type": "building", "building": "yes"},
        },
    ],
}


@pytest.fixture(params=["dict", "str", "bytes"])
def answer(request):
    text = json.dumps(ANSWER)
    return {"dict": ANSWER, "str": text, "bytes": text.encode()}[request.param]


def test_cameras_and_entrances(answer):
    osm = read_answer(answer)
    assert osm.cameras == [
        OsmNode(2.3, 48.6, CAMERA_TAGS, "node/1"),
        (2.32, 48.62, {"man_made": "surveillance", "entrance": "yes"}, "node/3"),
    ]
    assert osm.entrances == [
        (2.31, 48.61, {"entrance": "main"}, "node/2"),
        (2.32, 48.62, {"man_made": "surveillance", "entrance": "yes"}, "node/3"),
    ]
    # Node 4 (latitude NaN) and node 5 (no longitude); the bench is neither.
    assert osm.skipped_nodes == 2
    assert osm.timestamp == "2026-12-01T10:00:00Z"


def test_buildings(answer):
    osm = read_answer(answer)
    assert osm.building_refs == ["way/10", "relation/20", "way/31"]
    assert osm.building_values == ["house", "apartments", "garage"]
    # 0.5 x 0.5; 1 x 1 minus the 0.5 x 0.5 hole; two triangles of 0.25.
    assert shapely.area(osm.buildings).tolist() == pytest.approx([0.25, 0.75, 0.5])
    assert osm.buildings.dtype == object
    assert shapely.is_valid(osm.buildings).all()
    house, block, garage = osm.buildings
    assert house.equals(shapely.Polygon(HOUSE))
    assert block.equals(shapely.box(3.0, 48.0, 4.0, 49.0).difference(shapely.Polygon(HOLE)))
    assert len(block.interiors) == 1
    assert garage.geom_type == "MultiPolygon"
    # Way 30 (open), relations 40 and 45 (an open outer), way 50 (a null
    # point), way 51 (no area), relation 60 (not a multipolygon).
    assert osm.skipped_buildings == 6


def test_an_answer_without_timestamp_or_elements_of_interest():
    osm = read_answer({"version": 0.6, "elements": []})
    assert (osm.cameras, osm.entrances, osm.building_values, osm.timestamp) == ([], [], [], None)
    assert len(osm.buildings) == 0
    assert (osm.skipped_nodes, osm.skipped_buildings) == (0, 0)


def test_a_query_that_ran_out_of_time_is_an_error():
    answer = {
        "version": 0.6,
        "generator": "Overpass API 0.7.62",
        "osm3s": ANSWER["osm3s"],
        "elements": [],
        "remark": 'runtime error: Query timed out in "query" at line 4 after 181 seconds.',
    }
    with pytest.raises(OverpassError, match="Query timed out"):
        read_answer(json.dumps(answer).encode())


def test_a_runtime_remark_is_not_an_error():
    answer = {"version": 0.6, "elements": [], "remark": "runtime remark: nothing to report"}
    assert read_answer(answer).cameras == []


@pytest.mark.parametrize(
    "answer, reason",
    [
        (b"<html><body>429 Too Many Requests</body></html>", "not JSON"),
        ("", "not JSON"),
        (b"\xff\xfe{", "not JSON"),
        ('{"version": 0.6}', "no list of elements"),
        ('{"elements": {}}', "no list of elements"),
        ("[]", "no list of elements"),
        ({"elements": [1]}, "element 0"),
    ],
)
def test_what_is_not_an_overpass_answer(answer, reason):
    with pytest.raises(OverpassError, match=reason):
        read_answer(answer)
    assert issubclass(OverpassError, ValueError)


def test_cameras_as_overpass_turbo_geojson():
    cameras = read_answer(ANSWER).cameras
    collection = cameras_feature_collection(cameras)
    assert collection == {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": "node/1",
                "properties": {**CAMERA_TAGS, "@id": "node/1"},
                "geometry": {"type": "Point", "coordinates": [2.3, 48.6]},
            },
            {
                "type": "Feature",
                "id": "node/3",
                "properties": {"man_made": "surveillance", "entrance": "yes", "@id": "node/3"},
                "geometry": {"type": "Point", "coordinates": [2.32, 48.62]},
            },
        ],
    }
    assert json.loads(json.dumps(collection, allow_nan=False)) == collection


def test_the_importer_reads_the_cameras_back():
    (feature,) = cameras_feature_collection([(2.3, 48.6, CAMERA_TAGS, "node/1")])["features"]
    properties = feature["properties"]
    assert source_kind(properties) == "overpass"
    (camera,), _ = import_feature("overpass", properties, 0, ImportOptions())
    assert (camera.camera_id, camera.source_ref, camera.direction) == ("node/1", "node/1", 45.0)
    assert camera.camera_type == "fixed"


def test_every_tag_survives_the_importer_type_and_id_included():
    tags = {
        "man_made": "surveillance",
        "type": "camera",
        "id": "CAM-17",
        "tags": "unusual key",
        "direction": "200",
        "operator": "Ville d'Épinay-sur-Orge",
    }
    (feature,) = cameras_feature_collection([(2.3, 48.6, tags, "node/77")])["features"]
    assert geojson_tags(feature["properties"], feature["id"]) == (tags, "node/77")
    (camera,), _ = import_feature("overpass", feature["properties"], 5, ImportOptions())
    assert (camera.source_ref, camera.direction) == ("node/77", 200.0)
    assert camera.operator == "Ville d'Épinay-sur-Orge"


def test_a_tag_named_at_id_does_not_replace_the_node_reference():
    tags = {"man_made": "surveillance", "@id": "node/1"}
    (feature,) = cameras_feature_collection([(2.3, 48.6, tags, "node/2")])["features"]
    assert feature["properties"]["@id"] == "node/2"
