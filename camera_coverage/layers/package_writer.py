"""One GeoPackage holding several named layers (communedata's output):
each written whole from shapely geometries and rows, the file made anew by
the first one. Through QGIS's own writer, so that the layers open as any
QGIS GeoPackage does."""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ..translation import tr
from .layer_io import make_fields, write_features


@dataclass
class PackageLayer:
    name: str
    wkb_type: int  # QgsWkbTypes.Type; NoGeometry for a table
    fields: tuple  # (name, QVariant type) pairs
    rows: list  # one list of values per feature, in the fields' order
    geometries: object = None  # shapely array in EPSG:4326, one per row
    crs: str = "EPSG:4326"


def write_package(path, layers, transform_context, append=False):
    """Write `layers` (PackageLayer) into the GeoPackage at `path`,
    replacing the file, or beside its other layers with `append`."""
    for index, layer in enumerate(layers):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer.name
        options.actionOnExistingFile = (
            QgsVectorFileWriter.CreateOrOverwriteFile
            if index == 0 and not append
            else QgsVectorFileWriter.CreateOrOverwriteLayer
        )
        fields = make_fields(layer.fields)
        writer = QgsVectorFileWriter.create(
            str(path),
            fields,
            layer.wkb_type,
            QgsCoordinateReferenceSystem(layer.crs),
            transform_context,
            options,
        )
        if writer.hasError() != QgsVectorFileWriter.NoError:
            raise QgsProcessingException(
                tr("Could not write the layer {} into {}: {}").format(
                    layer.name, path, writer.errorMessage()
                )
            )
        rows = layer.rows
        geometries = layer.geometries
        if geometries is None:
            geometries = np.full(len(rows), None, dtype=object)
        try:
            # No cancel here: a commune's layers are written whole or not at all.
            write_features(
                writer,
                fields,
                geometries,
                rows,
                QgsFeedback(),
                multi=QgsWkbTypes.isMultiType(layer.wkb_type),
            )
        finally:
            del writer
