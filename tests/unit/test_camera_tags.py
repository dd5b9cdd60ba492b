"""Camera tags as mappers really write them, against values worked out by
hand from the OSM wiki's rules."""

import csv
import math

import pytest

from camera_coverage.core.camera_tags import (
    Aim,
    NormalisedCamera,
    Rejection,
    TypeDefaults,
    UnreadableDirection,
    ccw_east_to_cw_north,
    normalise,
    parse_direction,
)
from camera_coverage.core.messages import Message, text
from camera_coverage.core.osm_tags import geojson_tags, merge_tags, parse_other_tags
from tests.conftest import SHARED_DATA

PARIS_CSV = SHARED_DATA / "paris18" / "cameras-paris-bo2019.csv"

# value -> [(direction, pan_deg), ...]; None = all round
DIRECTIONS = [
    ("0", [(0.0, 0.0)]),
    (0, [(0.0, 0.0)]),
    (0.0, [(0.0, 0.0)]),
    ("N", [(0.0, 0.0)]),
    ("n", [(0.0, 0.0)]),
    ("nord", [(0.0, 0.0)]),
    ("North", [(0.0, 0.0)]),
    ("90", [(90.0, 0.0)]),
    (240, [(240.0, 0.0)]),
    ("90°", [(90.0, 0.0)]),
    ("90 °", [(90.0, 0.0)]),
    (" 135 ", [(135.0, 0.0)]),
    ("22.5", [(22.5, 0.0)]),
    ("+45", [(45.0, 0.0)]),
    ("-90", [(270.0, 0.0)]),
    ("−90", [(270.0, 0.0)]),
    ("-10", [(350.0, 0.0)]),
    (-450, [(270.0, 0.0)]),
    ("360", [(0.0, 0.0)]),
    ("720", [(0.0, 0.0)]),
    ("400.5", [(40.5, 0.0)]),
    ("NNE", [(22.5, 0.0)]),
    ("ne", [(45.0, 0.0)]),
    ("ENE", [(67.5, 0.0)]),
    ("E", [(90.0, 0.0)]),
    ("ESE", [(112.5, 0.0)]),
    ("SE", [(135.0, 0.0)]),
    ("SSE", [(157.5, 0.0)]),
    ("S", [(180.0, 0.0)]),
    ("SSW", [(202.5, 0.0)]),
    ("sw", [(225.0, 0.0)]),
    ("WSW", [(247.5, 0.0)]),
    ("W", [(270.0, 0.0)]),
    ("WNW", [(292.5, 0.0)]),
    ("NW", [(315.0, 0.0)]),
    ("NNW", [(337.5, 0.0)]),
    ("O", [(270.0, 0.0)]),
    ("SO", [(225.0, 0.0)]),
    ("NNO", [(337.5, 0.0)]),
    ("north-east", [(45.0, 0.0)]),
    ("northeast", [(45.0, 0.0)]),
    ("North East", [(45.0, 0.0)]),
    ("south", [(180.0, 0.0)]),
    ("west", [(270.0, 0.0)]),
    ("south-south-west", [(202.5, 0.0)]),
    ("nord-est", [(45.0, 0.0)]),
    ("sud-ouest", [(225.0, 0.0)]),
    ("est", [(90.0, 0.0)]),
    ("ouest", [(270.0, 0.0)]),
    ("sud", [(180.0, 0.0)]),
    ("Nord-Ouest", [(315.0, 0.0)]),
    ("est-sud-est", [(112.5, 0.0)]),
    ("0-180", [(90.0, 180.0)]),
    ("270-90", [(0.0, 180.0)]),
    ("350-10", [(0.0, 20.0)]),
    ("10-350", [(180.0, 340.0)]),
    ("90-180", [(135.0, 90.0)]),
    ("90 - 180", [(135.0, 90.0)]),
    ("270–90", [(0.0, 180.0)]),
    ("270°-90°", [(0.0, 180.0)]),
    ("W-E", [(0.0, 180.0)]),
    ("NE-SW", [(135.0, 180.0)]),
    ("nord-est-ouest", [(157.5, 225.0)]),
    ("0-360", [(None, 0.0)]),
    ("90-450", [(None, 0.0)]),
    ("90-90", [(90.0, 0.0)]),
    ("0;90;180", [(0.0, 0.0), (90.0, 0.0), (180.0, 0.0)]),
    ("0,90", [(0.0, 0.0), (90.0, 0.0)]),
    ("12,5", [(12.0, 0.0), (5.0, 0.0)]),
    ("N; S", [(0.0, 0.0), (180.0, 0.0)]),
    ("90;", [(90.0, 0.0)]),
    ("270-90;180", [(0.0, 180.0), (180.0, 0.0)]),
    ("", []),
    ("  ", []),
    (None, []),
    (math.nan, []),
]


