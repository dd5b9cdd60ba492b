"""French (or other) texts for the plugin, from the .qm files in i18n/,
installed once whether the plugin runs in QGIS desktop or qgis_process.
All strings share one context so that scripts/update_translations.py can
collect every tr("...") literal of the package."""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

CONTEXT = "CameraCoverage"
I18N = Path(__file__).parent / "i18n"
_installed = []


def user_language():
    """Two-letter language of QGIS's interface ('en' when unknown)."""
    return (QgsApplication.locale() or "en")[:2]


def install_translator():
    if _installed:
        return
    qm = I18N / f"camera_coverage_{user_language()}.qm"
    translator = QTranslator()
    if qm.exists() and translator.load(str(qm)):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)
