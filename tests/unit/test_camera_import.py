"""Features of each source kind to cameras or one rejection."""

import pytest

from camera_coverage.core.camera_import import (
    ImportOptions,
    import_feature,
    source_kind,
    table_point,
)
from camera_coverage.core.camera_tags import Rejection


@pytest.mark.parametrize(
    "names, kind",
    [
        (["osm_id", "name", "man_made", "other_tags"], "ogr_osm"),
        (["@id", "man_made", "camera:direction"], "overpass"),
        (["osm_id", "osm_type", "man_made", "camera:direction"], "quickosm"),
        (["Code postal", "Numéro", "lon", "lat"], "table"),
    ],
)
def test_source_kind(names, kind):
    assert source_kind(names) == kind


def test_ogr_osm_point_with_other_tags():
    row = {
        "osm_id": "6482706099",
        "man_made": "surveillance",
        "other_tags": '"surveillance:type"=>"camera","direction"=>"0","camera:type"=>"fixed"',
    }
    (camera,), defaulted = import_feature("ogr_osm", row, 7, ImportOptions())
    assert camera.direction == 0.0
    assert camera.source_ref == "node/6482706099"
    assert camera.camera_id == "node/6482706099"
    assert defaulted == ("fov", "range_m")


def test_other_map_objects_of_an_osm_source_are_rejected():
    row = {"osm_id": "1", "name": "Boulangerie", "man_made": None, "other_tags": '"shop"=>"bakery"'}
    rejection, _ = import_feature("ogr_osm", row, 1, ImportOptions())
    assert isinstance(rejection, Rejection)
    assert rejection.message.code == "not_surveillance"


def test_broken_other_tags_are_a_rejection_not_a_crash():
    row = {"osm_id": "1", "man_made": "surveillance", "other_tags": '"camera:direction"=>'}
    rejection, _ = import_feature("ogr_osm", row, 3, ImportOptions())
    assert rejection.message.code == "tags_unreadable"


def test_overpass_feature_with_list_of_directions():
    row = {"@id": "node/42", "man_made": "surveillance", "camera:direction": "90;270"}
    cameras, _ = import_feature("overpass", row, 0, ImportOptions())
    assert [(c.camera_id, c.direction) for c in cameras] == [
        ("node/42-1", 90.0),
        ("node/42-2", 270.0),
    ]


def test_quickosm_layer_with_tags_as_fields():
    row = {
        "osm_id": 9,
        "osm_type": "node",
        "man_made": "surveillance",
        "camera:direction": "NNW",
        "camera:type": "dome",
        "height": "4,5 m",
    }
    (camera,), _ = import_feature("quickosm", row, 0, ImportOptions())
    assert camera.source_ref == "node/9"
    assert camera.direction == 337.5
    assert camera.height_m == 4.5


def test_table_with_named_fields_and_east_counter_clockwise_angles():
    options = ImportOptions(
        id_field="num",
        direction_field="angle",
        type_field="genre",
        height_field="haut",
        convention="ccw_east",
    )
    row = {"num": 12, "angle": 0, "genre": "fixed", "haut": "6", "direction": "123"}
    (camera,), _ = import_feature("table", row, 5, options)
    assert camera.camera_id == "12"
    assert camera.direction == 90.0  # east, counter-clockwise convention
    assert camera.camera_type == "fixed"
    assert camera.height_m == 6.0


def test_table_points_with_decimal_commas():
    assert table_point({"x": "2,35", "y": "48,89"}, "x", "y") == ((2.35, 48.89), None)
    point, problem = table_point({"x": "", "y": "48.89"}, "x", "y")
    assert point is None and problem.code == "coordinates_unreadable"
