"""camera_coverage:newplan — an empty GeoPackage ready to digitise a
school's camera implantation plan over a georeferenced floor plan or an
aerial image: cameras, perimeter, zones and walls, each with its form
(drop-down lists, ranges, defaults) and style stored in the GeoPackage, in
the user's language by default and in the other one beside it."""

from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.messages import LANGUAGES
from ..core.plans import (
    CAMERA_TYPES,
    CIRCULATION,
    FIELD_LABELS,
    INTIMATE,
    LIVING,
    SCHEDULES,
    STAFF_REST,
    ZONE_TYPES,
    label,
)
from ..layers.layer_io import make_fields
from ..layers.presentation import STORED, present_outputs
from .base import CameraCoverageAlgorithmBase

LAYERS = {
    "cameras": (
        QgsWkbTypes.Point,
        (
            ("camera_id", QVariant.String),
            ("direction", QVariant.Double),
            ("fov", QVariant.Double),
            ("range_m", QVariant.Double),
            ("height_m", QVariant.Double),
            ("tilt_deg", QVariant.Double),
            ("camera_type", QVariant.String),
            ("source_ref", QVariant.String),
            ("schedule", QVariant.String),
            ("room", QVariant.String),
            ("h_resolution", QVariant.Int),
        ),
    ),
    "perimeter": (QgsWkbTypes.MultiPolygon, (("name", QVariant.String),)),
    "zones": (
        QgsWkbTypes.MultiPolygon,
        (("zone_type", QVariant.String), ("name", QVariant.String)),
    ),
    "walls": (QgsWkbTypes.MultiLineString, (("note", QVariant.String),)),
}
# (min, max, step) of the numeric fields' spin boxes.
RANGES = {
    "direction": (0.0, 359.9, 5.0),
    "fov": (1.0, 360.0, 5.0),
    "range_m": (1.0, 1000.0, 1.0),
    "height_m": (0.0, 50.0, 0.5),
    "tilt_deg": (-90.0, 90.0, 1.0),
    "h_resolution": (100, 10000, 10),
}
# Defaults of a new feature (expressions).
DEFAULTS = {
    "fov": "60",
    "range_m": "20",
    "height_m": "3",
    "camera_type": "'fixed'",
    "schedule": "'always'",
    "h_resolution": "1920",
}
VALUE_MAPS = {"zone_type": ZONE_TYPES, "camera_type": CAMERA_TYPES, "schedule": SCHEDULES}
REQUIRED = ("zone_type", "schedule")


def zone_colour(code):
    """Green where cameras may film, orange for living spaces (only outside
    opening hours), red where they never may, grey for other."""
    if code in CIRCULATION:
        return "#4daf4a"
    if code in LIVING:
        return "#ff7f00"
    if code in INTIMATE or code in STAFF_REST:
        return "#e41a1c"
    return "#999999"


def _renderer(name, lang):
    if name == "zones":
        categories = []
        for code in ZONE_TYPES:
            symbol = QgsFillSymbol.createSimple(
                {"color": zone_colour(code), "outline_color": "#333333", "outline_width": "0.2"}
            )
            symbol.setOpacity(0.45)
            categories.append(QgsRendererCategory(code, symbol, label(ZONE_TYPES, code, lang)))
        return QgsCategorizedSymbolRenderer("zone_type", categories)
    if name == "cameras":
        categories = []
        for code, colour in (("always", "#e41a1c"), ("outside_opening_hours", "#377eb8")):
            symbol = QgsMarkerSymbol.createSimple(
                {
                    "name": "triangle",
                    "color": colour,
                    "outline_color": "#000000",
                    "size": "3.5",
                    "angle": "0",
                }
            )
            categories.append(QgsRendererCategory(code, symbol, label(SCHEDULES, code, lang)))
        return QgsCategorizedSymbolRenderer("schedule", categories)
    if name == "perimeter":
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#6a3d9a", "outline_width": "1.2"}
        )
        return QgsSingleSymbolRenderer(symbol)
    return QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "#222222", "width": "0.8"}))


def configure(layer, name, lang):
    """Form and style of one plan layer in `lang`."""
    fields = layer.fields()
    for index, field in enumerate(fields):
        field_name = field.name()
        if field_name in FIELD_LABELS:
            layer.setFieldAlias(index, label(FIELD_LABELS, field_name, lang))
        if field_name in VALUE_MAPS:
            table = VALUE_MAPS[field_name]
            layer.setEditorWidgetSetup(
                index,
                QgsEditorWidgetSetup(
                    "ValueMap", {"map": [{label(table, code, lang): code} for code in table]}
                ),
            )
        elif field_name in RANGES:
            low, high, step = RANGES[field_name]
            layer.setEditorWidgetSetup(
                index,
                QgsEditorWidgetSetup(
                    "Range",
                    {
                        "Min": low,
                        "Max": high,
                        "Step": step,
                        "Style": "SpinBox",
                        "AllowNull": True,
                        "Precision": 0 if field_name == "h_resolution" else 1,
                    },
                ),
            )
        if field_name in DEFAULTS:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(DEFAULTS[field_name]))
        if field_name in REQUIRED:
            layer.setFieldConstraint(
                index,
                QgsFieldConstraints.ConstraintNotNull,
                QgsFieldConstraints.ConstraintStrengthHard,
            )
    layer.setRenderer(_renderer(name, lang))


