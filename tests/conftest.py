"""Paths shared by every test: the repository root (so that the plugin
package imports) and the real data beside the repository."""

import os
import sys
from pathlib import Path

from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SAMPLE_TOWN = ROOT / "resources" / "sample_town"

for path in (str(ROOT), "/usr/share/qgis/python/plugins"):
    if path not in sys.path:
        sys.path.insert(0, path)

# CI runs the property tests on a fixed sequence of examples, so that a
# submission does not pass or fail by the luck of the draw; locally they
# keep exploring new ones.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
