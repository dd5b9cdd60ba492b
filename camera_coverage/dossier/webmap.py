"""map.html: one self-contained offline web map (SVG drawn by a few lines
of plain JavaScript written here, nothing fetched at view time): each
camera's view by land class, the cameras coloured by flag, a popup per
camera; a school's plan draws its zones (labelled), perimeter and walls,
and colours cameras and views by verdict (a WebMapStyle). OpenStreetMap
tiles can be switched on and are off by default.
Data text reaches the page as JSON inside a script element (with <, > and &
escaped) and is put into the page with textContent only."""

import json
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Callable

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsWkbTypes,
)

from ..translation import tr

POPUP_FIELDS = (
    "covered_m2",
    "public_m2",
    "private_m2",
    "unknown_m2",
    "private_pct",
    "private_ident_m2",
    "direction",
    "fov",
    "range_m",
    "flag_rules",
    "verdict",
)
CLASS_COLOURS = {"public": "#2c7fb8", "private": "#e31a1c", "unknown": "#ffae00"}

SCRIPT = Path(__file__).with_name("webmap.js")

STYLE = (
    "html,body{margin:0;height:100%;font-family:sans-serif}"
    "header{padding:.4em .8em;background:#1f3b5a;color:#fff}"
    "header h1{font-size:1.1em;margin:0}"
    "body{display:flex;flex-direction:column}#wrap{position:relative;flex:1;min-height:0}"
    "#map{width:100%;height:100%;background:#f4f1ea;touch-action:none;cursor:grab}"
    ".area{fill-opacity:.55;stroke:none}.camera{cursor:pointer}"
    "#popup{position:absolute;background:#fff;border:1px solid #888;padding:.5em;"
    "max-width:240px;font-size:.85em;box-shadow:0 2px 6px #0005}"
    "#popup h3{margin:0 0 .3em}#popup dl{margin:0;display:grid;grid-template-columns:auto auto;"
    "gap:0 .6em}#popup dd{margin:0;text-align:right}"
    "#tools{position:absolute;top:.5em;left:.5em;background:#fffd;padding:.3em;font-size:.85em}"
    "footer{padding:.3em .8em;font-size:.75em;color:#333}"
    ".key{display:inline-block;box-sizing:border-box;width:.9em;height:.9em;margin:0 .2em 0 .6em;"
    "vertical-align:middle}.entry{white-space:nowrap}"
    ".zone-label{font-size:11px;fill:#333;paint-order:stroke;stroke:#fff;stroke-width:3px;"
    "text-anchor:middle;pointer-events:none}"
)


def _rings(geometry, transform):
    out = []
    copy = QgsGeometry(geometry)
    copy.transform(transform)
    for polygon in copy.asMultiPolygon() if copy.isMultipart() else [copy.asPolygon()]:
        for ring in polygon:
            out.append([[round(p.x(), 7), round(p.y(), 7)] for p in ring])
    return out


def _number(value, lang):
    text = f"{float(value):,.1f}"
    return text.replace(",", "\u202f").replace(".", ",") if lang == "fr" else text


def _polygons(layer, colour_of, wgs84, look=None):
    """The layer's polygons (or lines) in lon/lat with their colour;
    `look(feature)`: extra drawing keys (stroke, width, dash, fill, label)."""
    transform = QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance())
    out = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isEmpty():
            continue
        if geometry.type() == QgsWkbTypes.LineGeometry:
            shape = {"colour": colour_of(feature), "rings": _lines(geometry, transform)}
            shape["open"] = True
        else:
            shape = {"colour": colour_of(feature), "rings": _rings(geometry, transform)}
        if look is not None:
            shape.update(look(feature))
            if shape.get("label"):
                at = QgsGeometry(geometry.pointOnSurface())
                at.transform(transform)
                shape["at"] = [round(at.asPoint().x(), 7), round(at.asPoint().y(), 7)]
        out.append(shape)
    return out


def _lines(geometry, transform):
    copy = QgsGeometry(geometry)
    copy.transform(transform)
    lines = copy.asMultiPolyline() if copy.isMultipart() else [copy.asPolyline()]
    return [[[round(p.x(), 7), round(p.y(), 7)] for p in line] for line in lines]


@dataclass
class WebMapStyle:
    """How map.html draws one kind of study. `status(values)`: a camera's
    (colour, words); `area_colour(feature)`: a view's colour; `key`:
    the header's legend, (colour, words, shape) with shape "area",
    "outline" or "line"; `credits`: the footer's sources; `fields`: the
    popup's fields, `labels` their names, `shown` field -> value's words;
    `overlays`: (layer, colour, look) drawn above the views, look(feature)
    -> drawing keys (see _polygons); `underlays` likewise under them."""

    status: Callable
    area_colour: Callable
    key: list
    credits: list
    fields: tuple = POPUP_FIELDS
    labels: dict = field(default_factory=dict)
    shown: dict = field(default_factory=dict)
    overlays: list = field(default_factory=list)
    underlays: list = field(default_factory=list)


# The grey of the cameras not audited in the shipped styles (make_styles.py).
NOT_AUDITED_COLOUR = "#9a9a9a"


