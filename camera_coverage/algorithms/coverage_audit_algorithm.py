"""camera_coverage:coverageaudit — the one-step audit: footprints (cut by
buildings, height and tilt), the public/private split, the masking flags,
the private area per DORI level and an HTML report."""

import time
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.audit import run_audit
from ..core.footprint import MAX_STEP_DEG
from ..core.legal import legal_reading
from ..core.messages import plain
from ..core.optics import DORI_LEVELS
from ..core.report import audit_report
from ..dossier.audit import (
    add_dossier_parameters,
    audit_outputs,
    build_audit_dossier,
    with_dossier_views,
)
from ..layers.camera_input import (
    BUILDINGS,
    CAMERAS,
    REJECTED,
    add_camera_parameters,
    add_rejected_output,
    heights_assumption,
    north_sentence,
    read_buildings,
    read_cameras,
    rejected_written_on_stop,
    report_views,
    write_rejected,
)
from ..layers.dem_input import add_dem_parameter, read_dem
from ..layers.exposure_output import (
    AUDIT_FIELDS,
    DORI_OUTPUT,
    OPTICS_FIELDS,
    add_dori_output,
    audit_rows,
    optics_rows,
    write_dori,
    write_layer,
)
from ..layers.feedback import feedback_progress
from ..layers.input_notes import bad_input_assumptions, report_bad_input
from ..layers.land_input import (
    STUDY_AREA,
    add_land_parameters,
    read_land,
    with_etalab_study_area,
)
from ..layers.legal_input import add_legal_parameters, read_legal_layers
from ..layers.legal_output import (
    LEGAL_FIELDS,
    OUTPUT_MASKS,
    add_masks_output,
    legal_report,
    legal_rows,
    log_legal,
    with_legal_figures,
    write_legal_pieces,
    write_masks,
)
from ..layers.parcel_input import (
    PARCELS,
    add_parcel_parameters,
    public_expression,
    read_parcels,
    tolerance,
)
from ..layers.reach import flat_coverage_of
from ..layers.run_safety import refuse_non_finite, stamp_complete
from ..layers.sources_table import package_sources
from .base import CameraCoverageAlgorithmBase
from .camera_coverage_algorithm import building_heights_help, relief_help

