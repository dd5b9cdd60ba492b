"""How the outputs meet the volunteer, whoever runs the algorithm (the
toolbox dialog, the graphical modeler, processing.runAndLoadResults): each
output's shipped QML style (legends in the user's language) is written into
its GeoPackage as the default style, so that it opens styled anywhere, and
applied by a post-processor once QGIS has loaded the layer (Processing loads
result layers without their default style); layers whose style and form are
already stored with the data (newplan's GeoPackage) get that stored style.
The layers of one run are stacked points above lines above polygons, and an
empty rejected layer is not loaded at all. Used by the algorithms and by the
dossier; imports neither."""

import re
from itertools import count
from pathlib import Path

from qgis.core import (
    QgsLayerTreeLayer,
    QgsProcessingLayerPostProcessorInterface,
    QgsVectorLayer,
    QgsWkbTypes,
)

STYLES = Path(__file__).resolve().parents[1] / "styles"

# Order of the layers in the legend, top first, among layers of the same
# geometry type: cameras above their views, the perimeter above the zones.
ORDER = (
    "cameras",
    "verdicts",
    "camera_positions",
    "rejected",
    "walls",
    "perimeter",
    "masks",
    "dwellings",
    "plan_seen",
    "pieces",
    "dori",
    "views",
    "coverage",
    "zones",
    "buildings",
    "parcels",
)
# Points above lines above polygons; tables (no geometry) last.
GEOMETRY_RANK = {
    QgsWkbTypes.PointGeometry: 0,
    QgsWkbTypes.LineGeometry: 1,
    QgsWkbTypes.PolygonGeometry: 2,
}
# The style name that means "the default style stored with the data".
STORED = None


def style_path(name, lang="en"):
    """The QML of one style, with the legend in `lang` when it exists."""
    localised = STYLES / lang / f"{name}.qml"
    return localised if localised.exists() else STYLES / f"{name}.qml"


def style_geometry(name):
    """The geometry type a shipped style draws (QgsWkbTypes.GeometryType),
    or None when the QML does not say."""
    found = re.search(
        r"<layerGeometryType>(\d+)</layerGeometryType>",
        style_path(name).read_text(encoding="utf-8"),
    )
    return int(found.group(1)) if found else None


def apply_style(layer, name, lang="en"):
    message, ok = layer.loadNamedStyle(str(style_path(name, lang)))
    if not ok:
        raise RuntimeError(f"style {name}: {message}")
    layer.triggerRepaint()


def fits(layer, name):
    """Whether the shipped style `name` draws `layer`'s geometry (a point
    style on a layer of polygons would draw nothing useful)."""
    geometry = style_geometry(name)
    return geometry is None or geometry == layer.geometryType()


def geopackage_layer(destination):
    """The output as a GeoPackage layer, or None when it is not one (a
    memory layer, a shapefile...)."""
    text = str(destination)
    if ".gpkg" not in text.lower():
        return None
    layer = QgsVectorLayer(text, "output", "ogr")
    if not layer.isValid() or layer.storageType().upper() != "GPKG":
        return None
    return layer


def save_default_style(destination, name, lang="en"):
    """Write the style into the GeoPackage as its default one; True when done."""
    layer = geopackage_layer(destination)
    if layer is None or not fits(layer, name):
        return False
    apply_style(layer, name, lang)
    error = layer.saveStyleToDatabase(name, "camera_coverage", True, "")
    return not error


def rank(layer, name):
    """Where a layer goes among the layers of its run, top first."""
    geometry = GEOMETRY_RANK.get(layer.geometryType(), len(GEOMETRY_RANK))
    return geometry, ORDER.index(name) if name in ORDER else len(ORDER)


# QGIS keeps only a C++ pointer to a post-processor: the Python objects
# must stay alive. (run, rank) of the layers loaded so far, by layer id.
_ALIVE = []
_RANKS = {}
_RUNS = count()


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles a layer once QGIS has added it (the shipped style `name`, or
    with `name` STORED the default style stored with the data: newplan's
    forms and styles), and puts it in its place among the layers the same
    run loaded."""

    def __init__(self, name, lang, run=None, order=None):
        super().__init__()
        self.name = name
        self.lang = lang
        self.run = next(_RUNS) if run is None else run
        self.order = order or name

    @classmethod
    def create(cls, name, lang, run=None, order=None):
        instance = cls(name, lang, run, order)
        _ALIVE.append(instance)
        return instance

    def postProcessLayer(self, layer, context, feedback):
        if not isinstance(layer, QgsVectorLayer):
            return
        if self.name is STORED:
            layer.loadDefaultStyle()
            layer.triggerRepaint()
        elif fits(layer, self.name):
            apply_style(layer, self.name, self.lang)
        _RANKS[layer.id()] = (self.run, rank(layer, self.order))
        project = layer.project()
        if project is not None:
            reorder(project.layerTreeRoot().findLayer(layer.id()), self.run)


def reorder(node, run, ranks=None):
    """Sort the layers `run` loaded among `node`'s siblings by rank (points
    on top), at the place the first of them holds; the user's other layers,
    and those of other runs, stay where they are."""
    ranks = _RANKS if ranks is None else ranks
    if node is None or node.parent() is None:
        return
    parent = node.parent()
    ranked = [
        child
        for child in parent.children()
        if isinstance(child, QgsLayerTreeLayer) and ranks.get(child.layerId(), (None,))[0] == run
    ]
    ordered = sorted(ranked, key=lambda child: ranks[child.layerId()][1])
    if ordered == ranked:
        return
    # Clones first: a layer whose last tree node goes is removed from the
    # project by the layer tree's registry bridge.
    start = parent.children().index(ranked[0])
    parent.insertChildNodes(start, [child.clone() for child in ordered])
    for child in ranked:
        parent.removeChildNode(child)


def present_outputs(context, outputs, lang="en", empty=()):
    """For each (destination, style name): the style written into a
    GeoPackage output and applied when QGIS loads it (a style name STORED:
    the style the data holds is applied; then (destination, STORED, order
    name)); destinations in `empty` (e.g. a rejected layer with no feature)
    are not loaded at all. The layers are stacked as one run."""
    run = next(_RUNS)
    for destination, name, *order in outputs:
        if destination is None:
            continue
        if name is not STORED:
            save_default_style(destination, name, lang)
        if not context.willLoadLayerOnCompletion(destination):
            continue
        if destination in empty:
            layers = context.layersToLoadOnCompletion()
            layers.pop(destination, None)
            context.setLayersToLoadOnCompletion(layers)
            continue
        details = context.layerToLoadOnCompletionDetails(destination)
        details.setPostProcessor(StyleOnLoad.create(name, lang, run, *order))
