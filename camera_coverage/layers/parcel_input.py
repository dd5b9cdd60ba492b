"""The parcel parameters shared by the exposure and audit algorithms: the
cadastre layer, its id field, and which parcels are public."""

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core.explain import beyond_cadastre
from ..core.land import CLOSING_M, outside_study_area
from ..core.reach import MARGIN_M
from ..core.working_crs import reproject
from ..translation import tr
from .layer_io import (
    checked_expression,
    chosen_field,
    crs_of,
    feature_labels,
    matching_ids,
    plain_layer,
    read_features,
    required_source,
)
from .reach import boxes_around, boxes_for, report_read, seen_ground

PARCELS = "PARCELS"
PARCEL_ID_FIELD = "PARCEL_ID_FIELD"
PUBLIC_EXPRESSION = "PUBLIC_EXPRESSION"
TOLERANCE_M2 = "TOLERANCE_M2"
CONVENTIONAL_ID = "id"
# How far around the seen ground left out of the default study area the
# parcels are read, in turn, to find the ring of parcels that closes it.
STUDY_AREA_MARGINS_M = (250.0, 500.0, 1000.0, 2000.0, 4000.0)


@dataclass
class ParcelInput:
    geometries: np.ndarray
    crs: str
    parcel_ids: list
    is_public: np.ndarray
    public_count: int


def add_parcel_parameters(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            PARCELS,
            tr("Land parcels (cadastre polygons)"),
            [QgsProcessing.TypeVectorPolygon],
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            PARCEL_ID_FIELD,
            tr("Parcel id field (default: id, as in the Etalab cadastre)"),
            parentLayerParameterName=PARCELS,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterExpression(
            PUBLIC_EXPRESSION,
            tr("Expression selecting the parcels that are public (empty: all private)"),
            parentLayerParameterName=PARCELS,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            TOLERANCE_M2,
            tr("Private area tolerated before masking is required (m²)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=1.0,
            minValue=0.0,
        )
    )


def read_parcels(algorithm, parameters, context, feedback, start, end, default_study_area=False):
    """The parcel layer as arrays for the core, or None when cancelled.
    With `default_study_area` (the study area will be made from the
    parcels), enough parcels are read for it to be that of reading them
    all where the cameras see."""
    source = required_source(
        algorithm,
        parameters,
        PARCELS,
        context,
        tr("parcel"),
        QgsWkbTypes.PolygonGeometry,
        tr("polygons"),
    )
    id_field = chosen_field(
        algorithm,
        parameters,
        PARCEL_ID_FIELD,
        context,
        source.fields(),
        CONVENTIONAL_ID,
        tr("parcel"),
    )
    expression = public_expression(algorithm, parameters, context)
    if expression:
        checked_expression(source, expression, context)
    layer = plain_layer(algorithm, parameters, PARCELS, context)
    crs = crs_of(source, tr("parcel"))
    # The default study area closes the parcels' union by CLOSING_M: at any
    # point it depends on the parcels up to twice that far, so they are read
    # too and the figures stay those of reading everything.
    boxes = boxes_for(algorithm, source, crs, margin_m=MARGIN_M + 2 * CLOSING_M)
    fields = [id_field] if id_field else []
    data = read_features(source, fields, feedback, start, end, layer=layer, boxes=boxes)
    if data is not None and boxes is not None and not len(data.feature_ids):
        # No parcel near any camera: the layer is read whole, so that its
        # CRS is checked and each camera is told the cadastre misses it.
        data = read_features(source, fields, feedback, start, end, layer=layer)
    if data is not None and boxes is not None and default_study_area:
        reading = (feedback, start, end, layer, crs)
        data = _read_to_close_the_study_area(algorithm, source, fields, reading, data, boxes)
    if data is None:
        return None
    report_read(
        feedback,
        tr("{} of {} parcels read (only those within the cameras' reach are needed)."),
        len(data.feature_ids),
        source.featureCount(),
    )
    parcel_ids = feature_labels(data, id_field)
    if expression:
        public_ids = matching_ids(source, expression, context, feedback)
        if public_ids is None:
            return None
        is_public = np.isin(data.feature_ids, public_ids)
    else:
        is_public = np.zeros(len(parcel_ids), dtype=bool)
    missing = int(sum(g is None for g in data.geometries))
    if missing:
        feedback.pushWarning(tr("{} parcels have no geometry and are ignored.").format(missing))
    feedback.pushInfo(
        tr("{} parcels read, {} selected as public.").format(len(parcel_ids), int(is_public.sum()))
    )
    return ParcelInput(data.geometries, crs, parcel_ids, is_public, int(is_public.sum()))


def _read_to_close_the_study_area(algorithm, source, fields, reading, data, boxes):
    """Read farther where the cameras see ground the default study area of
    the parcels read leaves out: a square is public domain once the ring
    of parcels around it is read (its hole is filled), and that ring may
    lie beyond the cameras' reach. Boxes grow around that ground until it
    is taken in, or up to the last of STUDY_AREA_MARGINS_M, or until they
    would take most of the layer, which is then read whole."""
    seen = seen_ground(algorithm)
    if not seen:
        return data
    feedback, start, end, layer, crs = reading
    for margin in STUDY_AREA_MARGINS_M:
        parcels = reproject(data.geometries, crs, seen.crs)
        left = outside_study_area(parcels, _audited(seen, parcels))
        if not len(left):
            return data
        more = boxes_around(left, seen.crs, source, crs, margin)
        if more is None:
            return read_features(source, fields, feedback, start, end, layer=layer)
        boxes = np.concatenate([boxes, more])
        data = read_features(source, fields, feedback, start, end, layer=layer, boxes=boxes)
        if data is None:
            return None
    return data


def _audited(seen, parcels):
    """The footprints of the cameras with a parcel within reach: the others
    are not audited (the cadastre does not cover them), whatever the study
    area."""
    if seen.points is None:
        return seen.footprints
    located = ~shapely.is_missing(parcels) & ~shapely.is_empty(parcels)
    return seen.footprints[~beyond_cadastre(seen.points, parcels[located], seen.reach_m)]


def public_expression(algorithm, parameters, context):
    """The expression as the user wrote it: QGIS turns an expression it
    cannot parse into an empty one, which would make every parcel private
    in silence; read_features reports the parse error instead."""
    raw = parameters.get(PUBLIC_EXPRESSION)
    if isinstance(raw, str) and raw.strip():
        return raw
    return algorithm.parameterAsExpression(parameters, PUBLIC_EXPRESSION, context)


def tolerance(algorithm, parameters, context):
    return algorithm.parameterAsDouble(parameters, TOLERANCE_M2, context)
