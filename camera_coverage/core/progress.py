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
