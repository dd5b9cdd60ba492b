"""The plan check as one HTML page a board member can read aloud: the plan
in numbers, one paragraph per camera that is not compliant, every camera in
a table, the rules with their sources and the assumptions. Every text that
comes from data is escaped."""

from html import escape

from .messages import number, plain
from .plans import (
    INCOMPLETE,
    LIVING,
    MASKING,
    NOISE_M2,
    NOT_COMPLIANT,
    SCHEDULES,
    UNZONED_MIN_M2,
    UNZONED_MIN_SHARE,
    VERDICTS,
    ZONE_TYPES,
    label,
)
from .report import STYLE, _pairs, _table
from .rules import RULES

LABELS = {
    "en": {
        "title": "Camera implantation plan: check against the CNIL's rules",
        "intro": (
            "This page checks each camera of the plan against the CNIL's rules for "
            "schools: what it sees (cut by walls and buildings), which zones, at which "
            "schedule, and how much beyond the school's perimeter."
        ),
        "numbers": "The plan in numbers",
        "checked": "{n} cameras checked: {compliant} compliant, {masking} require masking, "
        "{not_compliant} not compliant, {incomplete} cannot be judged until the plan is "
        "completed (plan to complete).",
        "unzoned": "Ground inside the perimeter that no zone of a known type describes: "
        "{area} m² ({pct} % of the perimeter's {total} m²), {seen} m² of it in view of a "
        "camera. Draw the zones there and give them a type: a camera that sees more than "
        "{min_m2} m² or {min_pct} % of its view of it cannot be judged.",
        "unzoned_none": "Every part of the perimeter lies in a zone of a known type.",
        "overlap": "Zones {a} ({type_a}) and {b} ({type_b}) overlap on {area} m²: the "
        "stricter rule, that of {type_a}, holds there, and that ground is counted once.",
        "unzoned_check": "plan to complete: it sees {area} m² inside the perimeter that no "
        "zone of a known type describes; draw the zones there and give them a type",
        "unzoned_m2": "In no zone of a known type (m²)",
        "rejected_count": "{n} cameras could not be checked (listed below).",
        "zone_share": "{name}: {seen} % of its {total} m² is in view of a camera, {hours} % "
        "of a camera filming during opening hours.",
        "zone_absent": "{name}: no such zone in the plan.",
        "entrance_share": "{name}: {seen} % of their {total} m² is in view of a camera.",
        "zone_share_plural": "{name}: {seen} % of their {total} m² is in view of a camera, "
        "{hours} % of a camera filming during opening hours.",
        "playground": "Playground",
        "living": "Living spaces ({types})",
        "entrances": "Entrances and exits",
        "problems": "Cameras that are not compliant or must be masked",
        "none": "None: every camera checked is compliant.",
        "none_but_incomplete": "None among the cameras that could be judged; {n} cannot be "
        "judged until the plan is completed (see the cameras to check).",
        "camera_sentence": "Camera {id}, {schedule}, {verdict}: it {reason}.",
        "schedule_always": "filming at all hours",
        "schedule_outside_opening_hours": "recording only outside opening hours",
        "verdict_not_compliant": "is not compliant",
        "verdict_masking_required": "must be partly masked",
        "rules_cited": "Rules: {codes}.",
        "to_check": "Cameras to check",
        "all": "All cameras",
        "camera_id": "Camera",
        "schedule": "Schedule",
        "covered_m2": "Seen (m²)",
        "outside_m2": "Beyond the perimeter (m²)",
        "forbidden_m2": "Forbidden zones (m²)",
        "forbidden_ident_m2": "Forbidden, people identifiable (m²)",
        "verdict": "Verdict",
        "verdict_rules": "Rules",
        "reason": "Why",
        "rejected": "Cameras not checked",
        "rules": "Rules applied and their sources",
        "code": "Code",
        "text": "Rule",
        "source": "Source",
        "assumptions": "Assumptions and defaults",
        "sources": "Data sources",
    },
    "fr": {
        "title": "Plan d'implantation des caméras : vérification au regard des règles de la CNIL",
        "intro": (
            "Cette page vérifie chaque caméra du plan au regard des règles de la CNIL pour "
            "les établissements scolaires : ce qu'elle voit (compte tenu des murs et des "
            "bâtiments), quelles zones, à quel horaire, et ce qu'elle voit hors de "
            "l'enceinte de l'établissement."
        ),
        "numbers": "Le plan en chiffres",
        "checked": "{n} caméras vérifiées : {compliant} conformes, {masking} à masquer en "
        "partie, {not_compliant} non conformes, {incomplete} impossibles à juger tant que le "
        "plan n'est pas complété (plan à compléter).",
        "unzoned": "Sol de l'enceinte qu'aucune zone d'un type connu ne décrit : {area} m² "
        "({pct} % des {total} m² de l'enceinte), dont {seen} m² dans le champ d'une caméra. "
        "Dessinez-y les zones et donnez-leur un type : une caméra qui en voit plus de "
        "{min_m2} m² ou de {min_pct} % de sa vue ne peut pas être jugée.",
        "unzoned_none": "Toute l'enceinte est couverte par des zones d'un type connu.",
        "overlap": "Les zones {a} ({type_a}) et {b} ({type_b}) se chevauchent sur {area} m² : "
        "la règle la plus stricte, celle de la zone {type_a}, s'y applique, et ce sol est "
        "compté une seule fois.",
        "unzoned_check": "plan à compléter : elle voit {area} m² de l'enceinte qu'aucune zone "
        "d'un type connu ne décrit ; dessinez-y les zones et donnez-leur un type",
        "unzoned_m2": "Hors de toute zone d'un type connu (m²)",
        "rejected_count": "{n} caméras n'ont pas pu être vérifiées (liste ci-dessous).",
        "zone_share": "{name} : {seen} % de ses {total} m² sont dans le champ d'une caméra, "
        "{hours} % d'une caméra qui filme pendant les heures d'ouverture.",
        "zone_absent": "{name} : aucune zone de ce type dans le plan.",
        "entrance_share": "{name} : {seen} % de leurs {total} m² sont dans le champ d'une caméra.",
        "zone_share_plural": "{name} : {seen} % de leurs {total} m² sont dans le champ d'une "
        "caméra, {hours} % d'une caméra qui filme pendant les heures d'ouverture.",
        "playground": "Cour de récréation",
        "living": "Lieux de vie ({types})",
        "entrances": "Entrées et sorties",
        "problems": "Caméras non conformes ou à masquer",
        "none": "Aucune : toutes les caméras vérifiées sont conformes.",
        "none_but_incomplete": "Aucune parmi les caméras qui ont pu être jugées ; {n} ne "
        "peuvent pas l'être tant que le plan n'est pas complété (voir les caméras à vérifier).",
        "camera_sentence": "La caméra {id}, {schedule}, {verdict} : elle {reason}.",
        "schedule_always": "qui filme en permanence",
        "schedule_outside_opening_hours": "qui n'enregistre qu'en dehors des heures d'ouverture",
        "verdict_not_compliant": "n'est pas conforme",
        "verdict_masking_required": "doit être masquée en partie",
        "rules_cited": "Règles : {codes}.",
        "to_check": "Caméras à vérifier",
        "all": "Toutes les caméras",
        "camera_id": "Caméra",
        "schedule": "Horaire",
        "covered_m2": "Vu (m²)",
        "outside_m2": "Hors de l'enceinte (m²)",
        "forbidden_m2": "Zones interdites (m²)",
        "forbidden_ident_m2": "Interdites, personnes identifiables (m²)",
        "verdict": "Verdict",
        "verdict_rules": "Règles",
        "reason": "Motif",
        "rejected": "Caméras non vérifiées",
        "rules": "Règles appliquées et leurs sources",
        "code": "Code",
        "text": "Règle",
        "source": "Source",
        "assumptions": "Hypothèses et valeurs par défaut",
        "sources": "Sources des données",
    },
}


