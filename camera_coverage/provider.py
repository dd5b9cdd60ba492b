"""The Processing provider that groups the plugin's algorithms under the
stable id `camera_coverage`."""

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms.camera_coverage_algorithm import CameraCoverageAlgorithm
from .algorithms.commune_data_algorithm import CommuneDataAlgorithm
from .algorithms.commune_dossier_algorithm import CommuneDossierAlgorithm
from .algorithms.coverage_audit_algorithm import CoverageAuditAlgorithm
from .algorithms.import_cameras_algorithm import ImportCamerasAlgorithm
from .algorithms.new_plan_algorithm import NewPlanAlgorithm
from .algorithms.parcel_exposure_algorithm import ParcelExposureAlgorithm
from .algorithms.plan_check_algorithm import PlanCheckAlgorithm
from .translation import tr

ICON = Path(__file__).parent / "icons" / "camera_coverage.svg"


class CameraCoverageProvider(QgsProcessingProvider):
    def loadAlgorithms(self):
        for algorithm in (
            ImportCamerasAlgorithm(),
            CommuneDataAlgorithm(),
            CommuneDossierAlgorithm(),
            CameraCoverageAlgorithm(),
            ParcelExposureAlgorithm(),
            CoverageAuditAlgorithm(),
            NewPlanAlgorithm(),
            PlanCheckAlgorithm(),
        ):
            self.addAlgorithm(algorithm)

    def id(self):
        return "camera_coverage"

    def name(self):
        return tr("Camera coverage")

    def longName(self):
        return self.name()

    def icon(self):
        return QIcon(str(ICON))
