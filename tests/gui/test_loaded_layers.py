"""What the volunteer sees in QGIS after each workflow: the layers as the
toolbox loads them (the Processing dialog, and processing.runAndLoadResults,
which goes through the same loading code), with their forms, their styles
and their order in the legend; the plan check's dialog proposing each input
by what it is."""

import tempfile
import time
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFeature,
    QgsProcessingContext,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QApplication

from tests.conftest import ROOT, SAMPLE_TOWN

LYCEE = ROOT / "resources" / "sample_lycee"


def legend(project):
    """The project's layers as the legend shows them, top first."""
    return [node.layer() for node in project.layerTreeRoot().findLayers()]


def widgets(layer):
    return {
        field.name(): layer.editorWidgetSetup(index).type()
        for index, field in enumerate(layer.fields())
    }


def classified_by(layer):
    """The fields a layer's renderer sorts the features by."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        return {renderer.classAttribute()}
    if isinstance(renderer, QgsRuleBasedRenderer):
        fields = set()
        for rule in renderer.rootRule().children():
            if rule.filterExpression():
                fields |= set(QgsExpression(rule.filterExpression()).referencedColumns())
        return fields
    return set()


def geometry_ranks(layers):
    ranks = {QgsWkbTypes.PointGeometry: 0, QgsWkbTypes.LineGeometry: 1}
    return [ranks.get(layer.geometryType(), 2) for layer in layers]


def dialog(algorithm_id):
    """The toolbox's dialog for one of our algorithms (no main window)."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    return AlgorithmDialog(algorithm)


def proposals(panel_dialog, project):
    """Parameter -> name of the layer the dialog proposes (None: none)."""
    names = {layer.id(): layer.name() for layer in project.mapLayers().values()}
    panel = panel_dialog.mainWidget()
    found = {}
    for name in ("CAMERAS", "PERIMETER", "ZONES", "WALLS"):
        value = panel.wrappers[name].parameterValue()
        found[name] = names.get(value, value)
    return found


def run_dialog(panel_dialog, parameters, timeout=240):
    """Fill in the dialog and press Run, as a volunteer does; the log."""
    panel_dialog.setParameters(parameters)
    values = panel_dialog.createProcessingParameters()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    ok, message = panel_dialog.algorithm().checkParameterValues(values, context)
    assert ok, message  # else the dialog would stop on a message box
    finished = []
    panel_dialog.algorithmFinished.connect(lambda ok, results: finished.append((ok, results)))
    panel_dialog.runAlgorithm()
    deadline = time.monotonic() + timeout
    while not finished and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    with tempfile.TemporaryDirectory() as folder:
        panel_dialog.saveLogToFile(f"{folder}/log.txt")
        log = Path(folder, "log.txt").read_text(encoding="utf-8")
    assert finished, f"the run did not finish: {log}"
    assert finished[0][0], log
    return log


def digitise(layer, source_path):
    """Copy the sample lycée's features into a layer of the new plan, as a
    volunteer digitising them would (the fields both have)."""
    source = QgsVectorLayer(str(source_path), "source", "ogr")
    assert layer.startEditing()
    for feature in source.getFeatures():
        copy = QgsFeature(layer.fields())
        copy.setGeometry(feature.geometry())
        for name in source.fields().names():
            if layer.fields().indexOf(name) >= 0:
                copy[name] = feature[name]
        assert layer.addFeature(copy)
    assert layer.commitChanges(), layer.commitErrors()


@pytest.fixture()
def new_plan(project, tmp_path):
    """newplan run from its dialog; the layers it loaded, by name."""
    log = run_dialog(dialog("camera_coverage:newplan"), {"OUTPUT": str(tmp_path / "plan.gpkg")})
    assert "plancheck" in log or "plan" in log
    return {layer.name(): layer for layer in legend(project)}


def test_newplan_layers_arrive_with_their_forms_styles_and_in_order(project, new_plan):
    layers = legend(project)
    # Cameras (points) above walls (lines) above the perimeter and zones.
    assert [layer.name() for layer in layers] == ["cameras", "walls", "perimeter", "zones"]
    cameras, zones = new_plan["cameras"], new_plan["zones"]
    # Drop-down lists, not free text: volunteers never type the codes.
    assert widgets(cameras)["schedule"] == "ValueMap"
    assert widgets(cameras)["camera_type"] == "ValueMap"
    assert widgets(zones)["zone_type"] == "ValueMap"
    assert classified_by(zones) == {"zone_type"}
    assert classified_by(cameras) == {"schedule"}


def test_plancheck_dialog_proposes_each_input_by_what_it_is(project, new_plan):
    project.addMapLayer(QgsVectorLayer(str(LYCEE / "buildings.geojson"), "buildings", "ogr"))
    found = proposals(dialog("camera_coverage:plancheck"), project)
    assert found == {
        "CAMERAS": "cameras",
        "PERIMETER": "perimeter",
        "ZONES": "zones",
        "WALLS": "walls",
    }