@pytest.mark.parametrize(("value", "expected"), DIRECTIONS)
def test_direction_values(value, expected):
    aims = parse_direction(value)
    assert [(a.direction, a.pan_deg) for a in aims] == pytest.approx(expected)


UNREADABLE_DIRECTIONS = [
    "left",
    "350--10",
    "--10",
    "-10-20",
    "10-",
    "north-east-south-east",
    "NNNE",
    "1e3",
    "90 deg",
    "0;left",
    "north-",
    "-N",
    "N-",
    "-north-east",
    math.inf,
]


@pytest.mark.parametrize("value", UNREADABLE_DIRECTIONS)
def test_unreadable_direction_values(value):
    with pytest.raises(UnreadableDirection) as raised:
        parse_direction(value)
    assert raised.value.value == value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, [(90.0, 0.0)]),  # east
        (90, [(0.0, 0.0)]),  # north
        ("180", [(270.0, 0.0)]),  # west
        ("270", [(180.0, 0.0)]),  # south
        ("-45", [(135.0, 0.0)]),  # south-east
        ("45,5", [(45.0, 0.0), (85.0, 0.0)]),
        # counter-clockwise from 0 (east) to 180 (west): the northern half
        ("0-180", [(0.0, 180.0)]),
        ("0-360", [(None, 0.0)]),
    ],
)
def test_ccw_east_convention(value, expected):
    aims = parse_direction(value, convention="ccw_east")
    assert [(a.direction, a.pan_deg) for a in aims] == pytest.approx(expected)


@pytest.mark.parametrize(("angle", "bearing"), [(0, 90), (90, 0), (180, 270), (-90, 180)])
def test_ccw_east_to_cw_north(angle, bearing):
    assert ccw_east_to_cw_north(angle) == bearing


def test_unknown_convention_is_refused():
    with pytest.raises(ValueError, match="convention"):
        parse_direction("90", convention="cw_east")


