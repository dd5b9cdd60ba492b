"""Layers to arrays and back: the only place where QGIS features meet
shapely geometries (through WKB), so that algorithms stay thin."""

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFeatureSource,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.finite import first_non_finite
from ..translation import tr
from .ogr_arrow import arrow_read
from .run_safety import source_error

WRITE_BATCH = 1000


def crs_of(source, label):
    """The source CRS as pyproj understands it; a layer without CRS cannot be
    measured in metres."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(
            tr(
                "The {} layer has no coordinate reference system: set it in Layer "
                "Properties > Source > Assigned coordinate reference system, or with the "
                "Assign projection algorithm (Lambert-93 is EPSG:2154)."
            ).format(label)
        )
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return authid
    return crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)


def qgis_crs(identifier):
    crs = QgsCoordinateReferenceSystem(identifier)
    if not crs.isValid():
        crs = QgsCoordinateReferenceSystem.fromWkt(identifier)
    return crs


def required_source(algorithm, parameters, name, context, label, geometry_type, type_name):
    """The source behind parameter `name`, refused with a readable message
    when it is missing, empty or of the wrong geometry type."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(source_error(algorithm, parameters, name))
    check_source(source, label, geometry_type, type_name)
    return source


def chosen_field(algorithm, parameters, name, context, fields, conventional, label):
    """The field the user named (which must exist), else the conventional
    one when the layer has it, else ""."""
    chosen = algorithm.parameterAsString(parameters, name, context)
    if chosen:
        if fields.indexOf(chosen) < 0:
            raise QgsProcessingException(
                tr("The {} layer has no field named {}.").format(label, chosen)
            )
        return chosen
    return conventional if fields.indexOf(conventional) >= 0 else ""


def feature_labels(data, field):
    """Each feature's value of `field` as text, or "fid N" where it has
    none, so that every feature can be named in outputs and messages."""
    values = data.columns[field] if field else [None] * len(data.feature_ids)
    return [
        str(value) if value is not None else f"fid {fid}"
        for value, fid in zip(values, data.feature_ids)
    ]


def check_source(source, label, geometry_type, type_name):
    if source.featureCount() == 0:
        raise QgsProcessingException(
            tr("The {} layer is empty: choose a layer with features.").format(label)
        )
    if QgsWkbTypes.geometryType(source.wkbType()) != geometry_type:
        raise QgsProcessingException(tr("The {} layer must contain {}.").format(label, type_name))


def value_or_none(value):
    return None if value == NULL else value


@dataclass
class LayerData:
    """Geometries (shapely, None where missing), the named columns, the
    feature ids, and every attribute when asked (to copy them to an output)."""

    geometries: np.ndarray
    columns: dict
    feature_ids: list
    attributes: list


def read_features(
    source, field_names, feedback, start, end, all_attributes=False, layer=None, boxes=None
):
    """The source read once into a LayerData, or None when cancelled. A
    plain file `layer` (no selection, no filter) is read in bulk through
    GDAL's Arrow interface instead of feature by feature. With `boxes`
    (xmin, ymin, xmax, ymax in the source's CRS), only the features whose
    bounding box meets one of them are read, through the spatial index."""
    if not all_attributes:
        bulk = arrow_read(layer, field_names, source.featureCount(), boxes)
        if bulk is not None:
            feedback.setProgress(end)
            return LayerData(*bulk, [])
    fields = source.fields()
    indices = [fields.indexOf(name) for name in field_names]
    total = max(source.featureCount(), 1)
    wkb, ids, columns, rows = [], [], [[] for _ in indices], []
    request = QgsFeatureRequest()
    if not all_attributes:
        request.setSubsetOfAttributes([i for i in indices if i >= 0])
    # The core repairs invalid polygons and counts them: QGIS must not stop on them.
    features = _features(source, request, boxes)
    for count, feature in enumerate(features):
        if count % 1000 == 0:
            if feedback.isCanceled():
                return None
            feedback.setProgress(start + (end - start) * count / total)
        geometry = feature.geometry()
        wkb.append(None if geometry.isNull() else geometry.asWkb().data())
        ids.append(feature.id())
        attributes = feature.attributes()
        if all_attributes:
            rows.append(attributes)
        for column, index in zip(columns, indices):
            column.append(value_or_none(attributes[index]) if index >= 0 else None)
    geometries = shapely.from_wkb(np.array(wkb, dtype=object))
    return LayerData(geometries, dict(zip(field_names, columns)), ids, rows)


