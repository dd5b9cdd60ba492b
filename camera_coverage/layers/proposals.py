"""Which of the project's layers a dialog proposes for each input, by what
the layer is: its geometry, its fields and its name (as newplan names the
plan's layers, in English or French). Without a proposal QGIS puts the
first layer of the right geometry in every box, so that a plan check's
perimeter and zones both got the zones layer.

Proposals are the parameters' GUI defaults (setGuiDefaultValueOverride): a
script or qgis_process that leaves an input out still gets no layer."""

import re

from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, QThread

POINT, LINE, POLYGON = (
    QgsWkbTypes.PointGeometry,
    QgsWkbTypes.LineGeometry,
    QgsWkbTypes.PolygonGeometry,
)
NAMES = {
    "cameras": re.compile(r"cam[eé]ra|surveillance", re.IGNORECASE),
    "zones": re.compile(r"zone", re.IGNORECASE),
    "perimeter": re.compile(r"p[eé]rim[eè]t|enceinte|emprise|outline", re.IGNORECASE),
    "walls": re.compile(r"wall|\bmurs?\b|cloison|partition", re.IGNORECASE),
    "buildings": re.compile(r"building|b[aâ]ti", re.IGNORECASE),
}


def _score(kind, layer):
    """How well `layer` fits the input `kind`; 0 when it must not be
    proposed for it."""
    geometry = layer.geometryType()
    fields = {field.name().lower() for field in layer.fields()}
    named = bool(NAMES[kind].search(layer.name()))
    if kind == "cameras":
        if geometry != POINT:
            return 0
        return 3 * ("schedule" in fields) + ("camera_id" in fields) + 2 * named
    if kind == "zones":
        if geometry != POLYGON:
            return 0
        return 3 * ("zone_type" in fields) + 2 * named
    if kind == "perimeter":
        # The zones are not the perimeter, nor are the buildings.
        if geometry != POLYGON or "zone_type" in fields or NAMES["buildings"].search(layer.name()):
            return 0
        return 1 + 3 * named
    if kind == "walls":
        # Optional: only a layer that says it holds walls.
        return 3 if geometry == LINE and named else 0
    return 0


def proposed_layer(kind, project=None):
    """The layer of `project` (the current one by default) best fitting the
    input `kind` (cameras, zones, perimeter, walls), the first in the
    legend among equals; None when none fits."""
    project = project or QgsProject.instance()
    layers = [
        node.layer()
        for node in project.layerTreeRoot().findLayers()
        if isinstance(node.layer(), QgsVectorLayer) and node.layer().isValid()
    ]
    best, best_score = None, 0
    for layer in layers:
        score = _score(kind, layer)
        if score > best_score:
            best, best_score = layer, score
    return best


def propose_layers(algorithm, kinds, project=None):
    """Set each input's proposal (`kinds`: parameter name -> kind) from the
    layers of the project, when the algorithm is made in QGIS's main thread
    (a dialog's; not a model's child run in a background task)."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return
    for name, kind in kinds.items():
        definition = algorithm.parameterDefinition(name)
        layer = proposed_layer(kind, project)
        if definition is not None and layer is not None:
            definition.setGuiDefaultValueOverride(layer.id())