# tags -> expected (camera_id, direction, fov, range_m, pan_deg, camera_type) per camera
DEFAULTS = TypeDefaults()
CAMERAS = [
    (
        {"man_made": "surveillance", "camera:type": "fixed", "camera:direction": "0"},
        [("c", 0.0, 60.0, 30.0, 0.0, "fixed")],
    ),
    (
        {"surveillance:type": "camera", "camera:type": "fixed", "camera:direction": "N"},
        [("c", 0.0, 60.0, 30.0, 0.0, "fixed")],
    ),
    ({"camera:type": "FIXED", "direction": "nord"}, [("c", 0.0, 60.0, 30.0, 0.0, "fixed")]),
    ({"camera:type": "fixed", "direction": "240"}, [("c", 240.0, 60.0, 30.0, 0.0, "fixed")]),
    (
        {"camera:type": "fixed", "surveillance:direction": "SE"},
        [("c", 135.0, 60.0, 30.0, 0.0, "fixed")],
    ),
    # camera:direction wins over direction, which wins over surveillance:direction
    (
        {"camera:direction": "90", "direction": "180", "surveillance:direction": "270"},
        [("c", 90.0, 60.0, 30.0, 0.0, "unknown")],
    ),
    (
        {"camera:direction": "", "direction": "180", "surveillance:direction": "270"},
        [("c", 180.0, 60.0, 30.0, 0.0, "unknown")],
    ),
    ({"surveillance:direction": "270"}, [("c", 270.0, 60.0, 30.0, 0.0, "unknown")]),
    ({"camera:type": "dome"}, [("c", None, 360.0, 20.0, 0.0, "dome")]),
    ({"camera:type": "Dome", "camera:direction": "45"}, [("c", 45.0, 60.0, 20.0, 0.0, "dome")]),
    ({"camera:type": "panning"}, [("c", None, 360.0, 50.0, 0.0, "panning")]),
    ({"camera:type": "PTZ"}, [("c", None, 360.0, 50.0, 0.0, "panning")]),
    (
        {"camera:type": "panning", "camera:direction": "270-90"},
        [("c", 0.0, 60.0, 50.0, 180.0, "panning")],
    ),
    (
        {"camera:type": "panning", "camera:direction": "350-10"},
        [("c", 0.0, 60.0, 50.0, 20.0, "panning")],
    ),
    (
        {"camera:type": "panning", "camera:direction": "0-360"},
        [("c", None, 360.0, 50.0, 0.0, "panning")],
    ),
    ({"camera:type": "fixed"}, [("c", None, 360.0, 30.0, 0.0, "fixed")]),
    ({}, [("c", None, 360.0, 30.0, 0.0, "unknown")]),
    ({"camera:type": "bullet", "direction": "10"}, [("c", 10.0, 60.0, 30.0, 0.0, "unknown")]),
    (
        {"camera:type": "fixed", "camera:direction": "0;90;180"},
        [
            ("c-1", 0.0, 60.0, 30.0, 0.0, "fixed"),
            ("c-2", 90.0, 60.0, 30.0, 0.0, "fixed"),
            ("c-3", 180.0, 60.0, 30.0, 0.0, "fixed"),
        ],
    ),
    (
        {"camera:type": "fixed", "camera:direction": "12,5"},
        [("c-1", 12.0, 60.0, 30.0, 0.0, "fixed"), ("c-2", 5.0, 60.0, 30.0, 0.0, "fixed")],
    ),
    (
        {"camera:type": "fixed", "direction": "90", "camera:fov": "90", "camera:range": "45"},
        [("c", 90.0, 90.0, 45.0, 0.0, "fixed")],
    ),
    # numbers from the fields of a non-OSM layer
    ({"direction": 0.0, "camera:type": "fixed"}, [("c", 0.0, 60.0, 30.0, 0.0, "fixed")]),
    ({"direction": -90, "camera:type": "fixed"}, [("c", 270.0, 60.0, 30.0, 0.0, "fixed")]),
]


@pytest.mark.parametrize(("tags", "expected"), CAMERAS)
def test_cameras_from_tags(tags, expected):
    cameras = normalise(tags, "node/1", "c", DEFAULTS)
    got = [(c.camera_id, c.direction, c.fov, c.range_m, c.pan_deg, c.camera_type) for c in cameras]
    assert got == expected
    assert all(c.source_ref == "node/1" for c in cameras)


def test_defaults_are_the_callers():
    defaults = TypeDefaults(fixed_fov=75, fixed_range=40, dome_range=15, panning_range=80)
    fixed = normalise({"camera:type": "fixed", "direction": "90"}, "r", "c", defaults)[0]
    dome = normalise({"camera:type": "dome"}, "r", "c", defaults)[0]
    panning = normalise({"camera:type": "panning", "direction": "90"}, "r", "c", defaults)[0]
    unknown = normalise({"direction": "90"}, "r", "c", TypeDefaults(unknown_fov=50))[0]
    assert (fixed.fov, fixed.range_m) == (75, 40)
    assert (dome.fov, dome.range_m) == (360, 15)
    assert (panning.fov, panning.range_m) == (75, 80)
    assert (unknown.fov, unknown.range_m) == (50, 30)


@pytest.mark.parametrize(
    "kwargs", [{"fixed_fov": 0}, {"unknown_fov": 361}, {"dome_range": 0}, {"fixed_range": -5}]
)
def test_impossible_defaults_are_refused(kwargs):
    with pytest.raises(ValueError):
        TypeDefaults(**kwargs)


