"""coverageaudit's legal reading through processing.run on Debian's real
QGIS: owners from a DGFiP file, the study area, dwellings and entrances,
private operators, signs and masks, on scenes worked out by hand, on the
Monaco buildings and cameras and on the Paris 18e parcels."""

import json
import math

import numpy as np
import pytest
import shapely
from pyproj import Transformer
from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsVectorLayer,
)

from tests.conftest import SAMPLE_TOWN, SHARED_DATA

from .layers import AUDIT_OUTPUTS, X0, Y0, LogFeedback, box, camera_layer, features_by, parcel_layer

MONACO = SHARED_DATA / "monaco" / "monaco-2025-02-07.osm.pbf"
PARIS = SHARED_DATA / "paris18"
P1, P2 = "99999000AB0001", "99999000AB0002"
HEADER = (
    "Département (Champ géographique);Code Direction (Champ géographique);"
    "Code Commune (Champ géographique);Nom Commune (Champ géographique);"
    "Préfixe (Références cadastrales);Section (Références cadastrales);"
    "N° plan (Références cadastrales);Code droit (Propriétaire(s) parcelle);"
    "Groupe personne (Propriétaire(s) parcelle);"
    "Forme juridique abrégée (Propriétaire(s) parcelle);"
    "Dénomination (Propriétaire(s) parcelle)"
)
QUARTER_10 = math.pi * 100 / 4
LEGAL = {**AUDIT_OUTPUTS, "OUTPUT_MASKS": "memory:"}


@pytest.fixture(autouse=True)
def _plugin_loaded(plugin):
    """Every test here runs coverageaudit: the plugin must be loaded."""


def audit(parameters, feedback=None):
    import processing

    return processing.run(
        "camera_coverage:coverageaudit", {**LEGAL, **parameters}, feedback=feedback
    )


def layer_of(kind, fields, rows, crs="EPSG:2154"):
    """A memory layer; rows are (wkt or None, *values)."""
    uri = f"{kind}?crs={crs}" + "".join(f"&field={f}" for f in fields)
    layer = QgsVectorLayer(uri, kind, "memory")
    features = []
    for wkt, *values in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def point(x, y):
    return f"POINT({X0 + x} {Y0 + y})"


@pytest.fixture()
def cameras():
    # a: north, 90°, 10 m, at the origin.
    return camera_layer([(X0, Y0, "a", 0.0, 90.0, 10.0)])


@pytest.fixture()
def parcels():
    # P1 from 5 m north of the camera, P2 south of it: both private by default.
    return parcel_layer([(P1, None, box(-100, 5, 100, 100)), (P2, None, box(-100, -100, 100, -5))])


def dgfip_file(tmp_path, rows, encoding="cp1252"):
    path = tmp_path / "parcelles-personnes-morales-99.csv"
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode(encoding))
    return str(path)


def test_the_legal_names_and_advanced_parameters(provider):
    audit_algorithm = provider.algorithm("coverageaudit")
    parameters = {p.name(): p for p in audit_algorithm.parameterDefinitions()}
    for name in (
        "OWNERS",
        "OWNERS_ID_FIELD",
        "OWNERS_GROUP_FIELD",
        "PUBLIC_GROUPS",
        "STUDY_AREA",
        "DWELLING_EXPRESSION",
        "ENTRANCES",
        "ENTRANCE_RADIUS_M",
        "PRIVATE_OPERATOR_EXPRESSION",
        "SURROUNDINGS_M",
        "SIGNS",
        "SIGN_DISTANCE_M",
        "OUTPUT_MASKS",
    ):
        assert name in parameters
    advanced = {
        name
        for name, p in parameters.items()
        if p.flags() & QgsProcessingParameterDefinition.FlagAdvanced
    }
    assert {
        "OWNERS_ID_FIELD",
        "PUBLIC_GROUPS",
        "SURROUNDINGS_M",
        "ENTRANCE_RADIUS_M",
        "MASK_MIN_AREA_M2",
    } <= advanced
    assert parameters["MASK_MIN_AREA_M2"].defaultValue() == 0.5
    assert not {"OWNERS", "STUDY_AREA", "ENTRANCES", "SIGNS", "CAMERAS"} & advanced