def _share(part, total, lang):
    return number(100.0 * part / total if total > 0 else 0.0, lang)


def plan_report(cameras, figures, rejected, assumptions, sources, lang="en", overlaps=()):
    """`cameras`: dicts with camera_id, schedule (code), covered_m2,
    outside_m2, unzoned_m2, forbidden_m2, forbidden_ident_m2, verdict,
    verdict_rules, verdict_reason, notes; `figures`: PlanCheck.figures;
    `rejected`: (camera id, reason); `assumptions`, `sources`: (label,
    value) pairs; `overlaps`: (stricter zone's name, its type code, the
    other's name, its type code, shared m²)."""
    lang = "fr" if lang[:2] == "fr" else "en"
    t = LABELS[lang]
    numbers = [
        t["checked"].format(
            n=len(cameras),
            compliant=figures.get("compliant", 0),
            masking=figures.get(MASKING, 0),
            not_compliant=figures.get(NOT_COMPLIANT, 0),
            incomplete=figures.get(INCOMPLETE, 0),
        )
    ]
    if rejected:
        numbers.append(t["rejected_count"].format(n=len(rejected)))
    if "unzoned" in figures:
        unzoned, unzoned_seen, _ = figures["unzoned"]
        perimeter_m2 = figures.get("perimeter_m2", 0.0)
        if unzoned > NOISE_M2:
            numbers.append(
                t["unzoned"].format(
                    area=number(unzoned, lang),
                    pct=_share(unzoned, perimeter_m2, lang),
                    total=number(perimeter_m2, lang),
                    seen=number(unzoned_seen, lang),
                    min_m2=plain(UNZONED_MIN_M2, lang),
                    min_pct=plain(100 * UNZONED_MIN_SHARE, lang),
                )
            )
        else:
            numbers.append(t["unzoned_none"])
    for name_a, type_a, name_b, type_b, area in overlaps:
        numbers.append(
            t["overlap"].format(
                a=name_a,
                type_a=label(ZONE_TYPES, type_a, lang).lower(),
                b=name_b,
                type_b=label(ZONE_TYPES, type_b, lang).lower(),
                area=number(area, lang),
            )
        )
    living_types = ", ".join(
        label(ZONE_TYPES, code, lang).lower() for code in ZONE_TYPES if code in LIVING
    )
    for key, name in (
        ("playground", t["playground"]),
        ("living", t["living"].format(types=living_types)),
        ("entrances", t["entrances"]),
    ):
        total, seen, hours = figures[key]
        if total <= 0:
            numbers.append(t["zone_absent"].format(name=name))
        elif key == "entrances":
            numbers.append(
                t["entrance_share"].format(
                    name=name, seen=_share(seen, total, lang), total=number(total, lang)
                )
            )
        else:
            numbers.append(
                t["zone_share" if key == "playground" else "zone_share_plural"].format(
                    name=name,
                    seen=_share(seen, total, lang),
                    total=number(total, lang),
                    hours=_share(hours, total, lang),
                )
            )
    problems = []
    for camera in cameras:
        if camera["verdict"] not in (MASKING, NOT_COMPLIANT):
            continue
        sentence = t["camera_sentence"].format(
            id=camera["camera_id"],
            schedule=t[f"schedule_{camera['schedule']}"],
            verdict=t[f"verdict_{camera['verdict']}"],
            reason=camera["verdict_reason"],
        )
        rules = t["rules_cited"].format(codes=camera["verdict_rules"].replace(",", ", "))
        problems.append(f"<p>{escape(sentence)} {escape(rules)}</p>")
    rows = [
        (
            (
                c["camera_id"],
                label(SCHEDULES, c["schedule"], lang),
                number(c["covered_m2"], lang, 1),
                number(c["outside_m2"], lang, 1),
                number(c.get("unzoned_m2", 0.0), lang, 1),
                number(c["forbidden_m2"], lang, 1),
                number(c["forbidden_ident_m2"], lang, 1),
                label(VERDICTS, c["verdict"], lang),
                c["verdict_rules"],
                c["verdict_reason"],
            ),
            "flag" if c["verdict"] != "compliant" else "",
        )
        for c in cameras
    ]
    header = [
        t[k]
        for k in (
            "camera_id",
            "schedule",
            "covered_m2",
            "outside_m2",
            "unzoned_m2",
            "forbidden_m2",
            "forbidden_ident_m2",
            "verdict",
            "verdict_rules",
            "reason",
        )
    ]
    to_check = []
    for c in cameras:
        items = []
        if c["verdict"] == INCOMPLETE:
            items.append(t["unzoned_check"].format(area=number(c.get("unzoned_m2", 0.0), lang)))
        if c["notes"]:
            items.append(c["notes"])
        if items:
            to_check.append(
                (c["camera_id"], " ; ".join(items) if lang == "fr" else "; ".join(items))
            )
    rules = [
        ((rule.code, rule.text(lang), rule.source), "")
        for rule in RULES.values()
        if rule.code.startswith("CNIL-")
    ]
    incomplete = figures.get(INCOMPLETE, 0)
    none = t["none_but_incomplete"].format(n=incomplete) if incomplete else t["none"]
    parts = [
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{escape(t['title'])}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(t['title'])}</h1>",
        f"<p>{escape(t['intro'])}</p>",
        f"<h2>{escape(t['numbers'])}</h2>",
        "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in numbers) + "</ul>",
        f"<h2>{escape(t['problems'])}</h2>",
        "".join(problems) or f"<p>{escape(none)}</p>",
    ]
    if to_check:
        parts.append(f"<h2>{escape(t['to_check'])}</h2>{_pairs(to_check)}")
    if rejected:
        parts.append(
            f"<h2>{escape(t['rejected'])}</h2>"
            + _table([t["camera_id"], t["reason"]], [(r, "") for r in rejected])
        )
    parts.append(f"<h2>{escape(t['all'])}</h2>{_table(header, rows, numeric=(2, 3, 4, 5, 6))}")
    parts.append(
        f"<h2>{escape(t['rules'])}</h2>" + _table([t["code"], t["text"], t["source"]], rules)
    )
    parts.append(f"<h2>{escape(t['assumptions'])}</h2>{_pairs(assumptions)}")
    parts.append(f"<h2>{escape(t['sources'])}</h2>{_pairs(sources)}")
    parts.append("</body></html>\n")
    return "\n".join(parts)