@pytest.mark.parametrize(
    ("tags", "codes"),
    [
        ({"camera:type": "fixed"}, ["no_direction_all_round"]),
        ({}, ["no_direction_all_round"]),
        ({"camera:type": "dome"}, []),
        ({"camera:type": "panning"}, []),
        ({"camera:type": "fixed", "direction": "0"}, []),
        ({"camera:type": "bullet"}, ["camera_type_unknown", "no_direction_all_round"]),
        ({"direction": "90", "camera:fov": "wide"}, ["value_ignored"]),
        ({"direction": "90", "camera:fov": "400"}, ["value_ignored"]),
        ({"direction": "90", "camera:range": "-3"}, ["value_ignored"]),
    ],
)
def test_notes(tags, codes):
    (camera,) = normalise(tags, "node/1", "c", DEFAULTS)
    assert [m.code for m in camera.messages] == codes
    assert not camera.flagged


def test_no_direction_note_in_both_languages():
    (camera,) = normalise({"camera:type": "fixed"}, "node/1", "c", DEFAULTS)
    assert camera.notes == "no direction: treated as all round"
    assert camera.notes_in("fr") == "pas de direction : vue tout autour supposée"
    (camera,) = normalise({"camera:type": "fixed", "direction": "N"}, "node/1", "c", DEFAULTS)
    assert camera.notes == ""


def test_camera_fov_tag_is_ignored_when_all_round():
    (camera,) = normalise({"camera:type": "dome", "camera:fov": "90"}, "n", "c", DEFAULTS)
    assert (camera.direction, camera.fov) == (None, 360.0)


@pytest.mark.parametrize(
    ("tags", "value", "reason_en", "reason_fr"),
    [
        (
            {"camera:direction": "left"},
            "left",
            "camera:direction 'left' is not a number of degrees, a compass point "
            "(N, NNE...) or a range a-b",
            "camera:direction « left » n'est ni un nombre de degrés, ni un point cardinal "
            "(N, NNE…), ni une plage a-b",
        ),
        (
            {"direction": "350--10"},
            "350--10",
            "direction '350--10' is not a number of degrees, a compass point "
            "(N, NNE...) or a range a-b",
            "direction « 350--10 » n'est ni un nombre de degrés, ni un point cardinal "
            "(N, NNE…), ni une plage a-b",
        ),
        (
            {"camera:direction": "left", "direction": "90"},
            "left",
            "camera:direction 'left' is not a number of degrees, a compass point "
            "(N, NNE...) or a range a-b",
            "camera:direction « left » n'est ni un nombre de degrés, ni un point cardinal "
            "(N, NNE…), ni une plage a-b",
        ),
        (
            {"surveillance:type": "guard"},
            "guard",
            "surveillance:type=guard is not a camera",
            "surveillance:type=guard n'est pas une caméra",
        ),
        (
            {"surveillance:type": "sign", "camera:direction": "90"},
            "sign",
            "surveillance:type=sign is not a camera",
            "surveillance:type=sign n'est pas une caméra",
        ),
    ],
)
def test_rejections(tags, value, reason_en, reason_fr):
    rejection = normalise(tags, "node/7", "c", DEFAULTS)
    assert isinstance(rejection, Rejection)
    assert (rejection.source_ref, rejection.value) == ("node/7", value)
    assert rejection.reason == reason_en
    assert rejection.reason_in("fr") == reason_fr
    assert rejection.reason_in("fr_FR") == reason_fr
    assert rejection.reason_in("de") == reason_en


def test_unreadable_direction_as_all_round_is_flagged():
    tags = {"camera:type": "fixed", "camera:direction": "left"}
    (camera,) = normalise(tags, "node/7", "c", DEFAULTS, unreadable_as_all_round=True)
    assert (camera.direction, camera.fov, camera.pan_deg) == (None, 360.0, 0.0)
    assert camera.flagged
    assert camera.notes == "camera:direction 'left' is unreadable: treated as all round"
    assert camera.notes_in("fr") == (
        "camera:direction « left » est illisible : vue tout autour supposée"
    )


def test_not_a_camera_stays_rejected_when_unreadable_is_all_round():
    rejection = normalise({"surveillance:type": "guard"}, "n", "c", unreadable_as_all_round=True)
    assert isinstance(rejection, Rejection)


