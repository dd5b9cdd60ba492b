"""The bulk Arrow read gives exactly what reading feature by feature
through QGIS gives, and steps aside where it cannot."""

import numpy as np
import shapely
from osgeo import ogr, osr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from camera_coverage.layers.layer_io import read_features
from camera_coverage.layers.ogr_arrow import arrow_read
from tests.conftest import SHARED_DATA

PARIS_PARCELS = SHARED_DATA / "paris18" / "cadastre-75118-parcelles.json"


def both_reads(layer, fields):
    source = QgsProcessingFeatureSource(layer, QgsProcessingContext())
    feedback = QgsProcessingFeedback()
    slow = read_features(source, fields, feedback, 0, 100, layer=None)
    fast = read_features(source, fields, feedback, 0, 100, layer=layer)
    return slow, fast


def test_paris_cadastre_reads_the_same_both_ways(qgis_app):
    layer = QgsVectorLayer(str(PARIS_PARCELS), "parcels", "ogr")
    assert arrow_read(layer, ["id"], layer.featureCount()) is not None
    slow, fast = both_reads(layer, ["id", "contenance"])
    assert fast.feature_ids == slow.feature_ids
    assert fast.columns == slow.columns
    assert shapely.equals_exact(fast.geometries, slow.geometries, tolerance=0).all()


def test_nulls_and_text_in_a_geopackage(qgis_app, tmp_path):
    path = str(tmp_path / "parcels.gpkg")
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = dataset.CreateLayer("parcels", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("owner_group", ogr.OFTInteger))
    for i, (pid, group) in enumerate([("A1", 4), (None, None), ("Ç2", 7)]):
        feature = ogr.Feature(layer.GetLayerDefn())
        if pid is not None:
            feature.SetField("id", pid)
        if group is not None:
            feature.SetField("owner_group", group)
        # Different vertex counts, so that the WKB column is not fixed-size.
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt(
                shapely.box(i, 0, i + 1, 1).wkt
                if i != 1
                else "POLYGON((1 0,2 0,2 1,1.5 1.5,1 1,1 0))"
            )
        )
        layer.CreateFeature(feature)
    dataset = None
    qgis_layer = QgsVectorLayer(path, "parcels", "ogr")
    slow, fast = both_reads(qgis_layer, ["id", "owner_group"])
    assert fast.columns == slow.columns == {"id": ["A1", None, "Ç2"], "owner_group": [4, None, 7]}
    assert fast.feature_ids == slow.feature_ids
    assert np.allclose(shapely.area(fast.geometries), shapely.area(slow.geometries))


def test_filtered_or_osm_layers_are_read_through_qgis(qgis_app):
    layer = QgsVectorLayer(str(PARIS_PARCELS), "parcels", "ogr")
    layer.setSubsetString("\"section\" = 'AB'")
    assert arrow_read(layer, ["id"], layer.featureCount()) is None
    osm = QgsVectorLayer(
        f"{SHARED_DATA / 'monaco' / 'monaco-2025-02-07.osm.pbf'}|layername=multipolygons",
        "m",
        "ogr",
    )
    assert arrow_read(osm, [], 0) is None
    assert arrow_read(None, [], 0) is None
