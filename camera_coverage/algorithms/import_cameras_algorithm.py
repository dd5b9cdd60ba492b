"""camera_coverage:importcameras — any camera source to the normalised
camera layer, every input feature accounted for."""

from dataclasses import replace

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.camera_import import (
    ImportOptions,
    id_column,
    import_feature,
    source_kind,
    table_point,
    to_true_north,
    written_with_decimal_commas,
)
from ..core.camera_tags import CONVENTIONS, Rejection, TypeDefaults
from ..core.csv_columns import detect_coordinate_columns
from ..core.messages import Message
from ..layers.camera_input import add_direction_north_parameter, direction_north
from ..layers.layer_io import make_fields, value_or_none
from ..layers.no_location import empty_points_to_null
from ..layers.run_safety import source_error
from .base import CameraCoverageAlgorithmBase

CAMERA_FIELDS = (
    ("camera_id", QVariant.String),
    ("direction", QVariant.Double),
    ("fov", QVariant.Double),
    ("range_m", QVariant.Double),
    ("height_m", QVariant.Double),
    ("tilt_deg", QVariant.Double),
    ("camera_type", QVariant.String),
    ("pan_deg", QVariant.Double),
    ("source_ref", QVariant.String),
    ("operator", QVariant.String),
    ("operator_type", QVariant.String),
    ("surveillance", QVariant.String),
    ("surveillance_zone", QVariant.String),
    ("camera_mount", QVariant.String),
    ("surveillance_type", QVariant.String),
    ("alpr", QVariant.Bool),
    ("flagged", QVariant.Bool),
    ("notes", QVariant.String),
    ("defaults_used", QVariant.String),
)
REJECTED_FIELDS = (
    ("reject_source_ref", QVariant.String),
    ("reject_value", QVariant.String),
    ("reject_reason", QVariant.String),
)
# Parameter name -> (TypeDefaults attribute, default value)
TYPE_DEFAULT_PARAMETERS = {
    "FIXED_FOV": ("fixed_fov", 60.0),
    "FIXED_RANGE": ("fixed_range", 30.0),
    "DOME_RANGE": ("dome_range", 20.0),
    "PANNING_RANGE": ("panning_range", 50.0),
    "UNKNOWN_RANGE": ("unknown_range", 30.0),
}


