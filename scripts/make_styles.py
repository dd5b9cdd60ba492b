"""Writes the QML styles shipped in camera_coverage/styles/ (English legends)
and camera_coverage/styles/fr/ (French legends) from one description, so the
two languages never drift apart. Run with the venv's Python after changing a
style: .venv/bin/python scripts/make_styles.py [NAME ...] (only those styles,
e.g. verdicts plan_zones; all without a name)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsEditorWidgetSetup,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

ROOT = Path(__file__).resolve().parents[1]
STYLES = ROOT / "camera_coverage" / "styles"
sys.path.insert(0, str(ROOT))

from camera_coverage.core.plans import ZONE_TYPES  # noqa: E402
from camera_coverage.dossier.plan_legend import (  # noqa: E402
    INCOMPLETE,
    NO_VERDICT_COLOUR,
    PERIMETER,
    UNKNOWN_ZONE,
    VERDICT_COLOURS,
    VIEW_LABELS,
    WALLS,
    ZONE_GROUPS,
    zone_values,
)

PUBLIC, PRIVATE, UNKNOWN = "#2c7fb8", "#e31a1c", "#ffae00"
FLAGGED, CLEAR = "#c51b1b", "#1f5fa8"
# Cameras given but not audited (land status unknown: no parcel within
# reach, or no ground of the study area seen): grey.
NOT_AUDITED = "#9a9a9a"
# Not audited: no masking verdict, and a reason that says why (a layer
# without these fields, e.g. a plain camera list, is not "not audited").
NOT_AUDITED_FILTER = '"masking_required" IS NULL AND "flag_reason" IS NOT NULL'


def fill(color, outline="#555555", alpha=0.55, width=0.2):
    symbol = QgsFillSymbol.createSimple(
        {"color": color, "outline_color": outline, "outline_width": str(width)}
    )
    symbol.setOpacity(alpha)
    return symbol


def hatched(color, angle=45):
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": color, "outline_width": "0.4"}
    )
    pattern = QgsLinePatternFillSymbolLayer()
    pattern.setLineAngle(angle)
    pattern.setDistance(1.6)
    pattern.setSubSymbol(QgsLineSymbol.createSimple({"color": color, "width": "0.35"}))
    symbol.insertSymbolLayer(0, pattern)
    return symbol


def camera(color, wedge=True):
    """A dot with, drawn from it, a wedge 4.5 mm long showing the direction and
    field of view (a full disc for an all-round camera)."""
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": color, "outline_color": "white", "size": "2.6"}
    )
    if wedge:
        generator = QgsGeometryGeneratorSymbolLayer.create(
            {
                # Bearings are from true north: turned by the grid bearing
                # of true north at the camera (a short step north in
                # lon/lat, back in the layer's CRS); 4.5 mm at any scale.
                "geometryModifier": (
                    'wedge_buffer($geometry, coalesce("direction", 0) + degrees(azimuth('
                    "$geometry, transform(translate(transform($geometry, @layer_crs, "
                    "'EPSG:4326'), 0, 0.001), 'EPSG:4326', @layer_crs))), "
                    'if("direction" IS NULL, 359.9, coalesce("fov", 60)), '
                    "coalesce(@map_scale, 2000) * 0.0045)"
                ),
                "SymbolType": "Fill",
            }
        )
        generator.setUnits(QgsUnitTypes.RenderMapUnits)
        generator.setSubSymbol(fill(color, outline=color, alpha=0.45, width=0.3))
        symbol.insertSymbolLayer(0, generator)
    return symbol


def rules(geometry, items, order_by=None):
    """A rule-based renderer: (expression or None for ELSE, symbol, en, fr)."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, symbol, en, fr in items:
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression or "", en)
        if expression is None:
            rule.setIsElse(True)
        rule.setDescription(fr)
        root.appendChild(rule)
    renderer = QgsRuleBasedRenderer(root)
    if order_by:
        renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(order_by)]))
        renderer.setOrderByEnabled(True)
    return geometry, renderer


