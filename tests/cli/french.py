"""qgis_process as a French-speaking volunteer runs it: a throwaway QGIS
profile whose interface language is French, with this plugin enabled."""

import os
import sysconfig

from tests.conftest import ROOT


def french_profile_env(folder):
    """The environment for /usr/bin/qgis_process.bin, its profile and
    runtime folder made in `folder`."""
    config = folder / "config"
    (config / "profiles" / "default" / "QGIS").mkdir(parents=True)
    (config / "profiles" / "default" / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\ncamera_coverage=true\n[locale]\nuserLocale=fr\noverrideFlag=true\n"
    )
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    return dict(
        os.environ,
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        QGIS_PLUGINPATH=str(ROOT),
        PYTHONPATH=sysconfig.get_paths()["purelib"],
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
    )
