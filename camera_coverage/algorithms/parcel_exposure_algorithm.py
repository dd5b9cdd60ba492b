"""camera_coverage:parcelexposure — coverage polygons split between public
domain and private parcels."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..core.audit import AuditSettings, flags, parcel_exposure
from ..core.explain import explain_coverage
from ..core.identity import unique_ids
from ..core.working_crs import crs_identifier
from ..layers.exposure_output import AUDIT_FIELDS, audit_rows, write_layer, write_pieces
from ..layers.feedback import feedback_progress
from ..layers.input_notes import report_bad_input
from ..layers.layer_io import chosen_field, crs_of, feature_labels, read_features, required_source
from ..layers.parcel_input import add_parcel_parameters, read_parcels, tolerance
from ..layers.reach import remember_coverage
from ..layers.run_safety import refuse_non_finite, stamp_complete
from .base import CameraCoverageAlgorithmBase


class ParcelExposureAlgorithm(CameraCoverageAlgorithmBase):
    COVERAGE = "COVERAGE"
    CAMERA_ID_FIELD = "CAMERA_ID_FIELD"
    OUTPUT_PIECES = "OUTPUT_PIECES"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    OUTPUT_STYLES = ((OUTPUT_PIECES, "pieces"), (OUTPUT_SUMMARY, "coverage"))

    def name(self):
        return "parcelexposure"

    def displayName(self):
        return self.tr("Parcel exposure (public / private split)")

    def shortHelpString(self):
        return self.tr(
            "Splits each coverage polygon (for instance the output of Camera coverage) "
            "between the public domain and private land parcels. The French cadastre "
            "leaves roads and squares un-parcelled, so what lies outside every parcel is "
            "public domain; parcels selected by the public expression (for instance "
            "those owned by the commune or the State) are public too; every other parcel "
            "is private. Pieces: one polygon per camera and parcel seen, plus the "
            "un-parcelled public part, with its area in m². Summary: per camera, "
            "covered_m2 = public_m2 + private_m2, the private share, and whether "
            "masking is required (private area above the tolerance, CSI L251-3) with "
            "the reason in plain words. Invalid parcel geometries are repaired (the "
            "number is logged); the input layers are not modified."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.COVERAGE, self.tr("Coverage (polygons)"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CAMERA_ID_FIELD,
                self.tr("Camera id field (default: camera_id)"),
                parentLayerParameterName=self.COVERAGE,
                optional=True,
            )
        )
        add_parcel_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PIECES, self.tr("Pieces"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY,
                self.tr("Per-camera summary"),
                QgsProcessing.TypeVectorPolygon,
            )
        )

    def _read_coverage(self, parameters, context, feedback):
        source = required_source(
            self,
            parameters,
            self.COVERAGE,
            context,
            self.tr("coverage"),
            QgsWkbTypes.PolygonGeometry,
            self.tr("polygons"),
        )
        id_field = chosen_field(
            self,
            parameters,
            self.CAMERA_ID_FIELD,
            context,
            source.fields(),
            "camera_id",
            self.tr("coverage"),
        )
        data = read_features(source, [id_field] if id_field else [], feedback, 0, 10)
        if data is None:
            return None
        ids, renamed = unique_ids(feature_labels(data, id_field))
        for duplicated, new_names in renamed.items():
            feedback.pushWarning(
                self.tr("Camera id {} is used {} times: the later ones are named {}.").format(
                    duplicated, len(new_names) + 1, ", ".join(new_names)
                )
            )
        keep = [i for i, g in enumerate(data.geometries) if g is not None]
        if len(keep) < len(ids):
            empty = [ids[i] for i, g in enumerate(data.geometries) if g is None]
            feedback.reportError(
                self.tr("{} coverage features have no geometry and are left out: {}").format(
                    len(empty), ", ".join(empty)
                )
            )
        crs = crs_of(source, self.tr("coverage"))
        # The parcels read next are those these polygons meet.
        remember_coverage(self, data.geometries[keep], crs)
        return data.geometries[keep], [ids[i] for i in keep], crs

    def _process(self, parameters, context, feedback):
        coverage = self._read_coverage(parameters, context, feedback)
        if coverage is None:
            return {}
        geometries, camera_ids, coverage_crs = coverage
        parcels = read_parcels(self, parameters, context, feedback, 10, 40)
        if parcels is None:
            return {}
        split = self.run_core(
            parcel_exposure,
            geometries,
            coverage_crs,
            parcels.geometries,
            parcels.crs,
            parcels.is_public,
            feedback_progress(feedback, 40, 80),
            lang=self.language(),
        )
        if split is None:
            return {}
        working, exposure, repaired = split
        if repaired:
            feedback.pushWarning(self.tr("{} invalid parcel geometries repaired.").format(repaired))
        settings = AuditSettings(
            tolerance_m2=tolerance(self, parameters, context), lang=self.language()
        )
        required, reasons = flags(exposure, parcels.parcel_ids, settings)
        reasons, undetermined = explain_coverage(
            reasons, exposure.covered_m2, exposure.beyond_cadastre, settings.lang
        )
        required = required & ~undetermined
        report_bad_input(feedback, exposure, undetermined)
        crs_id = crs_identifier(working)
        pieces = self.run_core(exposure.with_unparcelled, feedback_progress(feedback, 80, 90))
        if pieces is None:
            return {}
        summary = audit_rows(camera_ids, exposure, required, reasons, undetermined)
        refuse_non_finite(self.OUTPUT_PIECES, pieces.geometry, [[a] for a in pieces.area_m2])
        refuse_non_finite(self.OUTPUT_SUMMARY, exposure.coverage, summary)
        results = {
            self.OUTPUT_PIECES: write_pieces(
                self,
                parameters,
                self.OUTPUT_PIECES,
                context,
                feedback,
                crs_id,
                pieces,
                camera_ids,
                parcels.parcel_ids,
            ),
            self.OUTPUT_SUMMARY: write_layer(
                self,
                parameters,
                self.OUTPUT_SUMMARY,
                context,
                feedback,
                AUDIT_FIELDS,
                QgsWkbTypes.MultiPolygon,
                crs_id,
                exposure.coverage,
                summary,
                multi=True,
            ),
        }
        if feedback.isCanceled():
            return {}
        stamp_complete(results.values())
        self.present(context, results)
        feedback.pushInfo(
            self.tr("{} of {} cameras see private land beyond the tolerance.").format(
                int(required.sum()), len(camera_ids)
            )
        )
        return results
