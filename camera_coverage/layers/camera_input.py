"""The camera parameters shared by the algorithms that build footprints:
which fields hold the id, direction, field of view, range, height, tilt and
resolution, the defaults used where a value is missing, the range mode and
the buildings that hide the view, with their heights."""

import math
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.audit import RANGE_MODES, AuditSettings
from ..core.cameras import CameraValues
from ..core.csv_columns import parse_number
from ..core.explain import NoUsableCamera
from ..core.heights import LEVELS_FIELD, METRE_FIELDS, building_heights, height_fields
from ..core.identity import unique_ids
from ..core.messages import number
from ..core.north import NORTHS
from ..translation import tr
from .dem_input import report_relief
from .layer_io import (
    check_source,
    chosen_field,
    crs_of,
    feature_labels,
    make_fields,
    numeric,
    plain_layer,
    read_features,
    required_source,
    writable_fields,
    write_features,
)
from .ogr_arrow import arrow_read
from .reach import boxes_for, remember_cameras, report_read
from .run_safety import source_error

CAMERAS = "CAMERAS"
ID_FIELD = "ID_FIELD"
DIRECTION_FIELD = "DIRECTION_FIELD"
FOV_FIELD = "FOV_FIELD"
RANGE_FIELD = "RANGE_FIELD"
HEIGHT_FIELD = "HEIGHT_FIELD"
TILT_FIELD = "TILT_FIELD"
RESOLUTION_FIELD = "RESOLUTION_FIELD"
SENSOR_WIDTH_FIELD = "SENSOR_WIDTH_FIELD"
FOCAL_FIELD = "FOCAL_FIELD"
VFOV_FIELD = "VFOV_FIELD"
DEFAULT_FOV = "DEFAULT_FOV"
DEFAULT_RANGE = "DEFAULT_RANGE"
DEFAULT_RESOLUTION = "DEFAULT_RESOLUTION"
RANGE_MODE = "RANGE_MODE"
DIRECTION_NORTH = "DIRECTION_NORTH"
BUILDINGS = "BUILDINGS"
BUILDING_HEIGHT_FIELD = "BUILDING_HEIGHT_FIELD"

# Field names of the normalised camera layer, used when the user names none.
CONVENTIONAL = {
    ID_FIELD: "camera_id",
    DIRECTION_FIELD: "direction",
    FOV_FIELD: "fov",
    RANGE_FIELD: "range_m",
    HEIGHT_FIELD: "height_m",
    TILT_FIELD: "tilt_deg",
    RESOLUTION_FIELD: "h_resolution",
    SENSOR_WIDTH_FIELD: "sensor_width_mm",
    FOCAL_FIELD: "focal_mm",
    VFOV_FIELD: "vfov_deg",
}
PAN_FIELD = "pan_deg"
# Written by importcameras: which values came from its per-type defaults.
DEFAULTS_USED_FIELD = "defaults_used"


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
        HEIGHT_FIELD: tr("Mounting height field, metres (default: height_m)"),
        TILT_FIELD: tr("Tilt field, degrees below horizontal (default: tilt_deg)"),
        RESOLUTION_FIELD: tr("Horizontal resolution field, pixels (default: h_resolution)"),
        SENSOR_WIDTH_FIELD: tr(
            "Sensor width field, mm, for a field of view from the lens (default: sensor_width_mm)"
        ),
        FOCAL_FIELD: tr("Focal length field, mm (default: focal_mm)"),
        VFOV_FIELD: tr(
            "Vertical field of view field, degrees (default: vfov_deg; else from the "
            "field of view and a 16:9 image)"
        ),
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
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            DEFAULT_RESOLUTION,
            tr("Horizontal resolution where none is given (pixels)"),
            QgsProcessingParameterNumber.Integer,
            defaultValue=1920,
            minValue=100,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            RANGE_MODE,
            tr("How far each camera sees"),
            [
                tr("Its range (range_m)"),
                tr("As far as it can identify people (250 px/m)"),
                tr("As far as it can recognise people (125 px/m)"),
                tr("As far as it can observe (62.5 px/m)"),
                tr("As far as it can detect people (25 px/m)"),
            ],
            defaultValue=0,
        )
    )
    add_direction_north_parameter(algorithm)
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            BUILDINGS,
            tr("Buildings that hide the view (polygons, optional)"),
            [QgsProcessing.TypeVectorPolygon],
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            BUILDING_HEIGHT_FIELD,
            tr(
                "Building height field, metres (default: hauteur, height or HAUTEUR, "
                "else building:levels × 3 m)"
            ),
            parentLayerParameterName=BUILDINGS,
            type=QgsProcessingParameterField.Any,
            optional=True,
        )
    )


