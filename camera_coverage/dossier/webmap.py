"""map.html: one self-contained offline web map (SVG drawn by a few lines
of plain JavaScript written here, nothing fetched at view time): each
camera's view by land class, the cameras coloured by flag, a popup per
camera. OpenStreetMap tiles can be switched on and are off by default.
Data text reaches the page as JSON inside a script element (with <, > and &
escaped) and is put into the page with textContent only."""

import json
from html import escape
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
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
    "#wrap{position:relative;height:calc(100% - 5.5em)}"
    "#map{width:100%;height:100%;background:#f4f1ea;touch-action:none;cursor:grab}"
    ".area{fill-opacity:.55;stroke:none}.camera{cursor:pointer}"
    "#popup{position:absolute;background:#fff;border:1px solid #888;padding:.5em;"
    "max-width:240px;font-size:.85em;box-shadow:0 2px 6px #0005}"
    "#popup h3{margin:0 0 .3em}#popup dl{margin:0;display:grid;grid-template-columns:auto auto;"
    "gap:0 .6em}#popup dd{margin:0;text-align:right}"
    "#tools{position:absolute;top:.5em;left:.5em;background:#fffd;padding:.3em;font-size:.85em}"
    "footer{padding:.3em .8em;font-size:.75em;color:#333}"
    ".key{display:inline-block;width:.9em;height:.9em;margin:0 .2em 0 .6em;vertical-align:middle}"
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


def _polygons(layer, colour_of, wgs84):
    transform = QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance())
    out = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if not geometry.isEmpty():
            out.append({"colour": colour_of(feature), "rings": _rings(geometry, transform)})
    return out


def write_webmap(
    path, cameras, areas, title, lang, osm_used, reason_field="flag_reason", base=None
):
    """`areas`: the pieces (coloured by class) or the coverage (by flag);
    `base`: buildings drawn in grey under them, for orientation offline."""
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
    }
    flagged_text, clear_text = tr("Masking required"), tr("No masking required")
    transform = QgsCoordinateTransform(cameras.crs(), wgs84, QgsProject.instance())
    camera_rows = []
    for feature in cameras.getFeatures():
        values = dict(zip(names, feature.attributes()))
        values = {
            k: None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
            for k, v in values.items()
        }
        flagged = bool(values.get("masking_required")) or values.get("verdict") in (
            "masking_required",
            "not_compliant",
        )
        point = feature.geometry()
        if point.isEmpty():
            continue
        point.transform(transform)
        xy = point.asPoint()
        rows = []
        for field in POPUP_FIELDS:
            value = values.get(field)
            if value is None or field not in names:
                continue
            shown = _number(value, lang) if isinstance(value, (int, float)) else str(value)
            rows.append([labels[field], shown])
        direction = values.get("direction")
        camera_rows.append(
            {
                "id": str(values.get("camera_id")),
                "xy": [round(xy.x(), 7), round(xy.y(), 7)],
                "colour": "#c51b1b" if flagged else "#1f5fa8",
                "status": flagged_text if flagged else clear_text,
                "reason": str(values.get(reason_field) or ""),
                "dir": None if direction is None else float(direction),
                "fov": float(values.get("fov") or 360.0),
                "rows": rows,
            }
        )
    polygons = []
    if base is not None:
        polygons += _polygons(base, lambda f: "#cfc8bd", wgs84)
    if areas is not None:
        if "class" in areas.fields().names():
            polygons += _polygons(
                areas, lambda f: CLASS_COLOURS.get(str(f["class"]), "#999999"), wgs84
            )
        else:
            flag = areas.fields().indexOf("masking_required")
            polygons += _polygons(
                areas,
                lambda f: "#c51b1b" if flag >= 0 and f.attributes()[flag] else "#1f5fa8",
                wgs84,
            )
    data = json.dumps({"cameras": camera_rows, "polygons": polygons}, ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    credits = [tr("Cadastre: Etalab / DGFiP, Licence Ouverte 2.0")]
    if osm_used:
        credits.append(tr("Data © OpenStreetMap contributors, ODbL"))
    key = "".join(
        f'<span class="key" style="background:{colour}"></span>{escape(text)}'
        for colour, text in (
            (CLASS_COLOURS["public"], tr("Public domain seen")),
            (CLASS_COLOURS["private"], tr("Private land seen")),
            (CLASS_COLOURS["unknown"], tr("Land of unknown status seen")),
            ("#c51b1b", flagged_text),
            ("#1f5fa8", clear_text),
        )
    )
    page = (
        f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<header><h1>{escape(title)}</h1><div>{key}</div></header>"
        '<div id="wrap"><svg id="map" xmlns="http://www.w3.org/2000/svg">'
        '<g id="tiles"></g><g id="shapes"></g><g id="marks"></g></svg>'
        '<div id="tools"><button id="in" type="button">+</button>'
        '<button id="out" type="button">−</button> '
        f'<label><input id="osm" type="checkbox"> {escape(tr("OpenStreetMap background (online)"))}'
        '</label></div><div id="popup" hidden></div></div>'
        f"<footer>{escape(' · '.join(credits))} "
        f'<span id="tile-credit" hidden>· {escape(tr("Map tiles © OpenStreetMap contributors"))}'
        f"</span> · {escape(tr('Click a camera for its figures.'))}</footer>"
        f'<script type="application/json" id="data">{data}</script>'
        f"<script>{SCRIPT.read_text(encoding='utf-8')}</script></body></html>\n"
    )
    path.write_text(page, encoding="utf-8")
