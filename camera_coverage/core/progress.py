"""How long core work reports progress and honours a cancel request without
knowing about QGIS: the algorithm passes an adapter of its feedback."""


class Cancelled(Exception):
    """The user cancelled; the caller stops cleanly without output."""


class NullProgress:
    """Progress for batch and notebook use: nothing shown, never cancelled."""

    def set_progress(self, percent):
        pass

    def is_canceled(self):
        return False


class ScaledProgress:
    """A stage's progress mapped onto a slice of the whole run."""

    def __init__(self, progress, start, end):
        self.progress, self.start, self.end = progress, start, end

    def set_progress(self, percent):
        self.progress.set_progress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self):
        return self.progress.is_canceled()
