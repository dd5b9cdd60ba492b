"""What every algorithm of the provider shares: translation, its group, a
fresh instance for each run, and the core's progress API on top of QGIS's
feedback."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..core.progress import Cancelled, ScaledProgress
from ..translation import tr, user_language


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

    def run_core(self, function, *args, **kwargs):
        """Call the core, turning a cancel into an empty, clean stop and a
        core ValueError into a message for the user."""
        try:
            return function(*args, **kwargs)
        except Cancelled:
            return None
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
