"""No output may overwrite an input, nor another output, and a dossier
folder must be a folder that can be written: refused before anything is
written (a GeoPackage output named like the parcels file replaced it)."""

import os
import tempfile

from qgis.core import (
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterVectorDestination,
    QgsProcessingUtils,
)

from ..translation import tr

# What a dossier writes into its folder (dossier/build.py): an input kept
# there under one of these names would be replaced.
DOSSIER_FILES = (
    "dossier.pdf",
    "report.html",
    "map.html",
    "project.qgz",
    "cameras.csv",
    "layers.gpkg",
)
OUTPUT_TYPES = (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
)


def _file(path):
    """The file a layer source or destination names, resolved; None for
    memory layers, temporary outputs and anything that is not a path."""
    if not isinstance(path, str) or not path or path.startswith(("memory:", "TEMPORARY_OUTPUT")):
        return None
    path = path.split("|")[0]
    if path.lower().startswith(("ogr:", "postgres:", "spatialite:")):
        return None
    return os.path.realpath(os.path.expanduser(path))


def _input_files(algorithm, parameters, context):
    """Parameter name -> the file each input layer or file comes from."""
    files = {}
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            continue
        value = parameters.get(definition.name())
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        if isinstance(value, QgsMapLayer):  # a layer handed over by a script
            layer = value
        elif isinstance(value, str) and value:
            layer = QgsProcessingUtils.mapLayerFromString(value, context)
        else:
            continue
        path = _file(layer.source() if layer is not None else value)
        if path is not None and os.path.exists(path):
            files[definition.name()] = path
    return files


def _output_files(algorithm, parameters):
    files = {}
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, OUTPUT_TYPES):
            continue
        value = parameters.get(definition.name())
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        path = _file(value)
        if path is not None:
            files[definition.name()] = (path, definition)
    return files


def overwrite_problem(algorithm, parameters, context):
    """Why the outputs as given cannot be written safely, or None."""
    inputs = _input_files(algorithm, parameters, context)
    outputs = _output_files(algorithm, parameters)
    seen = {}
    for name, (path, definition) in outputs.items():
        for input_name, input_path in inputs.items():
            if path == input_path or (
                isinstance(definition, QgsProcessingParameterFolderDestination)
                and os.path.dirname(input_path) == path
                and os.path.basename(input_path) in DOSSIER_FILES
            ):
                return tr(
                    "Nothing written: output {} is the file of input {} ({}). Choose another "
                    "file for the output: an output never replaces an input."
                ).format(name, input_name, os.path.basename(input_path))
        if path in seen:
            return tr(
                "Nothing written: outputs {} and {} are the same file ({}). Give each output "
                "its own file."
            ).format(seen[path], name, os.path.basename(path))
        seen[path] = name
        if isinstance(definition, QgsProcessingParameterFolderDestination):
            problem = _folder_problem(name, path)
            if problem:
                return problem
    # A file output inside a dossier folder under a name the dossier writes.
    for name, (path, definition) in outputs.items():
        if isinstance(definition, QgsProcessingParameterFolderDestination):
            for other, (other_path, _) in outputs.items():
                if os.path.dirname(other_path) == path and (
                    os.path.basename(other_path) in DOSSIER_FILES
                ):
                    return tr(
                        "Nothing written: outputs {} and {} are the same file ({}). Give each "
                        "output its own file."
                    ).format(other, name, os.path.basename(other_path))
    return None


def _folder_problem(name, path):
    if os.path.exists(path) and not os.path.isdir(path):
        return tr(
            "Nothing written: {} must be a folder, and {} is a file. Choose a folder (it is "
            "created when missing)."
        ).format(name, os.path.basename(path))
    try:
        # The run creates it anyway; a probe file tells what os.access cannot
        # (a read-only mount, /proc, a folder root may not write either).
        os.makedirs(path, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as error:
        return tr(
            "Nothing written: the folder {} for {} cannot be written ({}). Choose a folder "
            "of your own."
        ).format(path, name, error.strerror or error)
    return None