def describe():
    level = [
        ("ident", "#08306b", "Identification (250 px/m)", "Identification (250 px/m)"),
        ("recog", "#2171b5", "Recognition (125 px/m)", "Reconnaissance (125 px/m)"),
        ("observ", "#6baed6", "Observation (62.5 px/m)", "Observation (62,5 px/m)"),
        ("detect", "#c6dbef", "Detection (25 px/m)", "Détection (25 px/m)"),
    ]
    return {
        "cameras": rules(
            "Point",
            [
                ('"masking_required"', camera(FLAGGED), "Masking required", "Masquage requis"),
                (
                    NOT_AUDITED_FILTER,
                    camera(NOT_AUDITED),
                    "Not audited (land status unknown)",
                    "Non auditée (statut du terrain inconnu)",
                ),
                (None, camera(CLEAR), "No masking required", "Pas de masquage requis"),
            ],
        ),
        "coverage": rules(
            "Polygon",
            [
                (
                    '"masking_required"',
                    fill(FLAGGED, FLAGGED, 0.25, 0.4),
                    "View, masking required",
                    "Vue, masquage requis",
                ),
                (
                    NOT_AUDITED_FILTER,
                    fill(NOT_AUDITED, NOT_AUDITED, 0.15, 0.3),
                    "View, not audited (land status unknown)",
                    "Vue, non auditée (statut du terrain inconnu)",
                ),
                (
                    None,
                    fill(CLEAR, CLEAR, 0.2, 0.3),
                    "View, no masking required",
                    "Vue, sans masquage requis",
                ),
            ],
        ),
        "pieces": rules(
            "Polygon",
            [
                (
                    "\"class\" = 'public'",
                    fill(PUBLIC, PUBLIC, 0.55),
                    "Public domain seen",
                    "Domaine public vu",
                ),
                (
                    "\"class\" = 'private'",
                    fill(PRIVATE, PRIVATE, 0.6),
                    "Private land seen",
                    "Terrain privé vu",
                ),
                (
                    "\"class\" = 'unknown'",
                    fill(UNKNOWN, UNKNOWN, 0.6),
                    "Land of unknown status seen",
                    "Terrain de statut inconnu vu",
                ),
                (None, fill("#999999", "#999999", 0.5), "Other", "Autre"),
            ],
        ),
        "dori": rules(
            "Polygon",
            [
                (f"\"level\" = '{code}'", fill(color, color, 0.6, 0.1), en, fr)
                for code, color, en, fr in level
            ]
            + [(None, fill("#bbbbbb", "#bbbbbb", 0.4), "Other level", "Autre niveau")],
            order_by='"px_per_m"',
        ),
        "rejected": rules(
            "Point",
            [
                (
                    None,
                    QgsMarkerSymbol.createSimple(
                        {
                            "name": "cross2",
                            "color": "#444444",
                            "outline_color": "#444444",
                            "outline_width": "0.6",
                            "size": "3.5",
                        }
                    ),
                    "Rejected camera (see reason)",
                    "Caméra rejetée (voir le motif)",
                )
            ],
        ),
        "masks": rules(
            "Polygon",
            [
                (
                    "\"kind\" LIKE '%entrance%'",
                    hatched("#b10026", 90),
                    "Entrance to mask",
                    "Entrée à masquer",
                ),
                (
                    "\"kind\" LIKE '%facade%' OR \"kind\" LIKE '%dwelling%'",
                    hatched("#fd8d3c", 135),
                    "Dwelling façade to mask",
                    "Façade d'habitation à masquer",
                ),
                (None, hatched("#7a0177"), "Zone to mask", "Zone à masquer"),
            ],
        ),
        "verdicts": rules(
            "Point",
            [
                ("\"verdict\" = 'compliant'", camera("#1a9641"), "Compliant", "Conforme"),
                (
                    "\"verdict\" = 'masking_required'",
                    camera("#fd8d3c"),
                    "Masking required",
                    "Masquage requis",
                ),
                (
                    "\"verdict\" = 'not_compliant'",
                    camera("#d7191c"),
                    "Not compliant",
                    "Non conforme",
                ),
                (
                    "\"verdict\" = 'incomplete_plan'",
                    camera(VERDICT_COLOURS[INCOMPLETE]),
                    "Plan to complete",
                    "Plan à compléter",
                ),
                (None, camera("#888888"), "No verdict", "Sans verdict"),
            ],
        ),
        **plan_styles(),
        # importcameras' cameras and cameracoverage's views: no verdict yet.
        "camera_positions": rules(
            "Point",
            [
                (
                    None,
                    camera(CLEAR),
                    "Camera (direction and field of view)",
                    "Caméra (direction et champ de vision)",
                )
            ],
        ),
        "views": rules(
            "Polygon",
            [(None, fill(CLEAR, CLEAR, 0.25, 0.3), "Camera's view", "Vue d'une caméra")],
        ),
        # plancheck's OUTPUT_SEEN: each piece a camera sees, by what may be
        # filmed there at the camera's schedule.
        "plan_seen": rules(
            "Polygon",
            [
                (
                    '"zone_type" = \'outside_perimeter\' AND "allowed"',
                    hatched("#fdae61", 45),
                    "Seen beyond the perimeter, within the tolerance",
                    "Vu au-delà de l'enceinte, dans la tolérance",
                ),
                (
                    '"zone_type" = \'outside_perimeter\' AND NOT coalesce("allowed", false)',
                    hatched("#d7191c", 135),
                    "Seen beyond the perimeter, to mask",
                    "Vu au-delà de l'enceinte, à masquer",
                ),
                (
                    '"zone_type" <> \'outside_perimeter\' AND "allowed" IS NOT NULL '
                    'AND NOT "allowed"',
                    fill("#d7191c", "#d7191c", 0.5, 0.3),
                    "Seen where it may not film at its schedule",
                    "Vu là où elle ne peut pas filmer à son horaire",
                ),
                (
                    '"zone_type" <> \'outside_perimeter\' AND "allowed"',
                    fill("#1a9641", "#1a9641", 0.35, 0.3),
                    "Seen where it may film",
                    "Vu là où elle peut filmer",
                ),
                (
                    None,
                    fill("#ffffff", "#7b3294", 0.5, 0.4),
                    # zone_type 'unzoned': no zone, or a zone of no or an unknown type.
                    "Seen in no zone of a known type (plan to complete)",
                    "Vu hors de toute zone d'un type connu (plan à compléter)",
                ),
            ],
        ),
        "dwellings": rules(
            "Polygon",
            [
                (
                    None,
                    QgsFillSymbol.createSimple(
                        {"color": "0,0,0,0", "outline_color": "#ff7f00", "outline_width": "0.8"}
                    ),
                    "Dwelling seen",
                    "Habitation vue",
                )
            ],
        ),
        "parcels": rules(
            "Polygon",
            [
                (
                    None,
                    fill("#ffffff", "#9a9a9a", 1.0, 0.15),
                    "Parcels (cadastre)",
                    "Parcelles (cadastre)",
                )
            ],
        ),
        "buildings": rules(
            "Polygon",
            [(None, fill("#cfc8bd", "#8c8578", 1.0, 0.15), "Buildings", "Bâtiments")],
        ),
    }