def test_a_parcel_made_public_by_a_dgfip_owners_file(cameras, parcels, tmp_path):
    owners = dgfip_file(
        tmp_path,
        [
            "99;0;999;Villefictive;;AB;1;P;4;COM;COMMUNE DE VILLEFICTIVE",
            "99;0;999;Villefictive;;AB;1;P;4;COM;COMMUNE DE VILLEFICTIVE",
            "99;0;999;Villefictive;;AB;2;P;5;OPH;OFFICE HLM DES ÉTANGS",
            "99;0;998;Autreville;;ZC;17;P;1;ETAT;ÉTAT",
            "99;0;999;Villefictive;;AB;x;P;4;COM;COMMUNE DE VILLEFICTIVE",
        ],
    )
    feedback = LogFeedback()
    result = audit(
        {
            "CAMERAS": cameras,
            "PARCELS": parcels,
            "OWNERS": owners,
            "OUTPUT_REPORT": "TEMPORARY_OUTPUT",
        },
        feedback,
    )
    camera = features_by(result["OUTPUT_CAMERAS"], "camera_id")["a"]
    # P1 belongs to the commune: what camera a sees is all public.
    assert camera["private_m2"] == 0
    assert camera["public_m2"] == pytest.approx(QUARTER_10, rel=1e-3)
    assert not camera["masking_required"]
    pieces = list(result["OUTPUT_PIECES"].getFeatures())
    on_p1 = [p for p in pieces if p["parcel_id"] == P1]
    assert on_p1 and all(p["owner_group"] == "4" for p in on_p1)
    assert on_p1[0]["owner_name"] == "COMMUNE DE VILLEFICTIVE"
    log = "\n".join(feedback.lines)
    assert "read as cp1252" in log
    assert "5 rows, 3 on the loaded parcels (1 duplicates counted once), 1 on parcels not" in log
    assert "owner row 5: plan number" in log
    with open(result["OUTPUT_REPORT"], encoding="utf-8") as report:
        html = report.read()
    assert "0 / 1 / 0" in html  # parcels public by expression / owners / both


def test_any_owners_table_with_named_fields(cameras, parcels):
    owners = layer_of("None", ["idu:string", "groupe:integer"], [(None, P1, 4)])
    result = audit(
        {
            "CAMERAS": cameras,
            "PARCELS": parcels,
            "OWNERS": owners,
            "OWNERS_ID_FIELD": "idu",
            "OWNERS_GROUP_FIELD": "groupe",
        }
    )
    assert features_by(result["OUTPUT_CAMERAS"], "camera_id")["a"]["private_m2"] == 0


def test_an_owners_table_with_unknown_columns_is_refused_by_name(cameras, parcels):
    owners = layer_of("None", ["foo:string", "bar:integer"], [(None, P1, 4)])
    with pytest.raises(QgsProcessingException, match=r"missing columns: .*Columns found: foo, bar"):
        audit({"CAMERAS": cameras, "PARCELS": parcels, "OWNERS": owners})
    with pytest.raises(QgsProcessingException, match="groups '1,x' cannot be read"):
        audit({"CAMERAS": cameras, "PARCELS": parcels, "PUBLIC_GROUPS": "1,x"})


def test_a_camera_at_the_edge_of_the_parcels_and_an_empty_study_area(cameras):
    # A single parcel south of the camera: the ground north of it is beyond
    # the data. The 90° sector's half north of y = 0 (all of it) is unknown.
    parcels = parcel_layer([(P2, None, box(-20, -20, 20, -5))])
    result = audit({"CAMERAS": cameras, "PARCELS": parcels})
    camera = features_by(result["OUTPUT_CAMERAS"], "camera_id")["a"]
    assert camera["unknown_m2"] == pytest.approx(QUARTER_10, rel=1e-3)
    assert camera["public_m2"] == pytest.approx(0, abs=1e-6)
    assert "beyond the study area" in camera["flag_reason"]
    # It sees nothing whose owner is known: not audited (it was "sees only
    # public domain", masking not required).
    assert camera["flag_reason"].startswith("not audited: it sees no ground of the study area")
    assert camera["masking_required"] == NULL
    classes = {p["class"] for p in result["OUTPUT_PIECES"].getFeatures()}
    assert classes == {"unknown"}
    empty = layer_of("Polygon", ["id:integer"], [(None, 1)])
    with pytest.raises(QgsProcessingException, match="study area layer has no polygon"):
        audit({"CAMERAS": cameras, "PARCELS": parcels, "STUDY_AREA": empty})


