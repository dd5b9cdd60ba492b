"""What every algorithm of the provider shares: translation, its group, a
fresh instance for each run, and the core's progress API on top of QGIS's
feedback."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..core.progress import Cancelled
from ..translation import tr, user_language


class FeedbackProgress:
    """QGIS feedback seen by the core as progress over a slice of the run."""

    def __init__(self, feedback, start=0.0, end=100.0):
        self.feedback, self.start, self.end = feedback, start, end

    def set_progress(self, percent):
        self.feedback.setProgress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self):
        return self.feedback.isCanceled()


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
