"""camera_coverage:cameracoverage — one ground footprint per camera."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.audit import camera_coverage
from ..layers.camera_input import (
    REJECTED,
    add_camera_parameters,
    add_rejected_output,
    north_sentence,
    read_buildings,
    read_cameras,
    rejected_written_on_stop,
    report_views,
    write_rejected,
)
from ..layers.dem_input import add_dem_parameter, read_dem
from ..layers.exposure_output import (
    DORI_OUTPUT,
    OPTICS_FIELDS,
    add_dori_output,
    optics_rows,
    write_dori,
)
from ..layers.feedback import feedback_progress
from ..layers.layer_io import make_fields, qgis_crs, writable_fields, write_features
from ..layers.run_safety import refuse_non_finite, stamp_complete
from ..translation import tr
from .base import CameraCoverageAlgorithmBase


def building_heights_help():
    """The help's sentence on BUILDING_HEIGHT_FIELD, shared by the
    algorithms that take buildings."""
    return tr(
        "BUILDING_HEIGHT_FIELD: the buildings' height in metres (default: the first of "
        "hauteur, height and HAUTEUR, else building:levels × 3 m); a building lower than "
        "a camera of known height_m hides only the ground its top shadows, one of unknown "
        "height hides everything behind it, as in 2D, and the log counts them."
    )


def relief_help():
    """The help's sentence on the optional DEM."""
    return tr(
        "DEM (optional, advanced): an elevation model in metres, in a CRS in metres (RGE "
        "ALTI, a reprojected SRTM tile...); each view is cut by the ground the relief hides "
        "from the camera's eye, height_m above the ground under it; a camera without "
        "height_m or over the DEM's no-data keeps its view, and the log counts them."
    )


class CameraCoverageAlgorithm(CameraCoverageAlgorithmBase):
    OUTPUT = "OUTPUT"
    OUTPUT_STYLES = ((OUTPUT, "views"), (DORI_OUTPUT, "dori"), (REJECTED, "rejected"))

    def name(self):
        return "cameracoverage"

    def displayName(self):
        return self.tr("Camera coverage (field of view)")

    def shortHelpString(self):
        help_text = self.tr(
            "Draws what each camera can see on the ground: a sector from its direction "
            "(degrees clockwise from north; 0 is north), its field of view and its range, "
            "or a full disc when the direction is empty or the field of view is 360°. "
            "A camera that turns (pan_deg field) covers its whole turning arc widened by "
            "its field of view. Missing field of view and range take the defaults below, "
            "and the values used are written on every output feature (fov_used, "
            "range_used). Areas (covered_m2) are in square metres, measured in the "
            "layer's CRS when it is projected in metres, else in Lambert-93 for "
            "metropolitan France, the official CRS of the overseas departments, or the "
            "local UTM zone elsewhere. Cameras with unusable values (field of view "
            "above 360°, negative range, no location...) are listed in the rejected "
            "output with the reason. With a buildings layer, what the buildings hide is "
            "removed exactly (a building hides all behind it, or, when its height "
            "(hauteur, height, building:levels × 3 m) and the camera's height_m are known "
            "and it is the lower, only the ground its top shadows), and "
            "no coverage falls inside a building; a camera on a façade is not blinded by "
            "its own wall. With height_m and tilt_deg, the footprint is the ground in the "
            "camera's picture: where the rays through its four corners meet the ground, "
            "from the blind zone under the camera, H / tan(tilt + vfov/2), to the feet of "
            "its upper corners, or to the range when the top of the picture reaches the "
            "horizon (vfov from the field of view and a 16:9 image). "
            "Pixel density (EN 62676-4) from the horizontal resolution and field of view: "
            "distance = pixels / (2 × px/m × tan(fov/2)) for identification (250 px/m), "
            "recognition (125), observation (62.5) and detection (25); the range mode can "
            "stop the footprint at one of these distances, and the DORI output gives one "
            "polygon per camera and level."
        )
        return " ".join((help_text, building_heights_help(), relief_help()))

    def initAlgorithm(self, config=None):
        add_camera_parameters(self)
        add_dem_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Coverage"), QgsProcessing.TypeVectorPolygon
            )
        )
        add_rejected_output(self)
        add_dori_output(self)

    def _process(self, parameters, context, feedback):
        cameras = read_cameras(self, parameters, context, feedback, 10)
        buildings = read_buildings(self, parameters, context, feedback, 10, 30)
        dem = read_dem(self, parameters, context)
        if cameras is None or buildings is None:
            return {}
        with rejected_written_on_stop(self, parameters, context, feedback, cameras):
            coverage = self.run_core(
                camera_coverage,
                cameras.data.geometries,
                cameras.crs,
                cameras.values,
                cameras.settings,
                feedback_progress(feedback, 30, 70),
                buildings.geometries,
                buildings.crs,
                building_heights=buildings.heights,
                dem=dem,
            )
        if coverage is None:
            return {}
        report_views(feedback, coverage, cameras, buildings.heights is not None)
        refuse_non_finite(
            self.OUTPUT, coverage.footprints, [[float(a)] for a in coverage.covered_m2]
        )
        fields = QgsProcessingUtils.combineFields(
            writable_fields(cameras.source.fields()),
            make_fields(
                [
                    ("covered_m2", QVariant.Double),
                    ("fov_used", QVariant.Double),
                    ("range_used", QVariant.Double),
                    *OPTICS_FIELDS,
                ]
            ),
        )
        sink, dest = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.MultiPolygon,
            qgis_crs(coverage.working_crs_id),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        checked, index = coverage.checked, coverage.index
        rows = [
            [
                *cameras.data.attributes[i],
                float(area),
                float(checked.sweep_deg[i]),
                float(checked.range_m[i]),
                *optics,
            ]
            for i, area, optics in zip(index, coverage.covered_m2, optics_rows(coverage))
        ]
        feedback.setProgress(70)
        write_features(sink, fields, coverage.footprints, rows, feedback, multi=True)
        del sink  # closed: its style goes into its file
        results = {self.OUTPUT: dest}
        camera_ids = [cameras.values.camera_id[i] for i in index]
        dori_dest = write_dori(self, parameters, context, feedback, coverage, camera_ids)
        if dori_dest is not None:
            results[DORI_OUTPUT] = dori_dest
        rejected = write_rejected(self, parameters, context, feedback, cameras, checked.rejected)
        if rejected is not None:
            results[REJECTED] = rejected
        feedback.pushInfo(north_sentence(coverage, cameras.settings))
        if feedback.isCanceled():
            return {}
        stamp_complete(results.values())
        self.present(context, results, empty=() if checked.rejected else (REJECTED,))
        feedback.pushInfo(
            self.tr("{} footprints written in {}.").format(len(index), coverage.working_crs_id)
        )
        return results
