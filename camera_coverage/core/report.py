"""The audit as one HTML page a volunteer can attach to a dossier: the
figures, one row per camera, the assumptions behind them and the sources.
Every text that comes from data is escaped."""

from html import escape

from .messages import number

LABELS = {
    "en": {
        "title": "Camera coverage audit",
        "summary": "Summary",
        "cameras_audited": "Cameras audited",
        "cameras_flagged": "Cameras whose view must be masked",
        "cameras_beyond": "Cameras not audited: land status unknown",
        "cameras_rejected": "Cameras rejected (not audited)",
        "covered": "Ground covered (sum over cameras)",
        "private": "Private land seen (sum over cameras)",
        "per_camera": "Cameras",
        "camera_id": "Camera",
        "covered_m2": "Covered (m²)",
        "public_m2": "Public (m²)",
        "private_m2": "Private (m²)",
        "private_pct": "Private (%)",
        "private_ident_m2": "Private, people identifiable (m²)",
        "masking": "Masking required",
        "reason": "Why",
        "yes": "yes",
        "no": "no",
        "unknown": "unknown (not audited)",
        "rejected": "Rejected cameras",
        "assumptions": "Assumptions and defaults",
        "sources": "Data sources",
        "rules": "Rules cited",
        "callouts": "Cameras to reconsider",
        "law": (
            "Code de la sécurité intérieure, art. L251-3: a camera filming the public "
            "road must not show the inside of dwellings nor, specifically, their "
            "entrances. Whatever part of the view falls on private parcels must be "
            "masked. Roads and squares are left un-parcelled in the cadastre: what a "
            "camera sees outside every parcel is counted as public domain."
        ),
    },
    "fr": {
        "title": "Audit de la couverture des caméras",
        "summary": "Synthèse",
        "cameras_audited": "Caméras auditées",
        "cameras_flagged": "Caméras dont la vue doit être masquée",
        "cameras_beyond": "Caméras non auditées : statut du terrain inconnu",
        "cameras_rejected": "Caméras rejetées (non auditées)",
        "covered": "Surface couverte (somme sur les caméras)",
        "private": "Terrain privé vu (somme sur les caméras)",
        "per_camera": "Caméras",
        "camera_id": "Caméra",
        "covered_m2": "Couverte (m²)",
        "public_m2": "Publique (m²)",
        "private_m2": "Privée (m²)",
        "private_pct": "Privée (%)",
        "private_ident_m2": "Privée, personnes identifiables (m²)",
        "masking": "Masquage requis",
        "reason": "Motif",
        "yes": "oui",
        "no": "non",
        "unknown": "inconnu (non auditée)",
        "rejected": "Caméras rejetées",
        "assumptions": "Hypothèses et valeurs par défaut",
        "sources": "Sources des données",
        "rules": "Règles citées",
        "callouts": "Caméras à reconsidérer",
        "law": (
            "Code de la sécurité intérieure, art. L251-3 : une caméra qui filme la voie "
            "publique ne doit visualiser ni l'intérieur des immeubles d'habitation ni, "
            "de façon spécifique, leurs entrées. La partie de la vue qui tombe sur des "
            "parcelles privées doit être masquée. Les voies et places ne sont pas "
            "cadastrées : ce qu'une caméra voit hors de toute parcelle est compté comme "
            "domaine public."
        ),
    },
}

STYLE = (
    "body{font-family:sans-serif;margin:2em;max-width:70em}"
    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em}"
    "td.n{text-align:right}tr.flag{background:#fde0dc}"
)


def _table(header, rows, numeric=()):
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = []
    for row, css in rows:
        cells = "".join(
            f'<td class="n">{escape(str(v))}</td>' if i in numeric else f"<td>{escape(str(v))}</td>"
            for i, v in enumerate(row)
        )
        body.append(f'<tr class="{css}">{cells}</tr>')
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _pairs(items):
    return (
        "<ul>"
        + "".join(f"<li><b>{escape(str(k))}</b>: {escape(str(v))}</li>" for k, v in items)
        + "</ul>"
    )


def audit_report(cameras, rejected, assumptions, sources, lang="en", rules=(), callouts=()):
    """`cameras`: dicts with the audit fields; `rejected`: (camera id,
    reason) pairs; `assumptions` and `sources`: (label, value) pairs;
    `rules`: the Rule objects the flags cite, listed with their sources;
    `callouts`: (camera id, sentence) pairs said before the table."""
    t = LABELS.get(lang, LABELS["en"])
    flagged = [c for c in cameras if c["masking_required"]]
    # A camera whose masking is unknown (no parcel within its reach) was
    # given but not audited: said beside the audited ones, not among them.
    beyond = sum(1 for c in cameras if c["masking_required"] is None)
    summary = [
        (t["cameras_audited"], len(cameras) - beyond),
        (t["cameras_flagged"], len(flagged)),
        *([(t["cameras_beyond"], beyond)] if beyond else []),
        (t["cameras_rejected"], len(rejected)),
        (t["covered"], number(sum(c["covered_m2"] for c in cameras), lang) + " m²"),
        (t["private"], number(sum(c["private_m2"] for c in cameras), lang) + " m²"),
    ]
    rows = [
        (
            (
                c["camera_id"],
                number(c["covered_m2"], lang, 1),
                number(c["public_m2"], lang, 1),
                number(c["private_m2"], lang, 1),
                number(c["private_pct"], lang, 1),
                number(c.get("private_ident_m2", 0.0), lang, 1),
                t["unknown"]
                if c["masking_required"] is None
                else t["yes"]
                if c["masking_required"]
                else t["no"],
                c["flag_reason"],
            ),
            "flag" if c["masking_required"] else "",
        )
        for c in cameras
    ]
    header = [
        t[k]
        for k in (
            "camera_id",
            "covered_m2",
            "public_m2",
            "private_m2",
            "private_pct",
            "private_ident_m2",
            "masking",
            "reason",
        )
    ]
    parts = [
        f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">',
        f"<title>{escape(t['title'])}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(t['title'])}</h1>",
        f"<h2>{escape(t['summary'])}</h2>{_pairs(summary)}",
        f"<p>{escape(t['law'])}</p>",
        *([f"<h2>{escape(t['callouts'])}</h2>" + _pairs(callouts)] if callouts else []),
        f"<h2>{escape(t['per_camera'])}</h2>{_table(header, rows, numeric=(1, 2, 3, 4, 5))}",
    ]
    if rejected:
        parts.append(
            f"<h2>{escape(t['rejected'])}</h2>"
            + _table([t["camera_id"], t["reason"]], [(r, "") for r in rejected])
        )
    if rules:
        parts.append(
            f"<h2>{escape(t['rules'])}</h2>"
            + _table(
                ["Code", t["reason"], "Source"],
                [((r.code, r.text(lang), r.source), "") for r in rules],
            )
        )
    parts.append(f"<h2>{escape(t['assumptions'])}</h2>{_pairs(assumptions)}")
    parts.append(f"<h2>{escape(t['sources'])}</h2>{_pairs(sources)}")
    parts.append("</body></html>\n")
    return "\n".join(parts)
