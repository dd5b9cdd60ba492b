"""camera_coverage:coverageaudit — the one-step audit: footprints, the
public/private split, the masking flags and an HTML report."""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.audit import run_audit
from ..core.footprint import MAX_STEP_DEG
from ..core.report import audit_report
from .base import CameraCoverageAlgorithmBase, FeedbackProgress
from .camera_input import (
    CAMERAS,
    REJECTED,
    add_camera_parameters,
    add_rejected_output,
    read_cameras,
    write_rejected,
)
from .exposure_output import AUDIT_FIELDS, audit_rows, write_layer, write_pieces
from .parcel_input import (
    PARCELS,
    add_parcel_parameters,
    public_expression,
    read_parcels,
    tolerance,
)

USED_FIELDS = (
    ("direction", QVariant.Double),
    ("fov", QVariant.Double),
    ("range_m", QVariant.Double),
)


class CoverageAuditAlgorithm(CameraCoverageAlgorithmBase):
    OUTPUT_CAMERAS = "OUTPUT_CAMERAS"
    OUTPUT_COVERAGE = "OUTPUT_COVERAGE"
    OUTPUT_PIECES = "OUTPUT_PIECES"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def name(self):
        return "coverageaudit"

    def displayName(self):
        return self.tr("Coverage audit (one step)")

    def shortHelpString(self):
        return self.tr(
            "The whole audit in one step. For each camera: the ground it can see (a "
            "sector from its direction, field of view and range, or a disc when the "
            "direction is empty), how much of it is public domain and how much is "
            "private land, and whether the law requires masking. French cadastre: roads "
            "and squares are not parcelled, so what a camera sees outside every parcel "
            "is public domain; parcels selected by the public expression are public; "
            "all other parcels are private. A camera is flagged (masking_required) when "
            "it sees more private land than the tolerance: CSI L251-3 forbids a "
            "public-road camera to show the inside of dwellings and their entrances. "
            "flag_reason says why in plain words, with the area and the first parcel "
            "ids. Outputs: the cameras with their figures, their coverage, the pieces "
            "per parcel, the cameras rejected for unusable values with the reason, and "
            "an HTML report with the assumptions and defaults used. Areas are in m², "
            "measured in a metric CRS chosen for the place (Lambert-93 in metropolitan "
            "France). Buildings are not taken into account yet: the coverage is what "
            "the camera would see on open ground, an upper bound."
        )

    def initAlgorithm(self, config=None):
        add_camera_parameters(self)
        add_parcel_parameters(self)
        outputs = (
            (self.OUTPUT_CAMERAS, self.tr("Audited cameras"), QgsProcessing.TypeVectorPoint),
            (self.OUTPUT_COVERAGE, self.tr("Coverage"), QgsProcessing.TypeVectorPolygon),
            (self.OUTPUT_PIECES, self.tr("Pieces per parcel"), QgsProcessing.TypeVectorPolygon),
        )
        for name, label, kind in outputs:
            self.addParameter(QgsProcessingParameterFeatureSink(name, label, kind))
        add_rejected_output(self)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_REPORT,
                self.tr("Audit report"),
                self.tr("HTML files (*.html)"),
                optional=True,
                createByDefault=True,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        cameras = read_cameras(self, parameters, context, feedback, 5)
        if cameras is None:
            return {}
        parcels = read_parcels(self, parameters, context, feedback, 5, 30)
        if parcels is None:
            return {}
        settings = cameras.settings
        settings.tolerance_m2 = tolerance(self, parameters, context)
        result = self.run_core(
            run_audit,
            cameras.data.geometries,
            cameras.crs,
            cameras.values,
            parcels.geometries,
            parcels.crs,
            parcels.parcel_ids,
            parcels.is_public,
            settings,
            FeedbackProgress(feedback, 30, 85),
        )
        if result is None:
            return {}
        coverage, exposure = result.coverage, result.exposure
        if result.parcels_repaired:
            feedback.pushWarning(
                self.tr("{} invalid parcel geometries repaired.").format(result.parcels_repaired)
            )
        index, checked = coverage.index, coverage.checked
        camera_ids = [cameras.values.camera_id[i] for i in index]
        rows = audit_rows(camera_ids, exposure, result.masking_required, result.flag_reason)
        used = [
            [
                float(checked.direction[i])
                if checked.direction[i] == checked.direction[i]
                else None,
                float(checked.sweep_deg[i]),
                float(checked.range_m[i]),
            ]
            for i in index
        ]
        crs_id = coverage.working_crs_id
        results = {
            self.OUTPUT_CAMERAS: write_layer(
                self,
                parameters,
                self.OUTPUT_CAMERAS,
                context,
                feedback,
                AUDIT_FIELDS + USED_FIELDS,
                QgsWkbTypes.Point,
                crs_id,
                coverage.points,
                [r + u for r, u in zip(rows, used)],
            ),
            self.OUTPUT_COVERAGE: write_layer(
                self,
                parameters,
                self.OUTPUT_COVERAGE,
                context,
                feedback,
                AUDIT_FIELDS,
                QgsWkbTypes.MultiPolygon,
                crs_id,
                coverage.footprints,
                rows,
                multi=True,
            ),
            self.OUTPUT_PIECES: write_pieces(
                self,
                parameters,
                self.OUTPUT_PIECES,
                context,
                feedback,
                crs_id,
                exposure,
                camera_ids,
                parcels.parcel_ids,
            ),
        }
        rejected = write_rejected(self, parameters, context, feedback, cameras, checked.rejected)
        if rejected is not None:
            results[REJECTED] = rejected
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report_path:
            Path(report_path).write_text(
                self._report(parameters, context, cameras, parcels, result, rows),
                encoding="utf-8",
            )
            results[self.OUTPUT_REPORT] = report_path
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("{} cameras audited, {} need masking, {} rejected.").format(
                len(index), int(result.masking_required.sum()), len(checked.rejected)
            )
        )
        return results

    def _report(self, parameters, context, cameras, parcels, result, rows):
        checked = result.coverage.checked
        settings = cameras.settings
        expression = public_expression(self, parameters, context)
        assumptions = [
            (self.tr("Field of view where none is given"), f"{settings.default_fov:g}°"),
            (self.tr("Range where none is given"), f"{settings.default_range_m:g} m"),
            (self.tr("Cameras that used the default field of view"), checked.default_fov_used),
            (self.tr("Cameras that used the default range"), checked.default_range_used),
            (self.tr("Private area tolerated before masking"), f"{settings.tolerance_m2:g} m²"),
            (self.tr("Public parcels"), expression or self.tr("none: every parcel is private")),
            (self.tr("Parcels selected as public"), parcels.public_count),
            (self.tr("Invalid parcel geometries repaired"), result.parcels_repaired),
            (self.tr("Working CRS (areas in m²)"), result.coverage.working_crs_id),
            (self.tr("Arc step of the footprints"), f"{MAX_STEP_DEG:g}°"),
            (self.tr("Direction"), self.tr("degrees clockwise from north; empty = all round")),
            (self.tr("Buildings"), self.tr("not taken into account (open ground)")),
        ]
        sources = [
            (self.tr("Cameras"), self._source_text(parameters, CAMERAS, context)),
            (self.tr("Parcels"), self._source_text(parameters, PARCELS, context)),
        ]
        audited = [dict(zip([name for name, _ in AUDIT_FIELDS], row)) for row in rows]
        rejected = [(cameras.values.camera_id[i], reason) for i, reason in checked.rejected]
        return audit_report(audited, rejected, assumptions, sources, settings.lang)

    def _source_text(self, parameters, name, context):
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None:
            return f"{layer.name()} ({layer.source()})"
        return str(parameters.get(name))
