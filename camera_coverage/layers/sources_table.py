"""The `sources` table communedata writes beside its layers (source, URL,
licence, date retrieved, features, status), read back so that every audit
and dossier made from those layers credits them."""

from qgis.core import QgsProviderRegistry, QgsVectorLayer

SOURCES_LAYER = "sources"


def package_sources(layer):
    """(label, text) per row of the `sources` table of the GeoPackage that
    holds `layer`; none when the layer is not in such a GeoPackage."""
    if layer is None or layer.providerType() != "ogr":
        return []
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
    if not path.lower().endswith(".gpkg"):
        return []
    table = QgsVectorLayer(f"{path}|layername={SOURCES_LAYER}", SOURCES_LAYER, "ogr")
    if not table.isValid() or "url" not in table.fields().names():
        return []
    rows = []
    for feature in table.getFeatures():
        status = feature["status"]
        state = "" if status in (None, "", "ok") else f" [{status}]"
        rows.append(
            (
                str(feature["source"]),
                f"{feature['url']} ({feature['licence']}, {feature['retrieved']}){state}",
            )
        )
    return rows
