"""A headless QGIS with Processing and this plugin's provider, for the
benchmark scripts (the tests get the same from pytest-qgis)."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runtime = tempfile.mkdtemp()
    os.chmod(runtime, 0o700)
    os.environ.setdefault("XDG_RUNTIME_DIR", runtime)
    for path in (str(ROOT), "/usr/share/qgis/python/plugins"):
        if path not in sys.path:
            sys.path.insert(0, path)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from camera_coverage.provider import CameraCoverageProvider

    provider = CameraCoverageProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider
