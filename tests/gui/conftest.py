"""The GUI test layer: QGIS as the desktop runs it (a QgsApplication with
its GUI, on the X server that scripts/test.sh starts with xvfb-run), the
plugin loaded as QGIS loads it, and the Processing framework; no stand-in
for iface: the dialogs are built without a main window."""

import os

import pytest

# The recorded public services (Etalab, Overpass, geo API) on a local server.
from tests.services_fixture import epinay_services  # noqa: F401

_APP = []


@pytest.fixture(scope="session")
def qgis_gui():
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        pytest.fail("tests/gui need an X display: run them through scripts/test.sh (xvfb-run)")
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    _APP.append(app)  # kept alive for the session
    from processing.core.Processing import Processing

    Processing.initialize()
    import camera_coverage

    plugin = camera_coverage.classFactory(None)
    plugin.initProcessing()
    yield app
    plugin.unload()


@pytest.fixture()
def project(qgis_gui):
    """The project the toolbox loads results into, empty before and after."""
    from qgis.core import QgsProject

    instance = QgsProject.instance()
    instance.clear()
    yield instance
    instance.clear()