def test_a_study_area_holding_no_camera_is_refused(cameras):
    # Issue 17: a study area elsewhere (the next commune, a wrong CRS) was
    # accepted, and the council figures computed on ground with no camera.
    parcels = parcel_layer([(P2, None, box(-20, -20, 20, -5))])
    elsewhere = layer_of("Polygon", ["id:integer"], [(box(500, 500, 900, 900), 1)])
    with pytest.raises(QgsProcessingException, match="none of the 1 cameras stands in the study"):
        audit({"CAMERAS": cameras, "PARCELS": parcels, "STUDY_AREA": elsewhere})
    around = layer_of("Polygon", ["id:integer"], [(box(-50, -50, 50, 50), 1)])
    audit({"CAMERAS": cameras, "PARCELS": parcels, "STUDY_AREA": around})


# A camera at the origin looks north, 60°, 40 m, 5,900 px: a house's south
# wall (10 m) stands 20 m ahead, a second house hides behind it; a garage
# may stand in front of the first house's door.
HOUSE, HIDDEN, GARAGE = box(-5, 20, 5, 30), box(-5, 35, 5, 45), box(-3, 10, 3, 12)


def north_camera():
    return camera_layer(
        [(X0, Y0, "n", 0.0, 60.0, 40.0, 5900.0)],
        fields="camera_id:string,direction:double,fov:double,range_m:double,h_resolution:double",
    )


def town():
    return {
        "PARCELS": parcel_layer([("far", None, box(200, 200, 210, 210))]),
        "STUDY_AREA": layer_of("Polygon", ["id:integer"], [(box(-300, -300, 300, 300), 1)]),
    }


def test_a_dwelling_in_view_and_one_hidden_behind_it():
    buildings = layer_of(
        "Polygon",
        ["building_id:string", "building:string"],
        [(HOUSE, "house", "house"), (HIDDEN, "hidden", "apartments")],
    )
    result = audit({"CAMERAS": north_camera(), "BUILDINGS": buildings, **town()})
    camera = features_by(result["OUTPUT_CAMERAS"], "camera_id")["n"]
    assert camera["dwelling_facade_m"] == pytest.approx(10.0, abs=0.1)
    assert camera["dwellings_seen"] == 1
    assert camera["dwelling_ids"] == "house"
    # No entrance layer: the wall faces the public road, so its door may be seen.
    assert camera["entrance_seen"]
    assert camera["flag_rules"].split(",")[:2] == ["L251-3-DWELLING", "L251-3-ENTRANCE"]
    masks = {m["kind"]: m for m in result["OUTPUT_MASKS"].getFeatures()}
    assert set(masks) == {"dwelling_facade", "entrance"}
    # The 1 m strip of ground in front of the wall: its near corners stand
    # at bearings ±atan(5/19).
    half = math.degrees(math.atan2(5, 19))
    assert masks["dwelling_facade"]["from_deg"] == pytest.approx(360 - half, abs=0.2)
    assert masks["dwelling_facade"]["to_deg"] == pytest.approx(half, abs=0.2)
    assert masks["dwelling_facade"]["share_of_view"] == pytest.approx(2 * half / 60, abs=0.01)


def test_an_entrance_in_view_and_hidden_behind_a_garage():
    entrances = layer_of("Point", ["entrance_id:string"], [(point(0, 20), "door")])
    seen = {}
    for name, other in (("open", box(30, 0, 33, 3)), ("hidden", GARAGE)):
        buildings = layer_of(
            "Polygon",
            ["building_id:string", "building:string"],
            [(HOUSE, "house", "house"), (other, "garage", "garage")],
        )
        result = audit(
            {"CAMERAS": north_camera(), "BUILDINGS": buildings, "ENTRANCES": entrances, **town()}
        )
        seen[name] = features_by(result["OUTPUT_CAMERAS"], "camera_id")["n"]
    assert seen["open"]["entrance_seen"] and seen["open"]["entrance_ids"] == "door"
    assert not seen["hidden"]["entrance_seen"]
    assert seen["hidden"]["dwelling_facade_m"] == 0


