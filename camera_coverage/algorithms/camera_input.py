"""The camera parameters shared by the algorithms that build footprints:
which fields hold the id, direction, field of view and range, and the
defaults used where a value is missing."""

from dataclasses import dataclass

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.audit import AuditSettings
from ..core.cameras import CameraValues
from ..translation import tr
from .layer_io import (
    check_source,
    crs_of,
    make_fields,
    numeric,
    read_features,
    write_features,
)

CAMERAS = "CAMERAS"
ID_FIELD = "ID_FIELD"
DIRECTION_FIELD = "DIRECTION_FIELD"
FOV_FIELD = "FOV_FIELD"
RANGE_FIELD = "RANGE_FIELD"
DEFAULT_FOV = "DEFAULT_FOV"
DEFAULT_RANGE = "DEFAULT_RANGE"

# Field names of the normalised camera layer, used when the user names none.
CONVENTIONAL = {
    ID_FIELD: "camera_id",
    DIRECTION_FIELD: "direction",
    FOV_FIELD: "fov",
    RANGE_FIELD: "range_m",
}
PAN_FIELD = "pan_deg"


def add_camera_parameters(algorithm, input_name=CAMERAS):
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            input_name, tr("Cameras (points)"), [QgsProcessing.TypeVectorPoint]
        )
    )
    labels = {
        ID_FIELD: tr("Camera id field (default: camera_id)"),
        DIRECTION_FIELD: tr(
            "Direction field, degrees clockwise from north, empty = all round (default: direction)"
        ),
        FOV_FIELD: tr("Field of view field, degrees (default: fov)"),
        RANGE_FIELD: tr("Range field, metres (default: range_m)"),
    }
    for name, label in labels.items():
        numeric_only = name != ID_FIELD
        algorithm.addParameter(
            QgsProcessingParameterField(
                name,
                label,
                parentLayerParameterName=input_name,
                type=(
                    QgsProcessingParameterField.Numeric
                    if numeric_only
                    else QgsProcessingParameterField.Any
                ),
                optional=True,
            )
        )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            DEFAULT_FOV,
            tr("Field of view where none is given (degrees)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=60.0,
            minValue=1.0,
            maxValue=360.0,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            DEFAULT_RANGE,
            tr("Range where none is given (metres)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=30.0,
            minValue=1.0,
            maxValue=1000.0,
        )
    )


def _field_name(algorithm, parameters, context, fields, name):
    """The user's field, else the conventional one when the layer has it."""
    chosen = algorithm.parameterAsString(parameters, name, context)
    if chosen:
        if fields.indexOf(chosen) < 0:
            raise QgsProcessingException(
                tr("The camera layer has no field named {}.").format(chosen)
            )
    else:
        chosen = CONVENTIONAL[name] if fields.indexOf(CONVENTIONAL[name]) >= 0 else ""
    if chosen and name != ID_FIELD and not fields.field(chosen).isNumeric():
        raise QgsProcessingException(
            tr(
                "The field {} must hold numbers (degrees or metres) but is of type {}: "
                "convert it, or import the layer with the Import cameras algorithm."
            ).format(chosen, fields.field(chosen).typeName())
        )
    return chosen


@dataclass
class CameraInput:
    source: object
    data: object
    crs: str
    values: CameraValues
    settings: AuditSettings


def read_cameras(algorithm, parameters, context, feedback, end_progress, input_name=CAMERAS):
    """The camera layer as arrays for the core, or None when cancelled."""
    source = algorithm.parameterAsSource(parameters, input_name, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, input_name))
    check_source(source, tr("camera"), QgsWkbTypes.PointGeometry, tr("points"))
    fields = source.fields()
    names = {
        name: _field_name(algorithm, parameters, context, fields, name) for name in CONVENTIONAL
    }
    pan = PAN_FIELD if fields.indexOf(PAN_FIELD) >= 0 else ""
    wanted = [n for n in [*names.values(), pan] if n]
    data = read_features(source, wanted, feedback, 0, end_progress, all_attributes=True)
    if data is None:
        return None
    columns = data.columns
    n = len(data.feature_ids)

    def column(name):
        return numeric(columns[name]) if name else numeric([None] * n)

    ids = [
        str(value) if value is not None else f"fid {fid}"
        for value, fid in zip(columns.get(names[ID_FIELD], [None] * n), data.feature_ids)
    ]
    values = CameraValues(
        camera_id=ids,
        direction=column(names[DIRECTION_FIELD]),
        fov=column(names[FOV_FIELD]),
        range_m=column(names[RANGE_FIELD]),
        pan_deg=column(pan),
    )
    settings = AuditSettings(
        default_fov=algorithm.parameterAsDouble(parameters, DEFAULT_FOV, context),
        default_range_m=algorithm.parameterAsDouble(parameters, DEFAULT_RANGE, context),
        lang=algorithm.language(),
    )
    return CameraInput(source, data, crs_of(source, tr("camera")), values, settings)


REJECTED = "OUTPUT_REJECTED"


def add_rejected_output(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(
            REJECTED,
            tr("Rejected cameras (with the reason)"),
            QgsProcessing.TypeVectorPoint,
            optional=True,
            createByDefault=True,
        )
    )


def write_rejected(algorithm, parameters, context, feedback, cameras, rejected):
    """Say which cameras were not used and why, in the log and in the
    rejected output, so that none disappears in silence."""
    for index, reason in rejected:
        feedback.reportError(
            tr("Camera {} rejected: {}").format(cameras.values.camera_id[index], reason)
        )
    if rejected:
        feedback.pushWarning(
            tr("{} of {} cameras rejected, see the rejected output.").format(
                len(rejected), len(cameras.values.camera_id)
            )
        )
    fields = QgsProcessingUtils.combineFields(
        cameras.source.fields(), make_fields([("reason", QVariant.String)])
    )
    sink, dest = algorithm.parameterAsSink(
        parameters, REJECTED, context, fields, cameras.source.wkbType(), cameras.source.sourceCrs()
    )
    if sink is None:
        return None
    indices = [index for index, _ in rejected]
    rows = [[*cameras.data.attributes[i], reason] for i, reason in rejected]
    write_features(sink, fields, cameras.data.geometries[indices], rows, feedback)
    return dest
