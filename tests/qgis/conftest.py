"""The plugin loaded once, as QGIS loads it (classFactory without iface,
then initProcessing), on top of pytest-qgis's Processing set-up."""

import pytest

# The recorded public services (Etalab, Overpass, geo API) on a local server.
from tests.services_fixture import epinay_services  # noqa: F401


@pytest.fixture(scope="session")
def plugin(qgis_processing):
    import camera_coverage

    instance = camera_coverage.classFactory(None)
    instance.initProcessing()
    yield instance
    instance.unload()


@pytest.fixture()
def provider(plugin):
    return plugin.provider


@pytest.fixture()
def run(provider):
    """processing.run on one of our algorithms (or any, by full id)."""
    import processing

    def _run(name, parameters):
        return processing.run(name if ":" in name else f"camera_coverage:{name}", parameters)

    return _run


@pytest.fixture()
def services(plugin, epinay_services):  # noqa: F811 (the fixture imported above)
    """The recorded services as recorded before and after the test, no
    request remembered (a test may switch an error on)."""
    epinay_services.reset()
    yield epinay_services
    epinay_services.reset()
