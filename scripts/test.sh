#!/usr/bin/env bash
# Every test: the core and the Dask batch without QGIS, then the algorithms under pytest-qgis
# (processing.run) and end to end through qgis_process, then what the volunteer sees in
# QGIS (tests/gui: the toolbox's dialogs and loaded layers, on an X server of its own,
# xvfb-run). Extra arguments go to every pytest run (e.g. -k audit).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
chmod 700 "$runtime"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" QGIS_CUSTOM_CONFIG_PATH="$runtime"
.venv/bin/python -m pytest -p no:pytest_qgis tests/unit tests/batch "$@"
.venv/bin/python -m pytest --qgis_disable_gui tests/qgis tests/cli "$@"
# pytest's 5 (no test ran) is let pass only when extra arguments (-k ...)
# selected no GUI test; a plain run that runs none fails.
env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1600x1000x24" \
    .venv/bin/python -m pytest -p no:pytest_qgis tests/gui "$@" || {
    status=$?
    [ "$status" -eq 5 ] && [ "$#" -gt 0 ]
}
