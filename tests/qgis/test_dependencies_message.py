"""The missing-package message: commands that work where the user is
(Debian 12 refuses pip install --user into its Python), the whole text,
and the profile folder the plugin adds to Python's path."""

import sys

from camera_coverage import dependencies
from camera_coverage.plugin import missing_message


def test_debian_command_builds_shapely_into_the_profile_folder_without_user_install():
    text = missing_message([("shapely", "2.0", "1.8.5"), ("pyproj", "3.0", None)])
    folder = str(dependencies.packages_folder())
    assert "shapely >= 2.0 (found 1.8.5), pyproj >= 3.0" in text
    assert "sudo apt install python3-pip libgeos-dev g++ python3-dev python3-pyproj" in text
    assert (
        "python3 -m pip install --no-deps --no-binary shapely "
        f'--target "{folder}" "shapely>=2,<3"' in text
    )
    assert "--user" not in text and "--break-system-packages" not in text
    assert 'python -m pip install "shapely>=2" pyproj' in text  # OSGeo4W Shell
    assert folder.endswith("python/camera_coverage_packages")


def test_the_packages_folder_goes_first_on_the_path(tmp_path, monkeypatch):
    folder = tmp_path / "camera_coverage_packages"
    monkeypatch.setattr(dependencies, "packages_folder", lambda: folder)
    monkeypatch.setattr(sys, "path", list(sys.path))
    dependencies.use_packages_folder()
    assert str(folder) not in sys.path  # absent folder: nothing added
    folder.mkdir()
    dependencies.use_packages_folder()
    assert sys.path[0] == str(folder)
