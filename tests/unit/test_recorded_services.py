"""The recorded Épinay services hold what tests/recorded_services.py says
they hold: the Etalab layouts and fields, the real parcels untouched, the
neighbours at the stated distances, the Overpass counts, and the local
server serves them. Measured here with geopandas, apart from the module's
own shapely measurements."""

import gzip
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from http.client import IncompleteRead
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from camera_coverage.core.camera_tags import Rejection, normalise
from tests.recorded_services import (
    EPINAY,
    EPINAY_PARCELS,
    FAR_COMMUNE,
    GEO_SEARCH_PATH,
    NEAR_COMMUNES,
    OVERPASS_BUSY,
    OVERPASS_GATEWAY_TIMEOUT,
    OVERPASS_PATH,
    UNKNOWN_COMMUNE_PATH,
    commune_path,
    departement_path,
    epinay_answers,
    epinay_expected,
    geo_commune_path,
    overpass_runtime_error,
    truncated_answer,
    write_offline_folder,
)
from tests.services_fixture import epinay_services  # noqa: F401

CODES = [EPINAY, *NEAR_COMMUNES, FAR_COMMUNE]
FIELDS = {
    "parcelles": [
        "id",
        "commune",
        "prefixe",
        "section",
        "numero",
        "contenance",
        "arpente",
        "created",
        "updated",
    ],
    "batiments": ["type", "nom", "commune", "created", "updated"],
    "communes": ["id", "nom", "created", "updated"],
}
DWELLINGS = ["house", "residential", "apartments"]


def features(path):
    collection = json.loads(gzip.decompress(epinay_answers()[path]))
    assert collection["type"] == "FeatureCollection"
    return collection["features"]


def frame(path):
    """The file as geopandas reads it, in Lambert-93."""
    return gpd.GeoDataFrame.from_features(features(path), crs=4326).to_crs(2154)


def commune_outlines():
    return frame(departement_path("communes")).set_index("id").geometry


def overpass_elements():
    answer = json.loads(epinay_answers()[OVERPASS_PATH])
    assert answer["osm3s"]["timestamp_osm_base"] == "2026-12-01T10:00:00Z"
    assert answer["version"] == 0.6
    return answer["elements"]


def lambert_points(nodes):
    return gpd.GeoSeries.from_xy(
        [node["lon"] for node in nodes], [node["lat"] for node in nodes], crs=4326
    ).to_crs(2154)


@pytest.mark.parametrize("layer", FIELDS)
@pytest.mark.parametrize("code", CODES)
def test_commune_files_are_etalab_feature_collections(code, layer):
    found = features(commune_path(code, layer))
    assert found
    for feature in found:
        # In order; a real parcel of Épinay has no contenance.
        present = [name for name in FIELDS[layer] if name in feature["properties"]]
        assert list(feature["properties"]) == present
        assert set(FIELDS[layer]) - set(present) <= {"contenance"}
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
    lon, lat = shapely.get_coordinates(
        shapely.from_geojson([json.dumps(f["geometry"]) for f in found])
    ).T
    assert lon.min() > 2.25 and lon.max() < 2.40 and lat.min() > 48.64 and lat.max() < 48.71
    if layer == "batiments":
        assert {f["properties"]["type"] for f in found} == {"01"}
    if layer != "communes":
        assert {f["properties"]["commune"] for f in found} == {code}


def test_parcel_ids_follow_the_etalab_rule_and_are_unique():
    ids = []
    for code in CODES:
        for feature in features(commune_path(code, "parcelles")):
            values = feature["properties"]
            assert len(values["id"]) == 14
            assert values["id"] == (
                values["commune"]
                + values["prefixe"]
                + values["section"].rjust(2, "0")
                + values["numero"].rjust(4, "0")
            )
            ids.append(values["id"])
    assert len(ids) == len(set(ids))
    assert {code: sum(i.startswith(code) for i in ids) for code in CODES} == (
        epinay_expected()["parcels"]
    )


def test_epinays_parcels_are_the_real_file():
    body = epinay_answers()[commune_path(EPINAY, "parcelles")]
    assert gzip.decompress(body) == EPINAY_PARCELS.read_bytes()
    assert epinay_expected()["parcels"][EPINAY] == 4241


