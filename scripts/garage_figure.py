"""The README's figure for issue 19: a camera on a pole over a garage, in 2D
and in 3D, side by side, drawn by QGIS itself from `cameracoverage`'s
outputs and the plugin's shipped styles.

A street, a plot with a house, a garage and a garden behind them, the
plots on either side; a camera 6 m up on the pavement looking north over the 3 m
garage. `cameracoverage` runs twice on the same camera: once with buildings
that carry no height (walls of unlimited height, as in 2D), once with their
BD TOPO `hauteur`. The areas in the titles are read from the outputs.

    .venv/bin/python scripts/garage_figure.py [OUTPUT_PNG]

writes docs/garage-2d-3d.png by default (headless QGIS, no screen needed)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from qgis_session import start_qgis  # noqa: E402

OUTPUT = ROOT / "docs" / "garage-2d-3d.png"
# Lambert-93, on its central meridian (grid north is true north); the
# scene is drawn in metres from this point.
X0, Y0 = 700_000.0, 6_862_000.0
CAMERA = (0.5, -1.5)  # on the pavement, in front of the garage
CAMERA_HEIGHT_M = 6.0
CAMERA_FOV = 60.0
CAMERA_RANGE_M = 30.0
STREET = (-30, -12, 30, 0)
PLOTS = [(-36, 0, -12, 34), (-12, 0, 12, 34), (12, 0, 36, 34)]
GARDEN = (-12, 14, 12, 34)
# (name, box, hauteur in metres)
BUILDINGS = [
    ("garage", (-1.5, 5, 2.5, 11), 3.0),
    ("house", (-11, 4, -3, 14), 7.0),
]
# The part of the scene each map shows (local metres).
VIEW = (-19, -7, 21, 33)  # square, as the maps: QGIS would resize them
DPI = 150
FOOTNOTE = (
    "Blue: the ground the camera sees, as camera_coverage:cameracoverage draws it. "
    "The same camera (60°, 30 m) and the same buildings on both sides;\n"
    "on the right the buildings carry their height (BD TOPO's hauteur field)."
)


def box_wkt(xmin, ymin, xmax, ymax):
    """A rectangle of the scene, from local metres to Lambert-93."""
    corners = [(xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax), (xmin, ymin)]
    return "POLYGON((" + ",".join(f"{X0 + x} {Y0 + y}" for x, y in corners) + "))"


def memory_layer(kind, name, fields, rows):
    """A Lambert-93 memory layer; rows: (wkt, attributes)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    uri = f"{kind}?crs=EPSG:2154" + "".join(f"&field={f}" for f in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def buildings_layer(with_heights):
    """The buildings, with their `hauteur` or with no height field at all."""
    fields = ["nom:string", "hauteur:double"] if with_heights else ["nom:string"]
    rows = [
        (box_wkt(*corners), [name, height] if with_heights else [name])
        for name, corners, height in BUILDINGS
    ]
    return memory_layer("Polygon", "buildings", fields, rows)


def camera_layer():
    """The camera on its pole, looking north."""
    x, y = CAMERA
    fields = ["camera_id:string", "direction:double", "fov:double"]
    fields += ["range_m:double", "height_m:double"]
    attributes = ["pole", 0.0, CAMERA_FOV, CAMERA_RANGE_M, CAMERA_HEIGHT_M]
    return memory_layer("Point", "camera", fields, [(f"POINT({X0 + x} {Y0 + y})", attributes)])


def coverage(cameras, buildings):
    """cameracoverage's output layer and the camera's covered_m2."""
    import processing

    result = processing.run(
        "camera_coverage:cameracoverage",
        {"CAMERAS": cameras, "BUILDINGS": buildings, "OUTPUT": "memory:"},
    )
    layer = result["OUTPUT"]
    (feature,) = layer.getFeatures()
    return layer, feature["covered_m2"]


def garden_seen_m2(coverage_layer):
    """How much of the garden the coverage takes in, in m²."""
    from qgis.core import QgsGeometry

    garden = QgsGeometry.fromWkt(box_wkt(*GARDEN))
    (feature,) = coverage_layer.getFeatures()
    return feature.geometry().intersection(garden).area()


def text_format(size, bold=False, colour="#222222"):
    """Dark text with a white halo, legible over any fill."""
    from qgis.core import QgsTextBufferSettings, QgsTextFormat
    from qgis.PyQt.QtGui import QColor, QFont

    font = QFont("DejaVu Sans")
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    return text


def label(layer, expression, size, placement=None, beside=False):
    """Labels from an expression, never dropped; `beside`: right of the
    point, clear of its symbol."""
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text_format(size))
    settings.displayAll = True
    if placement is not None:
        settings.placement = placement
    if beside:
        settings.quadOffset = QgsPalLayerSettings.QuadrantRight
        settings.xOffset = 2.5
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def plain_fill(layer, fill, outline):
    """A fill for the street and the garden, which have no shipped style."""
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    symbol = QgsFillSymbol.createSimple(
        {"color": fill, "outline_color": outline, "outline_width": "0.2"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def scene_layers(buildings, seen, cameras, with_heights):
    """The layers of one map, top first, styled."""
    from qgis.core import QgsPalLayerSettings

    from camera_coverage.layers.presentation import style_path

    street = memory_layer("Polygon", "street", ["nom:string"], [(box_wkt(*STREET), ["street"])])
    plain_fill(street, "#e4e4e4", "#b0b0b0")
    label(street, '"nom"', 10.5)
    plots = memory_layer(
        "Polygon", "parcels", ["id:string"], [(box_wkt(*p), [str(i)]) for i, p in enumerate(PLOTS)]
    )
    plots.loadNamedStyle(str(style_path("parcels")))
    garden = memory_layer("Polygon", "garden", ["nom:string"], [(box_wkt(*GARDEN), ["garden"])])
    plain_fill(garden, "#d5ecc2", "#9cc58a")
    garden_label = memory_layer(
        "Point", "garden label", ["nom:string"], [(f"POINT({X0 - 7} {Y0 + 31})", ["garden"])]
    )
    label(garden_label, '"nom"', 10.5, QgsPalLayerSettings.OverPoint)
    buildings.loadNamedStyle(str(style_path("buildings")))
    height = " || '\\n' || \"hauteur\" || ' m'" if with_heights else ""
    label(buildings, '"nom"' + height, 9.5, QgsPalLayerSettings.OverPoint)
    seen.loadNamedStyle(str(style_path("views")))
    cameras.loadNamedStyle(str(style_path("camera_positions")))
    label(cameras, f"'camera, {CAMERA_HEIGHT_M:g} m up'", 9.5, QgsPalLayerSettings.OverPoint, True)
    return [cameras, buildings, seen, garden_label, garden, plots, street]


def add_map(layout, layers, x, y, width, height):
    """A framed map of the scene's VIEW on the page (millimetres)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsRectangle,
    )

    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(width, height))
    item.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    item.setLayers(layers)
    xmin, ymin, xmax, ymax = VIEW
    item.setExtent(QgsRectangle(X0 + xmin, Y0 + ymin, X0 + xmax, Y0 + ymax))
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    return item


def add_text(layout, text, x, y, width, height, size, bold=False):
    """A line of text on the page (QGIS 3.22's labels take a QFont)."""
    from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize
    from qgis.PyQt.QtGui import QFont

    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(width, height))
    layout.addLayoutItem(item)


def add_scale_bar(layout, map_item, x, y):
    """0-5-10 m, so that the garage's size can be read off the map."""
    from qgis.core import QgsLayoutItemScaleBar, QgsLayoutPoint, QgsUnitTypes

    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(QgsUnitTypes.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setUnitsPerSegment(5)
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setTextFormat(text_format(8))
    bar.attemptMove(QgsLayoutPoint(x, y))
    layout.addLayoutItem(bar)


def render(panels, output):
    """panels: (title, subtitle, layers) left to right, into one PNG."""
    from qgis.core import (
        QgsLayoutExporter,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import QSize

    project = QgsProject.instance()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    margin, gap, map_size, title_height = 6, 8, 125, 16
    width = 2 * margin + 2 * map_size + gap
    footnote_height = 11
    height = margin + title_height + map_size + 3 + footnote_height + margin
    layout.pageCollection().page(0).setPageSize(
        QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters)
    )
    for i, (title, subtitle, layers) in enumerate(panels):
        project.addMapLayers(layers, False)
        x = margin + i * (map_size + gap)
        add_text(layout, title, x, margin, map_size, 7, 10.5, bold=True)
        add_text(layout, subtitle, x, margin + 7, map_size, 6, 9)
        map_item = add_map(layout, layers, x, margin + title_height, map_size, map_size)
        add_scale_bar(layout, map_item, x + 3, margin + title_height + map_size - 12)
    footnote_top = margin + title_height + map_size + 3
    add_text(layout, FOOTNOTE, margin, footnote_top, width - 2 * margin, footnote_height, 9)
    # The page as an image, saved as such: exportToImage would also try to
    # georeference the PNG in place, which GDAL's PNG driver refuses.
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), DPI)
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output), "PNG"):
        sys.exit(f"QGIS could not write {output}")


def main():
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    app, _provider = start_qgis()  # the registry needs the reference kept
    panels = []
    for with_heights in (False, True):
        buildings = buildings_layer(with_heights)
        cameras = camera_layer()
        seen, covered_m2 = coverage(cameras, buildings)
        garden_m2 = garden_seen_m2(seen)
        if with_heights:
            title = "3D: the garage is 3 m high, the camera 6 m"
        else:
            title = "2D: buildings as walls of unlimited height"
        title += f" — {covered_m2:.0f} m² seen"
        subtitle = f"{garden_m2:.0f} m² of it in the garden"
        print(f"{title}; {subtitle}")
        panels.append((title, subtitle, scene_layers(buildings, seen, cameras, with_heights)))
    render(panels, output)
    print(f"Written {output}")
    app.exitQgis()


if __name__ == "__main__":
    main()
