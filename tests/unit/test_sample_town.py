"""The bundled sample town: what the generator makes, and what the demo relies on.

Runs without QGIS (``-p no:qgis``). The data is committed so that the plugin
works offline, and this test proves it is exactly what the generator writes.
"""

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import Point, Polygon, shape

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TOWN = RESOURCES / "sample_town"
FILES = (
    "parcels.geojson",
    "lycee.geojson",
    "buildings.geojson",
    "cameras.geojson",
    "entrances.geojson",
    "signs.geojson",
    "owners.csv",
)
GEOJSON = [name for name in FILES if name.endswith(".geojson")]
CAMERA_FIELDS = [
    "camera_id",
    "direction",
    "fov",
    "range_m",
    "height_m",
    "tilt_deg",
    "camera_type",
    "source_ref",
    "operator",
    "operator_type",
]
PRIVATE_GROUPS = (None, 5, 7)  # private persons, HLM landlords, co-owners


def load(name):
    return json.loads((TOWN / name).read_text(encoding="utf-8"))


def geometries(collection):
    return np.array([shape(f["geometry"]) for f in collection["features"]])


def sector(feature):
    """The camera's field of view as a flat sector, ignoring buildings."""
    p = feature["properties"]
    x, y = feature["geometry"]["coordinates"]
    if p["direction"] is None or p["fov"] >= 360:
        return Point(x, y).buffer(p["range_m"], quad_segs=32)
    start = p["direction"] - p["fov"] / 2
    arc = [math.radians(start + p["fov"] * k / 32) for k in range(33)]  # clockwise from north
    return Polygon(
        [(x, y)] + [(x + p["range_m"] * math.sin(a), y + p["range_m"] * math.cos(a)) for a in arc]
    )


@pytest.fixture(scope="module")
def parcels():
    return load("parcels.geojson")


def test_committed_files_are_what_the_generator_writes(tmp_path):
    script = RESOURCES / "make_sample_town.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (TOWN / name).read_bytes(), name


def test_files_declare_lambert_93():
    for name in GEOJSON:
        assert load(name)["crs"]["properties"]["name"] == "urn:ogc:def:crs:EPSG::2154"


def test_parcels_are_valid_and_do_not_overlap(parcels):
    geoms = geometries(parcels)
    assert 150 <= len(geoms) <= 260
    assert shapely.is_valid(geoms).all()
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pairs = left < right
    overlaps = shapely.area(shapely.intersection(geoms[left[pairs]], geoms[right[pairs]]))
    assert overlaps.max(initial=0.0) < 0.01


def test_parcels_have_etalab_fields(parcels):
    for f in parcels["features"]:
        p = f["properties"]
        assert len(p["id"]) == 14
        assert p["id"] == f"{p['commune']}{p['prefixe']}{p['section']}{int(p['numero']):04d}"
        assert p["contenance"] == round(shape(f["geometry"]).area)


def test_streets_and_square_are_left_unparcelled(parcels):
    town = shapely.union_all(geometries(parcels))
    bbox = shapely.box(*town.bounds)
    assert 1 - town.area / bbox.area > 0.15


def test_lycee_belongs_to_the_region_and_matches_its_perimeter(parcels):
    lycee_parcels = [
        shape(f["geometry"])
        for f in parcels["features"]
        if f["properties"]["usage"].startswith("lycee")
    ]
    groups = {
        f["properties"]["owner_group"]
        for f in parcels["features"]
        if f["properties"]["usage"].startswith("lycee")
    }
    assert groups == {2}
    perimeter = geometries(load("lycee.geojson"))[0]
    assert shapely.union_all(lycee_parcels).symmetric_difference(perimeter).area < 1.0


def test_every_building_lies_inside_a_parcel(parcels):
    parcel_geoms = geometries(parcels)
    tree = shapely.STRtree(parcel_geoms)
    buildings = geometries(load("buildings.geojson"))
    assert any(len(b.interiors) for b in buildings), "a building with an inner courtyard"
    for building in buildings:
        candidates = parcel_geoms[tree.query(building)]
        assert any(p.buffer(0.05).contains(building) for p in candidates)


