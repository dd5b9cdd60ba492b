"""The optional elevation model (DEM: RGE ALTI, SRTM reprojected, any
raster QGIS reads): a reader that the core asks, camera by camera, for the
window of cells around its reach only, so that a département's DEM is never
read whole."""

import numpy as np
from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterRasterLayer,
    QgsRectangle,
)

from ..core.terrain import Dem
from ..translation import tr

DEM = "DEM"

DTYPES = {
    Qgis.Byte: np.uint8,
    Qgis.UInt16: np.uint16,
    Qgis.Int16: np.int16,
    Qgis.UInt32: np.uint32,
    Qgis.Int32: np.int32,
    Qgis.Float32: np.float32,
    Qgis.Float64: np.float64,
}


def add_dem_parameter(algorithm):
    parameter = QgsProcessingParameterRasterLayer(
        DEM,
        tr("Elevation model (DEM, metres, in a CRS in metres; optional): the relief hides ground"),
        optional=True,
    )
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    algorithm.addParameter(parameter)


class RasterDem:
    """A raster layer's first band as terrain.Dem windows, read on demand;
    cells without data become NaN."""

    def __init__(self, layer):
        self.provider = layer.dataProvider()
        self.crs = layer.crs().authid() or layer.crs().toWkt()
        self.extent = layer.extent()
        self.columns, self.rows = layer.width(), layer.height()
        self.cell = self.extent.width() / self.columns
        if abs(self.extent.height() / self.rows - self.cell) > 1e-6 * self.cell:
            raise QgsProcessingException(
                tr("The elevation model's cells are not square: resample it first.")
            )
        dtype = DTYPES.get(self.provider.dataType(1))
        if dtype is None:
            raise QgsProcessingException(
                tr("The elevation model's first band does not hold numbers.")
            )
        self.dtype = dtype

    def window(self, xmin, ymin, xmax, ymax):
        """The cells that meet the box, read from the raster."""
        west, north, cell = self.extent.xMinimum(), self.extent.yMaximum(), self.cell
        c0 = min(max(int(np.floor((xmin - west) / cell)), 0), self.columns)
        c1 = min(max(int(np.ceil((xmax - west) / cell)), c0), self.columns)
        r0 = min(max(int(np.floor((north - ymax) / cell)), 0), self.rows)
        r1 = min(max(int(np.ceil((north - ymin) / cell)), r0), self.rows)
        x0, y0 = west + c0 * cell, north - r0 * cell
        if c1 == c0 or r1 == r0:
            return Dem(np.empty((r1 - r0, c1 - c0)), x0, y0, cell, self.crs)
        rectangle = QgsRectangle(x0, north - r1 * cell, west + c1 * cell, y0)
        block = self.provider.block(1, rectangle, c1 - c0, r1 - r0)
        heights = np.frombuffer(bytes(block.data()), dtype=self.dtype)
        heights = heights.reshape(r1 - r0, c1 - c0).astype(float)
        if block.hasNoDataValue():
            heights[heights == block.noDataValue()] = np.nan
        return Dem(heights, x0, y0, cell, self.crs)


def read_dem(algorithm, parameters, context):
    """The DEM parameter as a RasterDem, or None without one."""
    layer = algorithm.parameterAsRasterLayer(parameters, DEM, context)
    if layer is None:
        if parameters.get(DEM):
            raise QgsProcessingException(tr("The elevation model (DEM) cannot be read."))
        return None
    return RasterDem(layer)


def report_relief(feedback, coverage):
    """How much ground the relief hides overall, and which cameras it could
    not judge."""
    relief = coverage.relief
    if relief is None:
        return
    hidden = max(float(np.sum(relief.hidden_m2)), 0.0)  # no "-0 m²" from rounding
    seen = float(np.sum(coverage.covered_m2)) + hidden
    share = 100.0 * hidden / seen if seen else 0.0
    feedback.pushInfo(
        tr("The relief hides {:.0f} m² of the {:.0f} m² the cameras would see ({:.1f} %).").format(
            hidden, seen, share
        )
    )
    if coverage.buildings_on_relief:
        feedback.pushInfo(
            tr(
                "{} buildings of known height stand on the relief: each hides what its top "
                "shadows on the level of its base, seen from the camera's eye above that level."
            ).format(coverage.buildings_on_relief)
        )
    if relief.without_height:
        feedback.pushInfo(
            tr(
                "{} cameras have no height (height_m): the relief is not taken into account "
                "for them."
            ).format(relief.without_height)
        )
    if relief.over_nodata:
        feedback.pushInfo(
            tr(
                "{} cameras stand where the elevation model has no data: the relief is not "
                "taken into account for them."
            ).format(relief.over_nodata)
        )
