"""The legal reading's other inputs for coverageaudit: which buildings are
dwellings, their entrances, which cameras belong to private operators and
the information signs surveyed. Read here, judged in core (dwellings.py,
operators.py, signs.py, legal.py)."""

import dataclasses
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core.dwellings import DWELLING, ENTRANCE_SNAP_M, OTHER, POSSIBLE, building_use
from ..core.heights import building_heights
from ..core.legal import LegalInputs
from ..core.operators import is_private_operator
from ..core.reach import MARGIN_M
from ..core.signs import names_operator
from ..translation import tr
from .camera_input import BUILDINGS, CAMERAS, height_columns
from .land_input import _advanced
from .layer_io import (
    check_source,
    crs_of,
    feature_labels,
    matching_ids,
    plain_layer,
    read_features,
)
from .legal_output import mask_min_area
from .reach import boxes_for, report_read

DWELLING_EXPRESSION = "DWELLING_EXPRESSION"
ENTRANCES = "ENTRANCES"
ENTRANCE_RADIUS_M = "ENTRANCE_RADIUS_M"
PRIVATE_OPERATOR_EXPRESSION = "PRIVATE_OPERATOR_EXPRESSION"
SURROUNDINGS_M = "SURROUNDINGS_M"
SIGNS = "SIGNS"
SIGN_DISTANCE_M = "SIGN_DISTANCE_M"

# Building fields the default dwelling reading looks at (OSM, BD TOPO).
OSM_USE_FIELD = "building"
BDTOPO_USE_FIELDS = ("usage_1", "USAGE1")
BDTOPO_COUNT_FIELDS = ("nombre_de_logements", "NB_LOGTS")
BUILDING_ID_FIELDS = ("building_id", "osm_id", "osm_way_id", "cleabs", "ID", "id")
ENTRANCE_ID_FIELDS = ("entrance_id", "osm_id", "id")
SIGN_ID_FIELDS = ("sign_id", "id", "osm_id")
OPERATOR_FIELDS = ("operator_type", "surveillance", "operator")
IDS_SHOWN = 5


