"""What plancheck adds for the dossier, kept out of the algorithm so that it
stays thin: the folder parameter, the board's headline figures from the
plan check, and the dossier built after the run in QGIS's main thread
(postProcessAlgorithm, where print layouts may be rendered), one page per
camera that is not compliant."""

import re
from dataclasses import dataclass

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingParameterFolderDestination,
    QgsVectorLayer,
)

from ..core.plans import OUTSIDE_HOURS, SCHEDULES, ZONE_TYPES, label, zone_code
from ..translation import tr
from .audit import (
    OUTPUT_DOSSIER,
    DossierState,
    add_title_parameter,
    osm_used,
    study_title,
    written_layers,
)
from .figures import Figure
from .plan_legend import (
    NO_VERDICT_COLOUR,
    PERIMETER,
    UNKNOWN_ZONE,
    VERDICT_COLOURS,
    WALLS,
    ZONE_GROUPS,
    pick,
    verdict_label,
    zone_group,
    zone_label,
)

# Output parameter -> the dossier's layer key: the cameras with their
# verdicts, what each camera sees (made into one view per camera with its
# verdict, drawn as "coverage"), the masks.
PLAN_LAYERS = {
    "OUTPUT_CAMERAS": "verdicts",
    "OUTPUT_SEEN": "seen",
    "OUTPUT_MASKS": "masks",
}
# The dossier's layer key -> the plan's shipped style.
PLAN_STYLES = {
    "coverage": "plan_views",
    "zones": "plan_zones",
    "perimeter": "plan_perimeter",
    "walls": "plan_walls",
}
NOT_COMPLIANT_EXPRESSION = "\"verdict\" <> 'compliant'"
CADASTRE_HINTS = re.compile(r"cadastre|etalab|parcelles|batiments", re.IGNORECASE)


@dataclass
class PlanDossierState(DossierState):
    """The audit's state, and the zones' type field."""

    zone_type_field: str = "zone_type"


def add_plan_dossier_parameter(algorithm):
    add_title_parameter(algorithm)
    algorithm.addParameter(
        QgsProcessingParameterFolderDestination(
            OUTPUT_DOSSIER,
            tr("Dossier (PDF, HTML report, web map, QGIS project, CSV)"),
            optional=True,
            createByDefault=True,
        )
    )


def dossier_folder(algorithm, parameters, context):
    """The folder asked for, or "" when no dossier is wanted."""
    if parameters.get(OUTPUT_DOSSIER) is None:
        return ""
    return algorithm.parameterAsString(parameters, OUTPUT_DOSSIER, context) or ""


def plan_cover_figures(checked, figures, lang="en"):
    """The cover's rows from the plan check's figures (core.plans.plan_figures):
    cameras by verdict, then the share of the playground and of the living
    spaces some camera sees, at any time and during opening hours."""
    compliant = figures.get("compliant", 0)
    masking = figures.get("masking_required", 0)
    not_compliant = figures.get("not_compliant", 0)
    incomplete = figures.get("incomplete_plan", 0)
    rows = [
        Figure("cameras_audited", tr("Cameras checked"), checked, ""),
        Figure("cameras_flagged", tr("Cameras to correct"), masking + not_compliant, ""),
        Figure("plan_compliant", tr("Compliant cameras"), compliant, ""),
        Figure("plan_masking_required", tr("Cameras that require masking"), masking, ""),
        Figure("plan_not_compliant", tr("Cameras not compliant"), not_compliant, ""),
        Figure(
            "plan_incomplete_plan",
            tr("Cameras that cannot be judged until the plan is completed"),
            incomplete,
            "",
        ),
    ]
    if "unzoned" in figures:
        rows.append(
            Figure(
                "plan_unzoned_m2",
                tr("Ground of the perimeter in no zone of a known type"),
                figures["unzoned"][0],
                "m²",
            )
        )
    hours_note = tr(
        "Opening hours: every camera whose schedule is not “{}” "
        "(no or an unreadable schedule counts as filming always)."
    ).format(label(SCHEDULES, OUTSIDE_HOURS, lang))
    for key, seen_label, hours_label in (
        (
            "playground",
            tr("Share of the playground under view"),
            tr("Share of the playground under view during opening hours"),
        ),
        (
            "living",
            tr("Share of the living spaces under view"),
            tr("Share of the living spaces under view during opening hours"),
        ),
    ):
        total, seen, hours = figures.get(key, (0.0, 0.0, 0.0))
        if total > 0:
            rows.append(Figure(f"{key}_seen_pct", seen_label, 100.0 * seen / total, "%"))
            rows.append(
                Figure(f"{key}_hours_pct", hours_label, 100.0 * hours / total, "%", hours_note)
            )
    return rows