class ImportCamerasAlgorithm(CameraCoverageAlgorithmBase):
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    DIRECTION_FIELD = "DIRECTION_FIELD"
    TYPE_FIELD = "TYPE_FIELD"
    HEIGHT_FIELD = "HEIGHT_FIELD"
    ANGLE_CONVENTION = "ANGLE_CONVENTION"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    SOURCE_CRS = "SOURCE_CRS"
    UNREADABLE_AS_ALL_ROUND = "UNREADABLE_AS_ALL_ROUND"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"
    OUTPUT_STYLES = ((OUTPUT, "camera_positions"), (REJECTED, "rejected"))

    def name(self):
        return "importcameras"

    def displayName(self):
        return self.tr("Import cameras")

    def group(self):
        return self.tr("Import")

    def groupId(self):
        return "import"

    def shortHelpString(self):
        return self.tr(
            "Turns a camera source into the normalised camera layer the other "
            "algorithms read: an OpenStreetMap .osm/.pbf file (points layer, tags in "
            "other_tags), an Overpass or overpass-turbo GeoJSON export, a QuickOSM "
            "layer, a CSV table with longitude/latitude or x/y columns (detected, or "
            "named below; decimal commas accepted), or a survey layer. Direction is "
            "read from camera:direction, else direction, else surveillance:direction: "
            "degrees (0 is north), compass points (N, NNE...), English or French words, "
            "several values separated by ; or , (one camera each, ids suffixed -1, "
            "-2...), and ranges a-b read clockwise (the arc a panning camera turns "
            "through: 270-90 is the northern half). Tilt from camera:tilt or "
            "camera:angle, height from height. Field of view and range come from the "
            "defaults per camera type below (no OpenStreetMap tag is in real use for "
            "them); defaults_used names them. Every input feature ends either as one "
            "or more cameras or in the rejected output with its reason (for instance "
            "surveillance:type=guard, or an unreadable direction), and the tally "
            "imported + rejected = input is logged. For other sources, name the "
            "direction, type and height fields and the angle convention (some French "
            "municipal files count counter-clockwise from east). The direction written "
            "is always a bearing from true north: angles counted counter-clockwise from "
            "east are map angles, and so are a direction field's when its angles were "
            "measured from grid north; both are turned at each camera by the meridian "
            "convergence of the layer's CRS."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Camera source (OSM, GeoJSON, QuickOSM, CSV, survey)"),
                [QgsProcessing.TypeVector],
            )
        )
        for name, label in (
            (self.ID_FIELD, self.tr("Camera id field (default: the OSM id or the feature id)")),
            (self.DIRECTION_FIELD, self.tr("Direction field (default: the OSM tags)")),
            (self.TYPE_FIELD, self.tr("Camera type field: fixed, dome, panning")),
            (self.HEIGHT_FIELD, self.tr("Mounting height field (metres)")),
            (self.X_FIELD, self.tr("Longitude or x field of a table (default: detected)")),
            (self.Y_FIELD, self.tr("Latitude or y field of a table (default: detected)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, label, parentLayerParameterName=self.INPUT, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ANGLE_CONVENTION,
                self.tr("Angle convention of the direction"),
                [
                    self.tr("Degrees clockwise from north (OpenStreetMap)"),
                    self.tr("Degrees counter-clockwise from east"),
                ],
                defaultValue=0,
            )
        )
        add_direction_north_parameter(self)
        self.addParameter(
            QgsProcessingParameterCrs(
                self.SOURCE_CRS,
                self.tr("CRS of a table's coordinates (default: EPSG:4326 for lon/lat)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.UNREADABLE_AS_ALL_ROUND,
                self.tr("Import cameras with an unreadable direction as all round (flagged)"),
                defaultValue=False,
            )
        )
        labels = {
            "FIXED_FOV": self.tr("Field of view of fixed and unknown cameras (degrees)"),
            "FIXED_RANGE": self.tr("Range of fixed cameras (metres)"),
            "DOME_RANGE": self.tr("Range of dome cameras, all round (metres)"),
            "PANNING_RANGE": self.tr("Range of panning cameras, all round (metres)"),
            "UNKNOWN_RANGE": self.tr("Range of cameras of unknown type (metres)"),
        }
        for name, (_, default) in TYPE_DEFAULT_PARAMETERS.items():
            self.addParameter(
                QgsProcessingParameterNumber(
                    name,
                    labels[name],
                    QgsProcessingParameterNumber.Double,
                    defaultValue=default,
                    minValue=1.0,
                    maxValue=360.0 if name == "FIXED_FOV" else 1000.0,
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Cameras"), QgsProcessing.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REJECTED,
                self.tr("Rejected features (with the reason)"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
                createByDefault=True,
            )
        )
        for name, label in (
            ("INPUT_FEATURES", self.tr("Input features")),
            ("IMPORTED_FEATURES", self.tr("Input features imported")),
            ("REJECTED_FEATURES", self.tr("Input features rejected")),
            ("CAMERAS", self.tr("Cameras written")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def _options(self, parameters, context):
        values = {
            attr: self.parameterAsDouble(parameters, name, context)
            for name, (attr, _) in TYPE_DEFAULT_PARAMETERS.items()
        }
        defaults = TypeDefaults(unknown_fov=values["fixed_fov"], **values)
        field = {
            name: self.parameterAsString(parameters, name, context)
            for name in (self.ID_FIELD, self.DIRECTION_FIELD, self.TYPE_FIELD, self.HEIGHT_FIELD)
        }
        return ImportOptions(
            defaults=defaults,
            id_field=field[self.ID_FIELD],
            direction_field=field[self.DIRECTION_FIELD],
            type_field=field[self.TYPE_FIELD],
            height_field=field[self.HEIGHT_FIELD],
            convention=CONVENTIONS[
                self.parameterAsEnum(parameters, self.ANGLE_CONVENTION, context)
            ],
            unreadable_as_all_round=self.parameterAsBoolean(
                parameters, self.UNREADABLE_AS_ALL_ROUND, context
            ),
            direction_north=direction_north(self, parameters, context),
        )

    def _table_layout(self, parameters, context, source):
        """The coordinate columns and CRS of a table without geometry."""
        names = source.fields().names()
        x_field = self.parameterAsString(parameters, self.X_FIELD, context)
        y_field = self.parameterAsString(parameters, self.Y_FIELD, context)
        detected = detect_coordinate_columns(names)
        if not (x_field and y_field):
            if detected is None:
                raise QgsProcessingException(
                    self.tr(
                        "The table has no geometry and no column looks like longitude/latitude "
                        "or x/y (columns: {}). Name them in the x and y field parameters."
                    ).format(", ".join(names))
                )
            x_field, y_field = x_field or detected.x, y_field or detected.y
        crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        if not crs.isValid():
            if detected is None or detected.kind != "lonlat":
                raise QgsProcessingException(
                    self.tr(
                        "The columns {} and {} are not named like longitude/latitude: give the "
                        "CRS of the coordinates."
                    ).format(x_field, y_field)
                )
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        feedback_text = self.tr("Coordinates read from columns {} and {} in {}.").format(
            x_field, y_field, crs.authid()
        )
        return x_field, y_field, crs, feedback_text

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(source_error(self, parameters, self.INPUT))
        options = self._options(parameters, context)
        names = source.fields().names()
        for given in (
            options.id_field,
            options.direction_field,
            options.type_field,
            options.height_field,
        ):
            if given and given not in names:
                raise QgsProcessingException(
                    self.tr("The source has no field named {}.").format(given)
                )
        kind = source_kind(names)
        if kind == "table" and not options.id_field and id_column(names):
            options = replace(options, id_field=id_column(names))
            feedback.pushInfo(
                self.tr("Camera ids read from the column {} (ID_FIELD names another).").format(
                    options.id_field
                )
            )
        table = source.wkbType() == QgsWkbTypes.NoGeometry
        crs = source.sourceCrs()
        if table:
            x_field, y_field, crs, text = self._table_layout(parameters, context, source)
            feedback.pushInfo(text)
        feedback.pushInfo(self.tr("Source read as: {}.").format(kind))
        grid_crs = None
        if options.reads_grid_angles and not crs.isValid():
            raise QgsProcessingException(
                self.tr(
                    "Angles measured on a map need the map's CRS, and the source has none: "
                    "set the layer's CRS in its properties (or SOURCE_CRS for a table)."
                )
            )
        if options.reads_grid_angles:
            grid_crs = crs.authid() or crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
            feedback.pushInfo(
                self.tr(
                    "Directions are map angles on the grid of {}: each is turned by the "
                    "meridian convergence at its camera into a bearing from true north."
                ).format(grid_crs)
            )
        lang = self.language()

        fields = make_fields(CAMERA_FIELDS)
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        rejected_fields = QgsProcessingUtils.combineFields(
            source.fields(), make_fields(REJECTED_FIELDS)
        )
        rejected_sink, rejected_dest = self.parameterAsSink(
            parameters,
            self.REJECTED,
            context,
            rejected_fields,
            QgsWkbTypes.Point if table else source.wkbType(),
            crs,
        )

        total = max(source.featureCount(), 1)
        counts = {"input": 0, "imported": 0, "rejected": 0, "cameras": 0, "other": 0}
        for feature in source.getFeatures():
            if feedback.isCanceled():
                return {}
            counts["input"] += 1
            feedback.setProgress(100.0 * counts["input"] / total)
            attributes = [value_or_none(v) for v in feature.attributes()]
            row = dict(zip(names, attributes))
            row_options = options
            if table:
                point, problem = table_point(row, x_field, y_field, crs.isGeographic())
                geometry = None if point is None else QgsGeometry.fromPointXY(QgsPointXY(*point))
                if written_with_decimal_commas(row, x_field, y_field):
                    row_options = replace(options, decimal_comma=True)
            else:
                geometry, problem = self._point_of(feature.geometry())
            result, defaulted = (
                (Rejection(f"fid/{feature.id()}", "", problem), ())
                if problem is not None
                else import_feature(kind, row, feature.id(), row_options)
            )
            if isinstance(result, Rejection):
                counts["rejected"] += 1
                reason = result.reason_in(lang)
                if result.message.code == "not_surveillance":
                    counts["other"] += 1
                else:
                    feedback.reportError(
                        self.tr("Feature {} rejected: {}").format(result.source_ref, reason)
                    )
                if rejected_sink is not None:
                    out = QgsFeature(rejected_fields)
                    if feature.hasGeometry() or geometry is not None:
                        out.setGeometry(geometry or feature.geometry())
                    out.setAttributes([*attributes, result.source_ref, result.value, reason])
                    rejected_sink.addFeature(out, QgsFeatureSink.FastInsert)
                continue
            counts["imported"] += 1
            if grid_crs is not None:
                point = geometry.asPoint()
                result = to_true_north(result, point.x(), point.y(), grid_crs)
            for camera in result:
                counts["cameras"] += 1
                out = QgsFeature(fields)
                out.setGeometry(geometry)
                out.setAttributes(
                    [
                        camera.camera_id,
                        camera.direction,
                        camera.fov,
                        camera.range_m,
                        camera.height_m,
                        camera.tilt_deg,
                        camera.camera_type,
                        camera.pan_deg,
                        camera.source_ref,
                        camera.operator,
                        camera.operator_type,
                        camera.surveillance,
                        camera.surveillance_zone,
                        camera.camera_mount,
                        camera.surveillance_type,
                        camera.alpr,
                        camera.flagged,
                        camera.notes_in(lang),
                        ", ".join(defaulted),
                    ]
                )
                if not sink.addFeature(out, QgsFeatureSink.FastInsert):
                    raise QgsProcessingException(sink.lastError())
        if counts["imported"] + counts["rejected"] != counts["input"]:
            raise QgsProcessingException(self.tr("Internal error: features were lost."))
        if counts["other"]:
            feedback.pushInfo(
                self.tr("{} features are not surveillance features (other map objects).").format(
                    counts["other"]
                )
            )
        feedback.pushInfo(
            self.tr(
                "{input} input features: {imported} imported as {cameras} cameras, "
                "{rejected} rejected; {imported} + {rejected} = {input}."
            ).format(**counts)
        )
        results = {
            self.OUTPUT: dest,
            "INPUT_FEATURES": counts["input"],
            "IMPORTED_FEATURES": counts["imported"],
            "REJECTED_FEATURES": counts["rejected"],
            "CAMERAS": counts["cameras"],
        }
        if rejected_sink is not None:
            results[self.REJECTED] = rejected_dest
        # Not before the sinks are closed: the styles go into their files.
        del sink, rejected_sink
        if rejected_dest is not None:
            empty_points_to_null(rejected_dest)
        self.present(context, results, empty=() if counts["rejected"] else (self.REJECTED,))
        return results

    @staticmethod
    def _point_of(geometry):
        """The camera's point, or why the geometry gives none."""
        if geometry.isNull() or geometry.isEmpty():
            return None, Message("reject_no_geometry")
        if geometry.type() != QgsWkbTypes.PointGeometry:
            return None, Message(
                "not_a_point", {"kind": QgsWkbTypes.displayString(geometry.wkbType())}
            )
        if geometry.isMultipart():
            points = geometry.asMultiPoint()
            if len(points) != 1:
                return None, Message("reject_multipoint", {"count": len(points)})
            return QgsGeometry.fromPointXY(points[0]), None
        return QgsGeometry(geometry), None
