"""QGIS's processing feedback seen through the core's progress API, so the
readers, the writers and the algorithms report on one bar."""

from ..core.progress import ScaledProgress


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
