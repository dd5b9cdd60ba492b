"""camera_coverage:plancheck — a lycée's camera implantation plan judged
against the CNIL's rules for schools: per camera, what it sees (cut by
walls and buildings), of which zones, at which schedule, how much beyond
the perimeter, and a verdict with its rules and evidence; the pieces seen,
the masks to apply and an HTML report for the board."""

import time
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.footprint import MAX_STEP_DEG
from ..core.messages import number, plain
from ..core.plan_report import plan_report
from ..core.plans import (
    NOISE_M2,
    OUTSIDE,
    UNZONED_MIN_M2,
    UNZONED_MIN_SHARE,
    ZONE_TYPES,
    PlanInput,
    PlanSettings,
    plan_masks,
    run_plan_check,
    schedule_code,
    zone_code,
)
from ..core.plans import label as plan_label
from ..dossier.plan import (
    add_plan_dossier_parameter,
    build_plan_dossier,
    dossier_folder,
    plan_outputs,
)
from ..layers.camera_input import (
    BUILDINGS,
    CAMERAS,
    REJECTED,
    Obstacles,
    add_camera_parameters,
    add_rejected_output,
    heights_assumption,
    north_sentence,
    obstacles_with_heights,
    read_buildings,
    read_cameras,
    report_views,
    write_rejected,
)
from ..layers.exposure_output import write_layer
from ..layers.feedback import feedback_progress
from ..layers.layer_io import (
    check_source,
    chosen_field,
    crs_of,
    feature_labels,
    plain_layer,
    read_features,
    required_source,
)
from ..layers.legal_output import add_mask_min_area, mask_min_area, write_masks
from ..layers.proposals import propose_layers
from ..layers.run_safety import stamp_complete
from .base import CameraCoverageAlgorithmBase
from .camera_coverage_algorithm import building_heights_help

PLAN_FIELDS = (
    ("camera_id", QVariant.String),
    ("schedule", QVariant.String),
    ("covered_m2", QVariant.Double),
    ("outside_m2", QVariant.Double),
    ("outside_pct", QVariant.Double),
    *((f"{code}_m2", QVariant.Double) for code in ZONE_TYPES),
    ("unknown_zone_m2", QVariant.Double),
    ("unzoned_m2", QVariant.Double),
    ("forbidden_m2", QVariant.Double),
    ("forbidden_ident_m2", QVariant.Double),
    ("verdict", QVariant.String),
    ("verdict_rules", QVariant.String),
    ("verdict_reason", QVariant.String),
    ("notes", QVariant.String),
    ("direction", QVariant.Double),
    ("fov", QVariant.Double),
    ("range_m", QVariant.Double),
    ("road_tolerance_m2", QVariant.Double),
    ("road_tolerance_pct", QVariant.Double),
)
SEEN_FIELDS = (
    ("camera_id", QVariant.String),
    ("schedule", QVariant.String),
    ("zone_id", QVariant.String),
    ("zone_type", QVariant.String),
    ("allowed", QVariant.Bool),
    ("area_m2", QVariant.Double),
)


