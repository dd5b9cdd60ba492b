"""Checked at load time, so that a volunteer missing a Python package reads
how to install it instead of a traceback. On Debian 12 and later the system
Python is "externally managed" (pip install --user is refused), so shapely
is built against the system GEOS (the one QGIS loads) into a folder of the
QGIS profile that the plugin puts on Python's path."""

import sys
from importlib import import_module
from pathlib import Path

REQUIRED = (("shapely", "2.0"), ("pyproj", "3.0"), ("numpy", "1.20"))
PACKAGES_FOLDER = "camera_coverage_packages"


def _version_tuple(text):
    return tuple(int(p) for p in text.split(".")[:2] if p.isdigit())


def packages_folder():
    """<QGIS profile>/python/camera_coverage_packages, where the printed
    Debian command installs shapely."""
    from qgis.core import QgsApplication

    return Path(QgsApplication.qgisSettingsDirPath()) / "python" / PACKAGES_FOLDER


def use_packages_folder():
    """Put the packages folder first on Python's path when it exists (it
    holds shapely >= 2, which must win over Debian's shapely 1.8)."""
    folder = str(packages_folder())
    if Path(folder).is_dir() and folder not in sys.path:
        sys.path.insert(0, folder)


def missing_dependencies():
    """(name, minimum version, version found or None) for each required
    package that is absent or too old."""
    missing = []
    for name, minimum in REQUIRED:
        try:
            version = import_module(name).__version__
        except ImportError:
            missing.append((name, minimum, None))
            continue
        if _version_tuple(version) < _version_tuple(minimum):
            missing.append((name, minimum, version))
    return missing


def install_commands(missing, folder):
    """The commands printed to the user: (Debian/Ubuntu, OSGeo4W)."""
    names = {name for name, _, _ in missing}
    debian = []
    apt = ["python3-pip", "libgeos-dev", "g++", "python3-dev"]
    if "pyproj" in names:
        apt.append("python3-pyproj")
    if "numpy" in names:
        apt.append("python3-numpy")
    debian.append("sudo apt install " + " ".join(apt))
    if "shapely" in names:
        debian.append(
            "python3 -m pip install --no-deps --no-binary shapely "
            f'--target "{folder}" "shapely>=2,<3"'
        )
    windows = ['python -m pip install "shapely>=2" pyproj']
    return debian, windows