class NewPlanAlgorithm(CameraCoverageAlgorithmBase):
    OUTPUT = "OUTPUT"
    CRS = "CRS"

    def name(self):
        return "newplan"

    def displayName(self):
        return self.tr("New camera plan to digitise (GeoPackage)")

    def group(self):
        return self.tr("Plans")

    def groupId(self):
        return "plans"

    def shortHelpString(self):
        return self.tr(
            "Creates a GeoPackage to digitise a school's camera implantation plan over a "
            "georeferenced floor plan or an aerial image, then check it with the plan "
            "check algorithm. Layers: cameras (camera_id, direction in degrees from north "
            "or empty for a dome that sees all round, fov, range_m, height_m, tilt_deg, "
            "camera_type, source_ref, schedule: always or outside_opening_hours, room, "
            "h_resolution), perimeter (the establishment's outline), zones (zone_type: "
            "entrance, exit, corridor, hall, stairs, car_park, perimeter_fence, "
            "playground, covered_yard, classroom, canteen, common_room, study_room, "
            "sports_ground, staff_room, toilets, changing_room, other) and walls (lines: "
            "draw the partitions, leave gaps for open doors). Each layer has a form with "
            "drop-down lists (labels in your language, codes stored in English), ranges "
            "for angles and defaults for new features, and a style; both French and "
            "English styles are stored in the GeoPackage. Run from the toolbox, the "
            "layers are added to the project."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterCrs(
                self.CRS,
                self.tr("Coordinate reference system (metres)"),
                defaultValue="EPSG:2154",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Plan GeoPackage"), self.tr("GeoPackage (*.gpkg)")
            )
        )
        for name in LAYERS:
            self.addOutput(QgsProcessingOutputVectorLayer(name.upper(), name))

    def processAlgorithm(self, parameters, context, feedback):
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not parameters.get(self.CRS):
            crs = QgsCoordinateReferenceSystem("EPSG:2154")
        if not crs.isValid() or crs.isGeographic():
            raise QgsProcessingException(
                self.tr(
                    "Choose a projected CRS in metres (Lambert-93, EPSG:2154, in "
                    "metropolitan France): a plan is drawn and measured in metres."
                )
            )
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        if Path(path).exists():
            Path(path).unlink()
        lang = self.language()
        results = {self.OUTPUT: path}
        for step, (name, (geometry_type, spec)) in enumerate(LAYERS.items()):
            self._create(path, name, geometry_type, spec, crs, context, step > 0)
            layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
            if not layer.isValid():
                raise QgsProcessingException(
                    self.tr("Could not open layer {} of {}").format(name, path)
                )
            # The other language first, then the user's as the default style.
            for style_lang in sorted(LANGUAGES, key=lambda code: code == lang):
                configure(layer, name, style_lang)
                error = layer.saveStyleToDatabase(
                    f"camera_coverage {style_lang}",
                    self.tr("Plan form and style ({})").format(style_lang),
                    style_lang == lang,
                    "",
                )
                if error:
                    raise QgsProcessingException(
                        self.tr("Could not store the style of {}: {}").format(name, error)
                    )
            uri = f"{path}|layername={name}"
            results[name.upper()] = uri
            if context.project() is not None:
                context.addLayerToLoadOnCompletion(
                    uri, QgsProcessingContext.LayerDetails(name, context.project(), name)
                )
            feedback.setProgress(100 * (step + 1) / len(LAYERS))
        # Loaded with the forms and styles stored above, cameras on top.
        present_outputs(context, [(results[name.upper()], STORED, name) for name in LAYERS], lang)
        feedback.pushInfo(
            self.tr(
                "Digitise the perimeter, the zones (one zone_type each), the walls (leave "
                "the doors open where they usually are) and the cameras, then run the plan "
                "check."
            )
        )
        return results

    def _create(self, path, name, geometry_type, spec, crs, context, append):
        layer = QgsVectorLayer(
            f"{QgsWkbTypes.displayString(geometry_type)}?crs={crs.authid()}", name, "memory"
        )
        if not crs.authid():
            layer.setCrs(QgsCoordinateReferenceSystem(crs))
        layer.dataProvider().addAttributes(list(make_fields(spec)))
        layer.updateFields()
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        if append:
            options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, path, context.transformContext(), options
        )
        if error != QgsVectorFileWriter.NoError:
            raise QgsProcessingException(
                self.tr("Could not write layer {} to {}: {}").format(name, path, message)
            )