def add_direction_north_parameter(algorithm):
    """Which north the directions are measured from; sectors are always
    drawn to true north in every CRS."""
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            DIRECTION_NORTH,
            tr("Directions are measured from"),
            [
                tr("True north (compass, OpenStreetMap, data sheets)"),
                tr("Grid north of the camera layer's CRS (angles measured on a projected map)"),
            ],
            defaultValue=0,
        )
    )


def direction_north(algorithm, parameters, context):
    return NORTHS[algorithm.parameterAsEnum(parameters, DIRECTION_NORTH, context)]


def north_sentence(coverage, settings):
    """Which north the directions were read from, and how far the working
    grid's north lies from true north at the centre of the cameras."""
    offset = coverage.central_true_north()
    side = tr("west") if offset > 0 else tr("east")
    read_from = (
        tr("bearings from true north")
        if settings.direction_north == "true"
        else tr("angles from the grid north of the camera layer's CRS, turned to true north")
    )
    return tr(
        "Directions were read as {}; sectors are drawn to true north, turned at each "
        "camera by the meridian convergence: here grid north of {} lies {}° {} of true north."
    ).format(read_from, coverage.working_crs_id, number(abs(offset), settings.lang, 2), side)


def _field_name(algorithm, parameters, context, fields, name):
    """The user's field, else the conventional one."""
    return chosen_field(
        algorithm, parameters, name, context, fields, CONVENTIONAL[name], tr("camera")
    )


def _usable_fields(names, columns, feedback):
    """A field with no value in any camera is treated as absent, with a
    note (GDAL types a GeoJSON property that is null everywhere as text)."""
    usable = dict(names)
    for name, chosen in names.items():
        if chosen and all(v is None for v in columns[chosen]):
            feedback.pushInfo(
                tr(
                    "The field {} has no value for any camera: treated as absent (defaults apply)."
                ).format(chosen)
            )
            usable[name] = ""
    return usable


def _as_text(layer, source, data, name):
    """The values of a field QGIS reads as JSON (a GeoJSON property holding
    numbers and text: QGIS 3.22 gives them all as NULL), read as text
    through GDAL."""
    bulk = arrow_read(layer, [name], source.featureCount())
    if bulk is None:
        raise QgsProcessingException(
            tr(
                "The field {} mixes numbers and text, and QGIS cannot read it from this "
                "layer: import the layer with the Import cameras algorithm, or save it as "
                "a GeoPackage with that field as text."
            ).format(name)
        )
    _, columns, ids = bulk
    by_id = dict(zip(ids, columns[name]))
    return [by_id.get(fid) for fid in data.feature_ids]


def _write_ids(rows, fields, id_field, camera_ids):
    index = fields.indexOf(id_field)
    if fields.field(index).type() != QVariant.String:
        return
    for row, camera_id in zip(rows, camera_ids):
        row[index] = camera_id


def _blank_non_finite(rows, feedback):
    """Attributes copied to the outputs hold no infinite or NaN number (no
    output could be written with one): each is left empty there, and said.
    The camera values read from them are checked apart (such a camera is
    rejected, naming the value)."""
    blanked = 0
    for row in rows:
        for index, value in enumerate(row):
            if isinstance(value, float) and not math.isfinite(value):
                row[index] = None
                blanked += 1
    if blanked:
        feedback.pushWarning(
            tr(
                "{} attribute values of the camera layer are not finite numbers (inf, NaN): "
                "they are left empty in the outputs."
            ).format(blanked)
        )


def _numbers(values, name, unreadable):
    """A column of numbers from a text column: what reads as a number
    ("45", "4,5") is kept, what does not ("NE") is NaN here and its camera
    is listed in `unreadable` to be rejected, naming the value."""
    out = np.full(len(values), np.nan)
    for i, value in enumerate(values):
        if value is None or not str(value).strip():
            continue
        number = parse_number(value)
        if number is None:
            unreadable.setdefault(i, (name, str(value)))
        else:
            out[i] = number
    return out


@dataclass
class CameraInput:
    source: object
    data: object
    crs: str
    values: CameraValues
    settings: AuditSettings
    type_defaults: int
    # Duplicated id -> the names its later uses were given (CAM-05#2...).
    renamed: dict = field(default_factory=dict)