def test_buildings_without_a_use_field_are_possibly_dwellings():
    buildings = layer_of("Polygon", ["building_id:string"], [(HOUSE, "b1")])
    feedback = LogFeedback()
    result = audit({"CAMERAS": north_camera(), "BUILDINGS": buildings, **town()}, feedback)
    camera = features_by(result["OUTPUT_CAMERAS"], "camera_id")["n"]
    assert camera["possible_dwellings_seen"] == 1 and camera["dwellings_seen"] == 0
    assert "possibly dwellings" in camera["flag_reason"]
    assert any("no use field" in line for line in feedback.lines)


def test_a_shop_filming_the_street_and_its_sign():
    # The shop and its parcel south of the street line y = 0; its camera
    # 0.3 m out looks north, 90°, 20 m. A sign 25 m north names nobody.
    cameras = camera_layer(
        [(X0, Y0 + 0.3, "shop", 0.0, 90.0, 20.0, "business")],
        fields="camera_id:string,direction:double,fov:double,range_m:double,operator_type:string",
    )
    buildings = layer_of(
        "Polygon", ["building_id:string", "building:string"], [(box(-5, -10, 5, 0), "s", "retail")]
    )
    signs = layer_of(
        "Point", ["sign_id:string", "names_operator:string", "text:string"],
        [(point(0, 45.3), "S1", "no", "")],
    )  # fmt: skip
    result = audit(
        {
            "CAMERAS": cameras,
            "BUILDINGS": buildings,
            "SIGNS": signs,
            "PARCELS": parcel_layer([("own", None, box(-5, -20, 5, 0))]),
            "STUDY_AREA": town()["STUDY_AREA"],
        }
    )
    camera = features_by(result["OUTPUT_CAMERAS"], "camera_id")["shop"]
    assert camera["private_operator"]
    # All but the wedge's first 1.7 m (up to 2 m from the shop): 100π − 1.7².
    assert camera["private_operator_public_m2"] == pytest.approx(100 * math.pi - 2.89, rel=1e-3)
    assert camera["sign_distance_m"] == pytest.approx(25.0, abs=1e-6)
    assert camera["flag_rules"] == "L251-2-OPERATOR,L251-3-SIGN"
    assert "does not name the operator" in camera["flag_reason"]
    # The operator expression overrides the OSM reading.
    result = audit(
        {
            "CAMERAS": cameras,
            "PRIVATE_OPERATOR_EXPRESSION": "false",
            "PARCELS": parcel_layer([("own", None, box(-5, -20, 5, 0))]),
        }
    )
    assert not features_by(result["OUTPUT_CAMERAS"], "camera_id")["shop"]["private_operator"]


def tilted_camera_mask(fov, vfov, private):
    """The one mask of a camera at the origin, 10 m up, 45° down, looking
    north with fields of view fov × vfov and 40 m of range, over one
    private parcel."""
    cameras = camera_layer(
        [(X0, Y0, "t", 0.0, fov, 40.0, 10.0, 45.0, vfov)],
        fields="camera_id:string,direction:double,fov:double,range_m:double,height_m:double,"
        "tilt_deg:double,vfov_deg:double",
    )
    result = audit(
        {
            "CAMERAS": cameras,
            "PARCELS": parcel_layer([("private", None, private)]),
            "STUDY_AREA": town()["STUDY_AREA"],
        }
    )
    (mask,) = list(result["OUTPUT_MASKS"].getFeatures())
    return mask


def test_image_outline_of_a_tilted_camera():
    # 10 m up, 45° down, 90° lenses: ground 10 m ahead is the picture's centre.
    mask = tilted_camera_mask(90.0, 90.0, box(-2, 10, 2, 30))
    outline = QgsGeometry.fromWkt(mask["image_outline"])
    s = math.cos(math.radians(45))

    def picture(a, h):
        return 0.5 + a / (2 * s * (h + 10)), 0.5 - (h - 10) / (2 * (h + 10))

    expected = QgsGeometry.fromWkt(
        "POLYGON(("
        + ",".join(
            f"{x} {y}"
            for x, y in (picture(*c) for c in ((-2, 10), (2, 10), (2, 30), (-2, 30), (-2, 10)))
        )
        + "))"
    )
    assert outline.symDifference(expected).area() < 1e-6


