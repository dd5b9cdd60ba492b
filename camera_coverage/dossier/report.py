"""report.html of the dossier: the audit's report (every text from data
already escaped there) with, after its summary, the figures for the
council, the maps as images and two charts drawn as inline SVG, and a
layout that reads on a phone."""

import re
from html import escape

from ..core.messages import number
from ..core.optics import DORI_LEVELS
from ..translation import tr

PHONE_CSS = (
    "body{margin:1em auto;padding:0 .8em;max-width:70em;font-family:sans-serif}"
    "table{display:block;overflow-x:auto;max-width:100%}"
    "figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #999}"
    ".maps{display:grid;grid-template-columns:repeat(auto-fill,minmax(18em,1fr));gap:1em}"
    "svg{max-width:100%;height:auto}"
)


def _bars(items, unit, colour, width=420, left=150):
    """A horizontal bar chart: (label, value) pairs; narrow enough to keep
    its text readable on a phone."""
    if not items:
        return ""
    top = max(v for _, v in items) or 1.0
    row = 20
    height = row * len(items) + 10
    parts = [
        f'<svg viewBox="0 0 {width} {height}" width="{width}" role="img" '
        'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">'
    ]
    for i, (label, value) in enumerate(items):
        y = 5 + i * row
        length = (width - left - 70) * value / top
        parts.append(
            f'<text x="{left - 6}" y="{y + 12}" text-anchor="end">{escape(str(label))}</text>'
            f'<rect x="{left}" y="{y + 2}" width="{length:.1f}" height="{row - 5}" '
            f'fill="{colour}"/>'
            f'<text x="{left + length + 4:.1f}" y="{y + 12}">{escape(unit(value))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def level_names():
    return {
        "ident": tr("Identification (250 px/m)"),
        "recog": tr("Recognition (125 px/m)"),
        "observ": tr("Observation (62.5 px/m)"),
        "detect": tr("Detection (25 px/m)"),
    }


def section_headings():
    """The town audit's headings; a plan's dossier gives its own."""
    return {
        "figures": tr("Figures for the council"),
        "cameras": tr("Cameras whose view must be masked"),
    }


def dossier_section(title, figures, images, cameras, public_by_level, lang, headings=None):
    headings = {**section_headings(), **(headings or {})}
    notes = list(dict.fromkeys(f.note for f in figures if f.note))
    parts = [f"<h2>{escape(headings['figures'])}</h2><table>"]
    parts.append(
        "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in (tr("Figure"), tr("Value"))) + "</tr>"
    )
    for figure in figures:
        mark = f" <sup>{notes.index(figure.note) + 1}</sup>" if figure.note else ""
        parts.append(
            f"<tr><td>{escape(figure.label)}{mark}</td>"
            f'<td class="n">{escape(figure.text(lang))}</td></tr>'
        )
    parts.append("</table><ol>" + "".join(f"<li>{escape(n)}</li>" for n in notes) + "</ol>")
    if images:
        caption, png = images[0]
        parts.append(
            f'<h2>{escape(tr("Map"))}</h2><figure><img alt="{escape(caption)}" '
            f'src="data:image/jpeg;base64,{png}"><figcaption>{escape(caption)}</figcaption></figure>'
        )
    shares = sorted(
        (
            (c.get("camera_id"), float(c.get("private_pct") or 0.0))
            for c in cameras
            if c.get("private_pct") is not None
        ),
        key=lambda item: -item[1],
    )
    seeing = [(camera, share) for camera, share in shares if share > 0]
    if seeing:
        parts.append(f"<h2>{escape(tr('Share of each camera’s view on private land'))}</h2>")
        parts.append(_bars(seeing, lambda v: f"{number(v, lang, 1)} %", "#e31a1c", left=90))
        if len(seeing) < len(shares):
            none = tr("{} cameras see no private land.").format(len(shares) - len(seeing))
            parts.append(f"<p>{escape(none)}</p>")
    if public_by_level:
        names = level_names()
        levels = [(names[k], public_by_level[k]) for k in DORI_LEVELS if k in public_by_level]
        parts.append(f"<h2>{escape(tr('Public domain under view, by what cameras can do'))}</h2>")
        parts.append(_bars(levels, lambda v: f"{number(v, lang)} m²", "#2c7fb8"))
    if len(images) > 1:
        parts.append(f'<h2>{escape(headings["cameras"])}</h2><div class="maps">')
        for caption, png in images[1:]:
            parts.append(
                f'<figure><img alt="{escape(caption)}" src="data:image/jpeg;base64,{png}">'
                f"<figcaption>{escape(caption)}</figcaption></figure>"
            )
        parts.append("</div>")
    return "\n".join(parts)


def dossier_report(
    report_html, title, figures, images, cameras, public_by_level, lang, headings=None
):
    """The audit report with the dossier's section inserted after its first
    paragraph (the summary and the law); a page of its own without one.
    `headings`: the section's headings over section_headings()."""
    section = dossier_section(title, figures, images, cameras, public_by_level, lang, headings)
    viewport = '<meta name="viewport" content="width=device-width, initial-scale=1">'
    if not report_html:
        return (
            f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">{viewport}'
            f"<title>{escape(title)}</title><style>{PHONE_CSS}</style></head><body>"
            f"<h1>{escape(title)}</h1>{section}</body></html>\n"
        )
    html = report_html.replace(
        '<meta charset="utf-8">', f'<meta charset="utf-8">{viewport}<style>{PHONE_CSS}</style>', 1
    )
    at = html.find("</p>")
    at = at + len("</p>") if at >= 0 else html.rfind("</body>")
    html = html[:at] + "\n" + section + "\n" + html[at:]
    # The dossier's title (with the study's name) under the report's own.
    html = re.sub(r"<title>.*?</title>", lambda _: f"<title>{escape(title)}</title>", html, count=1)
    heading = html.find("</h1>")
    if heading >= 0:
        heading += len("</h1>")
        html = f"{html[:heading]}<p><b>{escape(title)}</b></p>{html[heading:]}"
    return html
