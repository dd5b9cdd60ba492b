"""Screenshots of QGIS desktop after each workflow, as a new volunteer sees
it: QGIS 3.22 in French with a throwaway profile and this plugin enabled (as
scripts/qgis_process.sh enables it), on a virtual screen (xvfb-run).

    .venv/bin/python scripts/screenshot_desktop.py [OUTPUT_FOLDER]

writes into docs/ (by default):
  desktop-plan-dialog-fr.png  the plan check's dialog, each input proposed by
                              what it is, after newplan and the digitising;
  desktop-plan-form-fr.png    a camera's form from newplan (drop-down lists);
  desktop-plan-fr.png         the plan checked: cameras by verdict, what each
                              sees by what may be filmed there, the masks;
  desktop-audit-fr.png        the audit of the sample town.

This file is both the launcher (run with Python) and the code QGIS runs once
its window is up (`qgis --code`, with CAMERA_COVERAGE_SHOTS set)."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# (`qgis --code` runs this file without __file__: the launcher names the root.)
ROOT = Path(os.environ.get("CAMERA_COVERAGE_ROOT") or Path(__file__).resolve().parents[1])
LYCEE = ROOT / "resources" / "sample_lycee"
TOWN = ROOT / "resources" / "sample_town"
SIZE = (1440, 900)


def launch(folder):
    """Start QGIS desktop on a virtual screen with this file as its code."""
    folder.mkdir(parents=True, exist_ok=True)
    venv = ROOT / ".venv" / "bin" / "python"
    site = subprocess.run(
        [str(venv), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as config:
        runtime = Path(config) / "runtime"
        runtime.mkdir(mode=0o700)
        profile = Path(config) / "profiles" / "default" / "QGIS"
        profile.mkdir(parents=True)
        (profile / "QGIS3.ini").write_text(
            "[PythonPlugins]\ncamera_coverage=true\n"
            "[locale]\noverrideFlag=true\nuserLocale=fr_FR\n"
            "[qgis]\ncheckVersion=false\nshowTips322=false\n"
            "[UI]\nhidebrowser=false\n",
            encoding="utf-8",
        )
        # A copy of the plugin, as installed: QGIS maps its .qm file, which
        # must not change while it runs.
        plugins = Path(config) / "plugins"
        shutil.copytree(
            ROOT / "camera_coverage",
            plugins / "camera_coverage",
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        env = {
            **os.environ,
            "QGIS_PLUGINPATH": str(plugins),
            "PYTHONPATH": site + os.pathsep + os.environ.get("PYTHONPATH", ""),
            "XDG_RUNTIME_DIR": str(runtime),
            "CAMERA_COVERAGE_SHOTS": str(folder.resolve()),
            "CAMERA_COVERAGE_ROOT": str(ROOT),
            "LANG": "fr_FR.UTF-8",
        }
        env.pop("QT_QPA_PLATFORM", None)
        work = Path(config) / "work"
        work.mkdir()
        env["CAMERA_COVERAGE_SHOTS_WORK"] = str(work)
        command = [
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {SIZE[0]}x{SIZE[1]}x24",
            "/usr/bin/qgis",
            "--profiles-path",
            config,
            "--lang",
            "fr_FR",
            "--nologo",
            "--noversioncheck",
            "--code",
            str(ROOT / "scripts" / "screenshot_desktop.py"),
        ]
        done = subprocess.run(command, env=env, timeout=600, check=False)
        log = work / "log.txt"
        if log.exists():
            print(log.read_text(encoding="utf-8"))
        if done.returncode != 0 or not (work / "done").exists():
            sys.exit(f"QGIS desktop did not finish the screenshots (exit {done.returncode})")


# ---- what QGIS runs (`qgis --code`), with iface ----


def in_qgis(folder, work):
    import time

    import processing
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import (
        QgsApplication,
        QgsFeature,
        QgsProject,
        QgsVectorLayer,
    )
    from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm
    from qgis.PyQt.QtCore import QCoreApplication
    from qgis.PyQt.QtWidgets import QDockWidget
    from qgis.utils import iface

    log = open(work / "log.txt", "w", encoding="utf-8")  # noqa: SIM115

    def say(text):
        log.write(f"{text}\n")
        log.flush()

    def settle(seconds=1.0):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        iface.mapCanvas().waitWhileRendering()
        QCoreApplication.processEvents()

    def tidy():
        """The legend and the map get the room the browser and the results
        viewer (opened by an HTML output) take."""
        for dock in iface.mainWindow().findChildren(QDockWidget):
            if dock.isVisible() and dock.objectName() != "Layers":
                dock.hide()
        settle(0.5)

    def shoot(widget, name):
        settle()
        path = folder / name
        widget.grab().save(str(path))
        say(f"wrote {path}")

    def digitise(layer, source_path):
        source = QgsVectorLayer(str(source_path), "source", "ogr")
        layer.startEditing()
        for feature in source.getFeatures():
            copy = QgsFeature(layer.fields())
            copy.setGeometry(feature.geometry())
            for name in source.fields().names():
                if layer.fields().indexOf(name) >= 0:
                    copy[name] = feature[name]
            layer.addFeature(copy)
        layer.commitChanges()

    def zoom_to(layers, margin=1.15):
        tidy()
        extent = None
        for layer in layers:
            box = iface.mapCanvas().mapSettings().layerExtentToOutputExtent(layer, layer.extent())
            if extent is None:
                extent = box
            else:
                extent.combineExtentWith(box)
        extent.scale(margin)
        iface.mapCanvas().setExtent(extent)
        iface.mapCanvas().refresh()

    def run_dialog(algorithm_id, parameters):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        dialog = AlgorithmDialog(algorithm, parent=iface.mainWindow())
        dialog.setParameters(parameters)
        return dialog

    def press_run(dialog):
        finished = []
        dialog.algorithmFinished.connect(lambda ok, results: finished.append(ok))
        dialog.runAlgorithm()
        end = time.monotonic() + 300
        while not finished and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.05)
        say(f"{dialog.algorithm().id()}: {'done' if finished and finished[0] else 'FAILED'}")

    window = iface.mainWindow()
    window.showMaximized()
    settle(2)
    project = QgsProject.instance()

    # 1. The plan: newplan from its dialog, the volunteer digitises, then
    #    opens the plan check's dialog.
    plan = work / "plan.gpkg"
    dialog = run_dialog("camera_coverage:newplan", {"OUTPUT": str(plan)})
    dialog.show()
    press_run(dialog)
    dialog.close()
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    for name in ("cameras", "perimeter", "zones"):
        digitise(layers[name], LYCEE / f"{name}.geojson")
    for name in ("walls", "cameras", "perimeter", "zones"):
        layers[name].reload()
    zoom_to([layers["perimeter"]])
    # A camera's form: drop-down lists for the type and the schedule.
    cameras = layers["cameras"]
    cameras.startEditing()
    feature = next(cameras.getFeatures())
    form = QgsAttributeForm(cameras, feature, QgsAttributeEditorContext())
    form.setWindowTitle(cameras.name())
    form.resize(640, 440)
    form.show()
    shoot(form, "desktop-plan-form-fr.png")
    form.close()
    cameras.rollBack()
    # The volunteer has just digitised the cameras: their layer is selected,
    # and QGIS adds the results above it.
    iface.setActiveLayer(cameras)
    check = run_dialog(
        "camera_coverage:plancheck",
        {
            "OUTPUT_CAMERAS": str(work / "checked.gpkg"),
            "OUTPUT_SEEN": str(work / "seen.gpkg"),
            "OUTPUT_MASKS": str(work / "masks.gpkg"),
            "OUTPUT_REJECTED": str(work / "rejected.gpkg"),
            "OUTPUT_REPORT": str(work / "report.html"),
            "OUTPUT_DOSSIER": None,
        },
    )
    check.show()
    settle()
    # (after show: the dialog restores its last geometry as it opens)
    check.resize(1000, 860)
    shoot(check, "desktop-plan-dialog-fr.png")
    press_run(check)
    check.close()
    # The whole plan and what the cameras see beyond it.
    zoom_to([layer for layer in project.mapLayers().values() if layer.featureCount() > 0], 1.08)
    shoot(window, "desktop-plan-fr.png")

    # 2. The sample town's audit, loaded as the toolbox loads it.
    project.clear()
    # The inputs the volunteer loaded first, then the audit.
    for name in ("parcels", "buildings"):
        project.addMapLayer(QgsVectorLayer(str(TOWN / f"{name}.geojson"), name, "ogr"))
    settle()
    processing.runAndLoadResults(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": str(TOWN / "cameras.geojson"),
            "PARCELS": str(TOWN / "parcels.geojson"),
            "BUILDINGS": str(TOWN / "buildings.geojson"),
            "PUBLIC_EXPRESSION": '"owner_group" IN (1, 2, 3, 4, 9)',
            **{
                f"OUTPUT_{name}": str(work / f"audit_{name.lower()}.gpkg")
                for name in ("CAMERAS", "COVERAGE", "PIECES", "REJECTED", "MASKS")
            },
        },
    )
    views = [
        layer for layer in project.mapLayers().values() if "covered_m2" in layer.fields().names()
    ]
    zoom_to(views[-1:] or list(project.mapLayers().values()), 1.05)
    shoot(window, "desktop-audit-fr.png")
    (work / "done").write_text("ok", encoding="utf-8")
    project.setDirty(False)
    log.close()
    os._exit(0)


if os.environ.get("CAMERA_COVERAGE_SHOTS_WORK"):
    # Run by QGIS once its window is up: go on after its event loop starts.
    from qgis.PyQt.QtCore import QTimer

    def _start():
        work = Path(os.environ["CAMERA_COVERAGE_SHOTS_WORK"])
        try:
            in_qgis(Path(os.environ["CAMERA_COVERAGE_SHOTS"]), work)
        except Exception:  # said in the log, then QGIS quits
            import traceback

            (work / "log.txt").open("a", encoding="utf-8").write(traceback.format_exc())
            os._exit(1)

    QTimer.singleShot(3000, _start)
elif __name__ == "__main__":  # the launcher
    launch(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs")
