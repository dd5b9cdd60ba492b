"""What plancheck adds for the dossier, kept out of the algorithm so that it
stays thin: the folder parameter, the board's headline figures from the
plan check, and the dossier built after the run in QGIS's main thread
(postProcessAlgorithm, where print layouts may be rendered), one page per
camera that is not compliant."""

from qgis.core import QgsProcessingParameterFolderDestination

from ..translation import tr
from .audit import OUTPUT_DOSSIER, DossierState, build_from_state, osm_used
from .figures import Figure

# Output parameter -> shipped style.
PLAN_STYLES = {
    "OUTPUT_CAMERAS": "verdicts",
    "OUTPUT_SEEN": "coverage",
    "OUTPUT_MASKS": "masks",
}
NOT_COMPLIANT_EXPRESSION = "\"verdict\" <> 'compliant'"


def add_plan_dossier_parameter(algorithm):
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


def plan_cover_figures(checked, figures):
    """The cover's rows from the plan check's figures (core.plans.plan_figures):
    cameras by verdict, then the share of the playground and of the living
    spaces some camera sees, at any time and during opening hours."""
    compliant = figures.get("compliant", 0)
    masking = figures.get("masking_required", 0)
    not_compliant = figures.get("not_compliant", 0)
    rows = [
        Figure("cameras_audited", tr("Cameras checked"), checked, ""),
        Figure("cameras_flagged", tr("Cameras to correct"), masking + not_compliant, ""),
        Figure("plan_compliant", tr("Compliant cameras"), compliant, ""),
        Figure("plan_masking_required", tr("Cameras that require masking"), masking, ""),
        Figure("plan_not_compliant", tr("Cameras not compliant"), not_compliant, ""),
    ]
    hours_note = tr(
        "Opening hours: every camera whose schedule is not outside_opening_hours "
        "(no or an unreadable schedule counts as filming always)."
    )
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
    base = {
        "parcels": algorithm.parameterAsVectorLayer(parameters, "ZONES", context),
        "buildings": algorithm.parameterAsVectorLayer(parameters, "BUILDINGS", context),
    }
    cameras = algorithm.parameterAsVectorLayer(parameters, "CAMERAS", context)
    return DossierState(
        folder,
        dict(results),
        plan_cover_figures(checked, figures),
        html,
        list(assumptions),
        list(sources),
        {},
        algorithm.language(),
        base,
        None,
        osm_used([cameras, *base.values()]),
    )


def build_plan_dossier(state, context, feedback):
    """The plan check's dossier (see build_from_state)."""
    return build_from_state(
        state,
        PLAN_STYLES,
        context,
        feedback,
        title=tr("The school's camera plan"),
        flagged_expression=NOT_COMPLIANT_EXPRESSION,
        reason_field="verdict_reason",
        rules_field="verdict_rules",
        titles={"parcels": tr("Zones")},
        reading=tr(
            "Legal reading: the CNIL's rules for video surveillance in schools; each "
            "camera's page cites its rules."
        ),
    )