def read_cameras(algorithm, parameters, context, feedback, end_progress, input_name=CAMERAS):
    """The camera layer as arrays for the core, or None when cancelled."""
    source = required_source(
        algorithm,
        parameters,
        input_name,
        context,
        tr("camera"),
        QgsWkbTypes.PointGeometry,
        tr("points"),
    )
    fields = source.fields()
    names = {
        name: _field_name(algorithm, parameters, context, fields, name) for name in CONVENTIONAL
    }
    pan = PAN_FIELD if fields.indexOf(PAN_FIELD) >= 0 else ""
    imported = DEFAULTS_USED_FIELD if fields.indexOf(DEFAULTS_USED_FIELD) >= 0 else ""
    wanted = [n for n in [*names.values(), pan, imported] if n]
    data = read_features(source, wanted, feedback, 0, end_progress, all_attributes=True)
    if data is None:
        return None
    columns = data.columns
    n = len(data.feature_ids)
    layer = plain_layer(algorithm, parameters, input_name, context)
    for chosen in {name for name in names.values() if name}:
        if fields.field(chosen).type() == QVariant.Map:
            columns[chosen] = _as_text(layer, source, data, chosen)
            # Written out as the text it holds (outputs copy the attributes).
            index = fields.indexOf(chosen)
            for row, value in zip(data.attributes, columns[chosen]):
                row[index] = value
    names = _usable_fields(names, columns, feedback)
    _blank_non_finite(data.attributes, feedback)
    camera_ids, renamed = unique_ids(feature_labels(data, names[ID_FIELD]))
    if renamed and names[ID_FIELD]:
        # The outputs copy the camera's attributes: the id they show is the
        # unique one the log announced (CAM-05#2), not the duplicate.
        _write_ids(data.attributes, fields, names[ID_FIELD], camera_ids)
    for duplicated, new_names in renamed.items():
        feedback.pushWarning(
            tr("Camera id {} is used {} times: the later ones are named {}.").format(
                duplicated, len(new_names) + 1, ", ".join(new_names)
            )
        )

    unreadable = {}

    def column(name):
        if not name:
            return numeric([None] * n)
        if fields.field(name).isNumeric():
            return numeric(columns[name])
        return _numbers(columns[name], name, unreadable)

    values = CameraValues(
        camera_id=camera_ids,
        direction=column(names[DIRECTION_FIELD]),
        fov=column(names[FOV_FIELD]),
        range_m=column(names[RANGE_FIELD]),
        pan_deg=column(pan),
        height_m=column(names[HEIGHT_FIELD]),
        tilt_deg=column(names[TILT_FIELD]),
        h_resolution=column(names[RESOLUTION_FIELD]),
        sensor_width_mm=column(names[SENSOR_WIDTH_FIELD]),
        focal_mm=column(names[FOCAL_FIELD]),
        vfov_deg=column(names[VFOV_FIELD]),
        unreadable=unreadable,
    )
    settings = AuditSettings(
        default_fov=algorithm.parameterAsDouble(parameters, DEFAULT_FOV, context),
        default_range_m=algorithm.parameterAsDouble(parameters, DEFAULT_RANGE, context),
        default_h_resolution=algorithm.parameterAsInt(parameters, DEFAULT_RESOLUTION, context),
        range_mode=RANGE_MODES[algorithm.parameterAsEnum(parameters, RANGE_MODE, context)],
        direction_north=direction_north(algorithm, parameters, context),
        lang=algorithm.language(),
    )
    type_defaults = sum(1 for v in columns.get(imported, []) if v) if imported else 0
    cameras = CameraInput(
        source, data, crs_of(source, tr("camera")), values, settings, type_defaults, renamed
    )
    # The parcels and buildings read next are those within these cameras' reach.
    remember_cameras(algorithm, cameras)
    return cameras


REJECTED = "OUTPUT_REJECTED"


class Obstacles(NamedTuple):
    """An optional layer of buildings (or walls) for the core: geometries,
    CRS, heights in metres (NaN where unknown; None when no field gives
    any), the fields they came from and how many are unknown."""

    geometries: object = None
    crs: str = None
    heights: np.ndarray = None
    height_fields: str = ""
    heights_unknown: int = 0


def read_buildings(algorithm, parameters, context, feedback, start, end):
    """The optional buildings layer as Obstacles (empty without one), or
    None when cancelled."""
    source = algorithm.parameterAsSource(parameters, BUILDINGS, context)
    if source is None:
        if parameters.get(BUILDINGS):
            raise QgsProcessingException(source_error(algorithm, parameters, BUILDINGS))
        return Obstacles()
    check_source(source, tr("building"), QgsWkbTypes.PolygonGeometry, tr("polygons"))
    chosen, wanted = height_columns(algorithm, parameters, context, source.fields())
    layer = plain_layer(algorithm, parameters, BUILDINGS, context)
    crs = crs_of(source, tr("building"))
    boxes = boxes_for(algorithm, source, crs)
    data = read_features(source, wanted, feedback, start, end, layer=layer, boxes=boxes)
    if data is None:
        return None
    report_read(
        feedback,
        tr("{} of {} buildings read (only those within the cameras' reach are needed)."),
        len(data.feature_ids),
        source.featureCount(),
    )
    if not wanted:
        feedback.pushInfo(
            tr(
                "The buildings layer has no height field ({}): every building hides "
                "everything behind it, as in 2D."
            ).format(", ".join([*METRE_FIELDS, LEVELS_FIELD]))
        )
        return Obstacles(data.geometries, crs)
    return obstacles_with_heights(feedback, tr("buildings"), data, crs, chosen)