def plan_outputs(algorithm, parameters, context, results, report, checked, figures):
    """After plancheck's outputs are written: what the dossier needs, or None
    when no dossier is asked. `report`: (html, assumptions, sources)."""
    folder = dossier_folder(algorithm, parameters, context)
    if not folder:
        return None
    html, assumptions, sources = report
    lang = algorithm.language()
    base = {
        "zones": algorithm.parameterAsVectorLayer(parameters, "ZONES", context),
        "perimeter": algorithm.parameterAsVectorLayer(parameters, "PERIMETER", context),
        "walls": algorithm.parameterAsVectorLayer(parameters, "WALLS", context),
        "buildings": algorithm.parameterAsVectorLayer(parameters, "BUILDINGS", context),
    }
    cameras = algorithm.parameterAsVectorLayer(parameters, "CAMERAS", context)
    type_field = algorithm.parameterAsString(parameters, "ZONE_TYPE_FIELD", context)
    return PlanDossierState(
        folder,
        dict(results),
        plan_cover_figures(checked, figures, lang),
        html,
        list(assumptions),
        list(sources),
        {},
        lang,
        base,
        None,
        osm_used([cameras, *base.values()]),
        zone_type_field=type_field or "zone_type",
        study=study_title(algorithm, parameters, context, "CAMERAS", ("PERIMETER",)),
    )


def cadastre_used(layers):
    """True when an input comes from the French cadastre (Etalab): by its
    file's name, or by the cadastre's own fields."""
    for layer in layers:
        if layer is None:
            continue
        if CADASTRE_HINTS.search(layer.source() or ""):
            return True
        names = set(layer.fields().names())
        if {"section", "numero", "contenance"} <= names:
            return True
        if {"type", "commune", "created", "updated"} <= names:
            return True
    return False


def _text(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)


