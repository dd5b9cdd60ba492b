"""French (or other) texts for the plugin, from the .qm files in i18n/,
installed once whether the plugin runs in QGIS desktop or qgis_process.
All strings share one context so that scripts/update_translations.py can
collect every tr("...") literal of the package."""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .core.messages import LANGUAGES

CONTEXT = "CameraCoverage"
I18N = Path(__file__).parent / "i18n"
_installed = []


def user_language():
    """Two-letter language of QGIS's interface, among those the texts exist
    in ('en' otherwise, e.g. for qgis_process's "C" locale)."""
    code = (QgsApplication.locale() or "en")[:2].lower()
    return code if code in LANGUAGES else "en"


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
