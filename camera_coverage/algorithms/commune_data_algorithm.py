"""camera_coverage:communedata — a commune's public data by its INSEE code
or name, in one GeoPackage ready for the audit: where a volunteer would
otherwise gather five files by hand and match 46 parameters."""

import json
import os
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.bdtopo import wfs_base
from ..core.land import read_dgfip
from ..core.overpass import cameras_feature_collection
from ..core.progress import Cancelled
from ..core.public_sources import (
    DGFIP_OWNERS_CREDIT,
    DGFIP_OWNERS_LICENCE,
    ServiceBases,
    service_bases,
)
from ..layers.commune_sources import CommuneGathering, Source
from ..layers.download import Downloader, DownloadError
from ..layers.package_writer import PackageLayer, write_package
from ..layers.presentation import STORED, present_outputs, save_default_style
from .base import CameraCoverageAlgorithmBase
from .import_cameras_algorithm import CAMERA_FIELDS, REJECTED_FIELDS

PARCEL_FIELDS = (
    ("id", QVariant.String),
    ("commune", QVariant.String),
    ("prefixe", QVariant.String),
    ("section", QVariant.String),
    ("numero", QVariant.String),
    ("contenance", QVariant.Double),
    ("created", QVariant.String),
    ("updated", QVariant.String),
)
BUILDING_FIELDS = (
    ("type", QVariant.String),
    ("nom", QVariant.String),
    ("commune", QVariant.String),
    ("building", QVariant.String),
    # BD TOPO's (BUILDINGS_SOURCE); NULL on the Etalab cadastre's buildings.
    ("cleabs", QVariant.String),
    ("hauteur", QVariant.Double),
    ("usage_1", QVariant.String),
    ("nombre_de_logements", QVariant.Int),
)
COMMUNE_FIELDS = (
    ("id", QVariant.String),
    ("nom", QVariant.String),
    ("population", QVariant.Int),
)
ENTRANCE_FIELDS = (
    ("osm_ref", QVariant.String),
    ("entrance", QVariant.String),
)
OWNER_FIELDS = (
    ("parcel_id", QVariant.String),
    ("group", QVariant.Int),
    ("name", QVariant.String),
)
SOURCE_FIELDS = (
    ("source", QVariant.String),
    ("url", QVariant.String),
    ("licence", QVariant.String),
    ("retrieved", QVariant.String),
    ("features", QVariant.Int),
    ("status", QVariant.String),
)
# The layers as communedata writes them, and the shipped style of those
# communedata writes itself (the others are drawn plain).
PACKAGE_LAYERS = ("commune", "parcels", "buildings", "entrances", "cameras", "rejected")
LAYER_STYLES = {"parcels": "parcels", "buildings": "buildings"}


def _text(value):
    return None if value is None else str(value)


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _whole(value):
    number = _number(value)
    return int(number) if number is not None and number.is_integer() else None


