"""Read only what is within reach: coverageaudit and parcelexposure ask
the parcel, building and entrance layers only for the features near the
cameras, and give the same figures as reading everything (the readers' switch
turned off), on the real Paris 18e cadastre through each reading path:
GeoJSON (streamed and filtered batch by batch), GeoPackage (its spatial
index) and a memory layer (QGIS's features, tested against the boxes)."""

import re

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingFeedback, QgsVectorLayer

from camera_coverage.layers import reach
from tests.conftest import SHARED_DATA

from .test_real_data import paris_cameras

PARCELS = SHARED_DATA / "paris18" / "cadastre-75118-parcelles.json"


def _run(name, parameters, within_reach):
    import processing

    reach.READ_WITHIN_REACH = within_reach
    feedback = QgsProcessingFeedback()
    try:
        result = processing.run(f"camera_coverage:{name}", parameters, feedback=feedback)
    finally:
        reach.READ_WITHIN_REACH = True
    return result, feedback.textLog().splitlines()


def _read_counts(lines, label):
    for line in lines:
        found = re.match(rf"(\d+) of (\d+) {label} read", line)
        if found:
            return int(found.group(1)), int(found.group(2))
    raise AssertionError(f"no '{label} read' line in {lines}")


def _same(layer_a, layer_b):
    a = {f["camera_id"]: f for f in layer_a.getFeatures()}
    b = {f["camera_id"]: f for f in layer_b.getFeatures()}
    assert set(a) == set(b) and a
    names = [f.name() for f in layer_a.fields()]
    for cid, ours in a.items():
        scale = max(abs(ours["covered_m2"]), 1.0)
        for name in names:
            mine, theirs = ours[name], b[cid][name]
            if isinstance(mine, float):
                assert abs(mine - theirs) <= 1e-9 * max(scale, abs(mine)), (cid, name)
            else:
                assert mine == theirs, (cid, name)


def _geopackages(folder):
    """The cadastre in Lambert-93 as a GeoPackage (with its spatial index),
    and buildings: the parcels shrunk by 3 m; written with GDAL."""
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    parcels = folder / "parcels.gpkg"
    gdal.VectorTranslate(str(parcels), str(PARCELS), dstSRS="EPSG:2154", layerName="parcels")
    buildings = folder / "buildings.gpkg"
    source = ogr.Open(str(parcels))
    layer = source.GetLayer(0)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(buildings))
    target = out.CreateLayer("buildings", layer.GetSpatialRef(), ogr.wkbMultiPolygon)
    target.StartTransaction()
    for feature in layer:
        shrunk = feature.GetGeometryRef().Buffer(-3.0)
        if shrunk is not None and not shrunk.IsEmpty():
            building = ogr.Feature(target.GetLayerDefn())
            building.SetGeometry(ogr.ForceToMultiPolygon(shrunk))
            target.CreateFeature(building)
    target.CommitTransaction()
    del target, out, layer, source
    return parcels, buildings


@pytest.fixture(scope="module")
def layers(plugin, tmp_path_factory):
    parcels, buildings = _geopackages(tmp_path_factory.mktemp("reach"))
    geojson = QgsVectorLayer(str(PARCELS), "parcels", "ogr")
    layers = {
        "geojson": geojson,
        "gpkg": QgsVectorLayer(str(parcels), "parcels", "ogr"),
        "memory": geojson.materialize(QgsFeatureRequest()),
        "buildings": QgsVectorLayer(str(buildings), "buildings", "ogr"),
    }
    yield layers
    # Layers must go while QGIS is still up (not at the interpreter's exit).
    layers.clear()
    del geojson


