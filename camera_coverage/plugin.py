"""Plugin entry point: registers the Processing provider, which is all that
qgis_process ever calls (initProcessing), and warns about missing packages."""

from qgis.core import Qgis, QgsApplication, QgsMessageLog

from .dependencies import missing_dependencies
from .translation import install_translator, tr


class CameraCoveragePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        install_translator()

    def initProcessing(self):
        missing = missing_dependencies()
        if missing:
            message = tr(
                "Camera Coverage needs these Python packages: {}. Install them in "
                "QGIS's Python, e.g. with: python3 -m pip install --user 'shapely>=2' pyproj",
            ).format(", ".join(missing))
            QgsMessageLog.logMessage(message, "Camera Coverage", Qgis.Critical)
            if self.iface is not None:
                self.iface.messageBar().pushCritical("Camera Coverage", message)
            return
        from .provider import CameraCoverageProvider

        self.provider = CameraCoverageProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