def _features(source, request, boxes):
    """The source's features, or, with boxes, those whose bounding box meets
    one: box by box through the spatial index where there may be one (a
    feature in two boxes comes once), else in one pass tested against
    an index of the boxes."""
    flag = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    if boxes is None:
        yield from source.getFeatures(request, flag)
        return
    rectangles = [QgsRectangle(*(float(v) for v in box)) for box in boxes]
    # A database (index unknown to QGIS) filters on its side: box by box too.
    if source.hasSpatialIndex() != QgsFeatureSource.SpatialIndexNotPresent:
        seen = set()
        for rectangle in rectangles:
            for feature in source.getFeatures(
                QgsFeatureRequest(request).setFilterRect(rectangle), flag
            ):
                if feature.id() not in seen:
                    seen.add(feature.id())
                    yield feature
        return
    index = QgsSpatialIndex()
    for i, rectangle in enumerate(rectangles):
        index.addFeature(i, rectangle)
    for feature in source.getFeatures(request, flag):
        if feature.hasGeometry() and index.intersects(feature.geometry().boundingBox()):
            yield feature


def plain_layer(algorithm, parameters, name, context):
    """The layer behind a source parameter when all of it is meant (not
    its selected features, nor a limited number), else None."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.selectedFeaturesOnly or value.featureLimit != -1
    ):
        return None
    return algorithm.parameterAsVectorLayer(parameters, name, context)


def checked_expression(source, expression, context):
    """(evaluator, expression context) for an expression on `source`,
    checked before any work: it must parse, name only fields the layer has
    (QGIS evaluates an unknown field to NULL, which would select nothing in
    silence), and evaluate without error on the first feature. Every
    expression parameter goes through here."""
    evaluator = QgsExpression(expression)
    if evaluator.hasParserError():
        raise QgsProcessingException(
            tr("The expression {} cannot be read: {}").format(
                expression, evaluator.parserErrorString()
            )
        )
    fields = source.fields()
    unknown = [
        name
        for name in evaluator.referencedColumns()
        if name != QgsFeatureRequest.ALL_ATTRIBUTES and fields.lookupField(name) < 0
    ]
    if unknown:
        raise QgsProcessingException(
            tr(
                "The expression {} names the field {}, which the layer does not have. "
                "Its fields are: {}."
            ).format(expression, unknown[0], ", ".join(fields.names()))
        )
    expression_context = QgsExpressionContext(context.expressionContext())
    expression_context.appendScope(source.createExpressionContextScope())
    evaluator.prepare(expression_context)
    for feature in source.getFeatures(QgsFeatureRequest().setLimit(1)):
        expression_context.setFeature(feature)
        evaluator.evaluate(expression_context)
        if evaluator.hasEvalError():
            raise QgsProcessingException(
                tr("The expression {} fails on feature {}: {}").format(
                    expression, feature.id(), evaluator.evalErrorString()
                )
            )
    return evaluator, expression_context


def matching_ids(source, expression, context, feedback=None):
    """Ids of the features the expression selects, evaluated by QGIS (by
    the data provider itself when it can); an expression that cannot be
    checked (see checked_expression) stops the run. Cancel-aware."""
    evaluator, expression_context = checked_expression(source, expression, context)
    request = QgsFeatureRequest(evaluator, expression_context)
    request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(evaluator.referencedColumns(), source.fields())
    ids = []
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and count % 1000 == 0 and feedback.isCanceled():
            return None
        ids.append(feature.id())
    return np.array(ids, dtype=np.int64)


def numeric(values):
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def write_features(sink, fields, geometries, rows, feedback, multi=False):
    """One output feature per geometry and attribute row, handed to the
    sink a thousand at a time; cancel-aware."""
    bad = first_non_finite(geometries, rows)
    if bad is not None:
        raise QgsProcessingException(
            tr(
                "Nothing more written: feature {} has a coordinate or a figure that is not "
                "a finite number. Check the layers' coordinate reference systems."
            ).format(bad + 1)
        )
    wkbs = shapely.to_wkb(np.asarray(geometries, dtype=object))
    batch = []
    for count, (wkb, row) in enumerate(zip(wkbs, rows)):
        feature = QgsFeature(fields)
        if wkb is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            if multi:
                geometry.convertToMultiType()
            feature.setGeometry(geometry)
        feature.setAttributes(list(row))
        batch.append(feature)
        if len(batch) == WRITE_BATCH or count == len(wkbs) - 1:
            if feedback.isCanceled():
                return False
            if not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(
                    tr("Could not write output feature {}: {}").format(count + 1, sink.lastError())
                )
            batch = []
    return True


def writable_fields(fields):
    """The fields as an output can hold them: a JSON or list field (a
    GeoJSON property mixing numbers and text), which QGIS 3.22's GeoPackage
    writer refuses, becomes text."""
    out = QgsFields()
    for source_field in fields:
        if source_field.type() in (QVariant.Map, QVariant.List, QVariant.StringList):
            source_field = QgsField(source_field.name(), QVariant.String)
        out.append(source_field)
    return out


def make_fields(specification):
    """QgsFields from (name, QVariant type) pairs."""
    fields = QgsFields()
    for name, kind in specification:
        fields.append(QgsField(name, kind))
    return fields
