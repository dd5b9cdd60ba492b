"""Output layers of an exposure split, shared by parcelexposure and
coverageaudit so that both write the same stable fields."""

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.dori import dori_footprints
from ..core.exposure import UNPARCELLED
from ..core.optics import DORI_LEVELS
from ..translation import tr
from .feedback import feedback_progress
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


DORI_FIELDS = (
    ("camera_id", QVariant.String),
    ("level", QVariant.String),
    ("px_per_m", QVariant.Double),
    ("distance_m", QVariant.Double),
    ("area_m2", QVariant.Double),
)
# Per camera: how far it sees and what limits it (m).
OPTICS_FIELDS = (
    ("blind_m", QVariant.Double),
    ("reach_m", QVariant.Double),
    *((f"{level}_m", QVariant.Double) for level in DORI_LEVELS),
)
DORI_OUTPUT = "OUTPUT_DORI"


def add_dori_output(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(
            DORI_OUTPUT,
            tr(
                "DORI levels: ground where people can be identified, recognised, observed, detected"
            ),
            QgsProcessing.TypeVectorPolygon,
            optional=True,
            createByDefault=True,
        )
    )


def optics_rows(coverage):
    """OPTICS_FIELDS values per camera of the coverage."""
    columns = [coverage.near_m, coverage.outer_m, *coverage.dori_m.values()]
    return [[float(v) for v in row] for row in zip(*columns)]


def write_dori(algorithm, parameters, context, feedback, coverage, camera_ids):
    """One polygon per camera and DORI level, strictest level first; only
    computed when the output is asked for."""
    if not parameters.get(DORI_OUTPUT):
        return None
    dori = algorithm.run_core(dori_footprints, coverage, feedback_progress(feedback, 90, 95))
    if dori is None:
        return None
    geometries, rows = [], []
    for level, px in DORI_LEVELS.items():
        areas = shapely.area(dori[level])
        for i, cid in enumerate(camera_ids):
            geometries.append(dori[level][i])
            rows.append([cid, level, px, float(coverage.dori_m[level][i]), float(areas[i])])
    return write_layer(
        algorithm,
        parameters,
        DORI_OUTPUT,
        context,
        feedback,
        DORI_FIELDS,
        QgsWkbTypes.MultiPolygon,
        coverage.working_crs_id,
        geometries,
        rows,
        multi=True,
    )


def audit_rows(camera_ids, exposure, required, reasons, undetermined=None):
    """The per-camera audit fields, in AUDIT_FIELDS order; masking_required
    is NULL where it cannot be determined (no parcel within reach, or no
    ground of the study area seen)."""
    covered = exposure.covered_m2
    if undetermined is None:
        undetermined = np.zeros(len(covered), dtype=bool)
    pct = np.divide(
        100.0 * exposure.private_m2, covered, out=np.zeros_like(covered), where=covered > 0
    )
    return [
        [cid, float(c), float(pub), float(priv), float(p), None if u else bool(m), r]
        for cid, c, pub, priv, p, m, u, r in zip(
            camera_ids,
            covered,
            exposure.public_m2,
            exposure.private_m2,
            pct,
            required,
            undetermined,
            reasons,
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
    algorithm, parameters, name, context, feedback, crs_id, pieces, camera_ids, parcel_ids
):
    """The pieces layer (Pieces with their un-parcelled remainders)."""
    if pieces is None:
        return None
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