@pytest.mark.parametrize(
    ("tags", "camera_type", "alpr"),
    [
        ({"surveillance:type": "ALPR", "camera:type": "fixed"}, "fixed", True),
        ({"surveillance:type": "alpr"}, "unknown", True),
        ({"surveillance:type": "ANPR", "camera:type": "dome"}, "dome", True),
        ({"surveillance:type": "camera", "camera:type": "ALPR"}, "unknown", True),
        ({"surveillance:type": "camera;guard", "camera:type": "fixed"}, "fixed", False),
        ({"surveillance:type": "camera", "camera:type": "fixed"}, "fixed", False),
        ({"man_made": "surveillance"}, "unknown", False),
    ],
)
def test_cameras_and_alpr_are_kept(tags, camera_type, alpr):
    (camera,) = normalise({**tags, "direction": "90"}, "node/1", "c", DEFAULTS)
    assert (camera.camera_type, camera.alpr) == (camera_type, alpr)
    assert camera.surveillance_type == tags.get("surveillance:type")


# tags -> (tilt_deg, note code or None); tilt_deg is degrees below horizontal
TILTS = [
    ({"camera:tilt": "-30"}, 30.0, None),
    ({"camera:tilt": "-30°"}, 30.0, None),
    ({"camera:tilt": "−45"}, 45.0, None),
    ({"camera:tilt": "-12,5"}, 12.5, None),
    ({"camera:tilt": "-90"}, 90.0, None),
    ({"camera:tilt": "0"}, 0.0, None),
    ({"camera:tilt": "20"}, -20.0, None),
    ({"camera:tilt": -15.0}, 15.0, None),
    ({"camera:angle": "15"}, 15.0, None),
    ({"camera:angle": "90"}, 90.0, None),
    ({"camera:angle": "45°"}, 45.0, None),
    ({"camera:tilt": "-10", "camera:angle": "60"}, 10.0, None),
    ({"camera:tilt": "", "camera:angle": "60"}, 60.0, None),
    ({"camera:tilt": "down"}, None, "tilt_unreadable"),
    ({"camera:angle": "steep"}, None, "tilt_unreadable"),
    ({"camera:tilt": "-120"}, None, "tilt_out_of_range"),
    ({"camera:tilt": "95"}, None, "tilt_out_of_range"),
    ({"camera:angle": "100"}, None, "tilt_out_of_range"),
    ({}, None, None),
]


@pytest.mark.parametrize(("tags", "tilt", "code"), TILTS)
def test_tilt(tags, tilt, code):
    result = normalise({**tags, "direction": "90"}, "n", "c", DEFAULTS)
    (camera,) = result
    assert camera.tilt_deg == tilt
    assert [m.code for m in camera.messages] == ([code] if code else [])


def test_tilt_note_names_tag_and_value():
    (camera,) = normalise({"direction": "0", "camera:tilt": "down"}, "n", "c", DEFAULTS)
    assert camera.notes == "camera:tilt 'down' is not a number of degrees: tilt unknown"
    (camera,) = normalise({"direction": "0", "camera:angle": "100"}, "n", "c", DEFAULTS)
    assert camera.notes_in("fr") == (
        "camera:angle « 100 » dépasse 90 degrés vers le haut ou le bas : inclinaison inconnue"
    )


# height value -> (height_m, note code or None)
HEIGHTS = [
    ("4", 4.0, None),
    ("4 m", 4.0, None),
    ("4m", 4.0, None),
    ("4,5", 4.5, None),
    ("4.5m", 4.5, None),
    ("4.5 metres", 4.5, None),
    ("4.5 meters", 4.5, None),
    ("3 mètres", 3.0, None),
    ("6 M", 6.0, None),
    (5.5, 5.5, None),
    ("0", 0.0, None),
    ("", None, None),
    ("high", None, "height_unreadable"),
    ("12 ft", None, "height_unreadable"),
    ("4-5", None, "height_unreadable"),
    ("-3", None, "height_negative"),
]


@pytest.mark.parametrize(("value", "height", "code"), HEIGHTS)
def test_height(value, height, code):
    (camera,) = normalise({"height": value, "direction": "0"}, "n", "c", DEFAULTS)
    assert camera.height_m == height
    assert [m.code for m in camera.messages] == ([code] if code else [])


