"""The plugin as QGIS loads it: classFactory without iface (as in
qgis_process), provider registered by initProcessing, removed by unload."""

from qgis.core import QgsApplication

from camera_coverage.dependencies import missing_dependencies


def test_plugin_registers_and_removes_its_provider(plugin):
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("camera_coverage") is plugin.provider
    assert plugin.provider.algorithm("coverageaudit") is not None
    plugin.unload()
    try:
        assert registry.providerById("camera_coverage") is None
    finally:
        plugin.initProcessing()  # the other tests need it back
    assert registry.providerById("camera_coverage") is not None


def test_this_environment_has_every_dependency():
    assert missing_dependencies() == []


def test_metadata_declares_the_supported_qgis_range():
    from tests.conftest import ROOT

    metadata = (ROOT / "camera_coverage" / "metadata.txt").read_text(encoding="utf-8")
    for line in (
        "qgisMinimumVersion=3.22",
        "qgisMaximumVersion=3.99",
        "hasProcessingProvider=yes",
    ):
        assert line in metadata.splitlines()
    # Only QGIS 3 (Qt 5) runs the tests: no claim of Qt 6 / QGIS 4.
    assert "supportsQt6" not in metadata
