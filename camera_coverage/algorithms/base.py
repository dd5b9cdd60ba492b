"""What every algorithm of the provider shares: translation, its group, a
fresh instance for each run, and the core's progress API on top of QGIS's
feedback."""

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
)
from qgis.PyQt.QtGui import QIcon

from ..core.progress import Cancelled
from ..layers.output_paths import overwrite_problem
from ..layers.presentation import present_outputs
from ..layers.run_safety import (
    InterruptCatcher,
    end_interrupted_qgis_process,
    non_finite_number,
    stop_if_interrupted,
    unreadable_file,
)
from ..translation import tr, user_language

ICONS = Path(__file__).resolve().parents[1] / "icons"
# Tuning values shown under "Advanced parameters" in the dialog, so that the
# required inputs come first; every field picker (*_FIELD) goes there too.
ADVANCED = {
    "DEFAULT_FOV",
    "DEFAULT_RANGE",
    "DEFAULT_RESOLUTION",
    "RANGE_MODE",
    "TOLERANCE_M2",
    "DIRECTION_NORTH",
    "ENTRANCE_RADIUS_M",
    "SURROUNDINGS_M",
    "ANGLE_CONVENTION",
    "SOURCE_CRS",
    "UNREADABLE_AS_ALL_ROUND",
    "FIXED_FOV",
    "FIXED_RANGE",
    "DOME_RANGE",
    "PANNING_RANGE",
    "UNKNOWN_RANGE",
    "NEIGHBOURS_M",
    "REFRESH",
    "CADASTRE_URL",
    "OVERPASS_URL",
    "GEO_API_URL",
    "WFS_URL",
    "BUILDINGS_SOURCE",
}


class CameraCoverageAlgorithmBase(QgsProcessingAlgorithm):
    # (output parameter, shipped style: camera_coverage/styles/<name>.qml).
    OUTPUT_STYLES = ()

    def tr(self, text):
        return tr(text)

    def addParameter(self, definition, createOutput=True):  # noqa: N803 (QGIS name)
        name = definition.name()
        if name in ADVANCED or name.endswith("_FIELD"):
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        return super().addParameter(definition, createOutput)

    def icon(self):
        path = ICONS / f"{self.name()}.svg"
        return QIcon(str(path if path.exists() else ICONS / "camera_coverage.svg"))

    def createInstance(self):
        return type(self)()

    def groupId(self):
        return "coverage"

    def group(self):
        return self.tr("Coverage")

    @staticmethod
    def language():
        return user_language()

    def checkParameterValues(self, parameters, context):
        """QGIS calls a layer it cannot open "not found", even when the file
        is there and damaged: say which it is. No output may overwrite an
        input or another output."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            for definition in self.parameterDefinitions():
                if isinstance(definition, QgsProcessingParameterFeatureSource):
                    damaged = unreadable_file(parameters.get(definition.name()))
                    if damaged:
                        return False, damaged
            return ok, message
        problem = non_finite_number(self, parameters, context) or overwrite_problem(
            self, parameters, context
        )
        if problem:
            return False, problem
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):
        """The algorithm's `_process`, with Ctrl+C under qgis_process
        turned into a clean cancel and an error saying the run is cut short
        (until the end of postProcessAlgorithm when the algorithm has one)."""
        interrupts = InterruptCatcher(feedback)
        self._interrupts = interrupts
        message, results = None, {}
        try:
            results = self._process(parameters, context, feedback)
        except QgsProcessingException as error:
            message = str(error)
        finally:
            if message is not None or not self._post_processes():
                interrupts.release()
        if message is not None:
            # A fresh exception: the first one's traceback holds the run's
            # sources and sinks, which must go with the run's context, not
            # later (QGIS crashes when a source outlives its layer).
            raise QgsProcessingException(message)
        if interrupts:
            interrupts.release()
        stop_if_interrupted(interrupts)
        return results

    def present(self, context, results, empty=()):
        """The outputs' styles, in their GeoPackages and on the layers QGIS
        loads (whoever runs the algorithm), stacked points above lines above
        polygons; the outputs named in `empty` (a rejected layer with no
        feature) are not loaded."""
        present_outputs(
            context,
            [(results.get(name), style) for name, style in self.OUTPUT_STYLES],
            self.language(),
            [results[name] for name in empty if results.get(name) is not None],
        )

    def postProcessAlgorithm(self, context, feedback):
        """The algorithm's `_post_process` (the dossier, in QGIS's main
        thread), with Ctrl+C under qgis_process a clean stop saying the
        dossier is incomplete, not a KeyboardInterrupt traceback."""
        interrupts = getattr(self, "_interrupts", None) or InterruptCatcher(feedback)
        interrupts.follow(feedback)
        try:
            results = self._post_process(context, feedback)
        finally:
            interrupts.release()
        end_interrupted_qgis_process(interrupts, feedback)
        stop_if_interrupted(interrupts)
        return results

    def _post_process(self, context, feedback):
        """Nothing more after processAlgorithm by default: its results stand."""
        return {}

    def _post_processes(self):
        return type(self)._post_process is not CameraCoverageAlgorithmBase._post_process

    def run_core(self, function, *args, **kwargs):
        """Call the core, turning a cancel into an empty, clean stop and a
        core ValueError into a message for the user."""
        try:
            return function(*args, **kwargs)
        except Cancelled:
            return None
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
