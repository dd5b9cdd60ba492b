"""Rows without a location stored with no geometry: QGIS 3.22's GeoPackage
writer stores a feature without geometry as an empty point, which other
readers show as POINT(nan nan), a place that does not exist."""

from osgeo import ogr

from .run_safety import gpkg_layer


def empty_points_to_null(destination):
    """Set the empty geometries of a finished GeoPackage output to NULL
    (nothing to do for other formats, which store none)."""
    found = gpkg_layer(destination)
    if found is None:
        return
    path, name = found
    dataset = ogr.Open(path, 1)
    if dataset is None:
        return
    layer = dataset.GetLayerByName(name) if name else dataset.GetLayer(0)
    if layer is not None and layer.GetGeometryColumn():
        dataset.ExecuteSQL(
            f'UPDATE "{layer.GetName()}" SET "{layer.GetGeometryColumn()}" = NULL '
            f'WHERE ST_IsEmpty("{layer.GetGeometryColumn()}")'
        )
    dataset = None