@pytest.mark.parametrize("kind", ["geojson", "gpkg", "memory"])
def test_audit_reads_only_within_reach_with_the_same_figures(layers, kind):
    cameras = paris_cameras()
    # The western half of the 18th's sites: most parcels are out of reach.
    cameras.setSubsetString('"Code postal" = 75018 AND "lon" < 2.35')
    parameters = {
        "CAMERAS": cameras,
        "ID_FIELD": "Numéro",
        "PARCELS": layers[kind],
        "BUILDINGS": layers["buildings"],
        "OUTPUT_CAMERAS": "memory:",
    }
    filtered, log = _run("coverageaudit", parameters, True)
    everything, full_log = _run("coverageaudit", parameters, False)
    total = layers[kind].featureCount()
    read, of = _read_counts(log, "parcels")
    assert of == total and 0 < read < total / 3
    assert _read_counts(full_log, "parcels") == (total, total)
    built, of_buildings = _read_counts(log, "buildings")
    assert 0 < built < of_buildings / 3
    assert any(f["private_m2"] > 0 for f in filtered["OUTPUT_CAMERAS"].getFeatures())
    _same(filtered["OUTPUT_CAMERAS"], everything["OUTPUT_CAMERAS"])


def _entrances(buildings):
    """A door on every building: the first corner of its outline."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    doors = QgsVectorLayer("Point?crs=EPSG:2154&field=ref:string", "entrances", "memory")
    features = []
    for building in buildings.getFeatures():
        corner = next(building.geometry().vertices())
        door = QgsFeature(doors.fields())
        door.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(corner.x(), corner.y())))
        door["ref"] = f"E{building.id()}"
        features.append(door)
    doors.dataProvider().addFeatures(features)
    return doors


def test_legal_layers_read_only_within_reach_with_the_same_figures(layers):
    """The legal reading's own reads of the buildings (with their use) and
    of the entrances keep to the cameras' reach too: same dwellings,
    entrances and masks as reading everything."""
    cameras = paris_cameras()
    cameras.setSubsetString('"Code postal" = 75018 AND "lon" < 2.35')
    entrances = _entrances(layers["buildings"])
    parameters = {
        "CAMERAS": cameras,
        "ID_FIELD": "Numéro",
        "PARCELS": layers["gpkg"],
        "BUILDINGS": layers["buildings"],
        "DWELLING_EXPRESSION": "$id % 2 = 0",
        "ENTRANCES": entrances,
        "OUTPUT_CAMERAS": "memory:",
        "OUTPUT_MASKS": "memory:",
    }
    filtered, log = _run("coverageaudit", parameters, True)
    everything, full_log = _run("coverageaudit", parameters, False)
    read, total = _read_counts(log, "entrances")
    assert total == entrances.featureCount() and 0 < read < total / 3
    assert _read_counts(full_log, "entrances") == (total, total)
    seen = [f["entrance_seen"] for f in filtered["OUTPUT_CAMERAS"].getFeatures()]
    assert any(seen) and any(f["dwellings_seen"] for f in filtered["OUTPUT_CAMERAS"].getFeatures())
    _same(filtered["OUTPUT_CAMERAS"], everything["OUTPUT_CAMERAS"])
    masks = [
        sorted((f["camera_id"], f["kind"], round(f["area_m2"], 6)) for f in out.getFeatures())
        for out in (filtered["OUTPUT_MASKS"], everything["OUTPUT_MASKS"])
    ]
    assert masks[0] == masks[1] and masks[0]


def test_parcelexposure_reads_only_what_the_coverage_meets(layers):
    cameras = paris_cameras()
    cameras.setSubsetString('"Code postal" = 75018 AND "lon" > 2.35')
    coverage, _ = _run(
        "cameracoverage",
        {"CAMERAS": cameras, "ID_FIELD": "Numéro", "OUTPUT": "memory:"},
        True,
    )
    parameters = {
        "COVERAGE": coverage["OUTPUT"],
        "PARCELS": layers["geojson"],
        "OUTPUT_PIECES": "memory:",
        "OUTPUT_SUMMARY": "memory:",
    }
    filtered, log = _run("parcelexposure", parameters, True)
    everything, _ = _run("parcelexposure", parameters, False)
    read, total = _read_counts(log, "parcels")
    assert 0 < read < total / 3
    _same(filtered["OUTPUT_SUMMARY"], everything["OUTPUT_SUMMARY"])