def test_cameras_have_the_normalised_fields_and_awkward_angles():
    cameras = load("cameras.geojson")["features"]
    assert 25 <= len(cameras) <= 35
    assert all(list(c["properties"]) == CAMERA_FIELDS for c in cameras)
    props = [c["properties"] for c in cameras]
    aimed = [p for p in props if p["direction"] is not None and p["fov"] < 360]
    assert any(p["direction"] == 0 for p in aimed)
    assert any(
        p["direction"] != 0
        and (p["direction"] - p["fov"] / 2 < 0 or p["direction"] + p["fov"] / 2 > 360)
        for p in aimed
    )
    assert any(p["direction"] is None and p["fov"] == 360 for p in props)


def test_some_cameras_see_private_land_and_some_only_the_road(parcels):
    private = shapely.union_all(
        [
            shape(f["geometry"])
            for f in parcels["features"]
            if f["properties"]["owner_group"] in PRIVATE_GROUPS
        ]
    )
    land = shapely.union_all(geometries(parcels))
    sectors = [sector(c) for c in load("cameras.geojson")["features"]]
    private_share = [s.intersection(private).area / s.area for s in sectors]
    land_share = [s.intersection(land).area / s.area for s in sectors]
    assert sum(share > 0.5 for share in private_share) >= 3
    assert sum(share < 0.05 for share in land_share) >= 3


def test_owners_file_is_in_the_dgfip_format_and_encoding(parcels):
    data = (TOWN / "owners.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # Windows-1252, as the DGFiP publishes it
    lines = data.decode("cp1252").split("\r\n")
    header = lines[0].split(";")
    assert "Groupe personne (Propriétaire(s) parcelle)" in header
    assert "N° plan (Références cadastrales)" in header
    rows = [dict(zip(header, line.split(";"))) for line in lines[1:] if line]
    ids = {
        f"99999000{r['Section (Références cadastrales)']}"
        f"{int(r['N° plan (Références cadastrales)']):04d}": r
        for r in rows
        if r["Code Commune (Champ géographique)"] == "999"
    }
    # Every parcel the town's file gives a legal-entity owner is listed.
    listed = {f["properties"]["id"] for f in parcels["features"] if f["properties"]["owner_group"]}
    assert listed == set(ids)


def test_entrances_stand_on_the_outline_of_a_home():
    buildings = {f["properties"]["building_id"]: f for f in load("buildings.geojson")["features"]}
    entrances = load("entrances.geojson")["features"]
    assert len(entrances) > 50
    for entrance in entrances:
        building = buildings[entrance["properties"]["building_id"]]
        assert building["properties"]["building"] in ("apartments", "house", "terrace")
        assert shape(building["geometry"]).exterior.distance(shape(entrance["geometry"])) < 0.01


def test_a_shop_camera_and_signs():
    cameras = [c["properties"] for c in load("cameras.geojson")["features"]]
    assert any(p["operator_type"] == "business" and p["range_m"] >= 50 for p in cameras)
    signs = [s["properties"] for s in load("signs.geojson")["features"]]
    assert {s["names_operator"] for s in signs} == {"yes", "no"}


def test_buildings_carry_the_heights_the_audit_reads_by_default():
    """Issue 19: houses 6-9 m, garages 2.5-3.5 m, some towers, under BD
    TOPO's `hauteur`, which the audit reads without BUILDING_HEIGHT_FIELD."""
    from camera_coverage.core.heights import height_fields

    features = load("buildings.geojson")["features"]
    assert height_fields(list(features[0]["properties"])) == ["hauteur"]
    by_use = {}
    for f in features:
        by_use.setdefault(f["properties"]["building"], []).append(f["properties"]["hauteur"])
    assert all(2.5 <= h <= 3.5 for h in by_use["garage"])
    assert all(6.0 <= h <= 9.0 for use in ("house", "terrace", "retail") for h in by_use[use])
    assert sum(h >= 15.0 for h in by_use["apartments"]) >= 5
    assert min(h for hs in by_use.values() for h in hs) > 0
