#!/usr/bin/env bash
# QGIS's qgis_process with this plugin enabled, from a fresh clone after set-up.
# Debian's /usr/bin/qgis_process wrapper fails ("--noversioncheck not known"), so
# this calls qgis_process.bin; it uses a throwaway config folder, and puts the
# project's venv (shapely >= 2) in front of Debian's Python packages.
# Usage: scripts/qgis_process.sh run camera_coverage:coverageaudit -- CAMERAS=... PARCELS=...
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv"
[ -d "$venv" ] || { echo "Run scripts/setup.sh (or make demo / make test) first." >&2; exit 1; }
site=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
runtime="$config/runtime"
mkdir -m 700 "$runtime"
export QGIS_CUSTOM_CONFIG_PATH="$config"
export QGIS_PLUGINPATH="$root"
export PYTHONPATH="$site${PYTHONPATH:+:$PYTHONPATH}"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$runtime"
# What `qgis_process plugins enable camera_coverage` writes, without a
# second start of QGIS.
mkdir -p "$config/profiles/default/QGIS"
printf '[PythonPlugins]\ncamera_coverage=true\n' >"$config/profiles/default/QGIS/QGIS3.ini"
# CAMERA_COVERAGE_LOCALE=fr_FR: outputs and reports in that language.
if [ -n "${CAMERA_COVERAGE_LOCALE:-}" ]; then
    printf '[locale]\noverrideFlag=true\nuserLocale=%s\n' "$CAMERA_COVERAGE_LOCALE" \
        >>"$config/profiles/default/QGIS/QGIS3.ini"
fi
/usr/bin/qgis_process.bin "$@"
