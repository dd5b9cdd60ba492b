"""Small in-memory layers for the algorithm tests."""

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsRenderContext,
    QgsVectorLayer,
)

# On Lambert-93's central meridian (3°E), where grid north is true north, so
# that scenes drawn in the grid have hand-computed answers.
X0, Y0 = 700_000.0, 6_862_000.0


def camera_layer(
    rows, crs="EPSG:2154", fields="camera_id:string,direction:double,fov:double,range_m:double"
):
    uri = f"Point?crs={crs}" + "".join(f"&field={f}" for f in fields.split(","))
    layer = QgsVectorLayer(uri, "cameras", "memory")
    features = []
    for x, y, *values in rows:
        feature = QgsFeature(layer.fields())
        if x is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def parcel_layer(rows, crs="EPSG:2154"):
    """rows: (id, owner_group, wkt)."""
    layer = QgsVectorLayer(
        f"Polygon?crs={crs}&field=id:string&field=owner_group:integer", "parcels", "memory"
    )
    features = []
    for pid, group, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([pid, group])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def box(xmin, ymin, xmax, ymax):
    return (
        f"POLYGON(({X0 + xmin} {Y0 + ymin},{X0 + xmax} {Y0 + ymin},{X0 + xmax} {Y0 + ymax},"
        f"{X0 + xmin} {Y0 + ymax},{X0 + xmin} {Y0 + ymin}))"
    )


def features_by(layer, key):
    return {f[key]: f for f in layer.getFeatures()}


# The three layer outputs of coverageaudit, kept in memory.
AUDIT_OUTPUTS = {
    "OUTPUT_CAMERAS": "memory:",
    "OUTPUT_COVERAGE": "memory:",
    "OUTPUT_PIECES": "memory:",
}


class LogFeedback(QgsProcessingFeedback):
    """A real QGIS feedback that also keeps what the algorithm says."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.lines.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatal=False):
        self.lines.append(error)
        super().reportError(error, fatal)

    @property
    def text(self):
        return "\n".join(self.lines)


def rule_labels(layer, values):
    """The legend labels of the rules that draw a feature with `values`."""
    feature = QgsFeature(layer.fields())
    for name, value in values.items():
        feature[name] = value
    context = QgsRenderContext()
    context.expressionContext().setFeature(feature)
    renderer = layer.renderer()
    renderer.startRender(context, layer.fields())
    try:
        keys = renderer.legendKeysForFeature(feature, context)
        labels = [renderer.rootRule().findRuleByKey(key).label() for key in keys]
        return [label for label in labels if label]  # the root rule has none
    finally:
        renderer.stopRender(context)
