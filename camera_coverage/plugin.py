"""Plugin entry point: registers the Processing provider, which is all that
qgis_process ever calls (initProcessing), and says how to install missing
packages (the whole text in the log, and behind a button in QGIS desktop,
since the message bar shows two lines)."""

from qgis.core import Qgis, QgsApplication, QgsMessageLog

from .dependencies import (
    install_commands,
    missing_dependencies,
    packages_folder,
    use_packages_folder,
)
from .translation import install_translator, tr


def missing_message(missing):
    """The full text: what is missing and the commands that install it."""
    names = ", ".join(
        f"{name} >= {minimum}" + (tr(" (found {})").format(found) if found else "")
        for name, minimum, found in missing
    )
    debian, windows = install_commands(missing, packages_folder())
    return "\n".join(
        [
            tr("Camera Coverage needs these Python packages: {}.").format(names),
            "",
            tr("Debian 12 or 13, Ubuntu (QGIS from apt), in a terminal:"),
            *(f"    {command}" for command in debian),
            "",
            tr("Windows (OSGeo4W or the QGIS installer), in the OSGeo4W Shell:"),
            *(f"    {command}" for command in windows),
            "",
            tr("Then restart QGIS."),
        ]
    )


class CameraCoveragePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        install_translator()

    def initProcessing(self):
        use_packages_folder()
        missing = missing_dependencies()
        if missing:
            message = missing_message(missing)
            QgsMessageLog.logMessage(message, "Camera Coverage", Qgis.Critical)
            if self.iface is not None:
                self._show(message)
            return
        from .provider import CameraCoverageProvider

        self.provider = CameraCoverageProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def _show(self, message):
        from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

        bar = self.iface.messageBar()
        widget = bar.createMessage("Camera Coverage", message.splitlines()[0])
        button = QPushButton(tr("How to install them"))
        button.clicked.connect(
            lambda: QMessageBox.information(self.iface.mainWindow(), "Camera Coverage", message)
        )
        widget.layout().addWidget(button)
        bar.pushWidget(widget, Qgis.Critical)

    def initGui(self):
        self.initProcessing()

    def unload(self):
        from .layers.download import remove_user_agent

        remove_user_agent()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