def test_height_note_text():
    (camera,) = normalise({"height": "high", "direction": "0"}, "n", "c", DEFAULTS)
    assert camera.notes == "height 'high' is not a height in metres: height unknown"
    assert camera.notes_in("fr") == (
        "height « high » n'est pas une hauteur en mètres : hauteur inconnue"
    )


def test_source_fields_are_kept():
    tags = {
        "operator": "Ville de Paris",
        "surveillance": "public",
        "surveillance:zone": "street",
        "camera:mount": "pole",
        "surveillance:type": "camera",
        "camera:type": "fixed",
        "direction": "NE",
        "height": "5",
        "camera:tilt": "-20",
    }
    (camera,) = normalise(tags, "node/42", "cam42", DEFAULTS)
    assert camera == NormalisedCamera(
        camera_id="cam42",
        direction=45.0,
        fov=60.0,
        range_m=30.0,
        height_m=5.0,
        tilt_deg=20.0,
        camera_type="fixed",
        pan_deg=0.0,
        source_ref="node/42",
        operator="Ville de Paris",
        surveillance="public",
        surveillance_zone="street",
        camera_mount="pole",
        surveillance_type="camera",
    )


def test_several_cameras_share_their_node_fields():
    tags = {"camera:type": "fixed", "camera:direction": "N;S", "height": "4", "operator": "X"}
    north, south = normalise(tags, "node/3", "n3", DEFAULTS)
    assert (north.camera_id, north.direction) == ("n3-1", 0.0)
    assert (south.camera_id, south.direction) == ("n3-2", 180.0)
    assert north.height_m == south.height_m == 4.0
    assert north.operator == south.operator == "X"
    assert north.source_ref == south.source_ref == "node/3"


def test_ccw_east_layer_through_normalise():
    (east,) = normalise({"direction": 0}, "f1", "c", DEFAULTS, convention="ccw_east")
    (north,) = normalise({"direction": "90"}, "f2", "c", DEFAULTS, convention="ccw_east")
    assert (east.direction, north.direction) == (90.0, 0.0)


def test_aim_default_is_fixed():
    assert Aim(10.0).pan_deg == 0.0


# OGR's other_tags and Overpass GeoJSON


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, {}),
        ("", {}),
        (
            '"camera:type"=>"fixed","direction"=>"240"',
            {"camera:type": "fixed", "direction": "240"},
        ),
        ('"camera:direction"=>"0,90"', {"camera:direction": "0,90"}),
        ('"note"=>"a, b => c"', {"note": "a, b => c"}),
        (r'"name"=>"the \"big\" one"', {"name": 'the "big" one'}),
        (r'"path"=>"C:\\cams"', {"path": "C:\\cams"}),
        ('"a"=>"1", "b" => "2"', {"a": "1", "b": "2"}),
        ('"a"=>NULL,"b"=>"2"', {"b": "2"}),
        ('"k=>v"=>"x,y"', {"k=>v": "x,y"}),
        ('"description"=>"line 1\nline 2"', {"description": "line 1\nline 2"}),
        ('"a"=>""', {"a": ""}),
    ],
)
def test_parse_other_tags(text, expected):
    assert parse_other_tags(text) == expected


@pytest.mark.parametrize("text", ['"a"=>"b" junk', '"a"=>"b', "a=>b", '"a"=>"b",,"c"=>"d"'])
def test_malformed_other_tags_raise(text):
    with pytest.raises(ValueError, match="hstore"):
        parse_other_tags(text)


def test_columns_win_over_other_tags_only_when_not_empty():
    columns = {"man_made": "surveillance", "height": "", "direction": None, "camera:type": "dome"}
    other = '"height"=>"4","direction"=>"90","camera:type"=>"fixed","operator"=>"X"'
    assert merge_tags({**columns, "other_tags": other}, other) == {
        "man_made": "surveillance",
        "height": "4",
        "direction": "90",
        "camera:type": "dome",
        "operator": "X",
    }


def test_merge_tags_drops_nan_columns():
    assert merge_tags({"height": math.nan, "direction": 0.0}) == {"direction": 0.0}


