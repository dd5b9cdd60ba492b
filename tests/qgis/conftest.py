"""Registers the provider once on top of pytest-qgis's Processing set-up."""

import pytest
from qgis.core import QgsApplication


@pytest.fixture(scope="session")
def provider(qgis_processing):
    from camera_coverage.provider import CameraCoverageProvider

    registry = QgsApplication.processingRegistry()
    instance = CameraCoverageProvider()
    registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


@pytest.fixture()
def run(provider):
    """processing.run on one of our algorithms, with the context of a fresh run."""
    import processing

    def _run(name, parameters):
        return processing.run(name if ":" in name else f"camera_coverage:{name}", parameters)

    return _run
