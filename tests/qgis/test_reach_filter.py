"""Read only what is within reach: coverageaudit and parcelexposure ask
the parcel, building and entrance layers only for the features near the
cameras, and give the same figures as reading everything (the readers' switch
turned off), on the real Paris 18e cadastre through each reading path:
GeoJSON (streamed and filtered batch by batch), GeoPackage (its spatial
index) and a memory layer (QGIS's features, tested against the boxes)."""

import re

import pytest
from osgeo import ogr
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

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
    # The 18th's ground as a study area (the hull of its parcels, made
    # with GDAL): with it given, nothing is read to make a default one.
    dataset = ogr.Open(str(parcels))
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    for feature in dataset.GetLayer(0):
        union.AddGeometry(feature.GetGeometryRef())
    outline = QgsVectorLayer("Polygon?crs=EPSG:2154", "study area", "memory")
    area = QgsFeature()
    area.setGeometry(QgsGeometry.fromWkt(union.ConvexHull().ExportToWkt()))
    outline.dataProvider().addFeatures([area])
    layers["study_area"] = outline
    del dataset
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
        # Given: a default study area would be made from the parcels, read
        # farther where they leave seen ground out (the test below).
        "STUDY_AREA": layers["study_area"],
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


def test_a_square_closed_by_parcels_beyond_reach_is_public_as_when_all_are_read(plugin, tmp_path):
    # Issue 17: the default study area was made from the parcels read near
    # the cameras, so a square whose ring of parcels lies beyond a camera's
    # reach was "unknown" for that camera alone and public in a run that
    # read the ring. A 300 m square ringed by 20 m parcels, and a far-away
    # hamlet that makes the layer wide; the camera stands 10 m inside the
    # square's south edge and looks north, 60°, 30 m: all public domain.
    from osgeo import ogr, osr

    from .layers import X0, Y0, camera_layer

    parcels_path = tmp_path / "parcels.gpkg"
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(parcels_path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = dataset.CreateLayer("parcels", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTString))
    ring = [(x, -20, x + 20, 0) for x in range(-20, 320, 20)]
    ring += [(x, 300, x + 20, 320) for x in range(-20, 320, 20)]
    ring += [(-20, y, 0, y + 20) for y in range(0, 300, 20)]
    ring += [(300, y, 320, y + 20) for y in range(0, 300, 20)]
    hamlet = [(5000 + 20 * i, 5000, 5020 + 20 * i, 5020) for i in range(5)]
    for n, (x0, y0, x1, y1) in enumerate(ring + hamlet):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("id", f"P{n}")
        wkt = f"POLYGON(({X0 + x0} {Y0 + y0},{X0 + x1} {Y0 + y0},{X0 + x1} {Y0 + y1},"
        wkt += f"{X0 + x0} {Y0 + y1},{X0 + x0} {Y0 + y0}))"
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None
    cameras = camera_layer([(X0 + 150, Y0 + 10, "sq", 0.0, 60.0, 30.0)])
    parameters = {"CAMERAS": cameras, "PARCELS": str(parcels_path), "OUTPUT_CAMERAS": "memory:"}
    within, lines = _run("coverageaudit", parameters, within_reach=True)
    everything, _ = _run("coverageaudit", parameters, within_reach=False)
    read, total = _read_counts(lines, "parcels")
    assert read < total  # the hamlet stays unread
    sector = 3.141592653589793 * 30**2 / 6
    for result in (within, everything):
        (camera,) = result["OUTPUT_CAMERAS"].getFeatures()
        assert camera["public_m2"] == pytest.approx(sector, rel=2e-3)
        assert camera["unknown_m2"] == pytest.approx(0, abs=0.01)