def test_sample_town_answers(tmp_path):
    result = audit(
        {
            "CAMERAS": str(SAMPLE_TOWN / "cameras.geojson"),
            "PARCELS": str(SAMPLE_TOWN / "parcels.geojson"),
            "BUILDINGS": str(SAMPLE_TOWN / "buildings.geojson"),
            "OWNERS": str(SAMPLE_TOWN / "owners.csv"),
            "ENTRANCES": str(SAMPLE_TOWN / "entrances.geojson"),
            "SIGNS": str(SAMPLE_TOWN / "signs.geojson"),
            "OUTPUT_REPORT": str(tmp_path / "report.html"),
        }
    )
    cameras = features_by(result["OUTPUT_CAMERAS"], "camera_id")
    for camera in cameras.values():
        total = camera["public_m2"] + camera["private_m2"] + camera["unknown_m2"]
        assert total == pytest.approx(camera["covered_m2"], rel=1e-9, abs=1e-6)
        for code in filter(None, camera["flag_rules"].split(",")):
            assert f"[{code}:" in camera["flag_reason"]
    # The bakery films the main street; the edge camera looks past the data.
    assert "L251-2-OPERATOR" in cameras["CAM-31"]["flag_rules"]
    assert cameras["CAM-32"]["unknown_m2"] > 100
    assert any(c["entrance_seen"] for c in cameras.values())
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Rules cited" in html and "art. L251-2" in html
    coverage = {f["camera_id"]: f.geometry() for f in result["OUTPUT_COVERAGE"].getFeatures()}
    for mask in result["OUTPUT_MASKS"].getFeatures():
        # Masks lie inside what their camera sees.
        outside = mask.geometry().difference(coverage[mask["camera_id"]]).area()
        assert outside < 1e-6 * max(mask["area_m2"], 1.0)


@pytest.mark.slow
def test_monaco_dwellings_and_facades_seen(run):
    imported = run("importcameras", {"INPUT": f"{MONACO}|layername=points", "OUTPUT": "memory:"})
    buildings = QgsVectorLayer(f"{MONACO}|layername=multipolygons", "buildings", "ogr")
    buildings.setSubsetString('"building" IS NOT NULL')
    # No cadastre for Monaco: the building plots stand in for parcels.
    result = audit({"CAMERAS": imported["OUTPUT"], "PARCELS": buildings, "BUILDINGS": buildings})
    cameras = list(result["OUTPUT_CAMERAS"].getFeatures())
    assert len(cameras) == 16
    seen = [c for c in cameras if c["dwelling_facade_m"] > 0]
    assert seen, "some Monaco cameras look at apartment blocks"
    # Second method: QGIS's own geometry engine measures, for each camera, the
    # outline of the residential buildings its visible ground comes up against.
    homes = {"residential", "apartments", "house", "detached", "semidetached_house", "terrace",
             "bungalow", "dormitory"}  # fmt: skip
    coverage = {f["camera_id"]: f.geometry() for f in result["OUTPUT_COVERAGE"].getFeatures()}
    reprojected = run(
        "native:reprojectlayer",
        {"INPUT": buildings, "TARGET_CRS": result["OUTPUT_CAMERAS"].crs(), "OUTPUT": "memory:"},
    )["OUTPUT"]
    positions = {c["camera_id"]: c.geometry() for c in cameras}
    for camera in cameras:
        view = coverage[camera["camera_id"]]
        near = view.buffer(0.01, 2)
        length = 0.0
        for building in reprojected.getFeatures(QgsFeatureRequest(near.boundingBox())):
            if building["building"] not in homes:
                continue
            if building.geometry().distance(positions[camera["camera_id"]]) <= 1.0:
                continue  # the building the camera is mounted on
            wall = QgsGeometry(building.geometry().constGet().boundary())
            piece = wall.intersection(near).length()
            length += piece if piece >= 0.5 else 0.0
        assert camera["dwelling_facade_m"] == pytest.approx(length, rel=1e-3, abs=0.05)