class CommuneDataAlgorithm(CameraCoverageAlgorithmBase):
    INSEE = "INSEE"
    NEIGHBOURS_M = "NEIGHBOURS_M"
    REFRESH = "REFRESH"
    OWNERS = "OWNERS"
    CADASTRE_URL = "CADASTRE_URL"
    OVERPASS_URL = "OVERPASS_URL"
    GEO_API_URL = "GEO_API_URL"
    BUILDINGS_SOURCE = "BUILDINGS_SOURCE"
    WFS_URL = "WFS_URL"
    OUTPUT = "OUTPUT"
    # BUILDINGS_SOURCE's choices, in this order.
    ETALAB_BUILDINGS, BDTOPO_BUILDINGS = 0, 1

    def name(self):
        return "communedata"

    def displayName(self):
        return self.tr("Public data of a commune")

    def group(self):
        return self.tr("Import")

    def groupId(self):
        return "import"

    def shortHelpString(self):
        return (
            self.tr(
                "Fetches a commune's public data by its INSEE code (or its name, looked up in "
                "the French geo API, which also gives its population) into one GeoPackage "
                "ready for the coverage audit: the Etalab cadastre's parcels, buildings and "
                "the commune's outline; the parcels and buildings of the neighbouring "
                "communes within NEIGHBOURS_M of the outline, so that cameras at the edge are "
                "audited against real parcels; from OpenStreetMap (Overpass API), the "
                "surveillance cameras within the outline and NEIGHBOURS_M (normalised as "
                "Import cameras does, with its rejected layer), the entrances, and each "
                "cadastre building's OSM use (building=house...), which tells dwellings; and "
                "a sources table (source, URL, licence, date retrieved, features) that every "
                "dossier made from these layers credits. Downloads go through QGIS's network "
                "settings (proxy, authentication), are retried when a service is busy, and "
                "are kept in a cache in the user's profile (REFRESH fetches them again). "
                "Offline, each service's location (advanced parameters, or the environment "
                "variables CAMERA_COVERAGE_CADASTRE_URL, CAMERA_COVERAGE_OVERPASS_URL, "
                "CAMERA_COVERAGE_GEO_API_URL) may be a local folder laid out as the service "
                "or a file."
            )
            + " "
            + self.tr(
                "BUILDINGS_SOURCE BD TOPO takes the buildings within NEIGHBOURS_M of the "
                "commune from IGN's BD TOPO (Géoplateforme WFS, read page by page) with their "
                "heights (hauteur), uses (usage_1) and dwellings (nombre_de_logements); when the "
                "WFS cannot be reached, the Etalab cadastre's buildings are taken and the log and "
                "the sources table say so. WFS_URL (or CAMERA_COVERAGE_WFS_URL) may point at "
                "another WFS, or at a GeoJSON file saved from it."
            )
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterString(
                self.INSEE, self.tr("Commune: INSEE code (e.g. 91216) or name")
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.NEIGHBOURS_M,
                self.tr("Read the neighbouring communes' land within (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=150.0,
                minValue=0.0,
                maxValue=5000.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.REFRESH, self.tr("Download again (ignore the cache)"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BUILDINGS_SOURCE,
                self.tr("Buildings"),
                options=[
                    self.tr("Etalab cadastre"),
                    self.tr("BD TOPO, with heights and uses (IGN Géoplateforme WFS)"),
                ],
                defaultValue=self.ETALAB_BUILDINGS,
            )
        )
        owners = QgsProcessingParameterString(
            self.OWNERS,
            self.tr(
                "Owners: the DGFiP file of legal entities' parcels of the département "
                "(a CSV on disk, or its URL)"
            ),
            optional=True,
        )
        owners.setFlags(owners.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(owners)
        # Empty: the environment variable when set, else the public service.
        for name, label in (
            (self.CADASTRE_URL, self.tr("Etalab cadastre (URL or local folder)")),
            (self.OVERPASS_URL, self.tr("Overpass API (URL or local JSON file)")),
            (self.GEO_API_URL, self.tr("French geo API (URL or local folder)")),
            (self.WFS_URL, self.tr("IGN Géoplateforme WFS, for BD TOPO (URL or local file)")),
        ):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Commune data"), self.tr("GeoPackage (*.gpkg)")
            )
        )
        for name, label in (
            ("CAMERAS", self.tr("Cameras written")),
            ("REJECTED_FEATURES", self.tr("Camera features rejected")),
            ("PARCELS", self.tr("Parcels written")),
            ("POPULATION", self.tr("Population (geo API)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        for name, label in (
            ("COMMUNE_NAME", self.tr("Commune's name")),
            ("COMMUNE_CODE", self.tr("Commune's INSEE code")),
            ("NEIGHBOURS", self.tr("Neighbouring communes read")),
            ("UNREACHABLE", self.tr("Sources that could not be read")),
        ):
            self.addOutput(QgsProcessingOutputString(name, label))

    def _bases(self, parameters, context):
        """Each service's location: the one given, else the environment's,
        else the public service."""
        defaults = service_bases(os.environ)

        def value(name, default):
            return self.parameterAsString(parameters, name, context).strip().rstrip("/") or default

        return ServiceBases(
            value(self.CADASTRE_URL, defaults.cadastre),
            value(self.OVERPASS_URL, defaults.overpass),
            value(self.GEO_API_URL, defaults.geo_api),
        )

    def _wfs(self, parameters, context):
        """The WFS to read BD TOPO's buildings from (the one given, else the
        environment's, else the Géoplateforme), None for the Etalab
        cadastre's buildings."""
        source = self.parameterAsEnum(parameters, self.BUILDINGS_SOURCE, context)
        if source != self.BDTOPO_BUILDINGS:
            return None
        given = self.parameterAsString(parameters, self.WFS_URL, context).strip().rstrip("/")
        return given or wfs_base(os.environ)

    def _process(self, parameters, context, feedback):
        typed = self.parameterAsString(parameters, self.INSEE, context).strip()
        if not typed:
            raise QgsProcessingException(
                self.tr("Give the commune: its INSEE code (e.g. 91216) or its name.")
            )
        path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if path.is_dir():
            raise QgsProcessingException(
                self.tr("The output {} is a folder: give a GeoPackage file name (.gpkg).").format(
                    path
                )
            )
        if path.suffix.lower() != ".gpkg":
            path = path.with_suffix(".gpkg")
        neighbours_m = self.parameterAsDouble(parameters, self.NEIGHBOURS_M, context)
        downloader = Downloader(
            feedback, refresh=self.parameterAsBool(parameters, self.REFRESH, context)
        )
        gathering = CommuneGathering(
            downloader,
            self._bases(parameters, context),
            feedback,
            neighbours_m,
            wfs=self._wfs(parameters, context),
        )
        try:
            commune = gathering.commune(typed)
            feedback.pushInfo(self.tr("Commune: {} ({}).").format(commune.name, commune.code))
            feedback.setProgress(5)
            gathered = gathering.gather(commune)
        except DownloadError as error:
            files = gathering.files_by_hand()
            if not files:
                raise QgsProcessingException(str(error)) from error
            raise QgsProcessingException(
                "\n".join(
                    [
                        str(error),
                        self.tr(
                            "To work offline, download these files by hand into one folder, "
                            "laid out as on the service, and give that folder as CADASTRE_URL "
                            "(and a saved Overpass answer as OVERPASS_URL):"
                        ),
                        *files,
                    ]
                )
            ) from error
        except Cancelled:
            return {}
        if feedback.isCanceled():
            return {}
        owners = self._owners(parameters, context, feedback, downloader, gathered)
        feedback.setProgress(80)
        self._write(path, gathered, owners, context)
        imported = self._cameras(path, gathered, neighbours_m, context, feedback)
        if imported is None:
            # Cancelled during the cameras' import: no half-made GeoPackage
            # is left to pass for the commune's data.
            path.unlink(missing_ok=True)
            return {}
        feedback.setProgress(100)
        self._load(path, context, not imported.get("REJECTED_FEATURES"))
        return {
            self.OUTPUT: str(path),
            "CAMERAS": imported.get("CAMERAS", 0),
            "REJECTED_FEATURES": imported.get("REJECTED_FEATURES", 0),
            "PARCELS": len(gathered.parcels.rows),
            "POPULATION": gathered.commune.population,
            "COMMUNE_NAME": gathered.commune.name,
            "COMMUNE_CODE": gathered.commune.code,
            "NEIGHBOURS": ", ".join(code for code, _ in gathered.neighbours),
            "UNREACHABLE": "; ".join(s.source for s in gathered.sources if s.status != "ok"),
        }

    def _owners(self, parameters, context, feedback, downloader, gathered):
        """The DGFiP rows on the parcels read (commune and neighbours), as
        (parcel_id, group, name) rows; None when no owners file is given."""
        location = self.parameterAsString(parameters, self.OWNERS, context).strip()
        if not location:
            return None
        label = self.tr("Owners ({})").format(DGFIP_OWNERS_CREDIT)
        try:
            fetched = downloader.fetch(location, label)
            table = read_dgfip(fetched.content)
        except DownloadError as error:
            raise QgsProcessingException(str(error)) from error
        except ValueError as error:
            raise QgsProcessingException(
                self.tr("The owners file {} is not the DGFiP file: {}").format(location, error)
            ) from error
        loaded = {str(row.get("id")) for row in gathered.parcels.rows}
        rows = [
            [parcel, group, name]
            for parcel, group, name in zip(table.parcel_id, table.group, table.name)
            if parcel in loaded
        ]
        unusable = sum(parcel is None for parcel in table.parcel_id)
        feedback.pushInfo(
            self.tr(
                "Owners: {} rows of {} are on the parcels read ({} rows whose parcel "
                "reference cannot be read)."
            ).format(len(rows), len(table), unusable)
        )
        if not rows:
            feedback.reportError(
                self.tr(
                    "Owners: no row of {} is on the parcels read: check that the file is the "
                    "département's of this commune."
                ).format(location)
            )
        gathered.sources.append(
            Source(label, location, DGFIP_OWNERS_LICENCE, fetched.retrieved, len(rows))
        )
        return rows

    def _write(self, path, gathered, owners, context):
        parcels, buildings = gathered.parcels, gathered.buildings
        uses = gathered.building_uses or [None] * len(buildings.rows)
        layers = [
            PackageLayer(
                "commune",
                QgsWkbTypes.MultiPolygon,
                COMMUNE_FIELDS,
                [[gathered.commune.code, gathered.commune.name, gathered.commune.population]],
                [gathered.outline],
            ),
            PackageLayer(
                "parcels",
                QgsWkbTypes.MultiPolygon,
                PARCEL_FIELDS,
                [
                    [_text(row.get(name)) for name, _ in PARCEL_FIELDS[:5]]
                    + [_number(row.get("contenance"))]
                    + [_text(row.get("created")), _text(row.get("updated"))]
                    for row in parcels.rows
                ],
                parcels.geometries,
            ),
            PackageLayer(
                "buildings",
                QgsWkbTypes.MultiPolygon,
                BUILDING_FIELDS,
                [
                    [
                        _text(row.get("type")),
                        _text(row.get("nom")),
                        _text(row.get("commune")),
                        use,
                        _text(row.get("cleabs")),
                        _number(row.get("hauteur")),
                        _text(row.get("usage_1")),
                        _whole(row.get("nombre_de_logements")),
                    ]
                    for row, use in zip(buildings.rows, uses)
                ],
                buildings.geometries,
            ),
            PackageLayer(
                "entrances",
                QgsWkbTypes.Point,
                ENTRANCE_FIELDS,
                [[node.ref, _text(node.tags.get("entrance"))] for node in gathered.entrances],
                self._points(gathered.entrances),
            ),
        ]
        if owners is not None:
            layers.append(PackageLayer("owners", QgsWkbTypes.NoGeometry, OWNER_FIELDS, owners))
        write_package(path, layers, context.transformContext())
        # Styled before anything else opens the file (importcameras styles
        # its own layers).
        for name, style in LAYER_STYLES.items():
            save_default_style(f"{path}|layername={name}", style, self.language())

    @staticmethod
    def _points(nodes):
        import shapely

        return shapely.points([n.lon for n in nodes], [n.lat for n in nodes]) if nodes else []

    def _cameras(self, path, gathered, neighbours_m, context, feedback):
        """The cameras through importcameras' own reading (same fields,
        same rejected layer and tally), then the sources table."""
        import processing

        results = {"CAMERAS": 0, "REJECTED_FEATURES": 0}
        if gathered.cameras:
            collection = Path(QgsProcessingUtils.tempFolder()) / "overpass_cameras.geojson"
            collection.write_text(
                json.dumps(cameras_feature_collection(gathered.cameras)), encoding="utf-8"
            )
            results = processing.run(
                "camera_coverage:importcameras",
                {
                    "INPUT": str(collection),
                    "OUTPUT": f"ogr:dbname='{path}' table=\"cameras\" (geom)",
                    "REJECTED": f"ogr:dbname='{path}' table=\"rejected\" (geom)",
                },
                context=context,
                feedback=feedback,
                is_child_algorithm=True,
            )
            if feedback.isCanceled():
                return None
        else:
            feedback.pushWarning(
                self.tr(
                    "No surveillance camera is mapped in OpenStreetMap within the commune and "
                    "{} m around it."
                ).format(f"{neighbours_m:g}")
                if gathered.osm is not None
                else self.tr("No camera: OpenStreetMap could not be read.")
            )
        empty = [
            PackageLayer(name, QgsWkbTypes.Point, fields, [], [])
            for name, fields in (("cameras", CAMERA_FIELDS), ("rejected", REJECTED_FIELDS))
            if not gathered.cameras
        ]
        sources = PackageLayer(
            "sources",
            QgsWkbTypes.NoGeometry,
            SOURCE_FIELDS,
            [
                [s.source, s.url, s.licence, s.retrieved, s.features, s.status]
                for s in gathered.sources
            ],
        )
        write_package(path, [*empty, sources], context.transformContext(), append=True)
        return results

    def _load(self, path, context, no_rejected):
        """The layers loaded as one run (desktop, modeler) with the styles
        stored in the GeoPackage, points above polygons, an empty rejected
        layer left out."""
        from qgis.core import QgsProcessingContext

        layers = []
        for name in PACKAGE_LAYERS:
            uri = f"{path}|layername={name}"
            details = QgsProcessingContext.LayerDetails(name, context.project(), name)
            context.addLayerToLoadOnCompletion(uri, details)
            layers.append((uri, STORED, name))
        empty = [f"{path}|layername=rejected"] if no_rejected else []
        present_outputs(context, layers, self.language(), empty)