def add_legal_parameters(algorithm):
    algorithm.addParameter(
        _advanced(
            QgsProcessingParameterExpression(
                DWELLING_EXPRESSION,
                tr(
                    "Expression selecting the buildings that are dwellings (empty: OSM "
                    "building=residential, apartments, house..., BD TOPO usage_1 = Résidentiel)"
                ),
                parentLayerParameterName=BUILDINGS,
                optional=True,
            )
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            ENTRANCES,
            tr("Dwelling entrances (points, e.g. OpenStreetMap entrance=* nodes)"),
            [QgsProcessing.TypeVectorPoint],
            optional=True,
        )
    )
    algorithm.addParameter(
        _advanced(
            QgsProcessingParameterNumber(
                ENTRANCE_RADIUS_M,
                tr("An entrance is seen within this distance of visible ground (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=1.5,
                minValue=0.0,
            )
        )
    )
    algorithm.addParameter(
        _advanced(
            QgsProcessingParameterExpression(
                PRIVATE_OPERATOR_EXPRESSION,
                tr(
                    "Expression selecting the cameras of private operators (empty: OSM "
                    "operator:type private, business, commercial, religious, or "
                    "surveillance=outdoor with an operator that is not a public body)"
                ),
                parentLayerParameterName=CAMERAS,
                optional=True,
            )
        )
    )
    algorithm.addParameter(
        _advanced(
            QgsProcessingParameterNumber(
                SURROUNDINGS_M,
                tr("Immediate surroundings a private operator may film (m from its premises)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=2.0,
                minValue=0.0,
            )
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            SIGNS,
            tr("Information signs surveyed (points; fields names_operator yes/no, text)"),
            [QgsProcessing.TypeVectorPoint],
            optional=True,
        )
    )
    algorithm.addParameter(
        _advanced(
            QgsProcessingParameterNumber(
                SIGN_DISTANCE_M,
                tr("A sign must stand within this distance of the ground a camera films (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=30.0,
                minValue=0.0,
            )
        )
    )


@dataclass
class LegalLayers:
    buildings: np.ndarray = None
    buildings_crs: object = None
    building_use: np.ndarray = None
    building_ids: list = None
    building_heights: np.ndarray = None
    dwelling_rule: str = ""
    entrances: np.ndarray = None
    entrances_crs: object = None
    entrance_ids: list = None
    private_operator: np.ndarray = None
    operator_rule: str = ""
    signs: np.ndarray = None
    signs_crs: object = None
    sign_names_operator: np.ndarray = None
    sign_ids: list = None
    entrance_radius_m: float = 1.5
    surroundings_m: float = 2.0
    sign_distance_m: float = 30.0
    mask_min_area_m2: float = 0.5

    def legal_inputs(self, **land):
        """The core's LegalInputs: the land given (parcels, owners, study
        area) and whatever of these layers it takes, as they are."""
        taken = {f.name for f in dataclasses.fields(LegalInputs)}
        mine = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        return LegalInputs(**land, **{k: v for k, v in mine.items() if k in taken})


def _first_field(fields, candidates):
    return next((name for name in candidates if fields.indexOf(name) >= 0), "")


def _raw_expression(algorithm, parameters, name, context):
    raw = parameters.get(name)
    if isinstance(raw, str) and raw.strip():
        return raw
    return algorithm.parameterAsExpression(parameters, name, context)


def _optional_points(algorithm, parameters, name, context, label):
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        if parameters.get(name):
            raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
        return None
    check_source(source, label, QgsWkbTypes.PointGeometry, tr("points"))
    return source


def read_legal_layers(algorithm, parameters, context, feedback, cameras):
    """The legal reading's layers as arrays (each optional)."""
    out = LegalLayers(
        entrance_radius_m=algorithm.parameterAsDouble(parameters, ENTRANCE_RADIUS_M, context),
        surroundings_m=algorithm.parameterAsDouble(parameters, SURROUNDINGS_M, context),
        sign_distance_m=algorithm.parameterAsDouble(parameters, SIGN_DISTANCE_M, context),
        mask_min_area_m2=mask_min_area(algorithm, parameters, context),
    )
    _read_buildings(algorithm, parameters, context, feedback, out)
    _read_operators(algorithm, parameters, context, feedback, cameras, out)

    entrances = _optional_points(algorithm, parameters, ENTRANCES, context, tr("entrance"))
    if entrances is not None:
        if out.buildings is None:
            raise QgsProcessingException(
                tr("Entrances need the buildings layer: give BUILDINGS too.")
            )
        id_field = _first_field(entrances.fields(), ENTRANCE_ID_FIELDS)
        layer = plain_layer(algorithm, parameters, ENTRANCES, context)
        crs = crs_of(entrances, tr("entrance"))
        data = read_features(
            entrances,
            [id_field] if id_field else [],
            feedback,
            0,
            0,
            layer=layer,
            boxes=boxes_for(algorithm, entrances, crs),
        )
        report_read(
            feedback,
            tr("{} of {} entrances read (only those within the cameras' reach are needed)."),
            len(data.feature_ids),
            entrances.featureCount(),
        )
        out.entrances = data.geometries
        out.entrances_crs = crs
        out.entrance_ids = feature_labels(data, id_field)

    signs = _optional_points(algorithm, parameters, SIGNS, context, tr("sign"))
    if signs is not None:
        fields = signs.fields()
        id_field = _first_field(fields, SIGN_ID_FIELDS)
        wanted = [n for n in (id_field, "names_operator", "text") if n and fields.indexOf(n) >= 0]
        data = read_features(signs, wanted, feedback, 0, 0)
        if fields.indexOf("names_operator") >= 0:
            named = names_operator(data.columns["names_operator"])
        else:
            feedback.pushWarning(
                tr(
                    "The signs layer has no names_operator field: a sign with a text is "
                    "taken to name the operator, a sign without one not."
                )
            )
            texts = data.columns.get("text", [None] * len(data.feature_ids))
            named = np.array([bool(t and str(t).strip()) for t in texts])
        out.signs = data.geometries
        out.signs_crs = crs_of(signs, tr("sign"))
        out.sign_names_operator = named
        out.sign_ids = feature_labels(data, id_field)
    return out


def _read_buildings(algorithm, parameters, context, feedback, out):
    source = algorithm.parameterAsSource(parameters, BUILDINGS, context)
    if source is None:
        return
    fields = source.fields()
    osm = OSM_USE_FIELD if fields.indexOf(OSM_USE_FIELD) >= 0 else ""
    usage = _first_field(fields, BDTOPO_USE_FIELDS)
    count = _first_field(fields, BDTOPO_COUNT_FIELDS)
    id_field = _first_field(fields, BUILDING_ID_FIELDS)
    # The heights the audit reads (camera_input.read_buildings): the top of
    # each dwelling's façades.
    height_field, height_from = height_columns(algorithm, parameters, context, fields)
    wanted = list(dict.fromkeys(n for n in (osm, usage, count, id_field, *height_from) if n))
    layer = plain_layer(algorithm, parameters, BUILDINGS, context)
    crs = crs_of(source, tr("building"))
    # Within the cameras' reach, like the audit's own read; an entrance
    # within reach finds its building a few metres further.
    boxes = boxes_for(algorithm, source, crs, margin_m=MARGIN_M + ENTRANCE_SNAP_M)
    data = read_features(source, wanted, feedback, 0, 0, layer=layer, boxes=boxes)
    n = len(data.feature_ids)
    use = building_use(
        n,
        data.columns[osm] if osm else None,
        data.columns[usage] if usage else None,
        data.columns[count] if count else None,
    )
    expression = _raw_expression(algorithm, parameters, DWELLING_EXPRESSION, context)
    if expression:
        chosen = np.isin(data.feature_ids, matching_ids(source, expression, context))
        use = np.where(chosen, DWELLING, np.where(use == POSSIBLE, POSSIBLE, OTHER)).astype(object)
        out.dwelling_rule = expression
    else:
        used = [n for n in (osm, usage, count) if n]
        out.dwelling_rule = tr("default reading of the fields {}").format(", ".join(used) or "-")
        if not used:
            feedback.pushWarning(
                tr(
                    "The buildings layer has no use field (building, usage_1, USAGE1): no "
                    "building can be told a dwelling; all {} are counted as possibly "
                    "dwellings. Give a dwelling expression to say which are."
                ).format(n)
            )
    out.buildings = data.geometries
    out.buildings_crs = crs
    out.building_use = use
    out.building_ids = feature_labels(data, id_field)
    if height_from:
        out.building_heights = building_heights(data.columns, height_field)[0]
    feedback.pushInfo(
        tr("Buildings: {} dwellings, {} possibly dwellings (use unknown), {} others.").format(
            int((use == DWELLING).sum()), int((use == POSSIBLE).sum()), int((use == OTHER).sum())
        )
    )


def _read_operators(algorithm, parameters, context, feedback, cameras, out):
    source = cameras.source
    expression = _raw_expression(algorithm, parameters, PRIVATE_OPERATOR_EXPRESSION, context)
    if expression:
        out.private_operator = np.isin(
            cameras.data.feature_ids, matching_ids(source, expression, context)
        )
        out.operator_rule = expression
        return
    fields = source.fields()
    present = [name for name in OPERATOR_FIELDS if fields.indexOf(name) >= 0]
    out.operator_rule = tr("default reading of the fields {}").format(", ".join(present) or "-")
    if not present:
        out.private_operator = np.zeros(len(cameras.data.feature_ids), dtype=bool)
        return
    rows = cameras.data.attributes

    def column(name):
        index = fields.indexOf(name)
        if index < 0:
            return [None] * len(rows)
        return [
            None if row[index] is None or str(row[index]) == "NULL" else row[index] for row in rows
        ]

    out.private_operator = is_private_operator(
        column("operator_type"), column("surveillance"), column("operator")
    )