def height_columns(algorithm, parameters, context, fields):
    """(the field chosen as BUILDING_HEIGHT_FIELD, "" when none; the
    fields to read the buildings' heights from)."""
    chosen = chosen_field(
        algorithm, parameters, BUILDING_HEIGHT_FIELD, context, fields, "", tr("building")
    )
    return chosen, [chosen] if chosen else height_fields(fields.names())


def obstacles_with_heights(feedback, what, data, crs, field):
    """Obstacles from the features read, with the heights of `field` (or
    of the default fields when ""), saying where they came from."""
    heights, fields, unknown = building_heights(data.columns, field)
    _report_heights(feedback, what, fields, unknown, len(heights))
    return Obstacles(data.geometries, crs, heights, fields, unknown)


def _report_heights(feedback, what, fields, unknown, count):
    """Where the heights of buildings (or walls) came from and how many
    are unknown."""
    levels = tr(" (building:levels: 3 m a storey)") if LEVELS_FIELD in fields.split(", ") else ""
    feedback.pushInfo(tr("Heights of the {} read from {}{}.").format(what, fields, levels))
    if unknown:
        feedback.pushInfo(
            tr(
                "{} of {} {} have no usable height: they hide everything behind them, as in 2D."
            ).format(unknown, count, what)
        )


def _report_camera_heights(feedback, coverage, cameras):
    """With heights, how many cameras have none (height_m): from those every
    building and wall hides everything behind it."""
    unknown = int(np.isnan(cameras.values.height_m[coverage.index]).sum())
    if unknown:
        feedback.pushInfo(
            tr(
                "{} of {} cameras have no height (height_m): from them every building and "
                "wall hides everything behind it, as in 2D."
            ).format(unknown, len(coverage.index))
        )


def heights_assumption(what, obstacles):
    """(label, value) for a report's assumptions: where the heights of the
    buildings (or walls) came from, how many are unknown, and what that
    means."""
    label = tr("Heights of the {}").format(what)
    if obstacles.heights is None:
        return label, tr(
            "none known: each hides everything behind it, as a wall of unlimited height"
        )
    return label, tr(
        "from {}; one lower than a camera hides only the ground its top shadows from it "
        "(exact); {} of {} have no usable height and, like all seen from a camera "
        "without height_m, hide everything behind them"
    ).format(obstacles.height_fields, obstacles.heights_unknown, len(obstacles.heights))


def _report_buildings(feedback, coverage):
    if coverage.buildings_used:
        feedback.pushInfo(
            tr("{} buildings hide the view; {} invalid building geometries repaired.").format(
                coverage.buildings_used, coverage.buildings_repaired
            )
        )


def _report_above_horizon(feedback, coverage, camera_ids):
    """Cameras whose picture lies wholly above the horizon see no ground: a
    tilt given with the wrong sign (OpenStreetMap's camera:tilt is negative
    looking down) would otherwise clear them in silence."""
    sky = np.flatnonzero(np.isinf(np.asarray(coverage.ground_m, dtype=float)))
    if len(sky):
        ids = [str(camera_ids[coverage.index[i]]) for i in sky]
        shown = ", ".join(ids[:10]) + (" …" if len(ids) > 10 else "")
        feedback.pushWarning(
            tr(
                "{} cameras see no ground, their picture lying wholly above the horizon "
                "({}): tilt_deg is in degrees below the horizontal, positive looking down "
                "(OpenStreetMap's camera:tilt is negative looking down)."
            ).format(len(ids), shown)
        )


def report_views(feedback, coverage, cameras, heights_given):
    """What the buildings, the tilts, the relief and, when heights were
    given, the cameras without height did to the views."""
    _report_buildings(feedback, coverage)
    _report_above_horizon(feedback, coverage, cameras.values.camera_id)
    report_relief(feedback, coverage)
    if heights_given:
        _report_camera_heights(feedback, coverage, cameras)


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
        writable_fields(cameras.source.fields()), make_fields([("reason", QVariant.String)])
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


@contextmanager
def rejected_written_on_stop(algorithm, parameters, context, feedback, cameras):
    """When no camera is usable the run stops, but first the rejected
    output and the log say why each camera was rejected."""
    try:
        yield
    except QgsProcessingException as error:
        if isinstance(error.__cause__, NoUsableCamera):
            write_rejected(
                algorithm, parameters, context, feedback, cameras, error.__cause__.rejected
            )
        raise