def audit_style(areas):
    """The town audit's look: cameras by flag, views by land class (or by
    flag when only the coverage is there), the cadastre credited."""
    flagged_text, clear_text = tr("Masking required"), tr("No masking required")
    not_audited_text = tr("Not audited (land status unknown)")

    def status(values):
        # No masking verdict with a reason: not audited (no parcel within
        # reach, or no ground of the study area seen), as the styles draw it.
        if values.get("masking_required") is None and values.get("flag_reason"):
            return (NOT_AUDITED_COLOUR, not_audited_text)
        flagged = bool(values.get("masking_required")) or values.get("verdict") in (
            "masking_required",
            "not_compliant",
        )
        return ("#c51b1b", flagged_text) if flagged else ("#1f5fa8", clear_text)

    if areas is not None and "class" in areas.fields().names():

        def area_colour(f):
            return CLASS_COLOURS.get(str(f["class"]), "#999999")

    else:
        flag = -1 if areas is None else areas.fields().indexOf("masking_required")

        def area_colour(f):
            return "#c51b1b" if flag >= 0 and f.attributes()[flag] else "#1f5fa8"

    return WebMapStyle(
        status=status,
        area_colour=area_colour,
        key=[
            (CLASS_COLOURS["public"], tr("Public domain seen"), "area"),
            (CLASS_COLOURS["private"], tr("Private land seen"), "area"),
            (CLASS_COLOURS["unknown"], tr("Land of unknown status seen"), "area"),
            ("#c51b1b", flagged_text, "area"),
            ("#1f5fa8", clear_text, "area"),
            (NOT_AUDITED_COLOUR, not_audited_text, "area"),
        ],
        credits=[tr("Cadastre: Etalab / DGFiP, Licence Ouverte 2.0")],
    )


def _key_mark(colour, shape):
    """A legend swatch on the header's dark band: an area's colour, an
    outline's frame or a line's stroke, on white."""
    if shape == "outline":
        style = f"background:#fff;border:2px solid {colour}"
    elif shape == "line":
        style = (
            f"background:linear-gradient(transparent 38%,{colour} 38%,{colour} 62%,"
            "transparent 62%),#fff"
        )
    else:
        style = f"background:{colour}"
    return f'<span class="key" style="{style}"></span>'


def write_webmap(
    path,
    cameras,
    areas,
    title,
    lang,
    osm_used,
    reason_field="flag_reason",
    base=None,
    style=None,
):
    """`areas`: the views (coloured by style.area_colour); `base`:
    buildings drawn in grey under them, for orientation offline; `style`:
    a WebMapStyle (default: the town audit's)."""
    style = style or audit_style(areas)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    names = cameras.fields().names()
    labels = {
        "covered_m2": tr("Ground seen (m²)"),
        "public_m2": tr("Public domain seen (m²)"),
        "private_m2": tr("Private land seen (m²)"),
        "unknown_m2": tr("Land of unknown status seen (m²)"),
        "private_pct": tr("Share on private land (%)"),
        "private_ident_m2": tr("Private land, people identifiable (m²)"),
        "direction": tr("Direction (°)"),
        "fov": tr("Field of view (°)"),
        "range_m": tr("Range (m)"),
        "flag_rules": tr("Rules cited"),
        "verdict": tr("Verdict"),
        **style.labels,
    }
    transform = QgsCoordinateTransform(cameras.crs(), wgs84, QgsProject.instance())
    camera_rows = []
    for feature in cameras.getFeatures():
        values = dict(zip(names, feature.attributes()))
        values = {
            k: None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
            for k, v in values.items()
        }
        colour, status = style.status(values)
        point = feature.geometry()
        if point.isEmpty():
            continue
        point.transform(transform)
        xy = point.asPoint()
        rows = []
        for name in style.fields:
            value = values.get(name)
            if value is None or name not in names:
                continue
            if name in style.shown:
                shown = style.shown[name](value)
            elif isinstance(value, (int, float)):
                shown = _number(value, lang)
            else:
                shown = str(value)
            rows.append([labels[name], shown])
        direction = values.get("direction")
        camera_rows.append(
            {
                "id": str(values.get("camera_id")),
                "xy": [round(xy.x(), 7), round(xy.y(), 7)],
                "colour": colour,
                "status": status,
                "reason": str(values.get(reason_field) or ""),
                "dir": None if direction is None else float(direction),
                "fov": float(values.get("fov") or 360.0),
                "rows": rows,
            }
        )
    polygons = []
    if base is not None:
        polygons += _polygons(base, lambda f: "#cfc8bd", wgs84)
    for layer, colour, look in style.underlays:
        polygons += _polygons(layer, colour, wgs84, look)
    if areas is not None:
        polygons += _polygons(areas, style.area_colour, wgs84)
    for layer, colour, look in style.overlays:
        polygons += _polygons(layer, colour, wgs84, look)
    data = json.dumps({"cameras": camera_rows, "polygons": polygons}, ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    credits = list(style.credits)
    if osm_used:
        credits.append(tr("Data © OpenStreetMap contributors, ODbL"))
    key = "".join(
        f'<span class="entry">{_key_mark(colour, shape)}{escape(text)}</span> '
        for colour, text, shape in style.key
    )
    page = (
        f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<header><h1>{escape(title)}</h1><div>{key}</div></header>"
        '<div id="wrap"><svg id="map" xmlns="http://www.w3.org/2000/svg">'
        '<g id="tiles"></g><g id="shapes"></g><g id="labels"></g><g id="marks"></g></svg>'
        '<div id="tools"><button id="in" type="button">+</button>'
        '<button id="out" type="button">−</button> '
        f'<label><input id="osm" type="checkbox"> {escape(tr("OpenStreetMap background (online)"))}'
        '</label></div><div id="popup" hidden></div></div>'
        f'<footer><span id="credits">{escape(" · ".join([*credits, ""]))}</span>'
        f'<span id="tile-credit" hidden>{escape(tr("Map tiles © OpenStreetMap contributors"))} · '
        f"</span>{escape(tr('Click a camera for its figures.'))}</footer>"
        f'<script type="application/json" id="data">{data}</script>'
        f"<script>{SCRIPT.read_text(encoding='utf-8')}</script></body></html>\n"
    )
    path.write_text(page, encoding="utf-8")
