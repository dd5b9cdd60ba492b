"""What keeps a run from ending in a result that looks right and is not:
no non-finite value reaches a sink, a damaged file is called damaged (not
missing), Ctrl+C under qgis_process cancels cleanly, and each GeoPackage of
a finished run carries a completion entry that a cut-short run lacks."""

import math
import os
import signal
import threading
from datetime import datetime, timezone

from osgeo import gdal, ogr
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterNumber,
    QgsProviderRegistry,
)

from ..core.finite import first_non_finite
from ..translation import tr

# GDAL dataset metadata item written into each GeoPackage at the very end
# of a run (the gpkg_metadata table): its absence marks a cut-short run.
COMPLETE_ITEM = "CAMERA_COVERAGE_RUN"
COMPLETE_VALUE = "complete"


def refuse_non_finite(label, geometries=None, rows=()):
    """Stop before any sink is written when an output would hold an
    infinite or NaN coordinate or number."""
    index = first_non_finite(geometries, rows)
    if index is not None:
        raise QgsProcessingException(
            tr(
                "Nothing written: output {} would hold a coordinate or a figure that is "
                "not a finite number (feature {}). Check the layers' coordinate reference "
                "systems."
            ).format(label, index + 1)
        )


def non_finite_number(algorithm, parameters, context):
    """A number parameter given as NaN or infinity (QGIS accepts "nan"),
    which would compare false everywhere: a tolerance of NaN cleared
    cameras that see 900 m² of private land."""
    for definition in algorithm.parameterDefinitions():
        if isinstance(definition, QgsProcessingParameterNumber):
            name = definition.name()
            if name in parameters and parameters[name] is not None:
                value = algorithm.parameterAsDouble(parameters, name, context)
                if not math.isfinite(value):
                    return tr("{} must be a number, not {}.").format(name, parameters[name])
    return None


def _source_path(value):
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if not isinstance(value, str):
        return None
    return value.split("|")[0]


def unreadable_file(value):
    """A message when `value` names a file that exists but cannot be
    opened as a layer (damaged, or of a format QGIS does not read), else
    None."""
    path = _source_path(value)
    if not path or not os.path.isfile(path):
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        opened = ogr.Open(path)
        error = gdal.GetLastErrorMsg()
    finally:
        gdal.PopErrorHandler()
    if opened is not None:
        return None
    with open(path, "rb") as head:
        if head.read(2) in (b"\xff\xfe", b"\xfe\xff"):
            return tr(
                'The file {} is saved as UTF-16 ("Unicode text"), which QGIS does not read '
                "as a table. Save it again as CSV in UTF-8 (or Windows-1252), separated by "
                "semicolons."
            ).format(os.path.basename(path))
    return tr(
        "The file {} exists but cannot be read: it is damaged or not a layer format "
        "QGIS reads ({}). Open it in QGIS to check, or export the layer again."
    ).format(path, error or tr("no detail"))


def source_error(algorithm, parameters, name):
    """Why a source parameter gave no layer: a file that exists but cannot
    be opened is damaged or of an unknown format, not "not found"."""
    return unreadable_file(parameters.get(name)) or algorithm.invalidSourceError(parameters, name)


class InterruptCatcher:
    """Under qgis_process the algorithm runs in the main thread: Ctrl+C
    (SIGINT) then cancels the run like the dialog's Cancel button, from
    processAlgorithm until `release()` (after postProcessAlgorithm, which
    builds the dossier, when there is one: a Ctrl+C between the two was a
    KeyboardInterrupt). In the QGIS desktop the run is in a task thread,
    and this does nothing there. True once an interrupt arrived."""

    def __init__(self, feedback):
        self.interrupted = False
        self.feedback = feedback
        self._previous = None
        if threading.current_thread() is threading.main_thread():
            try:
                self._previous = signal.signal(signal.SIGINT, self._cancel)
            except (ValueError, OSError):
                self._previous = None

    def _cancel(self, signum, frame):
        self.interrupted = True
        self.feedback.cancel()

    def follow(self, feedback):
        """Cancel `feedback` (postProcessAlgorithm's) on an interrupt too."""
        self.feedback = feedback
        if self.interrupted:
            feedback.cancel()

    def release(self):
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None

    def __bool__(self):
        return self.interrupted


def end_interrupted_qgis_process(interrupted, feedback):
    """A Ctrl+C while postProcessAlgorithm ran under qgis_process ends the
    process the way an interrupted program ends (by SIGINT: 130 in a
    shell), after saying so: QGIS 3.22 would catch the error, print the
    results and exit 0 with the dossier half written."""
    if not interrupted or QgsApplication.platform() != "qgis_process":
        return
    feedback.reportError(
        tr("Interrupted (Ctrl+C): the run stopped before the end; its outputs are incomplete.")
    )
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)


def stop_if_interrupted(interrupted):
    if interrupted:
        raise QgsProcessingException(
            tr("Interrupted (Ctrl+C): the run stopped before the end; its outputs are incomplete.")
        )


def gpkg_layer(destination):
    """(GeoPackage file, layer name or None) of an output written to a
    GeoPackage, read by QGIS's own URI decoder; None for other outputs."""
    if not isinstance(destination, str):
        return None
    uri = QgsProviderRegistry.instance().decodeUri("ogr", destination)
    path = uri.get("path") or ""
    if path.lower().endswith(".gpkg") and os.path.isfile(path):
        return path, uri.get("layerName") or None
    return None


def stamp_complete(destinations):
    """Record in each GeoPackage output that the run finished; called after
    every output and the report are written."""
    stamp = f"{COMPLETE_VALUE} {datetime.now(timezone.utc).isoformat(timespec='seconds')}"
    for destination in destinations:
        found = gpkg_layer(destination)
        if found is None:
            continue
        path = found[0]
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if dataset is not None:
            dataset.SetMetadataItem(COMPLETE_ITEM, stamp)
            dataset = None


def is_complete(path):
    """True when the GeoPackage at `path` was stamped by a finished run."""
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    if dataset is None:
        return False
    value = dataset.GetMetadataItem(COMPLETE_ITEM) or ""
    return value.startswith(COMPLETE_VALUE)