USED_FIELDS = (
    ("direction", QVariant.Double),
    ("fov", QVariant.Double),
    ("range_m", QVariant.Double),
    *((f"private_{level}_m2", QVariant.Double) for level in DORI_LEVELS),
    *OPTICS_FIELDS,
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
        return (
            self.tr(
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
                "ids. With a buildings layer, what the buildings hide is removed exactly; "
                "with height and tilt, the ground seen is the ground in the camera's picture, "
                "from the blind zone under it to the feet of its upper corners. "
                "private_ident_m2, private_recog_m2, "
                "private_observ_m2 and private_detect_m2 give the private area within the "
                "distance where the camera can identify (250 px/m), recognise (125), "
                "observe (62.5) and detect (25) people (EN 62676-4), from its horizontal "
                "resolution and field of view. Outputs: the cameras with their figures, "
                "their coverage, the pieces per parcel, the DORI polygons, the cameras "
                "rejected for unusable values with the reason, and an HTML report with the "
                "assumptions and defaults used. Areas are in m², measured in a metric CRS "
                "chosen for the place (Lambert-93 in metropolitan France)."
            )
            + " "
            + building_heights_help()
            + " "
            + relief_help()
            + " "
            + self.tr(
                "The legal reading: an owners table (the DGFiP file of legal entities' parcels "
                "as published, joined by the Etalab parcel id) makes the parcels of public "
                "bodies public (PUBLIC_GROUPS); coverage outside the study area (default: the "
                "ground the parcels span, streets included) is unknown_m2, neither public nor "
                "private, so covered = public + private + unknown. With buildings: the dwelling "
                "façade each camera sees (dwelling_facade_m, dwellings_seen, within "
                "identification and recognition distance), buildings of unknown use counted "
                "apart as possibly dwellings, and entrance_seen (an entrance point near visible "
                "ground, or a dwelling façade seen on the public domain): CSI L251-3. Cameras "
                "of private operators filming public domain beyond their immediate "
                "surroundings: private_operator_public_m2, CSI L251-2. Information signs: "
                "sign_distance_m. flag_rules lists the rules each camera breaks and "
                "flag_reason gives, per rule, the evidence and the source. The masks layer "
                "gives, per flagged camera, each zone to mask with its bearings from true north "
                "(from_deg, to_deg), its share of the view and, when height and tilt are known, "
                "its outline in the picture (0..1 across and down)."
            )
            + " "
            + self.tr(
                "With building heights, dwelling_floors_seen gives the storeys of dwellings "
                "whose windows are in each camera's picture, 0 the ground floor, 3 m a storey, "
                'as runs ("0-2", "0, 3"); NULL where nothing tells (a camera without '
                "height, tilt or a fixed direction, façades of unknown height), and the façade "
                "masks stop at the roof line in the picture."
            )
        )

    def initAlgorithm(self, config=None):
        add_camera_parameters(self)
        add_dem_parameter(self)
        add_parcel_parameters(self)
        add_land_parameters(self)
        add_legal_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CAMERAS, self.tr("Audited cameras"), QgsProcessing.TypeVectorPoint
            )
        )
        # Optional, made by default: a batch run that needs only the figures skips them.
        for name, label in (
            (self.OUTPUT_COVERAGE, self.tr("Coverage")),
            (self.OUTPUT_PIECES, self.tr("Pieces per parcel")),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSink(
                    name,
                    label,
                    QgsProcessing.TypeVectorPolygon,
                    optional=True,
                    createByDefault=True,
                )
            )
        add_rejected_output(self)
        add_dori_output(self)
        add_masks_output(self)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_REPORT,
                self.tr("Audit report"),
                self.tr("HTML files (*.html)"),
                optional=True,
                createByDefault=True,
            )
        )
        add_dossier_parameters(self)

    def _process(self, parameters, context, feedback):
        started = time.perf_counter()
        # The dossier draws the views whose figures it prints, asked for or not.
        parameters = with_dossier_views(parameters)
        parameters = with_etalab_study_area(self, parameters, context, feedback, PARCELS)
        cameras = read_cameras(self, parameters, context, feedback, 5)
        parcels = read_parcels(
            self,
            parameters,
            context,
            feedback,
            5,
            20,
            default_study_area=not parameters.get(STUDY_AREA),
        )
        buildings = read_buildings(self, parameters, context, feedback, 20, 30)
        dem = read_dem(self, parameters, context)
        if cameras is None or parcels is None or buildings is None:
            return {}
        land = read_land(self, parameters, context, feedback, parcels.parcel_ids)
        layers = read_legal_layers(self, parameters, context, feedback, cameras)
        by_owners = np.zeros(len(parcels.parcel_ids), dtype=bool)
        if land.owners is not None:
            by_owners = land.owners.public_by_owner
        seconds = {"read": time.perf_counter() - started}
        settings = cameras.settings
        settings.tolerance_m2 = tolerance(self, parameters, context)
        with rejected_written_on_stop(self, parameters, context, feedback, cameras):
            result = self.run_core(
                run_audit,
                cameras.data.geometries,
                cameras.crs,
                cameras.values,
                parcels.geometries,
                parcels.crs,
                parcels.parcel_ids,
                parcels.is_public | by_owners,
                settings,
                feedback_progress(feedback, 30, 65),
                buildings.geometries,
                buildings.crs,
                building_heights=buildings.heights,
                dem=dem,
                flat=flat_coverage_of(self, cameras),
            )
        if result is None:
            return {}
        coverage, exposure = result.coverage, result.exposure
        legal = self.run_core(
            legal_reading,
            result,
            cameras.values,
            layers.legal_inputs(
                parcels=parcels.geometries,
                parcels_crs=parcels.crs,
                owners=land.owners,
                study_area=land.study_area,
                study_area_crs=land.study_area_crs,
            ),
            parcels.parcel_ids,
            settings,
            feedback_progress(feedback, 65, 85),
        )
        if legal is None or feedback.isCanceled():
            return {}
        coverage.seconds.update(legal.seconds)
        # The legal reading knows the study area: a camera that sees none of
        # it is not audited either, in every output, count and figure.
        beyond_reach = int(result.undetermined.sum()) if result.undetermined is not None else 0
        result.undetermined = legal.undetermined
        feedback.setProgress(85)
        started = time.perf_counter()
        pieces = None
        if parameters.get(self.OUTPUT_PIECES):
            pieces = self.run_core(exposure.with_unparcelled, feedback_progress(feedback, 85, 90))
            if pieces is None:
                return {}
        coverage.seconds["overlay"] += time.perf_counter() - started
        started = time.perf_counter()
        report_views(feedback, coverage, cameras, buildings.heights is not None)
        if result.parcels_repaired:
            feedback.pushWarning(
                self.tr("{} invalid parcel geometries repaired.").format(result.parcels_repaired)
            )
        index, checked = coverage.index, coverage.checked
        camera_ids = [cameras.values.camera_id[i] for i in index]
        rows = audit_rows(
            camera_ids, exposure, result.masking_required, result.flag_reason, result.undetermined
        )
        report_bad_input(feedback, exposure, result.undetermined)
        rows = [
            r + extra
            for r, extra in zip(
                with_legal_figures(rows, legal, result.undetermined), legal_rows(legal)
            )
        ]
        direction = checked.direction[index]
        used = [
            [None if np.isnan(d) else float(d), float(f), float(r), *map(float, levels), *optics]
            for d, f, r, levels, optics in zip(
                direction,
                checked.sweep_deg[index],
                checked.range_m[index],
                zip(*result.private_by_level.values()),
                optics_rows(coverage),
            )
        ]
        crs_id = coverage.working_crs_id
        write = (parameters, context, feedback)
        refuse_non_finite(self.OUTPUT_CAMERAS, coverage.points, [r + u for r, u in zip(rows, used)])
        refuse_non_finite(self.OUTPUT_COVERAGE, coverage.footprints)
        if pieces is not None:
            refuse_non_finite(self.OUTPUT_PIECES, pieces.geometry, [[a] for a in pieces.area_m2])
        results = {
            self.OUTPUT_CAMERAS: write_layer(
                self,
                parameters,
                self.OUTPUT_CAMERAS,
                context,
                feedback,
                AUDIT_FIELDS + LEGAL_FIELDS + USED_FIELDS,
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
                AUDIT_FIELDS + LEGAL_FIELDS,
                QgsWkbTypes.MultiPolygon,
                crs_id,
                coverage.footprints,
                rows,
                multi=True,
            ),
            self.OUTPUT_PIECES: write_legal_pieces(
                self,
                parameters,
                self.OUTPUT_PIECES,
                context,
                feedback,
                crs_id,
                pieces,
                legal,
                camera_ids,
                parcels.parcel_ids,
                land.owners,
            ),
        }
        results[REJECTED] = write_rejected(self, *write, cameras, checked.rejected)
        results[DORI_OUTPUT] = write_dori(self, *write, coverage, camera_ids)
        results[OUTPUT_MASKS] = write_masks(self, *write, crs_id, legal.masks, camera_ids)
        results = {name: dest for name, dest in results.items() if dest is not None}
        if feedback.isCanceled():
            return {}
        report = self._report(
            parameters,
            context,
            cameras,
            parcels,
            result,
            rows,
            legal_report(land, layers, legal, parcels.is_public, by_owners, camera_ids),
            buildings,
        )
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report_path:
            Path(report_path).write_text(report, encoding="utf-8")
            results[self.OUTPUT_REPORT] = report_path
        # Styles, council figures; the dossier itself is built in postProcessAlgorithm.
        self.dossier = audit_outputs(
            self,
            parameters,
            context,
            feedback,
            results,
            (report, *self.report_items),
            parcels,
            result,
            (legal.masking_required, parcels.is_public | by_owners, legal.study_area),
            cameras,
        )
        stamp_complete(results.values())
        seconds["write"] = time.perf_counter() - started
        seconds.update(coverage.seconds)
        feedback.setProgress(100)
        feedback.pushInfo(north_sentence(coverage, settings))
        beyond = int(result.undetermined.sum()) if result.undetermined is not None else 0
        feedback.pushInfo(
            self.tr(
                "{} cameras audited, {} need masking; not audited: {} with no parcel within "
                "reach, {} seeing no ground of the study area, {} rejected."
            ).format(
                len(index) - beyond,
                int(legal.masking_required.sum()),
                beyond_reach,
                beyond - beyond_reach,
                len(checked.rejected),
            )
        )
        log_legal(feedback, legal, camera_ids, layers.entrance_ids)
        feedback.pushInfo(
            self.tr("Timing: {}").format(
                ", ".join(
                    f"{name} {seconds.get(stage, 0.0):.2f} s"
                    # The legal reading's stages come last: scripts read the first five.
                    for stage, name in (
                        ("read", self.tr("read")),
                        ("footprints", self.tr("footprints")),
                        ("occlusion", self.tr("occlusion")),
                        ("overlay", self.tr("overlay")),
                        ("write", self.tr("write")),
                        ("land", self.tr("land")),
                        ("dwellings", self.tr("dwellings")),
                        ("masks", self.tr("masks")),
                    )
                )
            )
        )
        return results

    def _post_process(self, context, feedback):
        """The dossier, in QGIS's main thread (print layouts are not
        thread-safe); empty results keep those of processAlgorithm."""
        return build_audit_dossier(getattr(self, "dossier", None), context, feedback)

    def _report(self, parameters, context, cameras, parcels, result, rows, legal_parts, obstacles):
        coverage = result.coverage
        checked = coverage.checked
        settings = cameras.settings
        lang = settings.lang
        expression = public_expression(self, parameters, context)
        modes = {
            "range": self.tr("each camera's range (range_m)"),
            "ident": self.tr("the identification distance (250 px/m)"),
            "recog": self.tr("the recognition distance (125 px/m)"),
            "observ": self.tr("the observation distance (62.5 px/m)"),
            "detect": self.tr("the detection distance (25 px/m)"),
        }
        buildings = (
            self.tr("{} buildings hide the view ({} repaired)").format(
                coverage.buildings_used, coverage.buildings_repaired
            )
            if coverage.buildings_used
            else self.tr("none: open ground, an upper bound of what cameras see")
        )
        assumptions = [
            (
                self.tr("Field of view where none is given"),
                f"{plain(settings.default_fov, lang)}°",
            ),
            (
                self.tr("Range where none is given"),
                f"{plain(settings.default_range_m, lang)} m",
            ),
            (self.tr("Cameras that used the default field of view"), checked.default_fov_used),
            (
                self.tr("Cameras whose field of view comes from their lens, 2 atan(w / 2f)"),
                checked.fov_from_lens,
            ),
            (self.tr("Cameras that used the default range"), checked.default_range_used),
            (
                self.tr(
                    "Cameras whose field of view or range are importcameras' defaults "
                    "per camera type (defaults_used)"
                ),
                cameras.type_defaults,
            ),
            (self.tr("Each footprint stops at"), modes[settings.range_mode]),
            (
                self.tr("Horizontal resolution where none is given"),
                f"{plain(settings.default_h_resolution, lang)} px",
            ),
            (
                self.tr("Pixel density"),
                self.tr(
                    "EN 62676-4: distance = pixels / (2 × px/m × tan(fov/2)); identification "
                    "250 px/m, recognition 125, observation 62.5, detection 25; all-round "
                    "cameras take the default field of view for their lens"
                ),
            ),
            (
                self.tr("Height and tilt"),
                self.tr(
                    "the ground in the picture, where the rays through its four corners meet "
                    "the ground: from H / tan(tilt + vfov/2) (the blind zone) to the upper "
                    "corners' feet, or to the range when tilt <= vfov/2; vfov from the field "
                    "of view and a 16:9 image; unknown height or tilt: a sector to the range"
                ),
            ),
            (self.tr("Buildings"), buildings),
            *(
                [heights_assumption(self.tr("buildings"), obstacles)]
                if coverage.buildings_used
                else []
            ),
            (
                self.tr("Private area tolerated before masking"),
                f"{plain(settings.tolerance_m2, lang)} m²",
            ),
            (self.tr("Public parcels"), expression or self.tr("none: every parcel is private")),
            (self.tr("Parcels selected as public"), parcels.public_count),
            (self.tr("Invalid parcel geometries repaired"), result.parcels_repaired),
            (self.tr("Working CRS (areas in m²)"), coverage.working_crs_id),
            (self.tr("Arc step of the footprints"), f"{plain(MAX_STEP_DEG, lang)}°"),
            (
                self.tr("Direction"),
                self.tr("degrees clockwise from north; empty = all round. {}").format(
                    north_sentence(coverage, settings)
                ),
            ),
        ]
        sources = [
            (self.tr("Cameras"), self._source_text(parameters, CAMERAS, context)),
            (self.tr("Parcels"), self._source_text(parameters, PARCELS, context)),
        ]
        if coverage.buildings_used:
            sources.append(
                (self.tr("Buildings"), self._source_text(parameters, BUILDINGS, context))
            )
        legal_items, rules, callouts, legal_sources = legal_parts
        assumptions += legal_items
        sources += legal_sources
        sources += package_sources(self.parameterAsVectorLayer(parameters, PARCELS, context))
        audited = [dict(zip([name for name, _ in AUDIT_FIELDS], row)) for row in rows]
        for camera, identify in zip(audited, result.private_by_level["ident"]):
            camera["private_ident_m2"] = float(identify)
        assumptions.extend(bad_input_assumptions(cameras, result))
        rejected = [(cameras.values.camera_id[i], reason) for i, reason in checked.rejected]
        self.report_items = (assumptions, sources)
        return audit_report(audited, rejected, assumptions, sources, settings.lang, rules, callouts)

    def _source_text(self, parameters, name, context):
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None:
            return f"{layer.name()} ({layer.source()})"
        return str(parameters.get(name))