def camera_views(seen, verdicts, lang):
    """What each camera sees, one feature per camera (its pieces per zone
    joined), with the camera's verdict: the views drawn and the atlas's
    pages. `verdicts`: camera_id -> verdict code."""
    pieces = {}
    for feature in seen.getFeatures():
        geometry = feature.geometry()
        if not geometry.isEmpty():
            pieces.setdefault(_text(feature["camera_id"]), []).append(geometry)
    layer = QgsVectorLayer(
        f"MultiPolygon?crs={seen.crs().authid()}&field=camera_id:string&field=verdict:string"
        "&field=verdict_label:string&field=covered_m2:double",
        tr("What each camera sees"),
        "memory",
    )
    if not seen.crs().authid():
        layer.setCrs(seen.crs())
    features = []
    for camera_id, parts in pieces.items():
        view = QgsGeometry.unaryUnion(parts)
        view.convertToMultiType()
        feature = QgsFeature(layer.fields())
        feature.setGeometry(view)
        verdict = verdicts.get(camera_id)
        feature.setAttributes([camera_id, verdict, verdict_label(verdict, lang), view.area()])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def typed_zones(zones, type_field, lang):
    """The zones with their type in `zone_type` (the code when it is a known
    type, in any language, else the value as given) and its label in
    `lang`, whatever field held it, for the plan's zone style."""
    names = zones.fields().names()
    layer = QgsVectorLayer(
        f"MultiPolygon?crs={zones.crs().authid()}&field=zone_type:string"
        "&field=zone_label:string&field=name:string",
        tr("Zones"),
        "memory",
    )
    if not zones.crs().authid():
        layer.setCrs(zones.crs())
    features = []
    for zone in zones.getFeatures():
        geometry = zone.geometry()
        if geometry.isEmpty():
            continue
        geometry.convertToMultiType()
        value = _text(zone[type_field]) if type_field in names else None
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(
            [
                zone_code(value) or value,
                zone_label(value, lang),
                _text(zone["name"]) if "name" in names else None,
            ]
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def plan_columns(lang):
    """cameras.csv's headers for a person (French): the plan's fields."""
    from .columns import column_labels

    labels = {
        **column_labels(),
        "schedule": tr("Records"),
        "outside_m2": tr("Seen outside the perimeter (m²)"),
        "outside_pct": tr("Share of the view outside the perimeter (%)"),
        "unknown_zone_m2": tr("Seen in zones of unknown type (m²)"),
        "unzoned_m2": tr("Seen inside the perimeter in no zone (m²)"),
        "forbidden_m2": tr("Seen in forbidden zones (m²)"),
        "forbidden_ident_m2": tr("Seen in forbidden zones, people identifiable (m²)"),
        "verdict": tr("Verdict"),
        "verdict_rules": tr("Rules cited (codes)"),
        "verdict_reason": tr("Why"),
        "notes": tr("Notes"),
        "road_tolerance_m2": tr("Tolerance beyond the perimeter (m²)"),
        "road_tolerance_pct": tr("Tolerance beyond the perimeter (%)"),
    }
    for code in ZONE_TYPES:
        labels[f"{code}_m2"] = tr("Seen: {} (m²)").format(label(ZONE_TYPES, code, lang).lower())
    return labels


def plan_table(header, rows, lang):
    """cameras.csv for the board: in French, French headers and the verdict
    and schedule in words, each with its code in a column beside it named
    by the field (for scripts); in English the field names and codes."""
    if lang[:2] != "fr":
        return header, ([row.get(name) for name in header] for row in rows)
    labels = plan_columns(lang)
    shown, columns = [], []
    for name in header:
        if name == "verdict":
            shown += [labels[name], name]
            columns += [lambda row: verdict_label(row.get("verdict"), lang), name]
        elif name == "schedule":
            shown += [labels[name], name]
            columns += [lambda row: _schedule_label(row.get("schedule"), lang), name]
        else:
            shown.append(labels.get(name, name))
            columns.append(name)
    return shown, (
        [column(row) if callable(column) else row.get(column) for column in columns] for row in rows
    )


def _schedule_label(value, lang):
    return label(SCHEDULES, value, lang) if value in SCHEDULES else value


def plan_webmap_style(copies, lang, cadastre):
    """map.html for a school's plan: cameras and views by verdict, the
    zones by what may be filmed there (labelled with their type), the
    perimeter and the walls; the plan's legend; the cadastre credited only
    where it was used."""
    from .webmap import WebMapStyle

    def status(values):
        verdict = values.get("verdict")
        return VERDICT_COLOURS.get(verdict, NO_VERDICT_COLOUR), verdict_label(verdict, lang)

    def view_colour(feature):
        return VERDICT_COLOURS.get(_text(feature["verdict"]), NO_VERDICT_COLOUR)

    group_colour = {name: colour for name, (_, colour, _, _) in ZONE_GROUPS.items()}

    def zone_look(feature):
        group = zone_group(_text(feature["zone_type"]))
        look = {"stroke": "#777777", "width": 1, "opacity": 0.7, "kind": "zone"}
        if group == "unknown":
            look.update(stroke=VERDICT_COLOURS["incomplete_plan"], dash="4 3")
        look["label"] = _text(feature["zone_label"]) or ""
        return look

    underlays, overlays = [], []
    if "zones" in copies:
        underlays.append(
            (
                copies["zones"],
                lambda f: group_colour.get(zone_group(_text(f["zone_type"])), UNKNOWN_ZONE[0]),
                zone_look,
            )
        )
    if "perimeter" in copies:
        overlays.append(
            (
                copies["perimeter"],
                lambda f: PERIMETER[0],
                lambda f: {
                    "stroke": PERIMETER[0],
                    "width": 3,
                    "dash": "8 4",
                    "fill": "none",
                    "kind": "outline",
                },
            )
        )
    if "walls" in copies:
        overlays.append(
            (
                copies["walls"],
                lambda f: WALLS[0],
                lambda f: {"stroke": WALLS[0], "width": 2.5, "kind": "line"},
            )
        )
    key = [(VERDICT_COLOURS[code], verdict_label(code, lang), "area") for code in VERDICT_COLOURS]
    key += [(colour, pick(en, fr, lang), "area") for _, colour, en, fr in ZONE_GROUPS.values()]
    key += [
        (UNKNOWN_ZONE[0], pick(UNKNOWN_ZONE[1], UNKNOWN_ZONE[2], lang), "area"),
        (PERIMETER[0], pick(PERIMETER[1], PERIMETER[2], lang), "outline"),
        (WALLS[0], pick(WALLS[1], WALLS[2], lang), "line"),
    ]
    credits = []
    if cadastre:
        credits.append(tr("Cadastre: Etalab / DGFiP, Licence Ouverte 2.0"))
    return WebMapStyle(
        status=status,
        area_colour=view_colour,
        key=key,
        credits=credits,
        fields=(
            "schedule",
            "covered_m2",
            "outside_m2",
            "forbidden_m2",
            "direction",
            "fov",
            "range_m",
            "verdict_rules",
        ),
        labels={
            "schedule": tr("Records"),
            "outside_m2": tr("Seen outside the perimeter (m²)"),
            "forbidden_m2": tr("Seen in forbidden zones (m²)"),
            "verdict_rules": tr("Rules cited"),
        },
        shown={"schedule": lambda value: _schedule_label(value, lang)},
        overlays=overlays,
        underlays=underlays,
    )


def build_plan_dossier(state, context, feedback):
    """The plan check's dossier, in QGIS's main thread: the zones drawn and
    labelled by type, the perimeter and the walls, each camera's view in the
    colour of its verdict, the verdicts in words, the board's headings, the
    sources actually used. Returns the results with OUTPUT_DOSSIER."""
    if state is None:
        return {}
    from .build import build_dossier

    lang = state.lang
    layers = written_layers(state.results, PLAN_LAYERS, context)
    cameras = layers["verdicts"]
    verdicts = {_text(f["camera_id"]): _text(f["verdict"]) for f in cameras.getFeatures()}
    seen = layers.pop("seen", None)
    if seen is not None:
        layers["coverage"] = camera_views(seen, verdicts, lang)
    given = state.base
    base = {"buildings": given.get("buildings"), "perimeter": given.get("perimeter")}
    if given.get("zones") is not None:
        base["zones"] = typed_zones(given["zones"], state.zone_type_field, lang)
    walls = given.get("walls")
    if walls is not None and walls.featureCount() > 0:
        base["walls"] = walls
    cadastre = cadastre_used(list(given.values()))
    build_dossier(
        state.folder,
        layers,
        state.figures,
        base=base,
        report_html=state.report_html,
        assumptions=state.assumptions,
        sources=state.sources,
        lang=lang,
        feedback=feedback,
        osm_used=state.osm_used,
        study=state.study,
        title=tr("The school's camera plan"),
        flagged_expression=NOT_COMPLIANT_EXPRESSION,
        reason_field="verdict_reason",
        rules_field="verdict_rules",
        titles={
            "coverage": tr("What each camera sees"),
            "zones": tr("Zones"),
            "perimeter": tr("Perimeter"),
            "walls": tr("Walls"),
        },
        reading=tr(
            "Legal reading: the CNIL's rules for video surveillance in schools; each "
            "camera's page cites its rules."
        ),
        styles=PLAN_STYLES,
        cadastre_used=cadastre,
        camera_status=lambda values: tr("{}: {}").format(
            tr("Verdict"), verdict_label(values.get("verdict"), lang)
        ),
        headings={
            "figures": tr("Figures for the board"),
            "cameras": tr("Cameras to correct"),
        },
        webmap_style=lambda copies: plan_webmap_style(copies, lang, cadastre),
        table=plan_table,
    )
    hidden = getattr(state, "hidden", ())
    shown = {name: dest for name, dest in state.results.items() if name not in hidden}
    return {**shown, OUTPUT_DOSSIER: state.folder}
