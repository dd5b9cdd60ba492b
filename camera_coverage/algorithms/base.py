"""What every algorithm of the provider shares: translation, its group, a
fresh instance for each run, and the core's progress API on top of QGIS's
feedback."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
)

from ..core.progress import Cancelled, ScaledProgress
from ..translation import tr, user_language
from .run_safety import interrupt_cancels, stop_if_interrupted, unreadable_file


class _Feedback:
    """QGIS feedback seen through the core's progress API."""

    def __init__(self, feedback):
        self.feedback = feedback

    def set_progress(self, percent):
        self.feedback.setProgress(percent)

    def is_canceled(self):
        return self.feedback.isCanceled()


def feedback_progress(feedback, start, end):
    """The core's progress over the slice start..end % of the algorithm's bar."""
    return ScaledProgress(_Feedback(feedback), start, end)


class CameraCoverageAlgorithmBase(QgsProcessingAlgorithm):
    def tr(self, text):
        return tr(text)

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
        is there and damaged: say which it is."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            for definition in self.parameterDefinitions():
                if isinstance(definition, QgsProcessingParameterFeatureSource):
                    damaged = unreadable_file(parameters.get(definition.name()))
                    if damaged:
                        return False, damaged
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):
        """The algorithm's `_process`, with Ctrl+C under qgis_process
        turned into a clean cancel and an error saying the run is cut short."""
        with interrupt_cancels(feedback) as interrupted:
            try:
                results = self._process(parameters, context, feedback)
            except QgsProcessingException as error:
                message = str(error)
            else:
                message = None
        if message is not None:
            # A fresh exception: the first one's traceback holds the run's
            # sources and sinks, which must go with the run's context, not
            # later (QGIS crashes when a source outlives its layer).
            raise QgsProcessingException(message)
        stop_if_interrupted(interrupted)
        return results

    def run_core(self, function, *args, **kwargs):
        """Call the core, turning a cancel into an empty, clean stop and a
        core ValueError into a message for the user."""
        try:
            return function(*args, **kwargs)
        except Cancelled:
            return None
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
