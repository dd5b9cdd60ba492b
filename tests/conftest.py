"""Paths shared by every test: the repository root (so that the plugin
package imports) and the real data beside the repository."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SAMPLE_TOWN = ROOT / "resources" / "sample_town"

for path in (str(ROOT), "/usr/share/qgis/python/plugins"):
    if path not in sys.path:
        sys.path.insert(0, path)