def test_epinays_buildings_are_every_third_parcel_shrunk_by_3_m():
    parcels = pyogrio.read_dataframe(EPINAY_PARCELS).to_crs(2154)
    parts = parcels.geometry.iloc[::3].buffer(-3.0).explode()
    parts = parts[parts.area >= 1.0]
    buildings = frame(commune_path(EPINAY, "batiments"))
    assert buildings.is_valid.all()
    assert len(buildings) == parts.index.nunique() == epinay_expected()["buildings"][EPINAY]
    assert buildings.area.sum() == pytest.approx(parts.area.sum(), rel=1e-4)


def test_neighbours_buildings_are_their_parcels_shrunk_by_4_m():
    for code in CODES[1:]:
        parcels = frame(commune_path(code, "parcelles"))
        buildings = frame(commune_path(code, "batiments"))
        assert len(buildings) == epinay_expected()["buildings"][code]
        # A 24 m square shrunk by 4 m is 16 m a side; clipped ones are smaller.
        assert buildings.area.max() == pytest.approx(256.0, abs=0.5)
        assert parcels.area.max() == pytest.approx(576.0, abs=0.5)
        assert buildings.area.sum() < 0.5 * parcels.area.sum()


def test_the_outline_closes_the_parcels_over_the_streets():
    outline = commune_outlines()[EPINAY]
    parcels = pyogrio.read_dataframe(EPINAY_PARCELS).to_crs(2154)
    inside = parcels.intersection(outline).area.sum()
    assert inside == pytest.approx(parcels.area.sum(), rel=1e-4)
    assert outline.geom_type == "Polygon" and not outline.interiors
    # The streets between the parcels are in: more than the parcels alone.
    assert outline.area > parcels.area.sum()
    assert outline.area == pytest.approx(epinay_expected()["outline_m2"])


def test_five_neighbours_come_within_150_m_and_the_far_one_does_not():
    outlines = commune_outlines()
    assert sorted(outlines.index) == sorted(CODES)
    distance = outlines.drop(EPINAY).distance(outlines[EPINAY])
    assert (distance[list(NEAR_COMMUNES)] < 150).all()
    # 600 m, less the buffer's chords (at most 600 (1 - cos(360° / 64)) = 2.9 m).
    assert distance[FAR_COMMUNE] > 597
    expected = epinay_expected()
    assert expected["near_communes"] == sorted(NEAR_COMMUNES)
    assert expected["far_communes"] == [FAR_COMMUNE]
    assert expected["never_requested"] == [
        f"/etalab/communes/91/{FAR_COMMUNE}/cadastre-{FAR_COMMUNE}-parcelles.json.gz",
        f"/etalab/communes/91/{FAR_COMMUNE}/cadastre-{FAR_COMMUNE}-batiments.json.gz",
    ]


def test_neighbours_parcels_lie_in_their_commune_not_in_epinay():
    outlines = commune_outlines()
    for code in CODES[1:]:
        parcels = frame(commune_path(code, "parcelles"))
        assert parcels.within(outlines[code].buffer(0.05)).all()
        assert not parcels.intersects(outlines[EPINAY].buffer(-0.05)).any()


def test_overpass_cameras_where_the_recording_says():
    nodes = [e for e in overpass_elements() if e["type"] == "node" and "man_made" in e["tags"]]
    kind = pd.Series(
        [
            "guard"
            if node["tags"]["surveillance:type"] == "guard"
            else "unreadable"
            if node["tags"].get("camera:direction") == "upwards"
            else "camera"
            for node in nodes
        ]
    )
    outline = commune_outlines()[EPINAY]
    points = lambert_points(nodes)
    where = np.select(
        [points.within(outline), points.distance(outline) <= 150],
        ["inside", "band"],
        "beyond",
    )
    counts = pd.crosstab(kind, where)
    assert counts.loc["camera"].to_dict() == {"inside": 200, "band": 20, "beyond": 10}
    assert counts.loc["unreadable"].to_dict() == {"inside": 2, "band": 0, "beyond": 0}
    assert counts.loc["guard"].to_dict() == {"inside": 1, "band": 0, "beyond": 0}
    expected = epinay_expected()
    assert (expected["cameras_inside"], expected["cameras_band"]) == (200, 20)
    assert (expected["cameras_beyond"], expected["cameras_kept"]) == (10, 220)
    assert (expected["unreadable_cameras"], expected["not_cameras"]) == (2, 1)
    kept = [n for n, k, w in zip(nodes, kind, where) if k == "camera" and w != "beyond"]
    all_round = sum("camera:direction" not in node["tags"] for node in kept)
    assert expected["cameras_all_round"] == all_round


