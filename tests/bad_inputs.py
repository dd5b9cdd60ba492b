"""Bad input files a new user might hand the algorithms, written from the
sample town: a GeoJSON without its crs member, a GeoPackage with srs_id 0,
cameras far apart, out-of-range values, a column null everywhere, duplicate
ids, a damaged GeoPackage. Pure Python and GDAL, so that the processing.run
and the qgis_process tests share them."""

import copy
import json
import sqlite3

from osgeo import ogr

from tests.conftest import SAMPLE_TOWN


def town(name="cameras.geojson"):
    return json.loads((SAMPLE_TOWN / name).read_text(encoding="utf-8"))


def write_geojson(path, collection, crs=True):
    collection = copy.deepcopy(collection)
    if not crs:
        collection.pop("crs", None)
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def cameras_lonlat(path, places):
    """Cameras in EPSG:4326 (no crs member: GeoJSON's default), one per
    (camera_id, lon, lat)."""
    features = [
        {
            "type": "Feature",
            "properties": {"camera_id": cid, "direction": 90.0, "fov": 60.0, "range_m": 30.0},
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
        }
        for cid, lon, lat in places
    ]
    return write_geojson(path, {"type": "FeatureCollection", "features": features}, crs=False)


def with_properties(path, changes):
    """The sample town's cameras with some properties changed:
    {camera_id: {field: value}}; a field set for every camera with "*"."""
    collection = town()
    for feature in collection["features"]:
        props = feature["properties"]
        props.update(changes.get("*", {}))
        props.update(changes.get(props["camera_id"], {}))
    return write_geojson(path, collection)


def gpkg_without_srs(path):
    """The sample town's cameras in a GeoPackage whose layer has srs_id 0
    (the "undefined geographic" entry a careless export leaves)."""
    gpkg_copy(SAMPLE_TOWN / "cameras.geojson", path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE gpkg_geometry_columns SET srs_id = 0")
        db.execute("UPDATE gpkg_contents SET srs_id = 0")
    return path


def damaged_gpkg(path):
    """A GeoPackage cut to its first 4 kB, as a failed copy leaves it."""
    whole = path.with_name("whole_" + path.name)
    gpkg_copy(SAMPLE_TOWN / "cameras.geojson", whole)
    path.write_bytes(whole.read_bytes()[:4096])
    return path


def gpkg_copy(source, path, name="layer"):
    source_dataset = ogr.Open(str(source))
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    dataset.CopyLayer(source_dataset.GetLayer(0), name)
    dataset = None
    source_dataset = None
    return path