def test_plan_checked_from_the_dialog_with_newplan_empty_walls(project, new_plan, tmp_path):
    """newplan -> digitise (no walls) -> plancheck from its dialog: the
    empty walls are "no walls", and the results load styled and in order."""
    for name in ("cameras", "perimeter", "zones"):
        digitise(new_plan[name], LYCEE / f"{name}.geojson")
    check = dialog("camera_coverage:plancheck")
    outputs = {
        name: str(tmp_path / f"{name.lower()}.gpkg")
        for name in ("OUTPUT_CAMERAS", "OUTPUT_SEEN", "OUTPUT_MASKS", "OUTPUT_REJECTED")
    }
    log = run_dialog(
        check, {**outputs, "OUTPUT_REPORT": str(tmp_path / "report.html"), "OUTPUT_DOSSIER": None}
    )
    assert "walls layer is empty" in log or "couche des murs est vide" in log
    loaded = legend(project)[:3]
    # The plan's own layers stay below; no empty rejected layer.
    assert len(legend(project)) == 4 + 3
    assert "reason" not in {f for layer in loaded for f in layer.fields().names()}
    checked, masks, seen = loaded
    assert geometry_ranks(loaded) == [0, 2, 2]
    assert classified_by(checked) == {"verdict"}
    assert classified_by(seen) == {"zone_type", "allowed"}
    assert "kind" in classified_by(masks)
    # Not the opaque red QGIS gives a polygon layer by default.
    assert all(isinstance(layer.renderer(), QgsRuleBasedRenderer) for layer in loaded)
    # Every output GeoPackage opens styled anywhere (its default style).
    for name in ("OUTPUT_CAMERAS", "OUTPUT_SEEN", "OUTPUT_MASKS"):
        reopened = QgsVectorLayer(outputs[name], "again", "ogr")
        reopened.loadDefaultStyle()
        assert isinstance(reopened.renderer(), QgsRuleBasedRenderer), name


def test_coverageaudit_results_load_styled_in_order_without_empty_rejected(project, tmp_path):
    import processing

    parameters = {
        "CAMERAS": str(SAMPLE_TOWN / "cameras.geojson"),
        "PARCELS": str(SAMPLE_TOWN / "parcels.geojson"),
        "BUILDINGS": str(SAMPLE_TOWN / "buildings.geojson"),
        **{
            f"OUTPUT_{name}": str(tmp_path / f"{name.lower()}.gpkg")
            for name in ("CAMERAS", "COVERAGE", "PIECES", "REJECTED", "MASKS")
        },
    }
    processing.runAndLoadResults("camera_coverage:coverageaudit", parameters)
    layers = legend(project)
    assert "reason" not in {f for layer in layers for f in layer.fields().names()}
    assert geometry_ranks(layers) == sorted(geometry_ranks(layers))
    assert geometry_ranks(layers)[0] == 0
    # Cameras by masking required / not / not audited (an empty
    # masking_required with its reason: the cadastre does not cover it).
    assert classified_by(layers[0]) == {"masking_required", "flag_reason"}
    by_fields = {frozenset(classified_by(layer)) for layer in layers[1:]}
    assert frozenset({"class"}) in by_fields  # the pieces: public / private / unknown
    assert frozenset({"kind"}) in by_fields  # the masks


def test_plancheck_run_as_a_script_loads_no_walls_of_its_own_choosing(project, new_plan):
    """The proposals are the dialog's only: a script that leaves WALLS out
    gets no walls, even with a layer named walls in the project."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("camera_coverage:plancheck")
    assert algorithm.parameterDefinition("WALLS").defaultValue() is None
    assert (
        algorithm.parameterDefinition("WALLS").guiDefaultValueOverride() == new_plan["walls"].id()
    )
    assert QApplication.activeModalWidget() is None


def test_communedossier_dialog_asks_two_things(qgis_gui):
    """The commune's dossier: the commune and a folder; all else advanced."""
    from qgis.core import QgsProcessingParameterDefinition

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(
        "camera_coverage:communedossier"
    )
    shown = [
        p.name()
        for p in algorithm.parameterDefinitions()
        if not p.flags() & QgsProcessingParameterDefinition.FlagAdvanced
    ]
    assert shown == ["INSEE", "OUTPUT_DOSSIER"]
    panel = dialog("camera_coverage:communedossier")
    assert set(panel.mainWidget().wrappers) >= {"INSEE", "OUTPUT_DOSSIER", "NEIGHBOURS_M"}


def test_communedata_from_its_dialog_loads_the_commune_cameras_on_top(
    project, epinay_services, tmp_path
):
    run_dialog(
        dialog("camera_coverage:communedata"),
        {"INSEE": "91216", "REFRESH": True, "OUTPUT": str(tmp_path / "epinay.gpkg")},
    )
    loaded = legend(project)
    names = [layer.name() for layer in loaded]
    assert set(names) == {"commune", "parcels", "buildings", "entrances", "cameras", "rejected"}
    assert geometry_ranks(loaded) == sorted(geometry_ranks(loaded))
    cameras = next(layer for layer in loaded if layer.name() == "cameras")
    assert cameras.featureCount() == epinay_services.expected["cameras_kept"]