@pytest.mark.slow
def test_paris_parcels_study_area_and_owners(tmp_path):
    """The 18th's real parcels with the Paris camera sites: the study area
    closes the streets, so only cameras by the arrondissement's edge get
    unknown ground; an owners file in the DGFiP format (fictional owners of
    real parcel references) makes its parcels public."""
    from .test_real_data import paris_cameras

    parcels = QgsVectorLayer(str(PARIS / "cadastre-75118-parcelles.json"), "parcels", "ogr")
    ids = sorted(f["id"] for f in parcels.getFeatures())[:400]
    rows = [
        f"75;0;118;PARIS 18;{i[5:8]};{i[8:10].lstrip('0')};{int(i[10:])};P;4;COM;VILLE" for i in ids
    ]
    owners = dgfip_file(tmp_path, rows, "utf-8")
    result = audit(
        {
            "CAMERAS": paris_cameras(),
            "ID_FIELD": "Numéro",
            "PARCELS": parcels,
            "OWNERS": owners,
            "DEFAULT_RANGE": 30.0,
        }
    )
    cameras = list(result["OUTPUT_CAMERAS"].getFeatures())
    assert len(cameras) == 57
    for camera in cameras:
        total = camera["public_m2"] + camera["private_m2"] + camera["unknown_m2"]
        assert total == pytest.approx(camera["covered_m2"], rel=1e-9)
    edge = [c for c in cameras if c["unknown_m2"] > 0]
    # Inside the arrondissement the streets are in the study area.
    assert 0 < len(edge) < len(cameras) / 2
    public_pieces = [p for p in result["OUTPUT_PIECES"].getFeatures() if p["parcel_id"] in set(ids)]
    assert all(p["class"] == "public" and p["owner_group"] == "4" for p in public_pieces)


def test_entrance_radius_m_decides_whether_an_entrance_behind_its_wall_is_seen():
    # The door point 2.5 m inside the house, the visible ground stopping at
    # its wall: seen within a radius of 3 m, not within the default 1.5 m.
    entrances = layer_of("Point", ["entrance_id:string"], [(point(0, 22.5), "door")])
    buildings = layer_of(
        "Polygon", ["building_id:string", "building:string"], [(HOUSE, "house", "house")]
    )
    seen = {}
    for radius in (None, 3.0):
        extra = {} if radius is None else {"ENTRANCE_RADIUS_M": radius}
        result = audit(
            {
                "CAMERAS": north_camera(),
                "BUILDINGS": buildings,
                "ENTRANCES": entrances,
                **town(),
                **extra,
            }
        )
        seen[radius] = features_by(result["OUTPUT_CAMERAS"], "camera_id")["n"]
        kinds = [m["kind"] for m in result["OUTPUT_MASKS"].getFeatures()]
        assert ("entrance" in kinds) is (radius is not None)
    assert not seen[None]["entrance_seen"]
    assert seen[3.0]["entrance_seen"] and seen[3.0]["entrance_ids"] == "door"
    assert "L251-3-ENTRANCE" in seen[3.0]["flag_rules"]


def test_image_outline_of_a_lens_wider_than_it_is_high():
    # 10 m up, 45° down, 60° across and 34° high: a ground point `a`
    # across and `h` ahead lies s (h + 10) deep and s (h - 10) above the
    # picture's axis (s = cos 45°).
    mask = tilted_camera_mask(60.0, 34.0, box(-2, 8, 2, 14))
    s = math.cos(math.radians(45))

    def picture(a, h):
        return (
            0.5 + a / (2 * s * (h + 10) * math.tan(math.radians(30))),
            0.5 - (h - 10) / (2 * (h + 10) * math.tan(math.radians(17))),
        )

    corners = [picture(a, h) for a, h in ((-2, 8), (2, 8), (2, 14), (-2, 14))]
    expected = shapely.Polygon(corners)
    assert shapely.from_wkt(mask["image_outline"]).symmetric_difference(expected).area < 1e-5


def _shapely(geometry):
    return shapely.from_wkb(bytes(geometry.asWkb()))


