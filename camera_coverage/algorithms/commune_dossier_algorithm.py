"""camera_coverage:communedossier — from a commune's name or INSEE code to
its dossier in one step: communedata, then coverageaudit with the
commune's outline as the study area and its population, titled with its
name. Two fields in the dialog; everything else at its default."""

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..dossier.no_camera import no_camera_dossier
from ..layers.sources_table import package_sources
from .base import CameraCoverageAlgorithmBase
from .commune_data_algorithm import CommuneDataAlgorithm

DATA_FILE = "commune-data.gpkg"
AUDIT_FILE = "audit.gpkg"
# coverageaudit's layer outputs, written into AUDIT_FILE under these names.
AUDIT_LAYERS = {
    "OUTPUT_CAMERAS": "cameras",
    "OUTPUT_COVERAGE": "coverage",
    "OUTPUT_PIECES": "pieces",
    "OUTPUT_REJECTED": "rejected",
    "OUTPUT_DORI": "dori",
    "OUTPUT_MASKS": "masks",
    "OUTPUT_FIGURES": "figures",
}


class CommuneDossierAlgorithm(CameraCoverageAlgorithmBase):
    INSEE = "INSEE"
    OUTPUT_DOSSIER = "OUTPUT_DOSSIER"
    PASSED_ON = (
        "NEIGHBOURS_M",
        "REFRESH",
        "OWNERS",
        "CADASTRE_URL",
        "OVERPASS_URL",
        "GEO_API_URL",
        "BUILDINGS_SOURCE",
        "WFS_URL",
    )

    def name(self):
        return "communedossier"

    def displayName(self):
        return self.tr("Dossier of a commune")

    def flags(self):
        # The dossier's print layouts are made in the thread that runs the
        # audit: QGIS's main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):
        return self.tr(
            "From a commune's INSEE code or name to its dossier in one step: the public "
            "data of the commune (Public data of a commune: the cadastre, the neighbours' "
            "parcels within reach, the OpenStreetMap cameras, entrances and building uses), "
            "then the coverage audit with the commune's outline as the study area, its "
            "population from the geo API and, when given, the DGFiP owners file of its "
            "département; the dossier is titled with the commune's name and credits every "
            "source. The folder receives the dossier (dossier.pdf, report.html, map.html, "
            "project.qgz, cameras.csv), commune-data.gpkg and audit.gpkg. A commune where "
            "OpenStreetMap maps no camera gets a dossier that says so."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterString(
                self.INSEE, self.tr("Commune: INSEE code (e.g. 91216) or name")
            )
        )
        data = CommuneDataAlgorithm()
        data.initAlgorithm()
        for name in self.PASSED_ON:
            self.addParameter(data.parameterDefinition(name).clone())
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_DOSSIER, self.tr("Dossier folder"))
        )

    def _process(self, parameters, context, feedback):
        import processing

        folder = Path(self.parameterAsString(parameters, self.OUTPUT_DOSSIER, context))
        if folder.exists() and not folder.is_dir():
            raise QgsProcessingException(
                self.tr("The dossier folder {} is a file: choose a folder.").format(folder)
            )
        folder.mkdir(parents=True, exist_ok=True)
        package = folder / DATA_FILE
        passed = {name: parameters[name] for name in self.PASSED_ON if name in parameters}
        feedback.setProgressText(self.tr("The commune's public data"))
        data = processing.run(
            "camera_coverage:communedata",
            {"INSEE": parameters.get(self.INSEE), **passed, "OUTPUT": str(package)},
            context=context,
            feedback=feedback,
            is_child_algorithm=True,
        )
        if feedback.isCanceled():
            return {}
        name = data.get("COMMUNE_NAME") or data.get("COMMUNE_CODE")
        if not data.get("CAMERAS"):
            reach = self.parameterAsDouble(parameters, "NEIGHBOURS_M", context)
            return self._without_cameras(folder, package, name, data, reach)
        layer = f"{package}|layername="
        audit = {
            "CAMERAS": layer + "cameras",
            "PARCELS": layer + "parcels",
            "BUILDINGS": layer + "buildings",
            "STUDY_AREA": layer + "commune",
            "TITLE": name,
            "OUTPUT_DOSSIER": str(folder),
            **{
                output: f"ogr:dbname='{folder / AUDIT_FILE}' table=\"{table}\" (geom)"
                for output, table in AUDIT_LAYERS.items()
            },
        }
        if QgsVectorLayer(layer + "entrances", "entrances", "ogr").featureCount() > 0:
            audit["ENTRANCES"] = layer + "entrances"
        if data.get("POPULATION"):
            audit["POPULATION"] = data["POPULATION"]
        owners = QgsVectorLayer(layer + "owners", "owners", "ogr")
        if owners.isValid():
            audit.update(
                OWNERS=layer + "owners", OWNERS_ID_FIELD="parcel_id", OWNERS_GROUP_FIELD="group"
            )
        feedback.setProgressText(self.tr("The coverage audit and its dossier"))
        results = processing.run(
            "camera_coverage:coverageaudit",
            audit,
            context=context,
            feedback=feedback,
            is_child_algorithm=True,
        )
        return {**results, self.OUTPUT_DOSSIER: str(folder)}

    def _without_cameras(self, folder, package, name, data, reach):
        unreachable = data.get("UNREACHABLE") or ""
        if "OpenStreetMap" in unreachable:
            raise QgsProcessingException(
                self.tr(
                    "OpenStreetMap could not be read, so there is no camera to audit. The "
                    "commune's cadastre is kept in {}; run again later."
                ).format(package)
            )
        statement = self.tr(
            "OpenStreetMap maps no surveillance camera in {} or within {} m of it: there "
            "is nothing to audit."
        ).format(name, f"{reach:g}")
        parcels = QgsVectorLayer(f"{package}|layername=parcels", "parcels", "ogr")
        no_camera_dossier(folder, name, statement, package_sources(parcels))
        return {self.OUTPUT_DOSSIER: str(folder)}
