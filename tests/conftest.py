"""Paths shared by every test: the repository root (so that the plugin
package imports) and the real data beside the repository."""

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
# Beside the repository; a copy of the tests elsewhere (mutation testing)
# names it in CAMERA_COVERAGE_SHARED.
SHARED_DATA = Path(os.environ.get("CAMERA_COVERAGE_SHARED", ROOT.parent / "shared")) / "data"
SAMPLE_TOWN = ROOT / "resources" / "sample_town"


def sample_town_cameras():
    """How many cameras the generated sample town holds."""
    import json

    text = (SAMPLE_TOWN / "cameras.geojson").read_text(encoding="utf-8")
    return len(json.loads(text)["features"])


for path in (str(ROOT), "/usr/share/qgis/python/plugins"):
    if path not in sys.path:
        sys.path.insert(0, path)

# CI runs the property tests on a fixed sequence of examples, so that a
# submission does not pass or fail by the luck of the draw; locally they
# keep exploring new ones.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
# Mutation testing runs the suite once per mutant: a few examples each.
settings.register_profile("mutation", max_examples=5, derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
if os.environ.get("MUTATION"):
    settings.load_profile("mutation")


# The benchmark city at 3,000 cameras (90,000 parcels, 60,000 buildings):
# enough work for the cancel and Ctrl+C timings to mean something.
CITY_SCALE = 0.3


@pytest.fixture(scope="session")
def city(tmp_path_factory):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_city", ROOT / "benchmarks" / "make_city.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("city")
    module.make_city(out, scale=CITY_SCALE)
    return out