def test_overpass_cameras_are_read_or_rejected_as_claimed():
    nodes = [e for e in overpass_elements() if e["type"] == "node" and "man_made" in e["tags"]]
    read = [normalise(node["tags"], f"node/{node['id']}", str(node["id"])) for node in nodes]
    rejected = [
        node["tags"].get("camera:direction", node["tags"]["surveillance:type"])
        for node, cameras in zip(nodes, read)
        if isinstance(cameras, Rejection)
    ]
    assert sorted(rejected) == ["guard", "upwards", "upwards"]
    directions = [node["tags"].get("camera:direction", "") for node in nodes]
    assert "270-90" in directions
    assert any(d.isalpha() and d != "upwards" for d in directions)
    assert sum("camera:tilt" in node["tags"] for node in nodes) >= 3
    assert sum("height" in node["tags"] for node in nodes) >= 30


def test_entrances_are_vertices_of_dwellings():
    elements = overpass_elements()
    entrances = [e for e in elements if e["type"] == "node" and "entrance" in e["tags"]]
    assert len(entrances) == epinay_expected()["entrances"] == 60
    assert {e["tags"]["entrance"] for e in entrances} == {"main", "yes"}
    vertex_of = {
        node: (way["tags"]["building"], (point["lon"], point["lat"]))
        for way in elements
        if way["type"] == "way"
        for node, point in zip(way["nodes"], way["geometry"])
    }
    buildings = [f["geometry"] for f in features(commune_path(EPINAY, "batiments"))]
    etalab_vertices = set(
        map(tuple, shapely.get_coordinates(shapely.from_geojson(list(map(json.dumps, buildings)))))
    )
    for entrance in entrances:
        value, lonlat = vertex_of[entrance["id"]]
        assert value in DWELLINGS
        assert lonlat == (entrance["lon"], entrance["lat"])
        assert lonlat in etalab_vertices


def osm_buildings(elements):
    def ring(geometry):
        return [(point["lon"], point["lat"]) for point in geometry]

    rows = []
    for element in elements:
        if element["type"] == "way":
            assert element["nodes"][0] == element["nodes"][-1]
            assert len(element["nodes"]) == len(element["geometry"])
            rows.append((element["tags"]["building"], shapely.Polygon(ring(element["geometry"]))))
        elif element["type"] == "relation":
            roles = {m["role"]: ring(m["geometry"]) for m in element["members"]}
            rows.append(
                (element["tags"]["building"], shapely.Polygon(roles["outer"], [roles["inner"]]))
            )
    values, geometries = zip(*rows)
    return gpd.GeoDataFrame({"building": values}, geometry=list(geometries), crs=4326).to_crs(2154)


def test_osm_buildings_overlap_the_etalab_ones_as_expected():
    osm = osm_buildings(overpass_elements())
    assert len(osm) == epinay_expected()["osm_buildings"] == 501
    assert osm.is_valid.all()
    relation = osm.geometry.iloc[-1]
    assert len(relation.interiors) == 1 and relation.area < shapely.Polygon(relation.exterior).area
    etalab = frame(commune_path(EPINAY, "batiments"))
    etalab["etalab_area"] = etalab.area
    pieces = gpd.overlay(
        etalab.reset_index(names="etalab"), osm, how="intersection", keep_geom_type=True
    )
    pieces["share"] = pieces.area / pieces["etalab_area"]
    best = pieces.sort_values("share").groupby("etalab").last()
    valued = best[best["share"] >= 0.25]
    expected = epinay_expected()
    assert expected["osm_dwellings"] == osm["building"].isin(DWELLINGS).sum()
    assert expected["etalab_buildings_with_osm_value"] == len(valued)
    assert expected["etalab_dwellings"] == valued["building"].isin(DWELLINGS).sum()
    # The join has work to do: some copies are too far off to count.
    assert 0 < len(valued) < len(osm)
    assert (best["share"] < 0.25).any()


