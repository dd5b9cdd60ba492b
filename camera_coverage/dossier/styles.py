"""The shipped QML styles, applied where a volunteer meets the outputs: on
the layers QGIS loads when an algorithm ends (a post-processor), as the
default style inside GeoPackage outputs (so that they open styled anywhere),
and on the dossier's own layers. Legends are in the user's language."""

from pathlib import Path

from qgis.core import (
    QgsLayerTreeLayer,
    QgsProcessingLayerPostProcessorInterface,
    QgsVectorLayer,
)

STYLES = Path(__file__).resolve().parents[1] / "styles"

# Order of the layers in the legend, top first: cameras above their views.
ORDER = (
    "cameras",
    "verdicts",
    "rejected",
    "masks",
    "dwellings",
    "pieces",
    "dori",
    "coverage",
    "buildings",
    "parcels",
)


def style_path(name, lang="en"):
    """The QML of one style, with the legend in `lang` when it exists."""
    localised = STYLES / lang / f"{name}.qml"
    return localised if localised.exists() else STYLES / f"{name}.qml"


def apply_style(layer, name, lang="en"):
    message, ok = layer.loadNamedStyle(str(style_path(name, lang)))
    if not ok:
        raise RuntimeError(f"style {name}: {message}")
    layer.triggerRepaint()


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
    if layer is None:
        return False
    apply_style(layer, name, lang)
    error = layer.saveStyleToDatabase(name, "camera_coverage", True, "")
    return not error


# QGIS keeps only a C++ pointer to a post-processor: the Python objects
# must stay alive. Ranks of the layers loaded so far, by layer id.
_ALIVE = []
_RANKS = {}


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles a layer once QGIS has added it, and puts it in ORDER among
    the plugin's other layers of the same group."""

    def __init__(self, name, lang):
        super().__init__()
        self.name = name
        self.lang = lang

    @classmethod
    def create(cls, name, lang):
        instance = cls(name, lang)
        _ALIVE.append(instance)
        return instance

    def postProcessLayer(self, layer, context, feedback):
        if not isinstance(layer, QgsVectorLayer):
            return
        apply_style(layer, self.name, self.lang)
        _RANKS[layer.id()] = ORDER.index(self.name) if self.name in ORDER else 99
        project = layer.project() if hasattr(layer, "project") else None
        if project is not None:
            reorder(project.layerTreeRoot().findLayer(layer.id()), _RANKS)


def reorder(node, ranks):
    """Sort the plugin's layers among `node`'s siblings by rank (cameras
    on top), at the place the first of them holds; the user's other layers
    stay where they are."""
    if node is None or node.parent() is None:
        return
    parent = node.parent()
    ranked = [
        child
        for child in parent.children()
        if isinstance(child, QgsLayerTreeLayer) and child.layerId() in ranks
    ]
    ordered = sorted(ranked, key=lambda child: ranks[child.layerId()])
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
    GeoPackage output and applied when QGIS loads it; destinations in
    `empty` (e.g. a rejected layer with no feature) are not loaded at all."""
    for destination, name in outputs:
        if destination is None:
            continue
        save_default_style(destination, name, lang)
        if not context.willLoadLayerOnCompletion(destination):
            continue
        if destination in empty:
            layers = context.layersToLoadOnCompletion()
            layers.pop(destination, None)
            context.setLayersToLoadOnCompletion(layers)
            continue
        details = context.layerToLoadOnCompletionDetails(destination)
        details.setPostProcessor(StyleOnLoad.create(name, lang))