def _quoted(values):
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def zone_labels(lang):
    """Each zone labelled with its type in `lang`, whether zone_type holds
    the code or a label in either language; an unknown value as it is."""
    cases = "".join(
        f' WHEN lower(trim("zone_type")) IN ({_quoted(zone_values([code]))}) THEN '
        + _quoted([labels[1 if lang == "fr" else 0]])
        for code, labels in ZONE_TYPES.items()
    )
    settings = QgsPalLayerSettings()
    settings.fieldName = f'CASE{cases} ELSE "zone_type" END'
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.OverPoint
    text = QgsTextFormat()
    text.setSize(7)
    text.setColor(QColor("#333333"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def plan_styles():
    """A school's plan: what each camera sees by its verdict, the zones by
    what may be filmed there (labelled with their type), the perimeter and
    the walls."""
    views = [
        (
            f"\"verdict\" = '{code}'",
            fill(VERDICT_COLOURS[code], VERDICT_COLOURS[code], 0.35, 0.3),
            en,
            fr,
        )
        for code, (en, fr) in VIEW_LABELS.items()
    ]
    views.append((None, fill(NO_VERDICT_COLOUR, NO_VERDICT_COLOUR, 0.3, 0.3), "View", "Vue"))
    zones = [
        (
            f'lower(trim("zone_type")) IN ({_quoted(zone_values(codes))})',
            fill(colour, "#777777", 0.6, 0.2),
            en,
            fr,
        )
        for codes, colour, en, fr in ZONE_GROUPS.values()
    ]
    unknown = QgsFillSymbol.createSimple(
        {
            "color": UNKNOWN_ZONE[0],
            "outline_color": VERDICT_COLOURS[INCOMPLETE],
            "outline_width": "0.4",
            "outline_style": "dash",
        }
    )
    unknown.setOpacity(0.6)
    zones.append((None, unknown, UNKNOWN_ZONE[1], UNKNOWN_ZONE[2]))
    perimeter = QgsFillSymbol.createSimple(
        {
            "color": "0,0,0,0",
            "style": "no",
            "outline_color": PERIMETER[0],
            "outline_width": "0.8",
            "outline_style": "dash",
        }
    )
    walls = QgsLineSymbol.createSimple({"color": WALLS[0], "width": "0.6"})
    return {
        "plan_views": rules("Polygon", views),
        "plan_zones": (*rules("Polygon", zones), zone_labels),
        "plan_perimeter": rules("Polygon", [(None, perimeter, PERIMETER[1], PERIMETER[2])]),
        "plan_walls": rules("LineString", [(None, walls, WALLS[1], WALLS[2])]),
    }


# Areas, shares and lengths shown with one decimal in the attribute table
# and forms (a Range widget's precision); fields a layer lacks are ignored.
AUDIT_AREAS = (
    "covered_m2",
    "public_m2",
    "private_m2",
    "unknown_m2",
    "private_pct",
    "private_ident_m2",
    "private_recog_m2",
    "private_observ_m2",
    "private_detect_m2",
    "private_operator_public_m2",
    "dwelling_facade_m",
)
ONE_DECIMAL = {
    "cameras": AUDIT_AREAS,
    "coverage": AUDIT_AREAS,
    "pieces": ("area_m2",),
    "dori": ("area_m2", "distance_m"),
    "masks": ("area_m2", "share_of_view"),
    "verdicts": ("outside_m2", "forbidden_m2"),
    "plan_seen": ("area_m2",),
    "views": ("covered_m2",),
    "plan_views": ("covered_m2",),
}


def memory_layer(geometry, name):
    fields = "".join(f"&field={field}:double" for field in ONE_DECIMAL.get(name, ()))
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:2154{fields}", name, "memory")
    for index, _ in enumerate(ONE_DECIMAL.get(name, ())):
        layer.setEditorWidgetSetup(
            index, QgsEditorWidgetSetup("Range", {"Precision": 1, "AllowNull": True})
        )
    return layer


def main():
    app = QgsApplication([], False)
    app.initQgis()
    for lang in ("en", "fr"):
        folder = STYLES if lang == "en" else STYLES / lang
        folder.mkdir(parents=True, exist_ok=True)
        for name, (geometry, renderer, *labelling) in describe().items():
            if sys.argv[1:] and name not in sys.argv[1:]:
                continue
            renderer = renderer.clone()
            for rule in renderer.rootRule().children():
                if lang == "fr":
                    rule.setLabel(rule.description())
                rule.setDescription("")
            layer = memory_layer(geometry, name)
            layer.setRenderer(renderer)
            if labelling:
                layer.setLabeling(labelling[0](lang))
                layer.setLabelsEnabled(True)
            path = folder / f"{name}.qml"
            message, ok = layer.saveNamedStyle(str(path))
            if not ok:
                sys.exit(f"{path}: {message}")
            print(path)
    app.exitQgis()


if __name__ == "__main__":
    main()
