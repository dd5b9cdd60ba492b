"""Output layers of an exposure split, shared by parcelexposure and
coverageaudit so that both write the same stable fields."""

import numpy as np
from qgis.core import QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..core.exposure import UNPARCELLED
from .layer_io import make_fields, qgis_crs, write_features

PIECE_FIELDS = (
    ("camera_id", QVariant.String),
    ("parcel_id", QVariant.String),
    ("class", QVariant.String),
    ("area_m2", QVariant.Double),
)
AUDIT_FIELDS = (
    ("camera_id", QVariant.String),
    ("covered_m2", QVariant.Double),
    ("public_m2", QVariant.Double),
    ("private_m2", QVariant.Double),
    ("private_pct", QVariant.Double),
    ("masking_required", QVariant.Bool),
    ("flag_reason", QVariant.String),
)


def audit_rows(camera_ids, exposure, required, reasons):
    """The per-camera audit fields, in AUDIT_FIELDS order."""
    covered = exposure.covered_m2
    pct = np.divide(
        100.0 * exposure.private_m2, covered, out=np.zeros_like(covered), where=covered > 0
    )
    return [
        [cid, float(c), float(pub), float(priv), float(p), bool(m), r]
        for cid, c, pub, priv, p, m, r in zip(
            camera_ids, covered, exposure.public_m2, exposure.private_m2, pct, required, reasons
        )
    ]


def write_layer(
    algorithm,
    parameters,
    name,
    context,
    feedback,
    spec,
    geom_type,
    crs_id,
    geometries,
    rows,
    multi=False,
):
    """Create the sink `name` and fill it; returns its destination or None
    when the user did not ask for it."""
    fields = make_fields(spec)
    sink, dest = algorithm.parameterAsSink(
        parameters, name, context, fields, geom_type, qgis_crs(crs_id)
    )
    if sink is None:
        if parameters.get(name) is None:
            return None
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    write_features(sink, fields, geometries, rows, feedback, multi=multi)
    return dest


def write_pieces(
    algorithm, parameters, name, context, feedback, crs_id, exposure, camera_ids, parcel_ids
):
    pieces = exposure.pieces
    rows = [
        [
            camera_ids[c],
            None if p == UNPARCELLED else parcel_ids[p],
            "public" if public else "private",
            float(area),
        ]
        for c, p, public, area in zip(
            pieces.camera, pieces.parcel, pieces.is_public, pieces.area_m2
        )
    ]
    return write_layer(
        algorithm,
        parameters,
        name,
        context,
        feedback,
        PIECE_FIELDS,
        QgsWkbTypes.MultiPolygon,
        crs_id,
        pieces.geometry,
        rows,
        multi=True,
    )
