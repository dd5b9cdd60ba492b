"""What coverageaudit adds for the dossier, kept out of the algorithm so
that it stays thin: the parameters (folder, figures table, population,
costs, base map), the council figures computed with the core, the styles
of the outputs, and the dossier itself, built after the run in QGIS's main
thread (postProcessAlgorithm), where layouts may be rendered."""

import re
from dataclasses import dataclass, field

import numpy as np
import shapely
from qgis.core import (
    NULL,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.dori import dori_footprints
from ..core.figures import (
    INVESTMENT_PER_CAMERA_EUR,
    OFFICER_COST_EUR_YEAR,
    UPKEEP_PER_CAMERA_EUR_YEAR,
    camera_counts,
    public_domain_under_view,
)
from ..core.working_crs import reproject
from ..layers.layer_io import qgis_crs
from ..layers.presentation import present_outputs
from ..translation import tr
from .figures import FIGURE_FIELDS, council_figures

OUTPUT_DOSSIER = "OUTPUT_DOSSIER"
OUTPUT_FIGURES = "OUTPUT_FIGURES"
POPULATION = "POPULATION"
INVESTMENT = "INVESTMENT_PER_CAMERA_EUR"
UPKEEP = "UPKEEP_PER_CAMERA_EUR_YEAR"
OFFICER = "OFFICER_COST_EUR_YEAR"
BASEMAP = "BASEMAP"
TITLE = "TITLE"
# Output parameter -> shipped style.
OUTPUT_STYLES = {
    "OUTPUT_CAMERAS": "cameras",
    "OUTPUT_COVERAGE": "coverage",
    "OUTPUT_PIECES": "pieces",
    "OUTPUT_DORI": "dori",
    "OUTPUT_REJECTED": "rejected",
    "OUTPUT_MASKS": "masks",
    "OUTPUT_DWELLINGS": "dwellings",
}
# Views the dossier draws on its maps: made as memory layers, for the
# dossier only, when the user did not ask for them.
VIEW_OUTPUTS = ("OUTPUT_COVERAGE", "OUTPUT_PIECES")
DOSSIER_VIEW = "memory:camera_coverage_dossier_view"
OSM_HINTS = re.compile(r"\.osm\b|\.pbf\b|overpass|openstreetmap|quickosm", re.IGNORECASE)


def add_dossier_parameters(algorithm):
    advanced = QgsProcessingParameterDefinition.FlagAdvanced
    numbers = (
        (
            POPULATION,
            tr("Population of the study area (for cameras per 1,000 inhabitants)"),
            None,
            True,
        ),
        (
            INVESTMENT,
            tr("Cost of installing one camera (€, an assumption)"),
            INVESTMENT_PER_CAMERA_EUR,
            False,
        ),
        (
            UPKEEP,
            tr("Yearly cost of running one camera (€, an assumption)"),
            UPKEEP_PER_CAMERA_EUR_YEAR,
            False,
        ),
        (
            OFFICER,
            tr("Yearly cost of one municipal police officer (€, an assumption)"),
            OFFICER_COST_EUR_YEAR,
            False,
        ),
    )
    for name, label, default, optional in numbers:
        parameter = QgsProcessingParameterNumber(
            name,
            label,
            QgsProcessingParameterNumber.Double,
            defaultValue=default,
            optional=optional,
            minValue=0.0,
        )
        parameter.setFlags(parameter.flags() | advanced)
        algorithm.addParameter(parameter)
    add_title_parameter(algorithm)
    basemap = QgsProcessingParameterMapLayer(
        BASEMAP, tr("Base map under the dossier's maps (optional)"), optional=True
    )
    basemap.setFlags(basemap.flags() | advanced)
    algorithm.addParameter(basemap)
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(
            OUTPUT_FIGURES,
            tr("Figures for the council"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFolderDestination(
            OUTPUT_DOSSIER,
            tr("Dossier (PDF, HTML report, web map, QGIS project, CSV)"),
            optional=True,
            createByDefault=True,
        )
    )


def add_title_parameter(algorithm):
    """TITLE: the study's name (the commune, the lycée) on the dossier's
    cover, in every page's footer and as the PDF's title."""
    algorithm.addParameter(
        QgsProcessingParameterString(
            TITLE,
            tr("Title of the study (e.g. the commune or the lycée; default: from the layers)"),
            optional=True,
        )
    )


def study_title(algorithm, parameters, context, cameras="CAMERAS", named=("STUDY_AREA",)):
    """The TITLE given, else one read from the layers (pages.default_title):
    the name of the first feature of a `named` layer that has a name field,
    else the cameras layer's (or its file's, or its folder's) name."""
    from .pages import default_title

    given = (
        algorithm.parameterAsString(parameters, TITLE, context)
        if parameters.get(TITLE) is not None
        else ""
    )
    if given.strip():
        return given.strip()
    layers = [
        algorithm.parameterAsVectorLayer(parameters, name, context)
        for name in named
        if algorithm.parameterDefinition(name) is not None and parameters.get(name)
    ]
    return default_title(algorithm.parameterAsVectorLayer(parameters, cameras, context), layers)


def osm_used(layers):
    """True when any input comes from OpenStreetMap (ODbL attribution)."""
    for layer in layers:
        if layer is None:
            continue
        if OSM_HINTS.search(layer.source() or ""):
            return True
        names = layer.fields().names()
        if {"osm_id", "other_tags", "@id"} & set(names):
            return True
        if "source_ref" in names:
            for feature in layer.getFeatures():
                if re.match(r"(node|way|relation)/\d+", str(feature["source_ref"])):
                    return True
                break
    return False


@dataclass
class DossierState:
    """What the run hands over to postProcessAlgorithm."""

    folder: str
    results: dict
    figures: list
    report_html: str
    assumptions: list
    sources: list
    public_by_level: dict
    lang: str
    base: dict = field(default_factory=dict)
    basemap: object = None
    osm_used: bool = False
    # Outputs made for the dossier only, left out of the results.
    hidden: tuple = ()
    # The study area's bounds (xmin, ymin, xmax, ymax) in the working CRS:
    # the overview's frame.
    study_area_bounds: tuple = None
    # The study's name (TITLE, or read from the layers).
    study: str = ""


def with_dossier_views(parameters):
    """The parameters with the views a dossier draws (coverage, pieces)
    written to memory when a dossier is asked and they are not: every
    camera page then shows the view whose figures it prints. audit_outputs
    keeps them for the dossier and out of the algorithm's results."""
    if parameters.get(OUTPUT_DOSSIER) is None:
        return parameters
    missing = {name: DOSSIER_VIEW for name in VIEW_OUTPUTS if not parameters.get(name)}
    return {**parameters, **missing}


def flag_rules_of(destination, context):
    """Each audited camera's `flag_rules` (the rule codes its flag cites) as
    written in the cameras output, or None when the audit writes no such
    field (the flag then cites the private-land rule)."""
    layer = QgsProcessingUtils.mapLayerFromString(destination, context) if destination else None
    if layer is None or "flag_rules" not in layer.fields().names():
        return None
    index = layer.fields().indexOf("flag_rules")
    # A whole iteration: an OGR iterator left open crashes QGIS 3.22 later.
    values = [feature.attributes()[index] for feature in layer.getFeatures()]
    return [None if value == NULL else value for value in values]


def study_area_geometry(algorithm, parameters, context, crs_id):
    """The STUDY_AREA polygons in the working CRS, when the algorithm has
    that parameter and it is given; None otherwise."""
    if algorithm.parameterDefinition("STUDY_AREA") is None or not parameters.get("STUDY_AREA"):
        return None
    source = algorithm.parameterAsSource(parameters, "STUDY_AREA", context)
    if source is None:
        return None
    transform = QgsCoordinateTransform(
        source.sourceCrs(), qgis_crs(crs_id), context.transformContext()
    )
    wkbs = []
    for feature in source.getFeatures():
        geometry = feature.geometry()
        if not geometry.isEmpty():
            geometry.transform(transform)
            wkbs.append(bytes(geometry.asWkb()))
    return shapely.from_wkb(wkbs) if wkbs else None


def audited_counts(result, cameras, study_area):
    """CameraCounts of the run: audited, beyond the cadastre, rejected, and
    standing in the study area (rejected cameras with a location count)."""
    coverage = result.coverage
    rejected = [i for i, _ in coverage.checked.rejected]
    rejected_points = np.empty(0, dtype=object)
    if cameras is not None and rejected:
        geoms = np.asarray(cameras.data.geometries, dtype=object)[rejected]
        located = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
        # A camera rejected for several points stands nowhere in particular.
        located &= shapely.get_type_id(geoms) == shapely.GeometryType.POINT
        rejected_points = reproject(geoms[located], cameras.crs, coverage.working_crs)
    return camera_counts(coverage.points, result.undetermined, rejected_points, study_area)


def audit_outputs(
    algorithm,
    parameters,
    context,
    feedback,
    results,
    report,
    parcels,
    result,
    legal=None,
    cameras=None,
):
    """After the audit's outputs are written: the styles, the figures (layer
    and rows) and what the dossier needs. `report`: (html, assumptions,
    sources); `legal`: (flags, public parcels, study area) of the legal
    reading, which the figures then use; `cameras`: the CameraInput, whose
    rejected cameras count where they stand. Returns the DossierState, or
    None when no dossier is asked. The views made for the dossier only
    (with_dossier_views) are taken out of `results`."""
    lang = algorithm.language()
    hidden = tuple(name for name in VIEW_OUTPUTS if parameters.get(name) == DOSSIER_VIEW)
    views = {name: results.pop(name) for name in hidden if name in results}
    rejected = results.get("OUTPUT_REJECTED")
    empty = ()
    if rejected is not None and len(result.coverage.checked.rejected) == 0:
        empty = (rejected,)
    present_outputs(
        context,
        [(results.get(name), style) for name, style in OUTPUT_STYLES.items()],
        lang,
        empty,
    )
    folder = algorithm.parameterAsString(parameters, OUTPUT_DOSSIER, context)
    if parameters.get(OUTPUT_DOSSIER) is None:
        folder = ""
    want_figures = parameters.get(OUTPUT_FIGURES) is not None
    if not folder and not want_figures:
        return None
    feedback.setProgressText(tr("Figures for the council"))
    coverage = result.coverage
    working = reproject(parcels.geometries, parcels.crs, coverage.working_crs)
    levels = dori_footprints(coverage)
    study_area = study_area_geometry(algorithm, parameters, context, coverage.working_crs_id)
    area_source = "hull" if study_area is None else "given"
    is_public, masking_required = parcels.is_public, result.masking_required
    if legal is not None:
        masking_required, is_public, legal_area = legal
        if study_area is None:
            study_area, area_source = legal_area, "parcels"
    public = public_domain_under_view(coverage.footprints, working, is_public, study_area, levels)

    def number(name):
        value = parameters.get(name)
        return None if value is None else algorithm.parameterAsDouble(parameters, name, context)

    counts = audited_counts(result, cameras, public.study_area)
    figures = council_figures(
        counts,
        int(np.sum(masking_required)),
        public,
        population=number(POPULATION) or None,
        investment=number(INVESTMENT)
        if parameters.get(INVESTMENT) is not None
        else INVESTMENT_PER_CAMERA_EUR,
        upkeep=number(UPKEEP) if parameters.get(UPKEEP) is not None else UPKEEP_PER_CAMERA_EUR_YEAR,
        officer=number(OFFICER) if parameters.get(OFFICER) is not None else OFFICER_COST_EUR_YEAR,
        masking_required=masking_required,
        flag_rules=flag_rules_of(results.get("OUTPUT_CAMERAS"), context),
        study_area_source=area_source,
        lang=lang,
    )
    if want_figures:
        from ..layers.exposure_output import write_layer

        destination = write_layer(
            algorithm,
            parameters,
            OUTPUT_FIGURES,
            context,
            feedback,
            tuple(
                zip(
                    FIGURE_FIELDS,
                    (
                        QVariant.String,
                        QVariant.String,
                        QVariant.Double,
                        QVariant.String,
                        QVariant.String,
                    ),
                )
            ),
            QgsWkbTypes.NoGeometry,
            coverage.working_crs_id,
            [None] * len(figures),
            [[f.code, f.label, float(f.value), f.unit, f.note] for f in figures],
        )
        if destination is not None:
            results[OUTPUT_FIGURES] = destination
    if not folder:
        return None
    from .build import FILES  # noqa: F401  (fails early if the package is broken)

    html, assumptions, sources = report
    base = {
        "parcels": algorithm.parameterAsVectorLayer(parameters, "PARCELS", context),
        "buildings": algorithm.parameterAsVectorLayer(parameters, "BUILDINGS", context),
    }
    camera_layer = algorithm.parameterAsVectorLayer(parameters, "CAMERAS", context)
    bounds = None
    if public.study_area is not None and not shapely.is_empty(public.study_area):
        bounds = tuple(float(v) for v in shapely.bounds(public.study_area))
    return DossierState(
        folder,
        {**results, **views},
        figures,
        html,
        list(assumptions),
        list(sources),
        public.seen_by_level,
        lang,
        base,
        algorithm.parameterAsLayer(parameters, BASEMAP, context),
        osm_used([camera_layer, *base.values()]),
        hidden,
        bounds,
        study=study_title(algorithm, parameters, context),
    )


def written_layers(results, styles, context):
    """Style name -> layer, for each output the run wrote (`styles`: output
    parameter -> style name)."""
    return {
        style: QgsProcessingUtils.mapLayerFromString(results[name], context)
        for name, style in styles.items()
        if results.get(name) is not None
    }


def build_from_state(state, styles, context, feedback, **options):
    """postProcessAlgorithm's part: the dossier from the outputs the run
    wrote (`styles`: output parameter -> style name) and what it kept in
    `state`; `options` are build_dossier's own for that algorithm.
    Returns the algorithm's results with OUTPUT_DOSSIER added."""
    if state is None:
        return {}
    from .build import build_dossier

    build_dossier(
        state.folder,
        written_layers(state.results, styles, context),
        state.figures,
        base=state.base,
        report_html=state.report_html,
        assumptions=state.assumptions,
        sources=state.sources,
        lang=state.lang,
        feedback=feedback,
        osm_used=state.osm_used,
        study=state.study,
        **options,
    )
    shown = {name: dest for name, dest in state.results.items() if name not in state.hidden}
    return {**shown, OUTPUT_DOSSIER: state.folder}


def build_audit_dossier(state, context, feedback):
    """The audit's dossier (see build_from_state)."""
    if state is None:
        return {}
    return build_from_state(
        state,
        OUTPUT_STYLES,
        context,
        feedback,
        basemap=state.basemap,
        public_by_level=state.public_by_level,
        frame=state.study_area_bounds,
    )
