"""QGIS loads the plugin through classFactory; nothing here needs iface, so
that qgis_process (which has none) can load it too."""


def classFactory(iface):
    from .plugin import CameraCoveragePlugin

    return CameraCoveragePlugin(iface)
