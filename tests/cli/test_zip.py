"""make zip: the archive passes the repository's checks, installs into a
clean QGIS profile (unzipped into its plugins folder, as the Plugin Manager
does) and its algorithms run from qgis_process, dossier included."""

import configparser
import os
import re
import subprocess
import sys
import sysconfig
import zipfile

from tests.conftest import ROOT, SAMPLE_TOWN

sys.path.insert(0, str(ROOT / "scripts"))
from check_zip import problems


def test_zip_passes_the_checks_installs_and_runs(tmp_path):
    built = subprocess.run(
        ["bash", str(ROOT / "scripts" / "package.sh")], capture_output=True, text=True, timeout=120
    )
    assert built.returncode == 0, built.stdout + built.stderr
    archive = ROOT / built.stdout.strip().splitlines()[-1]
    assert problems(archive) == []
    # A planted fault is caught: the same zip with a test file and no icon.
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(archive) as good, zipfile.ZipFile(broken, "w") as bad:
        for name in good.namelist():
            if not name.endswith(".png"):
                bad.writestr(name, good.read(name))
        bad.writestr("camera_coverage/tests/test_x.py", "")
    assert len(problems(broken)) == 2

    # Read as plugins.qgis.org's validator reads it (a plain ConfigParser,
    # interpolation on): every value parses, the changelog is the latest
    # release with its percent signs intact, and the claims are the tested ones.
    with zipfile.ZipFile(archive) as package:
        metadata = package.read("camera_coverage/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser()
    parser.read_string(metadata)
    general = dict(parser.items("general"))
    changelog = general["changelog"]
    latest = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").split("\n## ")[1]
    assert changelog.startswith(general["version"])
    assert latest.splitlines()[0].strip("[]") in changelog
    assert all(f"- {h}" in changelog for h in re.findall(r"^### (.+)$", latest, flags=re.M))
    assert len(changelog) < 4000
    assert "supportsqt6" not in general and general["qgismaximumversion"].startswith("3.")
    # A lone % (as the whole changelog once carried) is refused.
    with zipfile.ZipFile(archive) as good, zipfile.ZipFile(broken, "w") as bad:
        for name in good.namelist():
            data = good.read(name)
            if name.endswith("metadata.txt"):
                data = data.replace(b"changelog=", b"changelog=50 % faster; ")
            bad.writestr(name, data)
    assert any("does not parse" in problem for problem in problems(broken))

    profile = tmp_path / "config"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as package:
        package.extractall(plugins)
    (profile / "profiles" / "default" / "QGIS").mkdir(parents=True)
    (profile / "profiles" / "default" / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\ncamera_coverage=true\n"
    )
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QGIS_PLUGINPATH", "PYTHONPATH")
    }
    env.update(
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        # shapely >= 2 from the project's venv (Debian's is 1.8), not the plugin.
        PYTHONPATH=sysconfig.get_paths()["purelib"],
    )

    def qgis_process(*args):
        return subprocess.run(
            ["/usr/bin/qgis_process.bin", *args],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            cwd=tmp_path,
        )

    listing = qgis_process("list")
    assert "camera_coverage:coverageaudit" in listing.stdout, listing.stdout + listing.stderr
    run = qgis_process(
        "run",
        "camera_coverage:coverageaudit",
        "--",
        f"CAMERAS={SAMPLE_TOWN / 'cameras.geojson'}",
        f"PARCELS={SAMPLE_TOWN / 'parcels.geojson'}",
        f"OUTPUT_CAMERAS={tmp_path / 'cameras.gpkg'}",
        f"OUTPUT_DOSSIER={tmp_path / 'dossier'}",
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert (tmp_path / "dossier" / "dossier.pdf").stat().st_size > 10_000
