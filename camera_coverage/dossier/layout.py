"""The dossier's print layout, built with QGIS's layout engine: a cover with
the headline figures, an overview map (scale bar, true-north arrow, legend,
sources and licences), one page per flagged camera (its map, figures, the
rules its flag cites, its masks), then the assumptions. One layout, so that
one PDF holds every page; the same layout goes into the project file."""

import math

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPathResolver,
    QgsPrintLayout,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsSymbolLayerUtils,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..translation import tr

WIDTH, HEIGHT, MARGIN = 297.0, 210.0, 12.0
FONT = "DejaVu Sans"
MM = QgsUnitTypes.LayoutMillimeters


def safe(text):
    """Data text shown as it is: a label evaluates [% ... %] as an
    expression, so that opening is broken with a zero-width space."""
    return str(text).replace("[%", "[\u200b%")


class DossierLayout:
    def __init__(self, project, name):
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()
        self.layout.setName(name)
        self.pages = self.layout.pageCollection()
        self.pages.page(0).setPageSize("A4", QgsLayoutItemPage.Landscape)
        self.used = 0
        self.maps = []

    def new_page(self):
        """Index of a fresh A4 landscape page (the layout starts with one)."""
        if self.used:
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize("A4", QgsLayoutItemPage.Landscape)
            self.pages.addPage(page)
        self.used += 1
        return self.used - 1

    def _place(self, item, page, x, y, w, h):
        self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
        item.attemptResize(QgsLayoutSize(w, h, MM))
        return item

    def label(
        self, text, page, x, y, w, h, size=10.0, bold=False, color="#222222", expressions=False
    ):
        """A text box; data text is shown as it is unless `expressions`
        (for the atlas, whose labels hold [% ... %] on purpose)."""
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text if expressions else safe(text))
        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setFontColor(QColor(color))
        item.setVAlign(Qt.AlignTop)
        item.setHAlign(Qt.AlignLeft)
        return self._place(item, page, x, y, w, h)

    def band(self, page, color="#1f3b5a"):
        """The coloured strip at the top of every page."""
        return self.box(page, 0, 0, WIDTH, 8, color)

    def box(self, page, x, y, w, h, color):
        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Rectangle)
        symbol = shape.symbol().clone()
        symbol.symbolLayer(0).setColor(QColor(color))
        symbol.symbolLayer(0).setStrokeStyle(Qt.NoPen)
        shape.setSymbol(symbol)
        return self._place(shape, page, x, y, w, h)

    def map(self, page, x, y, w, h, layers, extent, crs):
        item = QgsLayoutItemMap(self.layout)
        # Added, given its CRS and sized before its extent is set: otherwise
        # its height comes out as NaN and nothing is drawn.
        self._place(item, page, x, y, w, h)
        item.setCrs(crs)
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.setFrameEnabled(True)
        item.setExtent(fit(extent, w / h))
        self.maps.append(item)
        return item

    def decorations(self, page, map_item, x, y, atlas=False):
        """Scale bar at (x, y) and a true-north arrow in the map's corner;
        both items. The bar goes by a round step (1, 2 or 5 × 10^n m) of
        9 to 22.5 mm; an atlas's bar, whose scale changes with each page,
        is fitted to 20..45 mm instead."""
        bar = QgsLayoutItemScaleBar(self.layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(map_item)
        bar.setUnits(QgsUnitTypes.DistanceMeters)
        bar.setUnitLabel("m")
        bar.setNumberOfSegmentsLeft(0)
        bar.setNumberOfSegments(2)
        text = QgsTextFormat()
        text.setFont(QFont(FONT))
        text.setSize(7)
        bar.setTextFormat(text)
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor(255, 255, 255, 210))
        self.layout.addLayoutItem(bar)
        bar.applyDefaultSize()
        if atlas:
            bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
            bar.setMinimumBarWidth(20)
            bar.setMaximumBarWidth(45)
        else:
            bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
            bar.setUnitsPerSegment(round_step(map_item.scale() * 22.5 / 1000))
        bar.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setPicturePath(
            QgsSymbolLayerUtils.svgSymbolNameToPath("arrows/NorthArrow_02.svg", QgsPathResolver())
        )
        arrow.setLinkedMap(map_item)
        arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
        arrow.setBackgroundEnabled(True)
        arrow.setBackgroundColor(QColor(255, 255, 255, 210))
        # In the map's top right corner, where a camera rarely is.
        corner = map_item.pagePositionWithUnits()
        right = corner.x() + map_item.sizeWithUnits().width()
        self._place(arrow, page, right - 12, corner.y() + 2, 10, 14)
        return bar, arrow

    def legend(self, page, map_item, layers, x, y, w, title=True):
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(tr("Legend") if title else "")
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in layers:
            root.addLayer(layer)
        legend.setLegendFilterByMapEnabled(True)
        for style, size, bold in (
            (QgsLegendStyle.Title, 10, True),
            (QgsLegendStyle.Group, 8, True),
            (QgsLegendStyle.Subgroup, 8, True),
            (QgsLegendStyle.SymbolLabel, 7, False),
        ):
            font = QFont(FONT)
            font.setPointSizeF(size)
            font.setBold(bold)
            legend.rstyle(style).setFont(font)
        legend.setSymbolWidth(5)
        legend.setSymbolHeight(3.5)
        legend.setWrapString("|")
        self.layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
        legend.setResizeToContents(True)
        legend.adjustBoxSize()
        return legend


def round_step(longest):
    """The largest of 1, 2, 5 × 10^n not above `longest` (> 0)."""
    power = 10.0 ** math.floor(math.log10(longest))
    for mantissa in (5, 2, 1):
        if mantissa * power <= longest:
            return mantissa * power
    return power


def padded(rectangle, share=0.08, minimum=40.0):
    """The extent with a margin, at least `minimum` map units across."""
    rect = QgsRectangle(rectangle)
    grow = max(rect.width(), rect.height()) * share
    rect.grow(grow)
    if rect.width() < minimum or rect.height() < minimum:
        center = rect.center()
        half = max(rect.width(), rect.height(), minimum) / 2
        rect = QgsRectangle(
            center.x() - half, center.y() - half, center.x() + half, center.y() + half
        )
    return rect


def fit(extent, aspect):
    """The extent widened in one direction to the frame's width / height,
    so that the map fills its frame."""
    rect = QgsRectangle(extent)
    center = rect.center()
    width, height = rect.width(), rect.height()
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    return QgsRectangle(
        center.x() - width / 2,
        center.y() - height / 2,
        center.x() + width / 2,
        center.y() + height / 2,
    )


def export_pdf(layout, path):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    settings.rasterizeWholeImage = False
    settings.simplifyGeometries = True
    # Text as text: the dossier must be searchable and its figures copyable.
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    result = QgsLayoutExporter(layout).exportToPdf(str(path), settings)
    if result != QgsLayoutExporter.Success:
        raise RuntimeError(f"PDF export failed ({result}): {path}")


def map_image(layout, map_item, dpi=110):
    """JPEG bytes of one map item, for the HTML report (a third of the
    time and size of a PNG for these flat maps)."""
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice

    rect = map_item.sceneBoundingRect()
    size = QSize(int(rect.width() / 25.4 * dpi), int(rect.height() / 25.4 * dpi))
    image = QgsLayoutExporter(layout).renderRegionToImage(QRectF(rect), size, dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "JPG", 85)
    buffer.close()
    return bytes(data)