class PlanCheckAlgorithm(CameraCoverageAlgorithmBase):
    PERIMETER = "PERIMETER"
    ZONES = "ZONES"
    ZONE_TYPE_FIELD = "ZONE_TYPE_FIELD"
    SCHEDULE_FIELD = "SCHEDULE_FIELD"
    WALLS = "WALLS"
    WALL_HEIGHT_FIELD = "WALL_HEIGHT_FIELD"
    ROAD_TOLERANCE_M2 = "ROAD_TOLERANCE_M2"
    ROAD_TOLERANCE_PCT = "ROAD_TOLERANCE_PCT"
    OUTPUT_CAMERAS = "OUTPUT_CAMERAS"
    OUTPUT_SEEN = "OUTPUT_SEEN"
    OUTPUT_MASKS = "OUTPUT_MASKS"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    OUTPUT_STYLES = (
        (OUTPUT_CAMERAS, "verdicts"),
        (OUTPUT_SEEN, "plan_seen"),
        (OUTPUT_MASKS, "masks"),
        (REJECTED, "rejected"),
    )

    def name(self):
        return "plancheck"

    def displayName(self):
        return self.tr("Check a school's camera plan (CNIL)")

    def group(self):
        return self.tr("Plans")

    def groupId(self):
        return "plans"

    def shortHelpString(self):
        help_text = self.tr(
            "Checks a lycée's (or any school's) camera implantation plan against the "
            "CNIL's rules for schools. Entrances, exits and circulation areas (corridors, "
            "halls, stairs, car park, fence) may be filmed; the places where pupils and "
            "staff live their day (playground, covered yard, classrooms, canteen, common "
            "room, study room, sports ground) may not be filmed during opening hours: a "
            "camera whose schedule is outside_opening_hours may cover them; toilets, "
            "changing rooms and the staff room never; a camera may take in only a little "
            "beyond the perimeter (the public road at the entrances): beyond both "
            "tolerances, masking is required. Each camera's view is a sector from its "
            "direction, field of view and range (all round without a direction: dome "
            "cameras), cut by the walls (lines of the floor plan: a wall hides what lies "
            "behind it, an open door lets the view through; with the wall height field, a "
            "wall lower than the camera's height_m, a balustrade, hides only the strip its "
            "top shadows) and by buildings (likewise with their heights). For each "
            "camera: covered_m2, outside_m2 and outside_pct beyond the perimeter, the "
            "area seen of each zone type (<type>_m2), unzoned_m2 (ground inside the "
            "perimeter that no zone of a known type describes), forbidden_m2 (zones it may "
            "not film at its schedule) and forbidden_ident_m2 (the same within the distance "
            "where it can identify people, 250 px/m), verdict (compliant, masking_required, "
            "not_compliant, or incomplete_plan when it sees more than 1 m² and 1 % of its "
            "view of unzoned ground: the plan must be completed), verdict_rules (rule codes) "
            "and verdict_reason (the evidence, in your language). Where zones overlap, the "
            "stricter rule holds and the ground is counted once. Cameras without direction, "
            "outside the perimeter, with an unknown schedule or seeing zones of unknown "
            "type are kept and named in notes; cameras with unusable values go to the "
            "rejected output. Outputs: the cameras, the pieces seen (camera, zone, type "
            "or unzoned, allowed, area; a camera's pieces add up to its view), the masks "
            "(bearings from true north, share of the view and outline in the picture "
            "when height and tilt are known) and an HTML report for the board."
        )
        walls = self.tr(
            "WALL_HEIGHT_FIELD: the walls' height in metres (default: none, every wall "
            "hides everything behind it)."
        )
        return " ".join((help_text, walls, building_heights_help()))

    def initAlgorithm(self, config=None):
        add_camera_parameters(self)
        self.addParameter(
            QgsProcessingParameterField(
                self.SCHEDULE_FIELD,
                self.tr("Schedule field: always or outside_opening_hours (default: schedule)"),
                parentLayerParameterName=CAMERAS,
                type=QgsProcessingParameterField.Any,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PERIMETER,
                self.tr("Perimeter of the establishment (polygons)"),
                [QgsProcessing.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES, self.tr("Zones (polygons)"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ZONE_TYPE_FIELD,
                self.tr("Zone type field (default: zone_type)"),
                defaultValue="zone_type",
                parentLayerParameterName=self.ZONES,
                type=QgsProcessingParameterField.Any,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.WALLS,
                self.tr("Walls that hide the view (lines, optional)"),
                [QgsProcessing.TypeVectorLine],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.WALL_HEIGHT_FIELD,
                self.tr("Wall height field, metres (default: none, walls of unlimited height)"),
                parentLayerParameterName=self.WALLS,
                type=QgsProcessingParameterField.Any,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.ROAD_TOLERANCE_M2,
                self.tr("Area beyond the perimeter tolerated before masking (m²)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=PlanSettings.road_tolerance_m2,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.ROAD_TOLERANCE_PCT,
                self.tr("Share of the view beyond the perimeter tolerated before masking (%)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=PlanSettings.road_tolerance_pct,
                minValue=0.0,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CAMERAS, self.tr("Checked cameras"), QgsProcessing.TypeVectorPoint
            )
        )
        for name, label in (
            (self.OUTPUT_SEEN, self.tr("What each camera sees, per zone")),
            (self.OUTPUT_MASKS, self.tr("Masks to apply")),
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
        add_mask_min_area(self)
        add_rejected_output(self)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_REPORT,
                self.tr("Report for the board"),
                self.tr("HTML files (*.html)"),
                optional=True,
                createByDefault=True,
            )
        )
        add_plan_dossier_parameter(self)
        # The dialog proposes each input by what it is, not the first polygons.
        propose_layers(
            self,
            {
                CAMERAS: "cameras",
                self.PERIMETER: "perimeter",
                self.ZONES: "zones",
                self.WALLS: "walls",
            },
        )

    def _read_walls(self, parameters, context, feedback):
        """The walls layer as Obstacles (empty without one), with the heights
        of WALL_HEIGHT_FIELD when given, or None when cancelled."""
        source = self.parameterAsSource(parameters, self.WALLS, context)
        if source is None:
            if parameters.get(self.WALLS):
                raise QgsProcessingException(self.invalidSourceError(parameters, self.WALLS))
            return Obstacles()
        if source.featureCount() == 0:
            # newplan makes the walls layer empty: a plan without partitions.
            feedback.pushInfo(self.tr("The walls layer is empty: no walls hide the view."))
            return Obstacles()
        check_source(source, self.tr("walls"), QgsWkbTypes.LineGeometry, self.tr("lines"))
        height_field = chosen_field(
            self, parameters, self.WALL_HEIGHT_FIELD, context, source.fields(), "", self.tr("walls")
        )
        wanted = [height_field] if height_field else []
        layer = plain_layer(self, parameters, self.WALLS, context)
        data = read_features(source, wanted, feedback, 25, 30, layer=layer)
        if data is None:
            return None
        if len(data.geometries) == 0:
            feedback.pushInfo(self.tr("The walls layer is empty: no walls hide the view."))
            return Obstacles()
        crs = crs_of(source, self.tr("walls"))
        if not height_field:
            return Obstacles(data.geometries, crs)
        return obstacles_with_heights(feedback, self.tr("walls"), data, crs, height_field)

    def _read_plan(self, parameters, context, feedback, cameras):
        """Zones, perimeter and schedules as a PlanInput, or None when
        cancelled."""
        zones = required_source(
            self,
            parameters,
            self.ZONES,
            context,
            self.tr("zones"),
            QgsWkbTypes.PolygonGeometry,
            self.tr("polygons"),
        )
        fields = zones.fields()
        type_field = (
            self.parameterAsString(parameters, self.ZONE_TYPE_FIELD, context) or "zone_type"
        )
        if fields.indexOf(type_field) < 0:
            raise QgsProcessingException(
                self.tr(
                    "The zones layer has no field named {}: choose the field that holds "
                    "the zone type (entrance, corridor, playground...)."
                ).format(type_field)
            )
        name_field = "name" if fields.indexOf("name") >= 0 else ""
        wanted = [type_field] + ([name_field] if name_field else [])
        zone_data = read_features(zones, wanted, feedback, 5, 10, all_attributes=True)
        perimeter = required_source(
            self,
            parameters,
            self.PERIMETER,
            context,
            self.tr("perimeter"),
            QgsWkbTypes.PolygonGeometry,
            self.tr("polygons"),
        )
        perimeter_data = read_features(perimeter, [], feedback, 10, 15, all_attributes=True)
        if zone_data is None or perimeter_data is None:
            return None, None
        camera_fields = cameras.source.fields()
        schedule_field = chosen_field(
            self,
            parameters,
            self.SCHEDULE_FIELD,
            context,
            camera_fields,
            "schedule",
            self.tr("camera"),
        )
        if schedule_field:
            index = camera_fields.indexOf(schedule_field)
            schedules = [
                None if row[index] is None or str(row[index]) == "NULL" else str(row[index])
                for row in cameras.data.attributes
            ]
        else:
            feedback.pushWarning(
                self.tr(
                    "The camera layer has no schedule field: every camera is taken as "
                    "filming always, the strict reading."
                )
            )
            schedules = [None] * len(cameras.data.attributes)
        type_index = camera_fields.indexOf("camera_type")
        camera_types = (
            [row[type_index] for row in cameras.data.attributes] if type_index >= 0 else None
        )
        plan = PlanInput(
            zones=zone_data.geometries,
            zones_crs=crs_of(zones, self.tr("zones")),
            zone_values=zone_data.columns[type_field],
            perimeter=perimeter_data.geometries,
            perimeter_crs=crs_of(perimeter, self.tr("perimeter")),
            schedules=schedules,
            camera_types=camera_types,
        )
        zone_ids = feature_labels(zone_data, name_field)
        return plan, zone_ids

    def processAlgorithm(self, parameters, context, feedback):
        started = time.perf_counter()
        cameras = read_cameras(self, parameters, context, feedback, 5)
        if cameras is None:
            return {}
        plan, zone_ids = self._read_plan(parameters, context, feedback, cameras)
        buildings = read_buildings(self, parameters, context, feedback, 15, 25)
        walls = self._read_walls(parameters, context, feedback)
        if plan is None or buildings is None or walls is None:
            return {}
        settings = cameras.settings
        plan_settings = PlanSettings(
            road_tolerance_m2=self.parameterAsDouble(parameters, self.ROAD_TOLERANCE_M2, context),
            road_tolerance_pct=self.parameterAsDouble(parameters, self.ROAD_TOLERANCE_PCT, context),
            lang=settings.lang,
        )
        result = self.run_core(
            run_plan_check,
            cameras.data.geometries,
            cameras.crs,
            cameras.values,
            plan,
            settings,
            plan_settings,
            feedback_progress(feedback, 30, 85),
            buildings.geometries,
            buildings.crs,
            walls.geometries,
            walls.crs,
            building_heights=buildings.heights,
            wall_heights=walls.heights,
        )
        if result is None:
            return {}
        coverage, check, _ = result
        heights_given = buildings.heights is not None or walls.heights is not None
        report_views(feedback, coverage, cameras, heights_given)
        self._report_zones(feedback, check, plan, zone_ids, settings.lang)
        if coverage.walls_used:
            feedback.pushInfo(self.tr("{} walls hide the view.").format(coverage.walls_used))
        index, checked = coverage.index, coverage.checked
        camera_ids = [cameras.values.camera_id[i] for i in index]
        schedules = [schedule_code(plan.schedules[i])[0] for i in index]
        rows = []
        for k, (cid, schedule) in enumerate(zip(camera_ids, schedules)):
            direction = checked.direction[index[k]]
            rows.append(
                [
                    cid,
                    schedule,
                    float(check.covered_m2[k]),
                    float(check.outside_m2[k]),
                    float(check.outside_pct[k]),
                    *(float(check.type_m2[code][k]) for code in ZONE_TYPES),
                    float(check.unknown_m2[k]),
                    float(check.unzoned_m2[k]),
                    float(check.forbidden_m2[k]),
                    float(check.forbidden_ident_m2[k]),
                    check.verdict[k],
                    check.verdict_rules[k],
                    check.verdict_reason[k],
                    check.notes[k],
                    None if np.isnan(direction) else float(direction),
                    float(checked.sweep_deg[index[k]]),
                    float(checked.range_m[index[k]]),
                    plan_settings.road_tolerance_m2,
                    plan_settings.road_tolerance_pct,
                ]
            )
        crs_id = coverage.working_crs_id
        write = (parameters, context, feedback)
        results = {
            self.OUTPUT_CAMERAS: write_layer(
                self,
                parameters,
                self.OUTPUT_CAMERAS,
                context,
                feedback,
                PLAN_FIELDS,
                QgsWkbTypes.Point,
                crs_id,
                coverage.points,
                rows,
            ),
        }
        seen = check.seen
        results[self.OUTPUT_SEEN] = write_layer(
            self,
            parameters,
            self.OUTPUT_SEEN,
            context,
            feedback,
            SEEN_FIELDS,
            QgsWkbTypes.MultiPolygon,
            crs_id,
            seen.geometry,
            [
                [
                    camera_ids[c],
                    schedules[c],
                    None if z < 0 else zone_ids[z],
                    "outside_perimeter" if z == OUTSIDE else (t or "unknown"),
                    None if a is None else bool(a),
                    float(area),
                ]
                for c, z, t, a, area in zip(
                    seen.camera, seen.zone, seen.zone_type, seen.allowed, seen.area_m2
                )
            ],
            multi=True,
        )
        results[self.OUTPUT_MASKS] = self._write_masks(
            parameters, context, feedback, cameras, coverage, check, camera_ids
        )
        results[REJECTED] = write_rejected(self, *write, cameras, checked.rejected)
        results = {name: dest for name, dest in results.items() if dest is not None}
        self.present(context, results, empty=() if checked.rejected else (REJECTED,))
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        self.dossier = None
        if report_path or dossier_folder(self, parameters, context):
            report = self._report(
                parameters,
                context,
                cameras,
                coverage,
                check,
                camera_ids,
                schedules,
                plan_settings,
                (plan, zone_ids),
                (buildings, walls),
            )
            if report_path:
                Path(report_path).write_text(report, encoding="utf-8")
                results[self.OUTPUT_REPORT] = report_path
            # The dossier itself is built in postProcessAlgorithm.
            self.dossier = plan_outputs(
                self,
                parameters,
                context,
                results,
                (report, *self.report_items),
                len(index),
                check.figures,
            )
        # Last: only a finished run's GeoPackages carry the completion stamp.
        stamp_complete(results.values())
        feedback.setProgress(100)
        feedback.pushInfo(north_sentence(coverage, settings))
        feedback.pushInfo(
            self.tr(
                "{} cameras checked: {} compliant, {} require masking, {} not compliant, "
                "{} plan to complete; {} rejected ({:.1f} s)."
            ).format(
                len(index),
                check.verdict.count("compliant"),
                check.verdict.count("masking_required"),
                check.verdict.count("not_compliant"),
                check.verdict.count("incomplete_plan"),
                len(checked.rejected),
                time.perf_counter() - started,
            )
        )
        return results

    def _overlaps(self, check, plan, zone_ids):
        """The overlaps of zones of different types, as the report gives
        them: (stricter zone's id, its type, the other's id, its type, m²)."""
        return [
            (
                zone_ids[a],
                zone_code(plan.zone_values[a]),
                zone_ids[b],
                zone_code(plan.zone_values[b]),
                m2,
            )
            for a, b, m2 in check.overlaps
        ]

    def _report_zones(self, feedback, check, plan, zone_ids, lang):
        """The log: zones that overlap, and the perimeter's ground that no
        zone of a known type describes."""
        if check.plan_repaired:
            feedback.reportError(
                self.tr(
                    "{} zone or perimeter outlines are invalid (drawn crossing themselves, "
                    "for instance) and were repaired: the plan reads as the parts they "
                    "enclose, which may not be what was meant. Check and redraw them."
                ).format(check.plan_repaired)
            )
        for a, type_a, b, type_b, m2 in self._overlaps(check, plan, zone_ids):
            feedback.pushWarning(
                self.tr(
                    "Zones {} ({}) and {} ({}) overlap on {} m²: the stricter rule, that of {}, "
                    "holds there, and that ground is counted once."
                ).format(
                    a,
                    plan_label(ZONE_TYPES, type_a, lang).lower(),
                    b,
                    plan_label(ZONE_TYPES, type_b, lang).lower(),
                    number(m2, lang),
                    plan_label(ZONE_TYPES, type_a, lang).lower(),
                )
            )
        unzoned, seen, _ = check.figures["unzoned"]
        if unzoned > NOISE_M2:
            feedback.pushWarning(
                self.tr(
                    "{} m² of the perimeter lie in no zone of a known type ({} m² of it in view "
                    "of a camera); {} cameras see too much of it to be judged: plan to complete."
                ).format(
                    number(unzoned, lang),
                    number(seen, lang),
                    check.verdict.count("incomplete_plan"),
                )
            )

    def _post_process(self, context, feedback):
        """The dossier, in QGIS's main thread (print layouts are not
        thread-safe); empty results keep those of processAlgorithm."""
        return build_plan_dossier(getattr(self, "dossier", None), context, feedback)

    def _write_masks(self, parameters, context, feedback, cameras, coverage, check, camera_ids):
        """The part beyond the perimeter of each camera that takes in more
        than tolerated, as the operator's privacy mask."""
        if not parameters.get(self.OUTPUT_MASKS):
            return None
        masks = plan_masks(
            coverage,
            cameras.values,
            check,
            cameras.settings,
            mask_min_area(self, parameters, context),
        )
        return write_masks(
            self,
            parameters,
            context,
            feedback,
            coverage.working_crs_id,
            masks,
            camera_ids,
            precision=4,
        )

    def _report(
        self,
        parameters,
        context,
        cameras,
        coverage,
        check,
        camera_ids,
        schedules,
        plan_settings,
        zones,
        obstacles,
    ):
        settings = cameras.settings
        lang = settings.lang
        checked = coverage.checked
        summary = [
            {
                "camera_id": cid,
                "schedule": schedule,
                "covered_m2": float(check.covered_m2[k]),
                "outside_m2": float(check.outside_m2[k]),
                "unzoned_m2": float(check.unzoned_m2[k]),
                "forbidden_m2": float(check.forbidden_m2[k]),
                "forbidden_ident_m2": float(check.forbidden_ident_m2[k]),
                "verdict": check.verdict[k],
                "verdict_rules": check.verdict_rules[k],
                "verdict_reason": check.verdict_reason[k],
                "notes": check.notes[k],
            }
            for k, (cid, schedule) in enumerate(zip(camera_ids, schedules))
        ]
        walls = (
            self.tr("{} walls hide the view; a camera on a wall line sees both ways").format(
                coverage.walls_used
            )
            if coverage.walls_used
            else self.tr("none: indoor cameras are taken to see through every partition")
        )
        buildings = (
            self.tr("{} buildings hide the view ({} repaired)").format(
                coverage.buildings_used, coverage.buildings_repaired
            )
            if coverage.buildings_used
            else self.tr("none")
        )
        assumptions = [
            (
                self.tr("Tolerated beyond the perimeter before masking"),
                self.tr("{} m² and {} % of the view (masking when both are exceeded)").format(
                    plain(plan_settings.road_tolerance_m2, lang),
                    plain(plan_settings.road_tolerance_pct, lang),
                ),
            ),
            (
                self.tr("Schedule"),
                self.tr(
                    "always or outside_opening_hours; a camera with no or an unreadable "
                    "schedule is taken as filming always"
                ),
            ),
            (
                self.tr("Zones of type “{}”").format(plan_label(ZONE_TYPES, "other", lang)),
                self.tr("not judged: no CNIL rule names them"),
            ),
            (
                self.tr("Ground in no zone of a known type"),
                self.tr(
                    "a zone with no type or a type not in the list counts as none; a camera "
                    "that sees more than {} m² and {} % of its view of such ground is not "
                    "judged: plan to complete"
                ).format(plain(UNZONED_MIN_M2, lang), plain(100 * UNZONED_MIN_SHARE, lang)),
            ),
            (
                self.tr("Zones that overlap"),
                self.tr("the stricter rule holds on the shared ground, counted once"),
            ),
            (
                self.tr("Smallest area counted"),
                self.tr("{} m² (less is drawing noise)").format(plain(NOISE_M2, lang)),
            ),
            (
                self.tr("Identification distance"),
                self.tr(
                    "250 px/m (EN 62676-4): distance = pixels / (500 × tan(fov/2)); "
                    "all-round cameras take the default field of view for their lens"
                ),
            ),
            (self.tr("Field of view where none is given"), f"{settings.default_fov:g}°"),
            (self.tr("Range where none is given"), f"{settings.default_range_m:g} m"),
            (self.tr("Cameras that used the default field of view"), checked.default_fov_used),
            (self.tr("Cameras that used the default range"), checked.default_range_used),
            (self.tr("Walls"), walls),
            *([heights_assumption(self.tr("walls"), obstacles[1])] if coverage.walls_used else []),
            (self.tr("Buildings"), buildings),
            *(
                [heights_assumption(self.tr("buildings"), obstacles[0])]
                if coverage.buildings_used
                else []
            ),
            (self.tr("Working CRS (areas in m²)"), coverage.working_crs_id),
            (self.tr("Arc step of the footprints"), f"{MAX_STEP_DEG:g}°"),
            (
                self.tr("Direction"),
                self.tr("degrees clockwise from north; empty = all round. {}").format(
                    north_sentence(coverage, settings)
                ),
            ),
        ]
        sources = [
            (self.tr("Cameras"), self._source_text(parameters, CAMERAS, context)),
            (self.tr("Zones"), self._source_text(parameters, self.ZONES, context)),
            (self.tr("Perimeter"), self._source_text(parameters, self.PERIMETER, context)),
        ]
        for name, label in ((self.WALLS, self.tr("Walls")), (BUILDINGS, self.tr("Buildings"))):
            if parameters.get(name):
                sources.append((label, self._source_text(parameters, name, context)))
        rejected = [(cameras.values.camera_id[i], reason) for i, reason in checked.rejected]
        self.report_items = (assumptions, sources)
        return plan_report(
            summary,
            check.figures,
            rejected,
            assumptions,
            sources,
            settings.lang,
            overlaps=self._overlaps(check, *zones),
        )

    def _source_text(self, parameters, name, context):
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None:
            return f"{layer.name()} ({layer.source()})"
        return str(parameters.get(name))
