#!/usr/bin/env bash
# Every test: the core and the Dask batch without QGIS, then the algorithms under pytest-qgis
# (processing.run) and end to end through qgis_process. Extra arguments go to
# both pytest runs (e.g. -k audit).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
chmod 700 "$runtime"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" QGIS_CUSTOM_CONFIG_PATH="$runtime"
.venv/bin/python -m pytest -p no:pytest_qgis tests/unit tests/batch "$@"
.venv/bin/python -m pytest --qgis_disable_gui tests/qgis tests/cli "$@"