@pytest.mark.parametrize(
    ("properties", "feature_id", "tags", "ref"),
    [
        (
            {"@id": "node/123", "man_made": "surveillance", "camera:direction": "90"},
            None,
            {"man_made": "surveillance", "camera:direction": "90"},
            "node/123",
        ),
        (
            {"type": "node", "id": 123, "tags": {"camera:type": "dome", "x": ""}, "meta": {}},
            None,
            {"camera:type": "dome"},
            "node/123",
        ),
        ({"type": "way", "id": 9, "camera:type": "fixed"}, None, {"camera:type": "fixed"}, "way/9"),
        ({"camera:type": "fixed"}, "node/5", {"camera:type": "fixed"}, "node/5"),
        ({"camera:type": "fixed"}, None, {"camera:type": "fixed"}, ""),
        # a relation's own type=* tag is a tag, not the OSM element type
        ({"type": "multipolygon", "id": "x"}, None, {"type": "multipolygon", "id": "x"}, ""),
    ],
)
def test_geojson_tags(properties, feature_id, tags, ref):
    assert geojson_tags(properties, feature_id) == (tags, ref)


def test_other_tags_to_cameras():
    other = r'"camera:direction"=>"270-90","camera:type"=>"panning","name"=>"a \"b\", c"'
    tags = merge_tags({"man_made": "surveillance", "surveillance:type": "camera"}, other)
    (camera,) = normalise(tags, "node/1", "n1", DEFAULTS)
    assert (camera.direction, camera.pan_deg, camera.fov, camera.range_m) == (0, 180, 60, 50)


def test_message_text_in_both_languages():
    params = {"value": "guard"}
    assert text("not_a_camera", "fr", **params) == "surveillance:type=guard n'est pas une caméra"
    assert Message("not_a_camera", params).text() == "surveillance:type=guard is not a camera"


def test_message_text_does_not_interpret_values():
    params = {"tag": "direction", "value": "{tag.__class__}"}
    assert text("direction_unreadable_all_round", "en", **params) == (
        "direction '{tag.__class__}' is unreadable: treated as all round"
    )


def test_paris_open_data_rows_are_all_round_unknown_cameras():
    with PARIS_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    cameras = []
    for row in rows:
        tags = {k: v for k, v in row.items() if k not in ("lon", "lat")}
        result = normalise(tags, f"paris/{row['Numéro']}", row["Numéro"], DEFAULTS)
        assert not isinstance(result, Rejection)
        cameras.extend(result)
    assert len(cameras) == 707
    assert {(c.direction, c.fov, c.camera_type, c.range_m) for c in cameras} == {
        (None, 360.0, "unknown", 30.0)
    }
    assert {c.notes for c in cameras} == {"no direction: treated as all round"}


def test_operator_type_is_kept_for_the_private_operator_reading():
    tags = {"man_made": "surveillance", "direction": "90", "operator": "Boulangerie"}
    (shop,) = normalise({**tags, "operator:type": "business"}, "node/1", "c1", DEFAULTS)
    assert (shop.operator, shop.operator_type) == ("Boulangerie", "business")
    # A survey table's own column name works too.
    (survey,) = normalise({**tags, "operator_type": "private"}, "row 2", "c2", DEFAULTS)
    assert survey.operator_type == "private"
    (unknown,) = normalise(tags, "node/3", "c3", DEFAULTS)
    assert unknown.operator_type is None


def test_a_decimal_comma_table_reads_45_5_as_one_direction():
    assert [a.direction for a in parse_direction("45,5", decimal_comma=True)] == [45.5]
    assert [a.direction for a in parse_direction("45,5;90", decimal_comma=True)] == [45.5, 90.0]
    # OpenStreetMap's list separator stays a separator elsewhere.
    assert [a.direction for a in parse_direction("45,5")] == [45.0, 5.0]


@pytest.mark.parametrize(
    "value, bearing, noted",
    [("720", 0.0, True), (-450, 270.0, True), ("-90", 270.0, True), ("90", 90.0, False),
     ("360", 0.0, False), (0, 0.0, False)],
)  # fmt: skip
def test_a_direction_brought_into_one_turn_is_noted(value, bearing, noted):
    (camera,) = normalise({"camera:type": "fixed", "camera:direction": value}, "node/1", "C1")
    assert camera.direction == bearing
    assert (str(value) in camera.notes) is noted