def test_geo_api_answers():
    answers = epinay_answers()
    assert json.loads(answers[geo_commune_path(EPINAY)]) == {
        "nom": "Épinay-sur-Orge",
        "code": "91216",
        "codeDepartement": "91",
        "population": 11236,
    }
    search = json.loads(answers[GEO_SEARCH_PATH])
    assert [c["code"] for c in search] == ["91216", "93031", "91215"]
    assert all("_score" in c for c in search)
    for code in CODES[1:]:
        assert json.loads(answers[geo_commune_path(code)])["code"] == code


def get(url, data=None):
    with urllib.request.urlopen(url, data=data, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def test_the_server_serves_the_recording(epinay_services):  # noqa: F811
    environ = epinay_services.environ
    assert all(os.environ[name] == value for name, value in environ.items())
    cadastre = environ["CAMERA_COVERAGE_CADASTRE_URL"]
    status, _, body = get(f"{cadastre}/communes/91/91216/cadastre-91216-parcelles.json.gz")
    assert status == 200 and gzip.decompress(body) == EPINAY_PARCELS.read_bytes()
    query = urllib.parse.urlencode({"data": "[out:json];node(1,2,3,4);out body geom;"})
    status, _, body = get(environ["CAMERA_COVERAGE_OVERPASS_URL"], query.encode())
    assert status == 200 and len(json.loads(body)["elements"]) == 794
    assert epinay_services.services.requests[-1].body == query.encode()
    status, _, body = get(
        environ["CAMERA_COVERAGE_GEO_API_URL"] + "/communes/91216?fields=nom,code,population"
    )
    assert json.loads(body)["population"] == 11236
    with pytest.raises(urllib.error.HTTPError) as unknown:
        get(environ["CAMERA_COVERAGE_GEO_API_URL"] + "/communes/99999")
    assert unknown.value.code == 404
    assert json.loads(unknown.value.read()) == {"code": 404, "message": "Commune non trouvée"}
    assert epinay_services.services.hits(UNKNOWN_COMMUNE_PATH) == 1


def test_errors_switched_on_then_off(epinay_services):  # noqa: F811
    overpass = epinay_services.environ["CAMERA_COVERAGE_OVERPASS_URL"]
    epinay_services.fail_first(
        OVERPASS_PATH, OVERPASS_BUSY, OVERPASS_GATEWAY_TIMEOUT, overpass_runtime_error()
    )
    with pytest.raises(urllib.error.HTTPError) as busy:
        get(overpass, b"data=x")
    assert busy.value.code == 429 and busy.value.headers["Retry-After"] == "0"
    with pytest.raises(urllib.error.HTTPError) as gateway:
        get(overpass, b"data=x")
    assert gateway.value.code == 504
    status, _, body = get(overpass, b"data=x")
    assert status == 200 and json.loads(body)["remark"].startswith("runtime error:")
    status, _, body = get(overpass, b"data=x")
    assert status == 200 and "remark" not in json.loads(body)

    parcels = commune_path(EPINAY, "parcelles")
    epinay_services.services.route(parcels, truncated_answer(parcels))
    with pytest.raises(IncompleteRead):
        get(epinay_services.services.url + parcels)
    epinay_services.reset()
    assert epinay_services.services.requests == []
    status, _, body = get(epinay_services.services.url + parcels)
    assert gzip.decompress(body) == EPINAY_PARCELS.read_bytes()


def test_offline_folder_is_laid_out_like_the_services(tmp_path):
    environ = write_offline_folder(tmp_path)
    cadastre = environ["CAMERA_COVERAGE_CADASTRE_URL"]
    for code in CODES:
        for layer in FIELDS:
            path = f"{cadastre}/communes/91/{code}/cadastre-{code}-{layer}.json.gz"
            assert Path(path).read_bytes() == epinay_answers()[commune_path(code, layer)]
    assert os.path.isfile(f"{cadastre}/departements/91/cadastre-91-communes.json.gz")
    overpass = json.loads(Path(environ["CAMERA_COVERAGE_OVERPASS_URL"]).read_bytes())
    assert len(overpass["elements"]) == 794
    geo = json.loads(Path(environ["CAMERA_COVERAGE_GEO_API_URL"], "communes", "91216").read_bytes())
    assert geo["nom"] == "Épinay-sur-Orge"