def _widest_free_run(ground, origin, start_deg, span_deg, reach, step=0.05):
    """The widest run of grid bearings, clockwise from `start_deg` over
    `span_deg`, whose rays from `origin` meet none of `ground`."""
    bearings = start_deg + np.r_[np.arange(0.0, span_deg, step), span_deg]
    rad = np.radians(bearings)
    unit = np.column_stack([np.sin(rad), np.cos(rad)])
    rays = shapely.linestrings(np.stack([origin + 1e-4 * unit, origin + reach * unit], axis=1))
    hit = shapely.intersects(ground, rays)
    marks = np.r_[bearings[0], bearings[hit], bearings[-1]]
    return float(np.diff(marks).max(initial=0.0))


def _true_north_on_grid(x, y):
    """The grid bearing of true north at (x, y) in Lambert-93, from a step
    north in longitude and latitude (pyproj)."""
    to_lonlat = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    to_grid = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    lon, lat = to_lonlat.transform(x, y)
    x1, y1 = to_grid.transform(lon, lat + 1e-4)
    return math.degrees(math.atan2(x1 - x, y1 - y))


def test_sample_town_masks_span_only_the_ground_they_mask(tmp_path):
    """Each mask row of the sample town is one contiguous span of its own
    ground: no bearing inside it is free of that ground for more than 1°
    (CAM-13's dwelling façades were one mask from 218° to 177°, 319° for
    six separate walls, blanking the street between them); no row spans
    more than the dwellings its camera sees; every row is a flagged
    camera's; and the slivers dropped are counted in the log."""
    feedback = LogFeedback()
    result = audit(
        {
            "CAMERAS": str(SAMPLE_TOWN / "cameras.geojson"),
            "PARCELS": str(SAMPLE_TOWN / "parcels.geojson"),
            "BUILDINGS": str(SAMPLE_TOWN / "buildings.geojson"),
            "OWNERS": str(SAMPLE_TOWN / "owners.csv"),
            "ENTRANCES": str(SAMPLE_TOWN / "entrances.geojson"),
        },
        feedback,
    )
    town_cameras = json.loads((SAMPLE_TOWN / "cameras.geojson").read_text(encoding="utf-8"))
    where = {
        f["properties"]["camera_id"]: (
            np.array(f["geometry"]["coordinates"], dtype=float),
            f["properties"]["range_m"],
        )
        for f in town_cameras["features"]
    }
    town_buildings = json.loads((SAMPLE_TOWN / "buildings.geojson").read_text(encoding="utf-8"))
    building = {
        f["properties"]["building_id"]: shapely.geometry.shape(f["geometry"])
        for f in town_buildings["features"]
    }
    cameras = features_by(result["OUTPUT_CAMERAS"], "camera_id")
    rows = list(result["OUTPUT_MASKS"].getFeatures())
    per_camera = {}
    for mask in rows:
        camera_id = mask["camera_id"]
        assert cameras[camera_id]["masking_required"] is True
        per_camera.setdefault(camera_id, []).append(mask)
        origin, range_m = where[camera_id]
        ground = _shapely(mask.geometry())
        assert mask["area_m2"] >= 0.5
        start = mask["from_deg"] + _true_north_on_grid(*origin)
        span = 360.0 if mask["to_deg"] == 360.0 else (mask["to_deg"] - mask["from_deg"]) % 360
        free = _widest_free_run(ground, origin, start, span, 2 * range_m)
        assert free <= 1.1, (camera_id, mask["kind"], mask["from_deg"], mask["to_deg"], free)
        if mask["kind"] == "dwelling_facade":
            # Within the bearings of the dwellings it sees (and the metre
            # of ground in front of their walls).
            seen = [building[b] for b in cameras[camera_id]["dwelling_ids"].split(", ")]
            walls = shapely.buffer(shapely.union_all(seen), 1.5)
            free = _widest_free_run(walls, origin, start, span, 2 * range_m)
            assert free <= 1.1, (camera_id, mask["from_deg"], mask["to_deg"], free)
    # CAM-13's six walls round it are masked apart, none across the street.
    facades = [m for m in per_camera["CAM-13"] if m["kind"] == "dwelling_facade"]
    assert len(facades) >= 3
    widest = max((m["to_deg"] - m["from_deg"]) % 360 for m in facades)
    assert widest < 100
    assert any("slivers smaller than 0.5 m²" in line for line in feedback.lines)
    assert any(
        f"{len(rows)} masks for {len(per_camera)} cameras" in line for line in feedback.lines
    )
